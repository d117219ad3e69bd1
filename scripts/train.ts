// npm run train [substring...]: every scripts/train/*.train.ts, in name order (later models may use earlier ones).
import { runAll } from './run-all.js';

process.exit(runAll('scripts/train', '.train.ts', process.argv.slice(2)));
