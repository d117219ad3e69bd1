/**
 * A pool of worker threads running `analyze()`: one per core by default. Work is handed to the least
 * busy thread; a thread that dies takes its pending articles down as failures, and is replaced.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis/types.js';
import type { ArticleInput } from '../ingest/article.js';

interface Pending {
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
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

export class AnalyzePool {
  private slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size = defaultThreads()) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startThread();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: { id: number; analysis?: Analysis; error?: string }) => {
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      if (msg.analysis) p.resolve(msg.analysis);
      else p.reject(new Error(msg.error ?? 'analysis failed'));
    });
    const die = (err: Error) => {
      for (const p of slot.pending.values()) p.reject(err);
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
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  analyze(input: ArticleInput): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('analysis pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
