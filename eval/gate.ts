/**
 * CI gate for attribution quality: scores the extractor analyze() uses on PolNeAR dev and exits 1
 * when cue exact, source exact, content overlap or whole-attribution overlap F1 falls more than
 * ALLOWED_DROP points below eval/baseline.json. Usage: npx tsx eval/gate.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_NAME, extractWith } from '../src/extract/attributions/index.js';
import { evaluateExtractor } from '../src/extract/attributions/polnear/evaluate.js';
import { loadPolnear } from '../src/extract/attributions/polnear/load.js';
import { headline } from '../src/extract/attributions/polnear/score.js';

const ALLOWED_DROP = 1;
const GATED = ['cueExact', 'sourceExact', 'contentOverlap', 'wholeOverlap'] as const;
const DEV = process.env.POLNEAR_DEV ?? join(import.meta.dirname, '../../shared/data/polnear/dev');

if (!existsSync(DEV)) {
  console.error(`gate: PolNeAR dev not found at ${DEV} (set POLNEAR_DEV)`);
  process.exit(2);
}
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as Record<
  string,
  number
>;
const scores = headline(evaluateExtractor(loadPolnear(DEV), extractWith));
let failed = false;
console.log(`attribution gate (${EXTRACTOR_NAME}, PolNeAR dev): F1 now / committed baseline`);
for (const key of GATED) {
  const ok = scores[key] >= baseline[key] - ALLOWED_DROP;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${key.padEnd(15)} ${scores[key].toFixed(1)} / ${Number(baseline[key]).toFixed(1)}`,
  );
}
console.log(`whole exact F1 ${scores.wholeExact.toFixed(1)} (reported, not gated)`);
process.exit(failed ? 1 : 0);
