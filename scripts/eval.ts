// npm run eval [substring...]: every eval/*.eval.ts (accuracy on held-out data), each in its own process.
import { runAll } from './run-all.js';

process.exit(runAll('eval', '.eval.ts', process.argv.slice(2)));
