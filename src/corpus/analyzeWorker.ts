/** A worker thread of the analysis pool: articles in, analysis documents out. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { ArticleInput } from '../ingest/article.js';

parentPort!.on('message', (msg: { id: number; input: ArticleInput }) => {
  try {
    parentPort!.postMessage({ id: msg.id, analysis: analyze(msg.input) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
