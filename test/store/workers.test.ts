/**
 * Scale-out on a real PostgreSQL server: enqueue, three `whosaid worker` processes, one SIGKILLed while
 * it holds leased jobs; every article must still be analysed and stored exactly once.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { syntheticJsonl } from './articles.js';

const ARTICLES = 60;
const LEASE_SECONDS = 2;

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function exit(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('workers on PostgreSQL (spawned)', () => {
  let server: TestPostgres;
  let client: pg.Client;
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-workers-'));

  before(async () => {
    server = await startPostgres();
    client = new pg.Client({ connectionString: server.url });
    await client.connect();
  });
  after(async () => {
    await client?.end();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every article exactly once when a worker is killed mid-job', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, syntheticJsonl(ARTICLES));
    const queued = await exit(cli(['ingest', file, '--db', server.url, '--enqueue']));
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stderr, new RegExp(`queued ${ARTICLES}`));

    const workerArgs = [
      'worker',
      '--db',
      server.url,
      '--threads',
      '1',
      '--lease',
      String(LEASE_SECONDS),
      '--exit-when-empty',
    ];
    const workers = [cli(workerArgs), cli(workerArgs), cli(workerArgs)];
    const exits = workers.map(exit);

    // Wait until some work is done and some worker holds leased jobs, then kill that worker.
    let victim: ChildProcess | undefined;
    let held: number[] = [];
    while (!victim) {
      const { rows } = await client.query<{ worker: string; ids: number[] }>(
        `SELECT worker, array_agg(id ORDER BY id) AS ids FROM jobs WHERE state = 'running' GROUP BY worker`,
      );
      const { rows: done } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM jobs WHERE state = 'done'`,
      );
      const holder =
        done[0]!.n > 0 ? workers.find((w) => rows.some((r) => r.worker.endsWith(`:${w.pid}`))) : undefined;
      if (holder) {
        holder.kill('SIGKILL');
        // A commit it had already sent may still land; once the server has dropped its connection,
        // the jobs still 'running' under its name are the ones it abandoned.
        await new Promise((r) => setTimeout(r, 500));
        const { rows: mine } = await client.query<{ id: number }>(
          `SELECT id FROM jobs WHERE state = 'running' AND worker LIKE $1 ORDER BY id`,
          [`%:${holder.pid}`],
        );
        victim = holder;
        held = mine.map((r) => r.id);
      } else await new Promise((r) => setTimeout(r, 100));
    }

    const results = await Promise.all(exits);
    for (const [i, r] of results.entries()) {
      if (workers[i] === victim || r.code === null) continue;
      assert.equal(r.code, 0, r.stderr);
    }

    const { rows: states } = await client.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM jobs GROUP BY state',
    );
    assert.deepEqual(states, [{ state: 'done', n: ARTICLES }]);
    const { rows: counts } = await client.query<{ articles: number; distinct: number; analyses: number }>(
      `SELECT count(*)::int AS articles, count(DISTINCT content_hash)::int AS distinct,
         (SELECT count(*)::int FROM analyses) AS analyses FROM articles`,
    );
    assert.deepEqual(counts[0], { articles: ARTICLES, distinct: ARTICLES, analyses: ARTICLES });
    if (held.length > 0) {
      // Each job the killed worker abandoned was claimed again (and, as checked above, stored once).
      const { rows: retried } = await client.query<{ attempts: number; state: string }>(
        'SELECT attempts, state FROM jobs WHERE id = ANY($1::int[])',
        [held],
      );
      assert.equal(retried.length, held.length);
      for (const r of retried)
        assert.ok(r.attempts >= 2 && r.state === 'done', 'an abandoned job was retried');
    }
  });
});
