// Trains the check-worthiness model (src/extract/claims/checkworthy) and writes models/checkworthy.bin.
// Train: CT24 train + ClaimBuster kfold_25ncs, minus anything in dev or dev-test; Platt and threshold on dev.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCheckworthySplits } from '../../src/extract/claims/checkworthy/data.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  MODEL_FILE,
  save,
  trainAndCalibrate,
} from '../../src/extract/claims/checkworthy/model.js';
import { modelsDir } from '../../src/paths.js';

const splits = loadCheckworthySplits();
const model = trainAndCalibrate(splits.train, splits.dev, DEFAULT_TRAIN_OPTIONS);
const buffer = save(model, {
  data: 'CheckThat! 2024 task 1 English train + ClaimBuster kfold_25ncs (dev, dev-test removed)',
  trainSentences: splits.train.length,
  dropped: splits.dropped,
  options: DEFAULT_TRAIN_OPTIONS,
});
const path = join(modelsDir, MODEL_FILE);
writeFileSync(path, buffer);
console.log(
  `checkworthy: ${splits.train.length} training sentences (dropped ${splits.dropped.heldOut} held out, ` +
    `${splits.dropped.repeated} repeated); Platt a=${model.platt.a} b=${model.platt.b}; ` +
    `dev decision threshold ${model.devThreshold} mapped to 0.5; ${path} ${(buffer.length / 1024).toFixed(0)} KB`,
);
