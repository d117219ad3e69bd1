/**
 * One process owns a PGlite directory (PGlite is single-process: two writers would corrupt it).
 * The owner writes its pid to `whosaid.lock`; a second process gets a one-line error; a lock left by
 * a dead process (kill -9, power loss) is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreLockedError } from './Store.js';

export const LOCK_FILE = 'whosaid.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock; returns the function that releases it. */
export function acquireLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    } catch {
      continue; // removed between our open and read: try again
    }
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new StoreLockedError(
        `the database ${dir} is in use by pid ${owner}: stop that process, or query it through its 'whosaid serve' API`,
      );
    }
    try {
      unlinkSync(path); // stale: its owner is dead
    } catch {
      // another process took it over first; the next attempt sees its lock
    }
  }
  throw new StoreLockedError(`could not take the lock ${path}`);
}
