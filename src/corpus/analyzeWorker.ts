/**
 * A worker thread of the analysis pool: articles in; out, either the analysis document (`analyze`) or
 * the article prepared for the store (`prepare`: rows already serialized, so the thread that owns the
 * store copies strings instead of cloning and re-serializing large objects).
 */
import '../runtime/v8Flags.js';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { ArticleInput } from '../ingest/article.js';
import { prepareArticle } from '../store/prepare.js';

export type WorkerTask = 'analyze' | 'prepare';

export interface WorkerRequest {
  id: number;
  task: WorkerTask;
  input: ArticleInput;
  published?: string | null;
}

parentPort!.on('message', (msg: WorkerRequest) => {
  try {
    const started = performance.now();
    const analysis = analyze(msg.input, msg.published === undefined ? {} : { published: msg.published });
    const result = msg.task === 'prepare' ? prepareArticle({ input: msg.input, analysis }) : analysis;
    parentPort!.postMessage({ id: msg.id, result, ms: performance.now() - started });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
