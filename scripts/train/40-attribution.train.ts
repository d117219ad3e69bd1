/**
 * Trains the attribution extractor (cue taggers, cue network, role taggers) on PolNeAR train only, scores it on
 * dev, and writes models/attribution-cue.bin, models/attribution-cue-net.bin and models/attribution-roles.bin.
 * Usage: nice -n 10 npx tsx scripts/train/40-attribution.train.ts [--limit N] [--no-save] [--no-calibration]
 *   [--seeds 40,41,42] [--out DIR] [--no-cue-net]
 * --out writes the weights to DIR instead of models/ (to compare them with the committed ones).
 * --no-cue-net leaves out the cue network (cueNet.ts), to measure what it adds.
 * Dev F1 moves by about a point with the training seed alone, so `--seeds` trains once per seed
 * (the first is the one saved) and prints each seed's dev F1 and their mean: judge a change on that.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBaseline } from '../../src/extract/attributions/baseline/index.js';
import { annotatedDocs } from '../../src/extract/attributions/polnear/docCache.js';
import { evaluateExtractor } from '../../src/extract/attributions/polnear/evaluate.js';
import { loadPolnear } from '../../src/extract/attributions/polnear/load.js';
import { headline } from '../../src/extract/attributions/polnear/score.js';
import { calibrateOnTrain } from '../../src/extract/attributions/trained/crossFit.js';
import {
  CUE_MODEL_FILE,
  CUE_NET_FILE,
  extractTrained,
  ROLE_MODEL_FILE,
} from '../../src/extract/attributions/trained/index.js';
import { SEED, saveModels, train } from '../../src/extract/attributions/trained/model.js';
import { viewOf } from '../../src/extract/attributions/trained/view.js';
import { modelsDir } from '../../src/paths.js';

const DATA = join(import.meta.dirname, '../../../shared/data/polnear');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const epochs = { cue: Number(arg('--cue-epochs') ?? 3), role: Number(arg('--role-epochs') ?? 12) };
const t0 = performance.now();
const log = (m: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}`);

const trainArticles = loadPolnear(join(DATA, 'train'), limit);
const trainDocs = annotatedDocs(trainArticles, 'train');
const docs = trainArticles.map((article, k) => ({
  article,
  view: viewOf(trainDocs[k], [{ start: 0, end: article.text.length }]),
}));
log(
  `${docs.length} train articles annotated (tagged: ${docs[0]?.view.tagged}, parsed: ${docs[0]?.view.parsed})`,
);
const seeds = (arg('--seeds') ?? String(SEED)).split(',').map(Number);
const devArticles = loadPolnear(join(DATA, 'dev'));
const devDocs = annotatedDocs(devArticles, 'dev');
const rows: number[][] = [];
let shipped: ReturnType<typeof train>['models'] | null = null;
for (const seed of seeds) {
  const { models, cueData } = train(docs, epochs, log, seed, !process.argv.includes('--no-cue-net'));
  if (!process.argv.includes('--no-calibration')) {
    models.calibration = calibrateOnTrain(docs, cueData, models, epochs.cue, log);
    log(`calibration ${JSON.stringify(models.calibration)}`);
  }
  shipped ??= models;
  rows.push(
    Object.values(headline(evaluateExtractor(devArticles, (d, b) => extractTrained(d, b, models), devDocs))),
  );
}
const baseline = headline(evaluateExtractor(devArticles, extractBaseline, devDocs));
log('dev F1        cueExact sourceExact contentOverlap wholeOverlap wholeExact');
for (const [k, seed] of seeds.entries()) log(`trained ${String(seed).padEnd(5)} ${rows[k].join('  ')}`);
if (seeds.length > 1) {
  const mean = rows[0].map((_, j) => rows.reduce((sum, r) => sum + r[j], 0) / rows.length);
  log(`mean          ${mean.map((x) => x.toFixed(2)).join('  ')}`);
}
log(`baseline      ${Object.values(baseline).join('  ')}`);
const models = shipped!;

if (!process.argv.includes('--no-save')) {
  const meta = { data: 'PolNeAR train', epochs, tagged: docs[0]?.view.tagged, parsed: docs[0]?.view.parsed };
  const saved = saveModels(models, meta);
  const out = arg('--out') ?? modelsDir;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, CUE_MODEL_FILE), saved.cue);
  writeFileSync(join(out, ROLE_MODEL_FILE), saved.role);
  if (saved.cueNet) writeFileSync(join(out, CUE_NET_FILE), saved.cueNet);
  log(
    `saved ${CUE_MODEL_FILE} (${saved.cue.length} B), ${ROLE_MODEL_FILE} (${saved.role.length} B), ${CUE_NET_FILE} (${saved.cueNet?.length ?? 0} B)`,
  );
}
