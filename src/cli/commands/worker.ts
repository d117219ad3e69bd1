/** whosaid worker: analyse queued articles (from 'whosaid ingest --enqueue'), on any number of machines. */
import { defaultThreads } from '../../corpus/analyzePool.js';
import { parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { DEFAULT_LEASE_MS, runWorker } from '../../corpus/worker.js';
import { openStore } from '../../store/Store.js';
import type { Command } from '../command.js';

const usage = `Usage: whosaid worker --db postgres://… [--threads N] [--lease SECONDS] [--exit-when-empty]

Takes jobs queued by 'whosaid ingest --enqueue', analyses them, stores the results and acknowledges
them. Run as many as you like, on as many machines; a worker that dies has its jobs retried by
another once their lease expires. Stops on SIGINT/SIGTERM after the batch in hand.

  --db LOCATION      the corpus store (a PostgreSQL URL for several machines)
  --threads N        analysis threads (default: ${defaultThreads()}, one per core)
  --lease SECONDS    how long a claimed job is ours before others may retry it (default ${DEFAULT_LEASE_MS / 1000})
  --exit-when-empty  stop when nothing is queued or running instead of waiting for more
`;

export const command: Command = {
  name: 'worker',
  summary: 'Analyse queued articles from a PostgreSQL corpus (scale-out)',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      threads: { type: 'string' },
      lease: { type: 'string' },
      'exit-when-empty': { type: 'boolean' },
    });
    const threads = positiveInt(values.threads, 'threads', defaultThreads());
    const leaseMs = positiveInt(values.lease, 'lease', DEFAULT_LEASE_MS / 1000) * 1000;
    const store = await openStore(values.db);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const totals = await runWorker(store, {
        threads,
        leaseMs,
        exitWhenEmpty: values['exit-when-empty'] === true,
        signal: stop.signal,
        onReady: () => process.stderr.write(`whosaid worker: ready (${threads} threads)\n`),
      });
      process.stderr.write(
        `whosaid worker: stored ${totals.stored}, ${totals.skipped} already stored, ${totals.failed} failed\n`,
      );
      return totals.failed > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  },
};
