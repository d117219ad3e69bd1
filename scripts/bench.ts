// npm run bench [substring...]: every bench/*.bench.ts, each in its own process.
import { runAll } from './run-all.js';

process.exit(runAll('bench', '.bench.ts', process.argv.slice(2)));
