/**
 * Runs every script in one folder (bench/, eval/ or scripts/train/) in its own process, in name
 * order, so each reports its own peak memory. Usage: tsx scripts/run-all.ts DIR [name-substring...]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function runAll(dir: string, suffix: string, filters: string[]): number {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
    .sort();
  let failed = 0;
  for (const f of files) {
    console.log(`\n=== ${join(dir, f)} ===`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f), ...filters], {
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      failed++;
      console.error(`${f} exited with ${r.status ?? r.signal}`);
    }
  }
  return failed === 0 ? 0 : 1;
}
