/**
 * A pool of worker threads running `analyze()`: one per core by default. Work goes to the thread with
 * the fewest pending articles; a thread that dies takes its pending articles down as failures and is
 * replaced. With `maxQueued`, the pool refuses work beyond that many pending articles (PoolFullError)
 * instead of queueing without bound: the server answers 503 rather than letting latency grow.
 * Threads start on first use, so a server that never analyses never loads the models, and an idle
 * thread does not keep the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis/types.js';
import type { ArticleInput } from '../ingest/article.js';
import type { PreparedArticle } from '../store/prepare.js';
import type { WorkerRequest, WorkerTask } from './analyzeWorker.js';

interface Pending {
  resolve: (result: never) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export interface PoolOptions {
  /** Most articles pending (running or waiting) across the pool; beyond it `analyze` rejects. */
  maxQueued?: number;
}

/** Thrown when a bounded pool is full: the caller should come back later. */
export class PoolFullError extends Error {
  constructor() {
    super('the analysis queue is full');
  }
}

// Under tsx the sources are .ts and a thread must register tsx's loader before importing them;
// from dist/ they are plain .js.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./analyzeWorker${fromSource ? '.ts' : '.js'}`, import.meta.url);

function startThread(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(boot, { eval: true });
}

export function defaultThreads(): number {
  return availableParallelism();
}

const WARM_UP_TEXT = 'The mayor said the bridge would reopen on Monday.';
/** Weight of the newest article in the running mean of analysis time (for retry estimates). */
const SERVICE_TIME_WEIGHT = 0.1;

export class AnalyzePool {
  private slots: Slot[] = [];
  private nextId = 0;
  private closed = false;
  private queued = 0;
  /** Running mean of one article's analysis time in a thread, ms. */
  private serviceMs = 50;
  readonly maxQueued: number;

  constructor(
    readonly size = defaultThreads(),
    options: PoolOptions = {},
  ) {
    this.maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;
  }

  private spawn(): Slot {
    const worker = startThread();
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: { id: number; result?: never; error?: string; ms?: number }) => {
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      this.queued--;
      if (slot.pending.size === 0) worker.unref();
      if (msg.ms !== undefined) this.serviceMs += SERVICE_TIME_WEIGHT * (msg.ms - this.serviceMs);
      if (msg.result !== undefined) p.resolve(msg.result);
      else p.reject(new Error(msg.error ?? 'analysis failed'));
    });
    const die = (err: Error) => {
      for (const p of slot.pending.values()) p.reject(err);
      this.queued -= slot.pending.size;
      slot.pending.clear();
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    };
    worker.on('error', die);
    worker.on('exit', (code) => {
      if (!this.closed) die(new Error(`analysis thread exited with code ${code}`));
    });
    return slot;
  }

  /** Articles queued or running across the pool. */
  get inFlight(): number {
    return this.queued;
  }

  /** Seconds until the work now pending is done, at the recent pace (at least 1). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.queued * this.serviceMs) / this.size / 1000));
  }

  analyze(input: ArticleInput, published?: string | null): Promise<Analysis> {
    return this.submit<Analysis>('analyze', input, published);
  }

  /** Analyses and prepares the article for `Store.addPrepared`, all in a worker thread. */
  prepare(input: ArticleInput): Promise<PreparedArticle> {
    return this.submit<PreparedArticle>('prepare', input);
  }

  /** Loads the models in every thread (the first article of each thread would otherwise pay for it). */
  async warmUp(): Promise<void> {
    this.start();
    await Promise.all(
      this.slots.map((slot) =>
        this.send<Analysis>(slot, 'analyze', { input: 'warm-up', text: WARM_UP_TEXT }).catch(() => null),
      ),
    );
  }

  private start(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private submit<T>(task: WorkerTask, input: ArticleInput, published?: string | null): Promise<T> {
    if (this.closed) return Promise.reject(new Error('analysis pool is closed'));
    if (this.queued >= this.maxQueued) return Promise.reject(new PoolFullError());
    this.start();
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return this.send<T>(slot, task, input, published);
  }

  private send<T>(slot: Slot, task: WorkerTask, input: ArticleInput, published?: string | null): Promise<T> {
    const id = this.nextId++;
    this.queued++;
    if (slot.pending.size === 0) slot.worker.ref();
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (r: never) => void, reject });
      const request: WorkerRequest = { id, task, input, ...(published === undefined ? {} : { published }) };
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots)
      for (const p of slot.pending.values()) p.reject(new Error('analysis pool is closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
