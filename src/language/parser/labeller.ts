/**
 * Dependency labels, assigned after the tree is built: one averaged-perceptron decision per word,
 * left to right, seeing the word, its head, the direction and distance between them, their
 * neighbours, the function words hanging off both (aux, case, mark) and the label already given
 * to the nearest earlier sibling. Separating labels from moves keeps the move classifier to three
 * classes, which is most of the parser's speed. Only the labels seen in training for the arc's
 * kind are scored (LabelCandidates), and templates that did not help on EWT dev were dropped.
 */

import type { Scorer } from '../../learn/compact.js';
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { rewritable } from '../rewritable.js';
import { DEPREL, DEPREL_ID, XPOS_ID } from '../tagsets.js';
import { PARSER_TAG_COUNT, xposOfTag } from './data.js';
import { avalanche, KA, KB, KC, templateSeeds } from './featureHash.js';

export const MAX_LABEL_FEATURES = 24;
const ROOT_LABEL = DEPREL_ID.root;
/** Every label but none and root: the fallback for a tag never seen in training. */
const ALL_LABELS = Uint8Array.from(DEPREL.keys()).filter((l) => l !== 0 && l !== ROOT_LABEL);
const MAX_DISTANCE = 6;
/** Share of an arc kind's training arcs a label needs to be scored for that kind at prediction. */
const MIN_ARC_LABEL_SHARE = 0.002;
const EMPTY = -1;
const ROOT_VALUE = -3;
/** Per XPOS id, 1 for function-word tags. */
const FUNCTION_TAGS = new Uint8Array(64);
for (const t of [
  'IN',
  'TO',
  'MD',
  'VB',
  'VBD',
  'VBZ',
  'VBP',
  'VBN',
  'VBG',
  'WDT',
  'WP',
  'WRB',
  'POS',
  'CC',
  'RP',
])
  FUNCTION_TAGS[XPOS_ID[t]] = 1;

enum T {
  Bias,
  WD,
  TD,
  WH,
  TH,
  WTD,
  WD_TH,
  TD_WH,
  WD_WH,
  TD_TH_DIST,
  TD_TL1,
  TD_WL1,
  TD_FUNC,
  TH_TD_HFUNC,
  TD_SIBLABEL,
  TD_NEXTTAG,
  TD_PREVWORD,
  TD_KIDS,
  TD_TH_HEADLABEL,
}

/** Each template's term of its features' hashes. */
const SEED = templateSeeds(T.TD_TH_HEADLABEL + 1);

/** Child summaries of a finished tree, reused between sentences. */
export class TreeIndex {
  leftmost = new Int32Array(64);
  rightmost = new Int32Array(64);
  /** The first function-word child (aux, adposition, marker ...) of each word, by position. */
  functionChild = new Int32Array(64);
  childCount = new Int32Array(64);
  /** Nearest earlier sibling (same head, smaller index). */
  prevSibling = new Int32Array(64);

  constructor() {
    // `build` replaces them for a long sentence (rewritable.ts).
    rewritable(this, 'leftmost', 'rightmost', 'functionChild', 'childCount', 'prevSibling');
  }

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
      if (this.functionChild[h] < 0 && FUNCTION_TAGS[xposOfTag(tags[i])] === 1) this.functionChild[h] = i;
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
  const dir = h < 0 ? 0 : h > i ? 1 : 2;
  const dist = h < 0 ? 0 : Math.min(MAX_DISTANCE, Math.abs(h - i));
  const sibling = tree.prevSibling[i];
  const siblingLabel = sibling < 0 ? EMPTY : labels[sibling];
  const headLabel = h >= 0 && h < i ? labels[h] : EMPTY;
  const left = tree.leftmost[i];
  const func = tree.functionChild[i];
  const headFunc = h < 0 ? -1 : tree.functionChild[h];
  // hash1/2/3 of each template and its values written out as the sums they avalanche, avalanched
  // in one loop (as parserFeatures does: nineteen calls were more than V8 would inline).
  const awd = Math.imul(wd, KA);
  const atd = Math.imul(td, KA);
  const ath = Math.imul(th, KA);
  const bth = Math.imul(th, KB);
  const bwh = Math.imul(wh, KB);
  const cdir = Math.imul(dir, KC);
  let k = 0;
  out[k++] = SEED[T.Bias];
  out[k++] = SEED[T.WD] + awd;
  out[k++] = SEED[T.TD] + atd;
  out[k++] = SEED[T.WH] + Math.imul(wh, KA);
  out[k++] = SEED[T.TH] + ath;
  out[k++] = SEED[T.WTD] + awd + Math.imul(td, KB);
  out[k++] = SEED[T.WD_TH] + awd + bth + cdir;
  out[k++] = SEED[T.TD_WH] + atd + bwh + cdir;
  out[k++] = SEED[T.WD_WH] + awd + bwh;
  out[k++] = SEED[T.TD_TH_DIST] + atd + bth + Math.imul(dist * 3 + dir, KC);
  out[k++] = SEED[T.TD_TL1] + atd + Math.imul(valueAt(tags, left), KB);
  out[k++] = SEED[T.TD_WL1] + atd + Math.imul(valueAt(words, left), KB);
  out[k++] = SEED[T.TD_FUNC] + atd + Math.imul(valueAt(words, func), KB) + cdir;
  out[k++] =
    SEED[T.TH_TD_HFUNC] + ath + Math.imul(td, KB) + Math.imul(headFunc < 0 ? EMPTY : words[headFunc], KC);
  out[k++] = SEED[T.TD_SIBLABEL] + atd + Math.imul(siblingLabel, KB);
  out[k++] = SEED[T.TD_NEXTTAG] + atd + Math.imul(i + 1 < n ? tags[i + 1] : EMPTY, KB);
  out[k++] = SEED[T.TD_PREVWORD] + atd + Math.imul(i > 0 ? words[i - 1] : EMPTY, KB);
  out[k++] = SEED[T.TD_KIDS] + atd + Math.imul(Math.min(4, tree.childCount[i]), KB);
  out[k++] = SEED[T.TD_TH_HEADLABEL] + atd + bth + Math.imul(headLabel, KC);
  for (let f = 0; f < k; f++) out[f] = avalanche(out[f]);
  return k;
}

/** How many arc keys there can be (parser tags below 1152, UPOS ids below 32, two directions). */
const ARC_KEY_COUNT = (PARSER_TAG_COUNT << 5) << 1;

/** Bucket of a (dependent tag, head UPOS, direction) arc in LabelCandidates.byArc. */
function arcKey(tag: number, headTag: number, headAfter: boolean): number {
  return (((tag << 5) | (headTag >> 6)) << 1) | (headAfter ? 1 : 0);
}

/**
 * The labels the labeller scores for an arc: those seen in training for the same dependent tag,
 * head UPOS and direction (about 12 on average instead of 27 per dependent tag alone), falling
 * back to the dependent tag's labels, then to every label.
 */
export class LabelCandidates {
  readonly byTag: Uint8Array[];
  readonly byArc: Map<number, Uint8Array>;
  /** byArc as an array indexed by arc key: one load per word instead of a hash lookup. */
  private readonly arcLists: (Uint8Array | undefined)[];

  constructor(byTag: Uint8Array[], byArc: Map<number, Uint8Array>) {
    this.byTag = byTag;
    this.byArc = byArc;
    this.arcLists = new Array(ARC_KEY_COUNT).fill(undefined);
    for (const [key, labels] of byArc) this.arcLists[key] = labels;
  }

  /**
   * Collects the labels (never root) that dependents took in training, per tag and per arc kind;
   * an arc kind keeps only labels with at least `minShare` of its arcs. Training scores every label
   * seen (minShare 0: training on the pruned lists cost 0.3 LAS on EWT dev); prediction scores
   * those above MIN_ARC_LABEL_SHARE, half as many (10.9 → 5.4 a word) for 0.02 LAS.
   */
  static collect(
    examples: { tags: Int32Array; heads: Int32Array; labels: Uint8Array }[],
    tagCount: number,
    minShare = MIN_ARC_LABEL_SHARE,
  ): LabelCandidates {
    const byTag = Array.from({ length: tagCount }, () => new Set<number>());
    const byArc = new Map<number, Map<number, number>>();
    for (const e of examples)
      for (let i = 0; i < e.tags.length; i++) {
        const h = e.heads[i];
        if (h < 0) continue;
        const label = e.labels[i];
        byTag[e.tags[i]].add(label);
        const key = arcKey(e.tags[i], e.tags[h], h > i);
        let counts = byArc.get(key);
        if (!counts) byArc.set(key, (counts = new Map()));
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    const sorted = (labels: Iterable<number>) => Uint8Array.from([...labels].sort((a, b) => a - b));
    const frequent = (counts: Map<number, number>) => {
      let total = 0;
      for (const c of counts.values()) total += c;
      return sorted([...counts].filter(([, c]) => c >= minShare * total).map(([l]) => l));
    };
    return new LabelCandidates(
      byTag.map(sorted),
      new Map([...byArc].sort((a, b) => a[0] - b[0]).map(([k, counts]) => [k, frequent(counts)])),
    );
  }

  labels(tag: number, headTag: number, headAfter: boolean): Uint8Array {
    const arc = this.arcLists[arcKey(tag, headTag, headAfter)];
    if (arc) return arc;
    const own = this.byTag[tag];
    return own && own.length > 0 ? own : ALL_LABELS;
  }

  toJSON(): { byTag: number[][]; byArc: [number, number[]][] } {
    return {
      byTag: this.byTag.map((c) => Array.from(c)),
      byArc: [...this.byArc].map(([k, c]) => [k, Array.from(c)]),
    };
  }

  static fromJSON(json: { byTag: number[][]; byArc: [number, number[]][] }): LabelCandidates {
    return new LabelCandidates(
      json.byTag.map((c) => Uint8Array.from(c)),
      new Map(json.byArc.map(([k, c]) => [k, Uint8Array.from(c)])),
    );
  }
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
    const classes = candidates.labels(tags[i], tags[heads[i]], heads[i] > i);
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
