// Builds the web UI (ui/) into dist/ui with Vite when the UI exists; the CLI works without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('ui/index.html')) {
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'ui/vite.config.ts'],
    {
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
}
