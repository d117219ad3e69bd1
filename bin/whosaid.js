#!/usr/bin/env node
// Entry point of the `whosaid` command: runs the compiled CLI from dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write(
    "whosaid: not built yet; run 'npm run build' (npm ci does it) in the package folder\n",
  );
  process.exit(2);
}
// Before the CLI loads anything, for the commands that analyse articles (the others load no models):
// on Linux this may start the command again with huge pages on (src/runtime/hugePages.ts).
if (['analyze', 'ingest', 'serve', 'worker'].includes(process.argv[2]))
  await import(new URL('../dist/src/runtime/hugePages.js', import.meta.url).href);
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
