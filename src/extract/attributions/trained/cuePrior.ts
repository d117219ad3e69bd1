/**
 * A learned prior for the cue tagger: how often each lemma is part of a cue in the training data,
 * read as a coarse bucket. The bucket is shared by all lemmas, so what the tagger learns about
 * "a word that is often a cue, with a clause after it" carries over to rarely seen reporting words.
 * On the training data itself the prior is cross-fitted (each document sees rates counted on the
 * other folds), else it would be as sure of rare lemmas as the gold labels are.
 */
import { LEX_SLOTS } from '../../../language/lexeme.js';
import type { DocView } from './view.js';

/** Lemma → share of its training occurrences inside a cue. */
export type CuePrior = Map<string, number>;

/**
 * Lemmas seen fewer times than this have no prior. Tried in session 25 (PolNeAR dev F1 cue exact /
 * whole overlap, mean of seeds 40-42, against 74.41 / 79.15): 2 gave 74.06 / 79.10; rarer lemmas
 * backing off to the rate of their word's cluster (else of their last three letters), in buckets of
 * their own, 74.27 / 79.16: it gives a bucket to 50 of the 301 dev cue tokens that have none, and
 * to 1,030 other tokens (dev cue rate 3-16% by bucket).
 */
const MIN_COUNT = 3;
/** Rates below this are not kept (the bucket of unknown lemmas is as good). */
const MIN_RATE = 0.01;
/**
 * The prior's folds, also the calibration's. Priors counted on 10 or 3 folds instead (the rate shown
 * in training nearer to or further from the full train's) lowered the 3-seed dev whole overlap
 * 79.15 -> 78.97 and 78.98 (session 25).
 */
export const FOLDS = 5;

function lemmaKey(v: DocView, i: number): string {
  return v.doc.lemma[i] || v.lower[i];
}

export interface LabelledView {
  view: DocView;
  /** Cue labels per token, 0 outside cues. */
  labels: ArrayLike<number>;
}

/** Counts the prior over labelled documents. */
export function countPrior(docs: LabelledView[]): CuePrior {
  const seen = new Map<string, number>();
  const inCue = new Map<string, number>();
  for (const { view, labels } of docs)
    for (let i = 0; i < view.doc.length; i++) {
      const key = lemmaKey(view, i);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (labels[i] !== 0) inCue.set(key, (inCue.get(key) ?? 0) + 1);
    }
  const prior: CuePrior = new Map();
  for (const [key, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const rate = (inCue.get(key) ?? 0) / n;
    if (n >= MIN_COUNT && rate >= MIN_RATE) prior.set(key, Math.round(rate * 1000) / 1000);
  }
  return prior;
}

/** The prior each training document should see: counted on the folds it is not in. */
export function crossFittedPriors(docs: LabelledView[]): CuePrior[] {
  const byFold = Array.from({ length: FOLDS }, (_, f) => countPrior(docs.filter((_, k) => k % FOLDS !== f)));
  return docs.map((_, k) => byFold[k % FOLDS]);
}

/** Per token: 0 no prior, then rising buckets of the rate. */
export function priorBuckets(v: DocView, prior: CuePrior): Int32Array {
  const doc = v.doc;
  const out = new Int32Array(doc.length);
  if (doc.lexemeEpoch < 0) {
    for (let i = 0; i < doc.length; i++) out[i] = bucketOf(prior, lemmaKey(v, i));
    return out;
  }
  const known = knownBuckets(prior, doc.lexemeEpoch);
  for (let i = 0; i < doc.length; i++) {
    const lexeme = doc.lexemeRows[i] / LEX_SLOTS;
    const key = lemmaKey(v, i);
    if (lexeme < known.keys.length && known.keys[lexeme] === key) {
      out[i] = known.buckets[lexeme];
      continue;
    }
    const bucket = bucketOf(prior, key);
    while (known.keys.length <= lexeme) {
      known.keys.push('');
      known.buckets.push(0);
    }
    known.keys[lexeme] = key;
    known.buckets[lexeme] = bucket;
    out[i] = bucket;
  }
  return out;
}

function bucketOf(prior: CuePrior, key: string): number {
  const rate = prior.get(key);
  return rate === undefined ? 0 : rate < 0.05 ? 1 : rate < 0.2 ? 2 : rate < 0.5 ? 3 : 4;
}

/**
 * Per lexeme (row offset / LEX_SLOTS) of one lexeme table epoch: the key it last had (a word
 * mostly keeps one lemma, the tagger's one string for it) and that key's bucket under one prior,
 * so that most tokens compare two strings instead of looking the key up in the prior.
 */
let knownFor: { prior: CuePrior; epoch: number; keys: string[]; buckets: number[] } | null = null;

function knownBuckets(prior: CuePrior, epoch: number) {
  if (knownFor === null || knownFor.prior !== prior || knownFor.epoch !== epoch)
    knownFor = { prior, epoch, keys: [], buckets: [] };
  return knownFor;
}

export function priorToJson(prior: CuePrior): Record<string, number> {
  return Object.fromEntries(prior);
}

export function priorFromJson(json: unknown): CuePrior {
  const prior: CuePrior = new Map();
  if (json && typeof json === 'object')
    for (const [key, rate] of Object.entries(json)) if (typeof rate === 'number') prior.set(key, rate);
  return prior;
}
