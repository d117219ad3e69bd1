/**
 * Check-worthiness: logistic regression over hashed sentence features (features.ts), trained with
 * AdaGrad and L2, then Platt-scaled on the dev split. The F1-best decision threshold on dev (a
 * calibrated probability, usually below 0.5 since F1 rewards recall) is then folded into the scaling's
 * offset, so the shipped score is monotone in the model's margin and crosses CHECKWORTHY_THRESHOLD (0.5)
 * exactly where the model decides "check-worthy": every consumer can use 0.5 without knowing the model.
 * Weights are stored through AveragedPerceptron's compact format (one "class": the logit weight).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AveragedPerceptron } from '../../../learn/perceptron.js';
import { modelsDir } from '../../../paths.js';
import type { LabelledSentence } from './data.js';
import { FEATURE_VERSION, sentenceFeatures } from './features.js';

export const MODEL_KIND = `checkworthy-logreg-v${FEATURE_VERSION}`;
export const MODEL_FILE = 'checkworthy.bin';
/** Calibrated-probability thresholds tried on the dev split; the F1-best one becomes the 0.5 point. */
export const THRESHOLD_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
/** A unit is check-worthy when its shipped score is at least this (see the module comment). */
export const CHECKWORTHY_THRESHOLD = 0.5;

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of positive examples (the positive class is the rarer one). */
  positiveWeight: number;
  bucketsLog2: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 8,
  learningRate: 0.05,
  l2: 1e-6,
  positiveWeight: 1.6,
  bucketsLog2: 20,
  seed: 20240501,
};

export interface CheckworthyModel {
  weights: AveragedPerceptron;
  /** Scaling of the margin: score = sigmoid(a · margin + b). */
  platt: { a: number; b: number };
  /** The Platt probability chosen on dev as the decision point, now mapped to CHECKWORTHY_THRESHOLD. */
  devThreshold: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Deterministic PRNG (mulberry32) for the shuffle. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  data: LabelledSentence[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): CheckworthyModel {
  const model = new AveragedPerceptron(1, options.bucketsLog2);
  const w = model.weights;
  const g2 = new Float64Array(w.length);
  const feats = data.map((s) => sentenceFeatures(s.text, []).map((f) => f & model.mask));
  const order = data.map((_, i) => i);
  const random = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const f = feats[k];
      let z = 0;
      for (const b of f) z += w[b];
      const y = data[k].label;
      const grad = (sigmoid(z) - y) * (y === 1 ? options.positiveWeight : 1);
      for (const b of f) {
        const g = grad + options.l2 * w[b];
        g2[b] += g * g;
        w[b] -= (options.learningRate * g) / Math.sqrt(g2[b] + 1e-8);
      }
    }
  }
  return { weights: model, platt: { a: 1, b: 0 }, devThreshold: CHECKWORTHY_THRESHOLD };
}

/** The raw logit of one sentence. */
export function margin(model: CheckworthyModel, sentence: string, scratch: number[] = []): number {
  const f = sentenceFeatures(sentence, scratch);
  const w = model.weights.weights;
  const mask = model.weights.mask;
  let z = 0;
  for (const b of f) z += w[b & mask];
  return z;
}

/** Calibrated check-worthiness in [0, 1]. */
export function predict(model: CheckworthyModel, sentence: string, scratch: number[] = []): number {
  return sigmoid(model.platt.a * margin(model, sentence, scratch) + model.platt.b);
}

/** Fits Platt's a, b on held-out margins by Newton steps on the log loss (with Platt's target smoothing). */
export function fitPlatt(margins: number[], labels: number[]): { a: number; b: number } {
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < margins.length; i++) {
      const t = labels[i] === 1 ? hi : lo;
      const p = sigmoid(a * margins[i] + b);
      const d = p - t;
      const s = p * (1 - p);
      ga += d * margins[i];
      gb += d;
      haa += s * margins[i] * margins[i];
      hab += s * margins[i];
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a: Math.round(a * 1e6) / 1e6, b: Math.round(b * 1e6) / 1e6 };
}

/** F1 of the positive class for scores against labels at a threshold. */
export function f1At(scores: number[], labels: number[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const yes = scores[i] >= threshold;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Trains on `train`, then calibrates (Platt) and picks the decision threshold on `dev`. */
export function trainAndCalibrate(
  trainSet: LabelledSentence[],
  dev: LabelledSentence[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): CheckworthyModel {
  const model = train(trainSet, options);
  const labels = dev.map((s) => s.label);
  model.platt = fitPlatt(
    dev.map((s) => margin(model, s.text)),
    labels,
  );
  const scores = dev.map((s) => predict(model, s.text));
  let best = -1;
  for (const t of THRESHOLD_GRID) {
    const f = f1At(scores, labels, t);
    if (f > best) {
      best = f;
      model.devThreshold = t;
    }
  }
  const logit = (p: number) => Math.log(p / (1 - p));
  const shift = logit(model.devThreshold) - logit(CHECKWORTHY_THRESHOLD);
  model.platt = { a: model.platt.a, b: Math.round((model.platt.b - shift) * 1e6) / 1e6 };
  return model;
}

export function save(model: CheckworthyModel, meta: Record<string, unknown> = {}): Buffer {
  return model.weights.save(MODEL_KIND, { ...meta, platt: model.platt, devThreshold: model.devThreshold });
}

export function load(buffer: Buffer): CheckworthyModel {
  const { model, meta } = AveragedPerceptron.load(buffer, MODEL_KIND);
  return {
    weights: model,
    platt: meta.platt as { a: number; b: number },
    devThreshold: meta.devThreshold as number,
  };
}

let shipped: CheckworthyModel | null | undefined;

/** The committed model, loaded once per process; null when models/checkworthy.bin is absent. */
export function shippedModel(): CheckworthyModel | null {
  if (shipped === undefined) {
    const path = join(modelsDir, MODEL_FILE);
    shipped = existsSync(path) ? load(readFileSync(path)) : null;
  }
  return shipped;
}
