/**
 * Parser features (after Honnibal's 2013 arc-hybrid parser, with position-specific templates):
 * words and tags of the top stack items, the first buffer words and the outermost children of s0
 * and b0, plus pairs, tag trigrams, valencies and the s0–b0 distance. The set was pruned on EWT
 * dev: templates whose removal at test time did not lower UAS (they duplicate others) were
 * dropped and the model retrained, twice: 71 → 54 → 47 templates, single-seed dev UAS 83.36 →
 * 83.46 → 83.26 (predicted tags), each scored move about a third cheaper. Version 5: rare words
 * read as their mid word cluster (vocabulary.ts). Templates over the clusters themselves (Koo et al.
 * 2008) gained up to 0.3 dev UAS (one seed) but cost about 1 µs a word, past the layer's speed budget,
 * probably because their many distinct values miss the cache where tag templates hit it. Three of
 * them over per-word mid/coarse classes (mid(s0)×tag(b0), tag(s0)×mid(b0), coarse(s0)×coarse(b0),
 * or mid×mid instead of coarse) gave 84.36 and 84.20 dev UAS with the shipped 3 seeds against
 * 84.47, at about +0.3–0.5 µs a word. The ten tag trigrams over UPOS alone instead of UPOS+XPOS:
 * 84.44. Provisional arc labels (Zhang & Nivre 2011's label features at one table load per arc:
 * each arc, as it is made, takes the most frequent training label of its kind, dependent tag ×
 * head UPOS × direction) did not help with the shipped seeds: the outermost children's labels
 * folded into their tag unigrams and the left/right label sets into the valency templates, 84.16;
 * three label-set templates (s0 left, s0 right, b0 left, each with the tag) added to the 47, 84.38;
 * the same with the arc kind split by the dependent's adposition and marker/auxiliary children (it
 * is complete when its arc is made, so obj/obl/nmod and ccomp/advcl part), 84.23.
 */
import { avalanche, KA, KB, KC, templateSeeds } from './featureHash.js';
import { NONE, type ParseState } from './state.js';

export const PARSER_FEATURES_VERSION = 5;
export const MAX_PARSER_FEATURES = 48;

enum T {
  Bias,
  // word unigrams
  WS1,
  WB0,
  WS0L1,
  WS0L2,
  WS0R1,
  WB0L1,
  WB0L2,
  // tag unigrams
  TS0,
  TS1,
  TS2,
  TB0,
  TB1,
  TB2,
  TS0L1,
  TS0L2,
  TS0R1,
  TB0L1,
  // word/tag pairs
  WTB1,
  WTS0,
  // bigrams
  WTB0_WS0,
  WTS0_TB0,
  TS0_TB0,
  TB0_TB1,
  // tag trigrams
  TB0_TB1_TB2,
  TS0_TB0_TB1,
  TS1_TS0_TB0,
  TS0_TS0R1_TB0,
  TS0_TB0_TB0L1,
  TS0_TS0L1_TS0L2,
  TS0_TS0R1_TS0R2,
  TB0_TB0L1_TB0L2,
  TS1_TS0_TS0L1,
  TS1_TS0_TS0R1,
  // valency and distance
  WS0_VS0R,
  WS0_VS0L,
  TS0_VS0R,
  TB0_VB0L,
  WS0_D,
  TS0_D,
  TB0_D,
  WS0_WB0_D,
  TS1R1,
  TS1_TS1R1_TS0,
  WB1_TB0,
  TS0_WB1,
  TS1_WS0_DS1,
}

/** Each template's term of its features' hashes. */
const SEED = templateSeeds(T.TS1_WS0_DS1 + 1);

/** Attribute values for empty slots and for ROOT, so they get their own weights. */
const EMPTY = -1;
const ROOT_VALUE = -3;
/** Distances 1–4 exactly, then 5–7, 8–12 and 13 or more. */
function distanceBucket(d: number): number {
  return d < 5 ? d : d < 8 ? 5 : d < 13 ? 6 : 7;
}

/** The attribute of word i, with stand-ins for an empty slot and for ROOT. */
function valueAt(values: Int32Array, n: number, i: number): number {
  return i === NONE ? EMPTY : i === n ? ROOT_VALUE : values[i];
}

/**
 * Writes the features of `state` into `out` and returns their count. `words[i]` and `tags[i]` are
 * word i's lower-cased form id and tag id.
 */
export function parserFeatures(
  state: ParseState,
  words: Int32Array,
  tags: Int32Array,
  out: Int32Array,
): number {
  const n = state.n;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const s0l1 = s0 === NONE ? NONE : state.left1[s0];
  const s0l2 = s0 === NONE ? NONE : state.left2[s0];
  const s0r1 = s0 === NONE ? NONE : state.right1[s0];
  const s0r2 = s0 === NONE ? NONE : state.right2[s0];
  const b0l1 = b0 === NONE ? NONE : state.left1[b0];
  const b0l2 = b0 === NONE ? NONE : state.left2[b0];
  const vs0l = s0 === NONE ? 0 : state.leftCount[s0];
  const vs0r = s0 === NONE ? 0 : state.rightCount[s0];
  const vb0l = b0 === NONE ? 0 : state.leftCount[b0];
  const distance = s0 === NONE || b0 === NONE ? 0 : distanceBucket(b0 - s0);
  const stackDistance = s1 === NONE ? 0 : distanceBucket(s0 - s1);

  const ws0 = valueAt(words, n, s0);
  const ws1 = valueAt(words, n, s1);
  const wb0 = valueAt(words, n, b0);
  const wb1 = valueAt(words, n, b1);
  const ts0 = valueAt(tags, n, s0);
  const ts1 = valueAt(tags, n, s1);
  const ts2 = valueAt(tags, n, s2);
  const tb0 = valueAt(tags, n, b0);
  const tb1 = valueAt(tags, n, b1);
  const tb2 = valueAt(tags, n, b2);
  const ts0l1 = valueAt(tags, n, s0l1);
  const ts0l2 = valueAt(tags, n, s0l2);
  const ts0r1 = valueAt(tags, n, s0r1);
  const ts0r2 = valueAt(tags, n, s0r2);
  const tb0l1 = valueAt(tags, n, b0l1);
  const tb0l2 = valueAt(tags, n, b0l2);

  // Each feature is hash1/2/3 (featureHash.ts) of its template and values, written out here as
  // the sums they avalanche, with each value's products computed once, and avalanched in one loop:
  // forty-eight calls each were more than V8 would inline.
  const aws0 = Math.imul(ws0, KA);
  const ats0 = Math.imul(ts0, KA);
  const atb0 = Math.imul(tb0, KA);
  const ats1 = Math.imul(ts1, KA);
  const ats0l1 = Math.imul(ts0l1, KA);
  const ats0r1 = Math.imul(ts0r1, KA);
  const btb0 = Math.imul(tb0, KB);
  const bts0 = Math.imul(ts0, KB);
  const btb1 = Math.imul(tb1, KB);
  const bdistance = Math.imul(distance, KB);
  const ctb0 = Math.imul(tb0, KC);
  let k = 0;
  out[k++] = SEED[T.Bias];
  out[k++] = SEED[T.WS1] + Math.imul(ws1, KA);
  out[k++] = SEED[T.WB0] + Math.imul(wb0, KA);
  out[k++] = SEED[T.WS0L1] + Math.imul(valueAt(words, n, s0l1), KA);
  out[k++] = SEED[T.WS0L2] + Math.imul(valueAt(words, n, s0l2), KA);
  out[k++] = SEED[T.WS0R1] + Math.imul(valueAt(words, n, s0r1), KA);
  out[k++] = SEED[T.WB0L1] + Math.imul(valueAt(words, n, b0l1), KA);
  out[k++] = SEED[T.WB0L2] + Math.imul(valueAt(words, n, b0l2), KA);

  out[k++] = SEED[T.TS0] + ats0;
  out[k++] = SEED[T.TS1] + ats1;
  out[k++] = SEED[T.TS2] + Math.imul(ts2, KA);
  out[k++] = SEED[T.TB0] + atb0;
  out[k++] = SEED[T.TB1] + Math.imul(tb1, KA);
  out[k++] = SEED[T.TB2] + Math.imul(tb2, KA);
  out[k++] = SEED[T.TS0L1] + ats0l1;
  out[k++] = SEED[T.TS0L2] + Math.imul(ts0l2, KA);
  out[k++] = SEED[T.TS0R1] + ats0r1;
  out[k++] = SEED[T.TB0L1] + Math.imul(tb0l1, KA);

  out[k++] = SEED[T.WTB1] + Math.imul(wb1, KA) + btb1;
  out[k++] = SEED[T.WTS0] + aws0 + bts0;

  out[k++] = SEED[T.WTB0_WS0] + Math.imul(wb0, KA) + btb0 + Math.imul(ws0, KC);
  out[k++] = SEED[T.WTS0_TB0] + aws0 + bts0 + ctb0;
  out[k++] = SEED[T.TS0_TB0] + ats0 + btb0;
  out[k++] = SEED[T.TB0_TB1] + atb0 + btb1;

  out[k++] = SEED[T.TB0_TB1_TB2] + atb0 + btb1 + Math.imul(tb2, KC);
  out[k++] = SEED[T.TS0_TB0_TB1] + ats0 + btb0 + Math.imul(tb1, KC);
  out[k++] = SEED[T.TS1_TS0_TB0] + ats1 + bts0 + ctb0;
  out[k++] = SEED[T.TS0_TS0R1_TB0] + ats0 + Math.imul(ts0r1, KB) + ctb0;
  out[k++] = SEED[T.TS0_TB0_TB0L1] + ats0 + btb0 + Math.imul(tb0l1, KC);
  out[k++] = SEED[T.TS0_TS0L1_TS0L2] + ats0 + Math.imul(ts0l1, KB) + Math.imul(ts0l2, KC);
  out[k++] = SEED[T.TS0_TS0R1_TS0R2] + ats0 + Math.imul(ts0r1, KB) + Math.imul(ts0r2, KC);
  out[k++] = SEED[T.TB0_TB0L1_TB0L2] + atb0 + Math.imul(tb0l1, KB) + Math.imul(tb0l2, KC);
  out[k++] = SEED[T.TS1_TS0_TS0L1] + ats1 + bts0 + Math.imul(ts0l1, KC);
  out[k++] = SEED[T.TS1_TS0_TS0R1] + ats1 + bts0 + Math.imul(ts0r1, KC);

  out[k++] = SEED[T.WS0_VS0R] + aws0 + Math.imul(vs0r, KB);
  out[k++] = SEED[T.WS0_VS0L] + aws0 + Math.imul(vs0l, KB);
  out[k++] = SEED[T.TS0_VS0R] + ats0 + Math.imul(vs0r, KB);
  out[k++] = SEED[T.TB0_VB0L] + atb0 + Math.imul(vb0l, KB);
  out[k++] = SEED[T.WS0_D] + aws0 + bdistance;
  out[k++] = SEED[T.TS0_D] + ats0 + bdistance;
  out[k++] = SEED[T.TB0_D] + atb0 + bdistance;
  out[k++] = SEED[T.WS0_WB0_D] + aws0 + Math.imul(wb0, KB) + Math.imul(distance, KC);
  const ts1r1 = valueAt(tags, n, s1 === NONE ? NONE : state.right1[s1]);
  out[k++] = SEED[T.TS1R1] + Math.imul(ts1r1, KA);
  out[k++] = SEED[T.TS1_TS1R1_TS0] + ats1 + Math.imul(ts1r1, KB) + Math.imul(ts0, KC);
  out[k++] = SEED[T.WB1_TB0] + Math.imul(wb1, KA) + btb0;
  out[k++] = SEED[T.TS0_WB1] + ats0 + Math.imul(wb1, KB);
  out[k++] = SEED[T.TS1_WS0_DS1] + ats1 + Math.imul(ws0, KB) + Math.imul(stackDistance, KC);
  for (let f = 0; f < k; f++) out[f] = avalanche(out[f]);
  return k;
}
