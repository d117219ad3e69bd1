/**
 * Bulk ingestion, as a pipeline: inputs stream in, articles already stored are skipped by content hash
 * before any analysis, the rest are analysed *and prepared for storing* on the thread pool (rows
 * serialized there), and the main thread only writes batches, one transaction each, while the threads
 * go on analysing. Both queues are bounded (MAX_IN_FLIGHT_PER_THREAD articles per thread, and
 * MAX_QUEUED_WRITES batches), so memory stays flat; a crash loses at most the batches not yet
 * committed, and a rerun skips everything committed.
 */
import type { ArticleInput } from '../ingest/article.js';
import type { InputResult } from '../ingest/readInputs.js';
import type { PreparedArticle } from '../store/prepare.js';
import type { Store } from '../store/Store.js';
import { AnalyzePool } from './analyzePool.js';
import { contentHash } from './contentHash.js';
import type { ProgressState } from './progress.js';

/** Articles per store transaction. */
export const STORE_BATCH = 200;
/** Articles whose hashes are looked up together before analysis. */
export const LOOKUP_BATCH = 256;
/** Articles queued per analysis thread: enough to keep threads busy while a batch is stored. */
export const MAX_IN_FLIGHT_PER_THREAD = 32;

/** Store batches waiting behind the one being written before analysis pauses. */
export const MAX_QUEUED_WRITES = 2;

/** One input read: the ingest readers' result type, shared by the WARC and feed readers here. */
export type ReadResult = InputResult;

export interface IngestOptions {
  threads?: number;
  batchSize?: number;
  onProgress?: (state: ProgressState) => void;
  onError?: (input: string, message: string) => void;
}

export interface IngestSummary extends ProgressState {
  elapsedMs: number;
  /** Time spent in store transactions (they overlap analysis: the main thread's share of the work). */
  storeMs: number;
}

export async function ingest(
  store: Store,
  source: AsyncIterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const state: ProgressState = { done: 0, failed: 0, skipped: 0, read: 0, readingDone: false };
  const report = () => options.onProgress?.(state);
  const fail = (input: string, message: string) => {
    state.failed++;
    options.onError?.(input, message);
    report();
  };
  const batchSize = options.batchSize ?? STORE_BATCH;
  const pool = new AnalyzePool(options.threads);
  const maxInFlight = pool.size * MAX_IN_FLIGHT_PER_THREAD;
  let storeMs = 0;
  let ready: PreparedArticle[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const inFlight = new Set<Promise<void>>();
  const queuedHashes = new Set<string>();

  let writesQueued = 0;
  const flush = () => {
    const batch = ready;
    ready = [];
    if (batch.length === 0) return writing;
    writesQueued++;
    writing = writing.then(async () => {
      writesQueued--;
      if (writeError) return;
      try {
        const t = performance.now();
        const result = await store.addPrepared(batch);
        storeMs += performance.now() - t;
        state.done += result.inserted;
        state.skipped += result.skipped;
        report();
      } catch (err) {
        writeError = err;
      }
    });
    return writing;
  };

  const dispatch = async (items: { input: string; article: ArticleInput; hash: string }[]) => {
    const known = await store.knownHashes(items.map((i) => i.hash));
    for (const item of items) {
      if (known.has(item.hash) || queuedHashes.has(item.hash)) {
        state.skipped++;
        continue;
      }
      queuedHashes.add(item.hash);
      while (pool.inFlight >= maxInFlight) await Promise.race(inFlight);
      // Backpressure from the store: analysis must not outrun writing by more than a couple of batches.
      while (writesQueued > MAX_QUEUED_WRITES) await writing;
      const job: Promise<void> = pool.prepare(item.article).then(
        (prepared) => {
          ready.push(prepared);
          if (ready.length >= batchSize) void flush();
        },
        (err: Error) => fail(item.input, err.message),
      );
      const tracked = job.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    report();
  };

  try {
    let pending: { input: string; article: ArticleInput; hash: string }[] = [];
    for await (const item of source) {
      if (writeError) break;
      state.read++;
      if ('error' in item) {
        fail(item.input, item.error);
        continue;
      }
      pending.push({ ...item, hash: contentHash(item.article.text) });
      if (pending.length >= LOOKUP_BATCH) {
        await dispatch(pending);
        pending = [];
      }
    }
    await dispatch(pending);
    state.readingDone = true;
    report();
    await Promise.all(inFlight);
    await flush();
    if (writeError) throw writeError;
    if (state.done > 0) await store.vacuum();
  } finally {
    await pool.close();
  }
  return { ...state, elapsedMs: Date.now() - started, storeMs: Math.round(storeMs) };
}
