/**
 * Tagger features (after Honnibal's averaged-perceptron tagger): the word, its affixes and shape,
 * the two previous predicted tags and the words around it, and the word clusters (clusters/) of
 * the word and its neighbours, which tell a rare word's tag from the company it keeps in unlabeled
 * text (Owoputi et al. 2013). Each feature is a template id mixed with integer attribute ids, never
 * a string.
 */
import { feat1, feat2, feat3 } from '../../learn/hash.js';
import type { IntMap } from '../../learn/intMap.js';
import { coarseOf, fineOf, midOf } from '../clusters/clusters.js';
import {
  LEX_FLAGS,
  LEX_FORM,
  LEX_LOWER,
  LEX_PREFIX1,
  LEX_SHAPE,
  LEX_SUFFIX1,
  LEX_SUFFIX2,
  LEX_SUFFIX3,
  LEX_SUFFIX4,
} from '../lexeme.js';

/** Bumped whenever the templates change, so old weight files refuse to load. */
export const TAGGER_FEATURES_VERSION = 3;
export const MAX_TAGGER_FEATURES = 48;

/** Template ids (names for reading the code; values only need to be distinct). */
enum T {
  Bias,
  Form,
  Lower,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  Prefix1,
  Shape,
  Flags,
  PrevTag,
  PrevTwoTags,
  PrevTagWord,
  PrevTagSuffix3,
  PrevWord,
  PrevSuffix3,
  PrevPrevWord,
  NextWord,
  NextSuffix3,
  NextShape,
  NextNextWord,
  PrevWordWord,
  WordNextWord,
  PrevShapeShape,
  NextNextSuffix3,
  PrevPrevTag,
  Hint,
  NextHint,
  NextNextHint,
  PrevTagNextHint,
  HintNextHint,
  FineCluster,
  MidCluster,
  CoarseCluster,
  PrevFineCluster,
  PrevPrevMidCluster,
  NextFineCluster,
  NextNextMidCluster,
}

/** Stand-in attribute values beyond the sentence edges. */
const BEFORE = -1;
const AFTER = -2;
/** Stand-in cluster for a word the clusters do not know. */
const NO_CLUSTER = -3;

/**
 * The parts of a token's features that depend on one thing only, each scored once and kept at
 * prediction (partialScores.ts): the token's own word, or one neighbour word in one position.
 */
export enum WordPart {
  Own,
  Previous,
  BeforePrevious,
  Next,
  AfterNext,
}
export const WORD_PARTS = 5;
/** How many features `wordPartFeatures` writes for each part. */
export const WORD_PART_FEATURE_COUNT = [13, 3, 2, 5, 4];
/** Lexeme row standing for "no word here" (beyond the sentence edge) in `wordPartFeatures`. */
export const NO_WORD = -1;
/** How many features `tagFeatures` writes: those that depend on the two previous tags alone. */
export const TAG_FEATURE_COUNT = 3;
/** How many features `flagFeatures` writes. */
export const FLAG_FEATURE_COUNT = 1;
/** The most any of the part functions writes. */
export const MAX_PART_FEATURES = 13;

/**
 * Writes the features of token `i` into `out` and returns their count: the parts that depend on
 * one word, tag pair or flag set alone, then those that combine them. (A greedy tagger sums
 * integer weights during training, so the order of features never changes what it learns.)
 * `lex` holds lexeme attributes, `rows[k]` is token k's row offset into it; `p1`/`p2` are the
 * previous two predicted tag classes (-1 at the sentence start). `hints[k]` is token k's most
 * frequent class in training (-1 for rare words): it lets the tagger look at what comes next.
 * `clusters` maps lower-cased form ids to packed cluster classes.
 */
export function taggerFeatures(
  lex: Int32Array,
  rows: Int32Array,
  n: number,
  i: number,
  p1: number,
  p2: number,
  hints: Int32Array,
  clusters: IntMap,
  out: Int32Array,
): number {
  let k = 0;
  for (let part = 0; part < WORD_PARTS; part++) {
    const j = neighbourOf(part, i);
    const inside = j >= 0 && j < n;
    wordPartFeatures(part, lex, inside ? rows[j] : NO_WORD, inside ? hints[j] : NO_WORD, clusters, out, k);
    k += WORD_PART_FEATURE_COUNT[part];
  }
  tagFeatures(p1, p2, out, k);
  k += TAG_FEATURE_COUNT;
  flagFeatures(lex[rows[i] + LEX_FLAGS], i === 0, out, k);
  k += FLAG_FEATURE_COUNT;
  return joinedFeatures(lex, rows, n, i, p1, hints, out, k);
}

/** The token whose word a part of token `i`'s features reads. */
export function neighbourOf(part: WordPart, i: number): number {
  switch (part) {
    case WordPart.Own:
      return i;
    case WordPart.Previous:
      return i - 1;
    case WordPart.BeforePrevious:
      return i - 2;
    case WordPart.Next:
      return i + 1;
    default:
      return i + 2;
  }
}

/**
 * The features of one part, for the word at lexeme row `w` with hint class `hint` (or NO_WORD for
 * both beyond the sentence edge), written from `out[at]`.
 */
export function wordPartFeatures(
  part: WordPart,
  lex: Int32Array,
  w: number,
  hint: number,
  clusters: IntMap,
  out: Int32Array,
  at: number,
): void {
  const edge = part === WordPart.Previous || part === WordPart.BeforePrevious ? BEFORE : AFTER;
  const lower = w === NO_WORD ? edge : lex[w + LEX_LOWER];
  const packed = w === NO_WORD ? -1 : clusters.get(lower);
  const fine = w === NO_WORD ? edge : packed < 0 ? NO_CLUSTER : fineOf(packed);
  const mid = w === NO_WORD ? edge : packed < 0 ? NO_CLUSTER : midOf(packed);
  const suffix3 = w === NO_WORD ? edge : lex[w + LEX_SUFFIX3];
  const hintOrEdge = w === NO_WORD ? edge : hint;
  let k = at;
  switch (part) {
    case WordPart.Own:
      out[k++] = feat1(T.Bias, 0);
      out[k++] = feat1(T.Form, lex[w + LEX_FORM]);
      out[k++] = feat1(T.Lower, lower);
      out[k++] = feat1(T.Suffix1, lex[w + LEX_SUFFIX1]);
      out[k++] = feat1(T.Suffix2, lex[w + LEX_SUFFIX2]);
      out[k++] = feat1(T.Suffix3, suffix3);
      out[k++] = feat1(T.Suffix4, lex[w + LEX_SUFFIX4]);
      out[k++] = feat1(T.Prefix1, lex[w + LEX_PREFIX1]);
      out[k++] = feat1(T.Shape, lex[w + LEX_SHAPE]);
      out[k++] = feat1(T.Hint, hint);
      out[k++] = feat1(T.FineCluster, fine);
      out[k++] = feat1(T.MidCluster, mid);
      out[k++] = feat1(T.CoarseCluster, packed < 0 ? NO_CLUSTER : coarseOf(packed));
      break;
    case WordPart.Previous:
      out[k++] = feat1(T.PrevWord, lower);
      out[k++] = feat1(T.PrevSuffix3, suffix3);
      out[k++] = feat1(T.PrevFineCluster, fine);
      break;
    case WordPart.BeforePrevious:
      out[k++] = feat1(T.PrevPrevWord, lower);
      out[k++] = feat1(T.PrevPrevMidCluster, mid);
      break;
    case WordPart.Next:
      out[k++] = feat1(T.NextWord, lower);
      out[k++] = feat1(T.NextSuffix3, suffix3);
      out[k++] = feat1(T.NextShape, w === NO_WORD ? edge : lex[w + LEX_SHAPE]);
      out[k++] = feat1(T.NextHint, hintOrEdge);
      out[k++] = feat1(T.NextFineCluster, fine);
      break;
    default:
      out[k++] = feat1(T.NextNextWord, lower);
      out[k++] = feat1(T.NextNextSuffix3, suffix3);
      out[k++] = feat1(T.NextNextHint, hintOrEdge);
      out[k++] = feat1(T.NextNextMidCluster, mid);
  }
}

/** The features of the two previous tags on their own, written from `out[at]`. */
export function tagFeatures(p1: number, p2: number, out: Int32Array, at: number): void {
  out[at] = feat1(T.PrevTag, p1);
  out[at + 1] = feat2(T.PrevTwoTags, p1, p2);
  out[at + 2] = feat1(T.PrevPrevTag, p2);
}

/** The feature of the word's flags (LEX_FLAGS) and of its being first, written at `out[at]`. */
export function flagFeatures(flags: number, first: boolean, out: Int32Array, at: number): void {
  out[at] = feat2(T.Flags, flags, first ? 1 : 0);
}

/** The features of token `i` that join two of the things above, written from `out[at]`; returns the end. */
export function joinedFeatures(
  lex: Int32Array,
  rows: Int32Array,
  n: number,
  i: number,
  p1: number,
  hints: Int32Array,
  out: Int32Array,
  at: number,
): number {
  const w = rows[i];
  const lower = lex[w + LEX_LOWER];
  const prevLower = i > 0 ? lex[rows[i - 1] + LEX_LOWER] : BEFORE;
  const prevShape = i > 0 ? lex[rows[i - 1] + LEX_SHAPE] : BEFORE;
  const nextLower = i + 1 < n ? lex[rows[i + 1] + LEX_LOWER] : AFTER;
  const nextShape = i + 1 < n ? lex[rows[i + 1] + LEX_SHAPE] : AFTER;
  const nextHint = i + 1 < n ? hints[i + 1] : AFTER;
  let k = at;
  out[k++] = feat2(T.PrevTagWord, p1, lower);
  out[k++] = feat2(T.PrevTagSuffix3, p1, lex[w + LEX_SUFFIX3]);
  out[k++] = feat2(T.PrevWordWord, prevLower, lower);
  out[k++] = feat2(T.WordNextWord, lower, nextLower);
  out[k++] = feat3(T.PrevShapeShape, prevShape, lex[w + LEX_SHAPE], nextShape);
  out[k++] = feat2(T.PrevTagNextHint, p1, nextHint);
  out[k++] = feat2(T.HintNextHint, hints[i], nextHint);
  return k;
}
