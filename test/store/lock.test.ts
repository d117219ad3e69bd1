import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { acquireLock, LOCK_FILE } from '../../src/store/lock.js';
import { StoreLockedError } from '../../src/store/Store.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-lock-'));

describe('store lock', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes our pid and removes the file on release', () => {
    const release = acquireLock(dir);
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
    release();
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  });

  it('refuses a directory owned by a live process, naming its pid', async () => {
    const owner = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, LOCK_FILE), `${owner.pid}\n`);
      assert.throws(
        () => acquireLock(dir),
        (err: Error) => err instanceof StoreLockedError && err.message.includes(`in use by pid ${owner.pid}`),
      );
    } finally {
      owner.kill('SIGKILL');
      rmSync(join(dir, LOCK_FILE), { force: true });
    }
  });

  it('takes over a stale lock left by a dead process', () => {
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, LOCK_FILE), `${dead}\n`);
    const release = acquireLock(dir);
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
    release();
  });

  it('treats an unreadable lock file as stale', () => {
    writeFileSync(join(dir, LOCK_FILE), 'not a pid');
    acquireLock(dir)();
  });
});
