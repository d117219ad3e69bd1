/** whosaid serve: the web app and JSON API over a corpus store. */
import { parseArgs } from 'node:util';
import { defaultThreads } from '../../corpus/analyzePool.js';
import { positiveInt } from '../../corpus/cliOptions.js';
import {
  checkExposure,
  DEFAULT_HOST,
  DEFAULT_PORT,
  startServer,
  UnsafeListenError,
} from '../../server/listen.js';
import { DEFAULT_STORE_LOCATION, openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const usage = `Usage: whosaid serve [--db LOCATION] [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--token TOKEN] [--threads N]

Serves the web UI and the JSON API (OpenAPI document at /api/openapi.json). Articles sent to
/api/analyze and /api/ingest are analysed on worker threads; when too many are waiting, the server
answers 503 with Retry-After instead of letting every request wait longer.

  --db LOCATION   corpus store: a directory (default ${DEFAULT_STORE_LOCATION}), postgres://… or memory://
  --port N        TCP port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host HOST     address to listen on (default ${DEFAULT_HOST}, this machine only)
  --token TOKEN   require 'Authorization: Bearer TOKEN' on every API request (also WHOSAID_TOKEN);
                  mandatory when --host is not a loopback address
  --threads N     analysis threads (default: ${defaultThreads()}, one per core)
`;

export const command: Command = {
  name: 'serve',
  summary: 'Serve the web UI and JSON API over a corpus',
  usage,
  async run(argv) {
    let values: { db?: string; port?: string; host?: string; token?: string; threads?: string };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          db: { type: 'string' },
          port: { type: 'string' },
          host: { type: 'string' },
          token: { type: 'string' },
          threads: { type: 'string' },
        },
        strict: true,
      }));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const port = Number(values.port ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`bad --port '${values.port}'`);
    const token = values.token ?? process.env.WHOSAID_TOKEN ?? null;
    const host = values.host ?? DEFAULT_HOST;
    const analysisThreads = positiveInt(values.threads, 'threads', defaultThreads());

    try {
      checkExposure(host, token);
    } catch (err) {
      if (err instanceof UnsafeListenError) throw new UsageError(err.message);
      throw err;
    }
    const store = await openStore(values.db);
    try {
      const { app, url } = await startServer({ store, token, host, port, analysisThreads, warmUp: true });
      process.stderr.write(
        `whosaid: serving ${store.location} at ${url}${token ? ' (token required)' : ''}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
