/**
 * Attribution extraction on PolNeAR dev: per-role and whole-attribution P/R/F1, exact and overlap,
 * for the extractor analyze() uses, beside the rule baseline. Writes eval/results/attribution.json.
 * Usage: npx tsx eval/attribution.eval.ts [--limit N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution } from '../src/analysis/types.js';
import { extractBaseline } from '../src/extract/attributions/baseline/index.js';
import { EXTRACTOR_NAME, extractWith } from '../src/extract/attributions/index.js';
import { evaluateExtractor, polnearDoc } from '../src/extract/attributions/polnear/evaluate.js';
import { loadPolnear } from '../src/extract/attributions/polnear/load.js';
import { headline, prf, type Tally } from '../src/extract/attributions/polnear/score.js';
import {
  cueIsRight,
  decilePrecision,
  goldCueKeys,
  logLoss,
} from '../src/extract/attributions/trained/calibrate.js';

const DEV = process.env.POLNEAR_DEV ?? join(import.meta.dirname, '../../shared/data/polnear/dev');
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Number.POSITIVE_INFINITY;

const articles = loadPolnear(DEV, limit);
const t0 = performance.now();
const docs = articles.map(polnearDoc);
const systems: [string, Tally][] = [['baseline-rules', evaluateExtractor(articles, extractBaseline, docs)]];
const cpu0 = process.cpuUsage();
const extracted: Attribution[][] = [];
if (EXTRACTOR_NAME !== 'baseline-rules')
  systems.push([
    EXTRACTOR_NAME,
    evaluateExtractor(
      articles,
      (doc, body) => {
        const found = extractWith(doc, body);
        extracted.push(found);
        return found;
      },
      docs,
    ),
  ]);
const cpu = process.cpuUsage(cpu0);
const extractorCpuMs = (cpu.user + cpu.system) / 1000 / articles.length;
const seconds = (performance.now() - t0) / 1000;
const calibration = calibrationOnDev();

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
console.log(
  `(${seconds.toFixed(1)} s; ${EXTRACTOR_NAME} incl. scoring: ${extractorCpuMs.toFixed(1)} CPU ms per article)`,
);
if (calibration) {
  console.log(
    `\nconfidence vs cue exact on dev: log loss ${calibration.logLoss}, ${calibration.cases} attributions`,
  );
  console.log('decile  mean conf  share right  cases');
  for (const [d, [p, r, n]] of calibration.deciles.entries())
    console.log(
      `${String(d + 1).padStart(6)} ${p.toFixed(2).padStart(10)} ${r.toFixed(2).padStart(12)} ${String(n).padStart(6)}`,
    );
  console.log('rule precision on dev (right / cases, confidence given):');
  for (const [rule, r] of Object.entries(calibration.rules))
    console.log(`  ${rule.padEnd(20)} ${r.right}/${r.cases}  ${r.confidence.join(' ')}`);
}

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

/** How well the extractor's confidences predict that a cue is exactly a gold cue (relayed attributions left out). */
function calibrationOnDev() {
  if (extracted.length !== articles.length) return null;
  const points: { p: number; right: boolean }[] = [];
  const rules: Record<string, { right: number; cases: number; confidence: number[] }> = {};
  articles.forEach((a, k) => {
    const gold = goldCueKeys(a.text, a.gold);
    for (const found of extracted[k]) {
      if (found.via) continue;
      const right = cueIsRight(a.text, found.cue, gold);
      points.push({ p: found.confidence, right });
      const r = (rules[found.rule] ??= { right: 0, cases: 0, confidence: [] });
      r.right += right ? 1 : 0;
      r.cases += 1;
      if (!r.confidence.includes(found.confidence) && r.confidence.length < 3)
        r.confidence.push(found.confidence);
    }
  });
  return {
    cases: points.length,
    logLoss: Math.round(logLoss(points) * 1000) / 1000,
    deciles: decilePrecision(points),
    rules,
  };
}
