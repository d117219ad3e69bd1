/**
 * The compiled package the `whosaid` command runs (dist/, built by `npm run build`), so speed
 * benchmarks time the shipped JavaScript rather than sources transpiled on the fly by tsx.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';

/** Compiles src/ to dist/ (tsc, incremental output is overwritten) and returns `dist/src/<module>` as a URL. */
export function builtModule(module: string): string {
  execFileSync(
    process.execPath,
    [join(packageRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: packageRoot,
      stdio: 'inherit',
    },
  );
  return pathToFileURL(join(packageRoot, 'dist/src', module)).href;
}
