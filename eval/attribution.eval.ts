/**
 * Attribution extraction on PolNeAR dev: per-role and whole-attribution P/R/F1, exact and overlap,
 * for the extractor analyze() uses, beside the rule baseline. Writes eval/results/attribution.json.
 * Usage: npx tsx eval/attribution.eval.ts [--limit N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBaseline } from '../src/extract/attributions/baseline/index.js';
import { EXTRACTOR_NAME, extractWith } from '../src/extract/attributions/index.js';
import { evaluateExtractor, polnearDoc } from '../src/extract/attributions/polnear/evaluate.js';
import { loadPolnear } from '../src/extract/attributions/polnear/load.js';
import { headline, prf, type Tally } from '../src/extract/attributions/polnear/score.js';

const DEV = process.env.POLNEAR_DEV ?? join(import.meta.dirname, '../../shared/data/polnear/dev');
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Number.POSITIVE_INFINITY;

const articles = loadPolnear(DEV, limit);
const t0 = performance.now();
const docs = articles.map(polnearDoc);
const systems: [string, Tally][] = [['baseline-rules', evaluateExtractor(articles, extractBaseline, docs)]];
if (EXTRACTOR_NAME !== 'baseline-rules')
  systems.push([EXTRACTOR_NAME, evaluateExtractor(articles, (doc, body) => extractWith(doc, body), docs)]);
const seconds = (performance.now() - t0) / 1000;

console.log(
  `PolNeAR dev: ${articles.length} articles, ${articles.reduce((n, a) => n + a.gold.length, 0)} gold attributions`,
);
for (const [name, t] of systems) {
  console.log(`\n${name}`);
  console.log('role      mode     P      R      F1');
  for (const role of ['cue', 'source', 'content', 'whole'] as const)
    for (const mode of ['exact', 'overlap'] as const) {
      const s = prf(t[role][mode]);
      console.log(`${role.padEnd(9)} ${mode.padEnd(8)} ${fmt(s.p)} ${fmt(s.r)} ${fmt(s.f1)}`);
    }
}
console.log('\nheadline F1 (cue exact, source exact, content overlap, whole overlap, whole exact)');
for (const [name, t] of systems)
  console.log(`${name.padEnd(22)} ${Object.values(headline(t)).map(fmt).join(' ')}`);
console.log(`(${seconds.toFixed(1)} s)`);

const results = Object.fromEntries(
  systems.map(([name, t]) => [
    name,
    {
      headline: headline(t),
      roles: Object.fromEntries(
        (['cue', 'source', 'content', 'whole'] as const).map((r) => [
          r,
          { exact: prf(t[r].exact), overlap: prf(t[r].overlap) },
        ]),
      ),
    },
  ]),
);
if (limit === Number.POSITIVE_INFINITY) {
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results/attribution.json'),
    `${JSON.stringify({ dataset: 'polnear/dev', articles: articles.length, extractor: EXTRACTOR_NAME, results }, null, 2)}\n`,
  );
}

function fmt(x: number): string {
  return x.toFixed(1).padStart(6);
}
