// Check-worthiness on the CheckThat! 2024 English dev-test split (never trained or tuned on), with the
// committed model (models/checkworthy.bin), beside the majority and all-positive baselines.
// Writes eval/results/checkworthy.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCheckworthySplits } from '../src/extract/claims/checkworthy/data.js';
import { CHECKWORTHY_THRESHOLD, predict, shippedModel } from '../src/extract/claims/checkworthy/model.js';
import { packageRoot } from '../src/paths.js';

interface Row {
  system: string;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function score(system: string, predicted: boolean[], labels: number[]): Row {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  predicted.forEach((yes, i) => {
    if (yes === (labels[i] === 1)) right++;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  });
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    system,
    precision: round(tp + fp === 0 ? 0 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 0 : tp / (tp + fn)),
    f1: round(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)),
    accuracy: round(right / labels.length),
  };
}

const model = shippedModel();
if (!model) throw new Error('models/checkworthy.bin is missing: run npm run train checkworthy');
const { devTest, dev } = loadCheckworthySplits();
const labels = devTest.map((s) => s.label);
const started = performance.now();
const scores = devTest.map((s) => predict(model, s.text));
const msPerSentence = (performance.now() - started) / devTest.length;
const rows = [
  score(
    `logreg n-grams (score ≥ ${CHECKWORTHY_THRESHOLD})`,
    scores.map((p) => p >= CHECKWORTHY_THRESHOLD),
    labels,
  ),
  score(
    'majority class (all No)',
    labels.map(() => false),
    labels,
  ),
  score(
    'all positive (all Yes)',
    labels.map(() => true),
    labels,
  ),
];
console.log(
  `CheckThat! 2024 English dev-test: ${devTest.length} sentences, ${labels.filter((y) => y).length} check-worthy`,
);
console.log('system'.padEnd(40) + 'P      R      F1     acc');
for (const r of rows)
  console.log(
    r.system.padEnd(40) +
      [r.precision, r.recall, r.f1, r.accuracy].map((x) => x.toFixed(3).padEnd(7)).join(''),
  );
console.log(
  `${msPerSentence.toFixed(4)} ms per sentence; best CT24 systems (fine-tuned transformers) reached F1 ≈ 0.80`,
);
const out = join(packageRoot, 'eval', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'checkworthy.json'),
  JSON.stringify(
    {
      data: 'ct24_checkworthy_english_dev-test.tsv',
      sentences: devTest.length,
      positives: labels.filter((y) => y).length,
      devSentences: dev.length,
      devThreshold: model.devThreshold,
      rows,
    },
    null,
    2,
  ) + '\n',
);
