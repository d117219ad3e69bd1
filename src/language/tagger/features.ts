/**
 * Tagger features (after Honnibal's averaged-perceptron tagger): the word, its affixes and shape,
 * the two previous predicted tags and the words around it. Each feature is a template id mixed with
 * integer attribute ids, never a string.
 */
import { feat1, feat2, feat3 } from '../../learn/hash.js';
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
export const TAGGER_FEATURES_VERSION = 2;
export const MAX_TAGGER_FEATURES = 32;

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
}

/** Stand-in attribute values beyond the sentence edges. */
const BEFORE = -1;
const AFTER = -2;

/** How many features `wordFeatures` writes: those that depend on the token's word alone. */
export const WORD_FEATURE_COUNT = 10;
/** How many features `tagFeatures` writes: those that depend on the two previous tags alone. */
export const TAG_FEATURE_COUNT = 3;

/**
 * Writes the features of token `i` into `out` and returns their count: its word's features, then
 * the previous tags', then those of its context. (A greedy tagger sums integer weights during
 * training, so the order of features never changes what it learns.)
 * `lex` holds lexeme attributes, `rows[k]` is token k's row offset into it; `p1`/`p2` are the
 * previous two predicted tag classes (-1 at the sentence start). `hints[k]` is token k's most
 * frequent class in training (-1 for rare words): it lets the tagger look at what comes next.
 */
export function taggerFeatures(
  lex: Int32Array,
  rows: Int32Array,
  n: number,
  i: number,
  p1: number,
  p2: number,
  hints: Int32Array,
  out: Int32Array,
): number {
  wordFeatures(lex, rows[i], hints[i], out, 0);
  tagFeatures(p1, p2, out, WORD_FEATURE_COUNT);
  return contextFeatures(lex, rows, n, i, p1, hints, out, WORD_FEATURE_COUNT + TAG_FEATURE_COUNT);
}

/** The features of a word on its own (lexeme row `w`, hint class `hint`), written from `out[at]`. */
export function wordFeatures(lex: Int32Array, w: number, hint: number, out: Int32Array, at: number): void {
  let k = at;
  out[k++] = feat1(T.Bias, 0);
  out[k++] = feat1(T.Form, lex[w + LEX_FORM]);
  out[k++] = feat1(T.Lower, lex[w + LEX_LOWER]);
  out[k++] = feat1(T.Suffix1, lex[w + LEX_SUFFIX1]);
  out[k++] = feat1(T.Suffix2, lex[w + LEX_SUFFIX2]);
  out[k++] = feat1(T.Suffix3, lex[w + LEX_SUFFIX3]);
  out[k++] = feat1(T.Suffix4, lex[w + LEX_SUFFIX4]);
  out[k++] = feat1(T.Prefix1, lex[w + LEX_PREFIX1]);
  out[k++] = feat1(T.Shape, lex[w + LEX_SHAPE]);
  out[k++] = feat1(T.Hint, hint);
}

/** The features of the two previous tags on their own, written from `out[at]`. */
export function tagFeatures(p1: number, p2: number, out: Int32Array, at: number): void {
  out[at] = feat1(T.PrevTag, p1);
  out[at + 1] = feat2(T.PrevTwoTags, p1, p2);
  out[at + 2] = feat1(T.PrevPrevTag, p2);
}

/** The features of token `i` that involve its neighbours, written from `out[at]`; returns the end. */
export function contextFeatures(
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
  const prevSuffix3 = i > 0 ? lex[rows[i - 1] + LEX_SUFFIX3] : BEFORE;
  const prevShape = i > 0 ? lex[rows[i - 1] + LEX_SHAPE] : BEFORE;
  const prevPrevLower = i > 1 ? lex[rows[i - 2] + LEX_LOWER] : BEFORE;
  const nextLower = i + 1 < n ? lex[rows[i + 1] + LEX_LOWER] : AFTER;
  const nextSuffix3 = i + 1 < n ? lex[rows[i + 1] + LEX_SUFFIX3] : AFTER;
  const nextShape = i + 1 < n ? lex[rows[i + 1] + LEX_SHAPE] : AFTER;
  const nextNextLower = i + 2 < n ? lex[rows[i + 2] + LEX_LOWER] : AFTER;
  const nextNextSuffix3 = i + 2 < n ? lex[rows[i + 2] + LEX_SUFFIX3] : AFTER;
  const hint = hints[i];
  const nextHint = i + 1 < n ? hints[i + 1] : AFTER;
  let k = at;
  out[k++] = feat2(T.Flags, lex[w + LEX_FLAGS], i === 0 ? 1 : 0);
  out[k++] = feat2(T.PrevTagWord, p1, lower);
  out[k++] = feat2(T.PrevTagSuffix3, p1, lex[w + LEX_SUFFIX3]);
  out[k++] = feat1(T.PrevWord, prevLower);
  out[k++] = feat1(T.PrevSuffix3, prevSuffix3);
  out[k++] = feat1(T.PrevPrevWord, prevPrevLower);
  out[k++] = feat1(T.NextWord, nextLower);
  out[k++] = feat1(T.NextSuffix3, nextSuffix3);
  out[k++] = feat1(T.NextShape, nextShape);
  out[k++] = feat1(T.NextNextWord, nextNextLower);
  out[k++] = feat1(T.NextNextSuffix3, nextNextSuffix3);
  out[k++] = feat2(T.PrevWordWord, prevLower, lower);
  out[k++] = feat2(T.WordNextWord, lower, nextLower);
  out[k++] = feat3(T.PrevShapeShape, prevShape, lex[w + LEX_SHAPE], nextShape);
  out[k++] = feat1(T.NextHint, nextHint);
  out[k++] = feat1(T.NextNextHint, i + 2 < n ? hints[i + 2] : AFTER);
  out[k++] = feat2(T.PrevTagNextHint, p1, nextHint);
  out[k++] = feat2(T.HintNextHint, hint, nextHint);
  return k;
}
