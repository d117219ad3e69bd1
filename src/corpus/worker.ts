/**
 * `whosaid worker`: takes leased jobs from the store's queue, analyses them on a thread pool, stores
 * the results and acknowledges them in one transaction. Holds no state: killing it loses only its
 * current leases, which expire and are taken by another worker.
 */
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_ATTEMPTS } from '../store/jobs.js';
import type { Store } from '../store/Store.js';
import { AnalyzePool } from './analyzePool.js';

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_POLL_MS = 1000;
/** Jobs claimed per thread at once: a small batch amortizes the store transaction. */
export const JOBS_PER_THREAD = 4;

export interface WorkerOptions {
  threads?: number;
  leaseMs?: number;
  pollMs?: number;
  /** Stop once nothing is queued or running (batch jobs, tests); otherwise wait for more work. */
  exitWhenEmpty?: boolean;
  onBatch?: (info: { stored: number; skipped: number; failed: number }) => void;
  /** Called once the models are loaded in every thread, before the first claim. */
  onReady?: () => void;
  signal?: AbortSignal;
}

export async function runWorker(store: Store, options: WorkerOptions = {}) {
  const pool = new AnalyzePool(options.threads);
  const id = `${hostname()}:${process.pid}`;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const totals = { stored: 0, skipped: 0, failed: 0 };
  try {
    // Load the models in every thread before taking a lease, so a first batch is not slower than its lease.
    await pool.warmUp();
    options.onReady?.();
    while (!options.signal?.aborted) {
      const jobs = await store.jobs.claim(id, pool.size * JOBS_PER_THREAD, leaseMs);
      if (jobs.length === 0) {
        if (options.exitWhenEmpty) {
          const counts = await store.jobs.counts();
          if (counts.queued === 0 && counts.running === 0) break;
        }
        await sleep(options.pollMs ?? DEFAULT_POLL_MS);
        continue;
      }
      const outcomes = await Promise.all(
        jobs.map((job) =>
          pool.prepare(job.input).then(
            (article) => ({ job, article, error: null }),
            (err: Error) => ({ job, article: null, error: err.message }),
          ),
        ),
      );
      const done = outcomes.filter((o) => o.article);
      const result = await store.jobs.complete(done.map((o) => ({ job: o.job.id, article: o.article! })));
      const failed = outcomes.filter((o) => o.error !== null);
      for (const o of failed) await store.jobs.fail(o.job.id, o.error!, MAX_ATTEMPTS);
      const batch = { stored: result.inserted, skipped: result.skipped, failed: failed.length };
      totals.stored += batch.stored;
      totals.skipped += batch.skipped;
      totals.failed += batch.failed;
      options.onBatch?.(batch);
    }
  } finally {
    await pool.close();
  }
  return totals;
}
