/** whosaid ingest: analyse articles into the corpus store (or queue them for workers). */

import { defaultThreads } from '../../corpus/analyzePool.js';
import { parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { ingest } from '../../corpus/ingest.js';
import { corpusInputs } from '../../corpus/inputs.js';
import { Progress } from '../../corpus/progress.js';
import type { ArticleInput } from '../../ingest/article.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

/** Inputs sent to the queue per INSERT. */
const ENQUEUE_BATCH = 500;

const usage = `Usage: whosaid ingest PATH|URL... [--db LOCATION] [--workers N] [--enqueue]

Reads articles (text, HTML, JSON, JSONL, CSV, WARC, RSS/Atom; files, directories or URLs), analyses
them on all cores and stores them. Articles already stored (same text) are skipped, so rerunning after
a crash or with more files only does the rest. Exit status 1 if any input failed.

  --db LOCATION   corpus store: a directory (default ./whosaid-data), postgres://… or memory://
  --workers N     analysis threads (default: ${defaultThreads()}, one per core)
  --batch N       articles per store transaction (default 200)
  --enqueue       do not analyse: put the articles on the store's job queue for 'whosaid worker'
  --quiet         no progress, only errors and the summary
`;

export const command: Command = {
  name: 'ingest',
  summary: 'Analyse articles into the corpus (files, directories, JSONL, CSV, WARC, feeds, URLs)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        db: { type: 'string' },
        workers: { type: 'string' },
        batch: { type: 'string' },
        enqueue: { type: 'boolean' },
        quiet: { type: 'boolean' },
      },
      true,
    );
    if (positionals.length === 0) throw new UsageError('give at least one PATH or URL');
    const threads = positiveInt(values.workers, 'workers', defaultThreads());
    const batchSize = positiveInt(values.batch, 'batch', 200);
    const err = process.stderr;
    const progress = values.quiet ? null : new Progress(err);
    const clearLine = () => {
      if (progress && err.isTTY) err.write('\r\u001b[K');
    };
    const onError = (input: string, message: string) => {
      clearLine();
      err.write(`whosaid ingest: ${input}: ${message}\n`);
    };

    const cpu0 = process.cpuUsage();
    const store = await openStore(values.db);
    try {
      if (values.enqueue) return await enqueue(store, positionals, onError);
      const summary = await ingest(store, corpusInputs(positionals), {
        threads,
        batchSize,
        onError,
        onProgress: progress ? (s) => progress.update(s) : undefined,
      });
      progress?.finish(summary);
      const seconds = summary.elapsedMs / 1000;
      const rate = seconds > 0 ? (summary.done + summary.skipped) / seconds : 0;
      // CPU time of every thread of this process: the rate that does not depend on other load.
      const { user, system } = process.cpuUsage(cpu0);
      const perCpuSecond = (summary.done + summary.skipped) / ((user + system) / 1e6);
      err.write(
        `whosaid ingest: ${summary.done} new, ${summary.skipped} already stored, ${summary.failed} failed` +
          ` in ${seconds.toFixed(1)}s (${rate.toFixed(1)} articles/s, ${perCpuSecond.toFixed(1)} per CPU-second)` +
          ` → ${store.location}\n`,
      );
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

async function enqueue(
  store: Awaited<ReturnType<typeof openStore>>,
  specs: string[],
  onError: (input: string, message: string) => void,
): Promise<number> {
  let queued = 0;
  let skipped = 0;
  let failed = 0;
  let batch: ArticleInput[] = [];
  const send = async () => {
    const r = await store.jobs.enqueue(batch);
    queued += r.queued;
    skipped += r.skipped;
    batch = [];
  };
  for await (const item of corpusInputs(specs)) {
    if ('error' in item) {
      failed++;
      onError(item.input, item.error);
      continue;
    }
    batch.push(item.article);
    if (batch.length >= ENQUEUE_BATCH) await send();
  }
  await send();
  process.stderr.write(
    `whosaid ingest: queued ${queued}, ${skipped} already stored or queued, ${failed} failed → ${store.location}\n`,
  );
  return failed > 0 ? 1 : 0;
}
