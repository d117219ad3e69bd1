/**
 * Dependency labels, assigned after the tree is built: one averaged-perceptron decision per word,
 * left to right, seeing the word, its head, the direction and distance between them, their
 * neighbours, the function words hanging off both (aux, case, mark) and the label already given
 * to the nearest earlier sibling. Separating labels from moves keeps the move classifier to three
 * classes, which is most of the parser's speed.
 */

import type { Scorer } from '../../learn/compact.js';
import { feat1, feat2, feat3 } from '../../learn/hash.js';
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { DEPREL, DEPREL_ID, XPOS_ID } from '../tagsets.js';
import { xposOfTag } from './data.js';

export const MAX_LABEL_FEATURES = 40;
const ROOT_LABEL = DEPREL_ID.root;
/** Every label but none and root: the fallback for a tag never seen in training. */
const ALL_LABELS = Uint8Array.from(DEPREL.keys()).filter((l) => l !== 0 && l !== ROOT_LABEL);
const MAX_DISTANCE = 6;
const EMPTY = -1;
const ROOT_VALUE = -3;
const FUNCTION_TAGS = new Set(
  ['IN', 'TO', 'MD', 'VB', 'VBD', 'VBZ', 'VBP', 'VBN', 'VBG', 'WDT', 'WP', 'WRB', 'POS', 'CC', 'RP'].map(
    (t) => XPOS_ID[t],
  ),
);

enum T {
  Bias,
  WD,
  TD,
  WH,
  TH,
  WTD,
  TD_TH,
  TD_TH_DIR,
  WD_TH,
  TD_WH,
  WD_WH,
  TD_TH_DIST,
  THH_TH_TD,
  TD_TL1,
  TD_WL1,
  TD_TR1,
  TD_WR1,
  TD_FUNC,
  TH_TD_HFUNC,
  TD_SIBLABEL,
  TD_TH_SIBLABEL,
  TD_PREVTAG,
  TD_NEXTTAG,
  TD_PREVWORD,
  TD_KIDS,
  TD_TH_FIRST,
  TD_TH_HEADLABEL,
}

/** Child summaries of a finished tree, reused between sentences. */
export class TreeIndex {
  leftmost = new Int32Array(64);
  rightmost = new Int32Array(64);
  /** The first function-word child (aux, adposition, marker ...) of each word, by position. */
  functionChild = new Int32Array(64);
  childCount = new Int32Array(64);
  /** Nearest earlier sibling (same head, smaller index). */
  prevSibling = new Int32Array(64);

  build(heads: Int32Array, tags: Int32Array, n: number): void {
    if (this.leftmost.length < n) {
      const cap = n * 2;
      this.leftmost = new Int32Array(cap);
      this.rightmost = new Int32Array(cap);
      this.functionChild = new Int32Array(cap);
      this.childCount = new Int32Array(cap);
      this.prevSibling = new Int32Array(cap);
    }
    this.leftmost.fill(-1, 0, n);
    this.rightmost.fill(-1, 0, n);
    this.functionChild.fill(-1, 0, n);
    this.childCount.fill(0, 0, n);
    this.prevSibling.fill(-1, 0, n);
    // Tracks, per head, the latest child seen so far in left-to-right order.
    const lastChild = this.rightmost;
    for (let i = 0; i < n; i++) {
      const h = heads[i];
      if (h < 0) continue;
      this.prevSibling[i] = lastChild[h];
      lastChild[h] = i;
      if (this.leftmost[h] < 0) this.leftmost[h] = i;
      this.childCount[h]++;
      if (this.functionChild[h] < 0 && FUNCTION_TAGS.has(xposOfTag(tags[i]))) this.functionChild[h] = i;
    }
  }
}

function valueAt(values: Int32Array, k: number): number {
  return k < 0 ? EMPTY : values[k];
}

export function labelFeatures(
  i: number,
  n: number,
  heads: Int32Array,
  words: Int32Array,
  tags: Int32Array,
  labels: Uint8Array,
  tree: TreeIndex,
  out: Int32Array,
): number {
  const h = heads[i];
  const wd = words[i];
  const td = tags[i];
  const wh = h < 0 ? ROOT_VALUE : words[h];
  const th = h < 0 ? ROOT_VALUE : tags[h];
  const hh = h < 0 ? -1 : heads[h];
  const dir = h < 0 ? 0 : h > i ? 1 : 2;
  const dist = h < 0 ? 0 : Math.min(MAX_DISTANCE, Math.abs(h - i));
  const sibling = tree.prevSibling[i];
  const siblingLabel = sibling < 0 ? EMPTY : labels[sibling];
  const headLabel = h >= 0 && h < i ? labels[h] : EMPTY;
  const left = tree.leftmost[i];
  const right = tree.rightmost[i];
  const func = tree.functionChild[i];
  const headFunc = h < 0 ? -1 : tree.functionChild[h];
  let k = 0;
  out[k++] = feat1(T.Bias, 0);
  out[k++] = feat1(T.WD, wd);
  out[k++] = feat1(T.TD, td);
  out[k++] = feat1(T.WH, wh);
  out[k++] = feat1(T.TH, th);
  out[k++] = feat2(T.WTD, wd, td);
  out[k++] = feat2(T.TD_TH, td, th);
  out[k++] = feat3(T.TD_TH_DIR, td, th, dir);
  out[k++] = feat3(T.WD_TH, wd, th, dir);
  out[k++] = feat3(T.TD_WH, td, wh, dir);
  out[k++] = feat2(T.WD_WH, wd, wh);
  out[k++] = feat3(T.TD_TH_DIST, td, th, dist * 3 + dir);
  out[k++] = feat3(T.THH_TH_TD, hh < 0 ? (h < 0 ? EMPTY : ROOT_VALUE) : tags[hh], th, td);
  out[k++] = feat2(T.TD_TL1, td, valueAt(tags, left));
  out[k++] = feat2(T.TD_WL1, td, valueAt(words, left));
  out[k++] = feat2(T.TD_TR1, td, valueAt(tags, right));
  out[k++] = feat2(T.TD_WR1, td, valueAt(words, right));
  out[k++] = feat3(T.TD_FUNC, td, valueAt(words, func), dir);
  out[k++] = feat3(T.TH_TD_HFUNC, th, td, headFunc < 0 ? EMPTY : words[headFunc]);
  out[k++] = feat2(T.TD_SIBLABEL, td, siblingLabel);
  out[k++] = feat3(T.TD_TH_SIBLABEL, td, th, siblingLabel);
  out[k++] = feat2(T.TD_PREVTAG, td, i > 0 ? tags[i - 1] : EMPTY);
  out[k++] = feat2(T.TD_NEXTTAG, td, i + 1 < n ? tags[i + 1] : EMPTY);
  out[k++] = feat2(T.TD_PREVWORD, td, i > 0 ? words[i - 1] : EMPTY);
  out[k++] = feat2(T.TD_KIDS, td, Math.min(4, tree.childCount[i]));
  out[k++] = feat3(T.TD_TH_FIRST, td, th, i === 0 ? 1 : 0);
  out[k++] = feat3(T.TD_TH_HEADLABEL, td, th, headLabel);
  return k;
}

/** Labels seen in training for each dependent tag: the only ones the labeller scores for it. */
export type LabelCandidates = Uint8Array[];

/** Collects, per tag id, the labels (never root) that dependents with that tag took in training. */
export function collectCandidates(
  examples: { tags: Int32Array; heads: Int32Array; labels: Uint8Array }[],
  tagCount: number,
): LabelCandidates {
  const seen = Array.from({ length: tagCount }, () => new Set<number>());
  for (const e of examples)
    for (let i = 0; i < e.tags.length; i++) if (e.heads[i] >= 0) seen[e.tags[i]].add(e.labels[i]);
  return seen.map((set) => Uint8Array.from([...set].sort((a, b) => a - b)));
}

/**
 * Labels every word of a finished tree, left to right. When `gold` is given the model is trained
 * on the way (and the gold label is kept, so later features see gold siblings); `model` must then
 * be the perceptron itself.
 */
export function labelTree(
  model: Scorer,
  candidates: LabelCandidates,
  n: number,
  heads: Int32Array,
  words: Int32Array,
  tags: Int32Array,
  tree: TreeIndex,
  labels: Uint8Array,
  features: Int32Array,
  scores: Float32Array,
  gold?: Uint8Array,
): void {
  tree.build(heads, tags, n);
  for (let i = 0; i < n; i++) {
    if (heads[i] < 0) {
      labels[i] = ROOT_LABEL;
      continue;
    }
    const allowed = candidates[tags[i]];
    const classes = allowed && allowed.length > 0 ? allowed : ALL_LABELS;
    if (classes.length === 1 && !gold) {
      labels[i] = classes[0];
      continue;
    }
    const count = labelFeatures(i, n, heads, words, tags, labels, tree, features);
    model.scoreSome(features, count, classes, scores);
    let best = classes[0];
    for (let j = 1; j < classes.length; j++) if (scores[classes[j]] > scores[best]) best = classes[j];
    if (gold) {
      if (!(model instanceof AveragedPerceptron)) throw new Error('labeller training needs a perceptron');
      model.update(gold[i], best, features, count);
      labels[i] = gold[i];
    } else labels[i] = best;
  }
}
