/**
 * Crash safety of `whosaid ingest`, through the real CLI: SIGKILL after some batches committed, rerun,
 * and every article is stored exactly once.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LOCK_FILE } from '../../src/store/lock.js';
import { openStore } from '../../src/store/Store.js';
import { syntheticJsonl } from './articles.js';

const ARTICLES = 60;
const dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'));

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finish(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('whosaid ingest (spawned)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing committed when killed with SIGKILL, and a rerun finishes without duplicates', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, syntheticJsonl(ARTICLES));
    const db = join(dir, 'db');
    const args = ['ingest', file, '--db', db, '--workers', '1', '--batch', '5'];

    const first = cli(args);
    let committed = 0;
    let firstOutput = '';
    const killed = new Promise<void>((resolve, reject) => {
      first.on('close', () => {
        if (committed === 0)
          reject(new Error(`the first ingest ended before it could be killed:\n${firstOutput}`));
      });
      first.stderr!.on('data', (chunk: Buffer) => {
        firstOutput += chunk;
        const stored = [...chunk.toString().matchAll(/\((\d+) new/g)].map((m) => Number(m[1]));
        const most = Math.max(0, ...stored);
        if (most >= 10 && committed === 0) {
          committed = most;
          first.kill('SIGKILL');
          resolve();
        }
      });
    });
    const firstDone = finish(first);
    await killed;
    const { code } = await firstDone;
    assert.equal(code, null, 'the first ingest was killed before it finished');
    assert.ok(existsSync(join(db, LOCK_FILE)), 'the killed process left its lock behind');

    const second = await finish(cli(args));
    assert.equal(second.code, 0, second.stderr);
    const summary = /(\d+) new, (\d+) already stored, (\d+) failed/.exec(second.stderr);
    assert.ok(summary, second.stderr);
    assert.ok(Number(summary[2]) >= committed, `rerun skipped the ${committed} committed articles`);
    assert.equal(Number(summary[1]) + Number(summary[2]), ARTICLES);

    const third = await finish(cli(args));
    assert.match(third.stderr, new RegExp(`0 new, ${ARTICLES} already stored, 0 failed`));

    const store = await openStore(db);
    try {
      const page = await store.listArticles({ limit: 1000 });
      assert.equal(page.total, ARTICLES);
      assert.equal(new Set(page.items.map((a) => a.input)).size, ARTICLES);
    } finally {
      await store.close();
    }
  });
});
