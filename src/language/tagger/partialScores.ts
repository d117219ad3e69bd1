/**
 * Class scores of the tagger's features that depend on one thing only, computed once and kept:
 * each word part (the token's own word, or a neighbour's in one position; features.ts WordPart),
 * per lexeme row; the previous-tags features, per tag pair; the flag feature, per flag set. A
 * compact model's scores are sums of integers, so adding kept partial sums gives exactly the score
 * that summing every feature gives: predictions cannot change.
 */
import type { CompactPerceptron } from '../../learn/compact.js';
import type { IntMap } from '../../learn/intMap.js';
import { LEX_FLAGS, LEX_SLOTS } from '../lexeme.js';
import {
  FLAG_FEATURE_COUNT,
  flagFeatures,
  MAX_PART_FEATURES,
  NO_WORD,
  neighbourOf,
  TAG_FEATURE_COUNT,
  tagFeatures,
  WORD_PART_FEATURE_COUNT,
  WORD_PARTS,
  type WordPart,
  wordPartFeatures,
} from './features.js';

/**
 * Score rows kept at most (4 bytes a class each); past that, new ones are scored every time until the
 * next sentence. The BBC texts, cold, ask for 150k rows: at 2^16 the store filled six times and
 * 237k rows were scored; at 2^17 (53 MB at most, its pages touched only as rows are kept) it fills once.
 */
const MAX_KEPT = 1 << 17;
const NONE = -1;
/** Flag sets: LEX_FLAGS has five bits, and whether the word is first doubles them. */
const FLAG_KEYS = 64;

export class PartialScores {
  private readonly model: CompactPerceptron;
  private readonly clusters: IntMap;
  private readonly classes: number;
  /** The lexeme table the kept word rows belong to: another table (or a regrown one) starts afresh. */
  private lex: Int32Array | null = null;
  /** Per word part, offset into `kept` per (lexeme index + 1), index 0 standing for no word; NONE when not kept. */
  private readonly wordAt: Int32Array[] = [];
  /** Offset into `kept` per (previous tag + 1, tag before it + 1) pair. */
  private readonly tagAt: Int32Array;
  /** Offset into `kept` per flag set. */
  private readonly flagAt = new Int32Array(FLAG_KEYS).fill(NONE);
  /**
   * Kept scores, a row of `classes` each; one scratch row per part for scores not kept. Integers (the
   * compact model's sums are), which V8 adds without converting each from a float.
   */
  private readonly kept: Int32Array;
  private rows: number;
  private readonly features = new Int32Array(MAX_PART_FEATURES);
  private readonly offsets = new Int32Array(WORD_PARTS + 2);
  /** Scratch: the kept parts' sum per class. */
  private readonly partSums: Int32Array;
  /** Scratch: one row's scores, copied into `kept` (a subarray to score into cost an object per row). */
  private readonly row: Float32Array;

  constructor(model: CompactPerceptron, clusters: IntMap) {
    this.model = model;
    this.clusters = clusters;
    this.classes = model.classes;
    this.tagAt = new Int32Array((this.classes + 1) * (this.classes + 1)).fill(NONE);
    this.rows = WORD_PARTS + 2;
    // Every row the store may keep, allocated at once: the pages are only touched as rows are kept,
    // where doubling copied up to 27 MB at each step.
    this.kept = new Int32Array(MAX_KEPT * this.classes);
    this.partSums = new Int32Array(this.classes);
    this.row = new Float32Array(this.classes);
  }

  /**
   * Readies the word parts for rows of `lex` (call before each sentence, so no offset handed out
   * is in use): another table starts afresh, a grown copy of the same one keeps every row, and a
   * full store keeps its older half, lest every word unseen before it filled be scored anew at each
   * of its uses.
   */
  use(lex: Int32Array): void {
    if (lex !== this.lex) {
      if (this.lex !== null && extends_(lex, this.lex)) this.grow(lex);
      else this.clear(lex);
    }
    if (this.rows >= MAX_KEPT) this.keepOlder(MAX_KEPT / 2);
  }

  /** Empties the store for rows of `lex`. */
  private clear(lex: Int32Array): void {
    this.lex = lex;
    for (let part = 0; part < WORD_PARTS; part++)
      this.wordAt[part] = new Int32Array(lex.length / LEX_SLOTS + 1).fill(NONE);
    this.tagAt.fill(NONE);
    this.flagAt.fill(NONE);
    this.rows = WORD_PARTS + 2;
  }

  /**
   * The lexeme table outgrew its array and copied it into `lex`: every kept word row still holds
   * (starting afresh re-scored every common word after each of a long batch's regrowths).
   */
  private grow(lex: Int32Array): void {
    this.lex = lex;
    for (let part = 0; part < WORD_PARTS; part++) {
      const grown = new Int32Array(lex.length / LEX_SLOTS + 1).fill(NONE);
      grown.set(this.wordAt[part]);
      this.wordAt[part] = grown;
    }
  }

  /**
   * Forgets the rows kept after the first `rows`: rows are kept in the order their words were first
   * met, so the older ones are mostly the common words, tag pairs and flag sets, which a full
   * restart scored all over again.
   */
  private keepOlder(rows: number): void {
    const limit = rows * this.classes;
    for (const index of this.wordAt) forgetFrom(index, limit);
    forgetFrom(this.tagAt, limit);
    forgetFrom(this.flagAt, limit);
    this.rows = rows;
  }

  /**
   * Adds to `scores` the kept scores of token `i`'s features that depend on one word, the previous
   * tags `p1`, `p2`, or the word's flags alone: for every class, or only for `classes` when given.
   * `rows`, `n` and `hints` are as for `taggerFeatures`.
   */
  addTo(
    scores: Float32Array,
    rows: Int32Array,
    n: number,
    i: number,
    hints: Int32Array,
    p1: number,
    p2: number,
    classes?: Uint8Array,
  ): void {
    this.findRows(rows, n, i, hints, p1, p2);
    const kept = this.kept;
    const [a, b, c, d, e, f, g] = this.offsets;
    if (classes === undefined)
      for (let k = 0; k < this.classes; k++)
        scores[k] +=
          kept[a + k] + kept[b + k] + kept[c + k] + kept[d + k] + kept[e + k] + kept[f + k] + kept[g + k];
    else
      for (let j = 0; j < classes.length; j++) {
        const k = classes[j];
        scores[k] +=
          kept[a + k] + kept[b + k] + kept[c + k] + kept[d + k] + kept[e + k] + kept[f + k] + kept[g + k];
      }
  }

  /**
   * The best class of every class for token `i`: the first `count` of `features` scored by the
   * model with the kept scores added, as `score` then `addTo` then `argmax` give, in one pass.
   */
  bestOfAll(
    features: Int32Array,
    count: number,
    rows: Int32Array,
    n: number,
    i: number,
    hints: Int32Array,
    p1: number,
    p2: number,
  ): number {
    this.findRows(rows, n, i, hints, p1, p2);
    const model = this.model;
    const m = model.gather(features, count);
    const gathered = model.gathered;
    const values = model.weightValues;
    const maxima = model.rowMaxima;
    const kept = this.kept;
    const partSums = this.partSums;
    const [a, b, c, d, e, f, g] = this.offsets;
    // The kept parts of every class first; the model's rows can add at most `reach` to any class.
    let first = 0;
    for (let k = 0; k < this.classes; k++) {
      const sum =
        (kept[a + k] + kept[b + k] + kept[c + k] + kept[d + k] + kept[e + k] + kept[f + k] + kept[g + k]) | 0;
      partSums[k] = sum;
      if (sum > partSums[first]) first = k;
    }
    let reach = 0;
    let bar = partSums[first];
    for (let j = 0; j < m; j++) {
      reach += maxima[gathered[j] / this.classes];
      bar += values[gathered[j] + first];
    }
    // A class whose kept parts plus that reach stay below one class's full score cannot win; the
    // others get their full scores, in class order, so ties go to the lower class as with `argmax`.
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < this.classes; k++) {
      if (partSums[k] + reach < bar) continue;
      let score = partSums[k];
      for (let j = 0; j < m; j++) score += values[gathered[j] + k];
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  /** Fills `offsets` with the kept rows of token `i`'s parts (scoring any not kept yet). */
  private findRows(rows: Int32Array, n: number, i: number, hints: Int32Array, p1: number, p2: number): void {
    const at = this.offsets;
    for (let part = 0; part < WORD_PARTS; part++) {
      const j = neighbourOf(part, i);
      at[part] =
        j >= 0 && j < n ? this.wordOffset(part, rows[j], hints[j]) : this.wordOffset(part, NO_WORD, NO_WORD);
    }
    at[WORD_PARTS] = this.tagOffset(p1, p2);
    at[WORD_PARTS + 1] = this.flagOffset(this.lex![rows[i] + LEX_FLAGS], i === 0);
  }

  private wordOffset(part: WordPart, row: number, hint: number): number {
    const key = row === NO_WORD ? 0 : row / LEX_SLOTS + 1;
    const index = this.wordAt[part];
    const known = index[key];
    if (known !== NONE) return known;
    wordPartFeatures(part, this.lex!, row, hint, this.clusters, this.features, 0);
    return this.keep(index, key, WORD_PART_FEATURE_COUNT[part], part);
  }

  private tagOffset(p1: number, p2: number): number {
    const key = (p1 + 1) * (this.classes + 1) + (p2 + 1);
    const known = this.tagAt[key];
    if (known !== NONE) return known;
    tagFeatures(p1, p2, this.features, 0);
    return this.keep(this.tagAt, key, TAG_FEATURE_COUNT, WORD_PARTS);
  }

  private flagOffset(flags: number, first: boolean): number {
    const key = flags * 2 + (first ? 1 : 0);
    const known = key < FLAG_KEYS ? this.flagAt[key] : NONE;
    if (known !== NONE) return known;
    flagFeatures(flags, first, this.features, 0);
    return this.keep(key < FLAG_KEYS ? this.flagAt : null, key, FLAG_FEATURE_COUNT, WORD_PARTS + 1);
  }

  /**
   * Scores the first `count` of `features` into a new kept row, noted in `index[key]`; without an
   * index, or once MAX_KEPT rows are kept, into scratch row `scratch` instead. Returns the row's offset.
   */
  private keep(index: Int32Array | null, key: number, count: number, scratch: number): number {
    const k = this.classes;
    let at = scratch * k;
    if (index !== null && this.rows < MAX_KEPT) {
      at = this.rows * k;
      index[key] = at;
      this.rows++;
    }
    this.kept.set(this.model.score(this.features, count, this.row), at);
    return at;
  }
}

/** Marks every offset at or past `limit` in `index` as not kept. */
function forgetFrom(index: Int32Array, limit: number): void {
  for (let i = 0; i < index.length; i++) if (index[i] >= limit) index[i] = NONE;
}

/**
 * Whether `grown` begins with every row of `old`: so it does when the lexeme table outgrew `old`
 * and copied it, not after the table forgot its forms or for another table (checked only when the
 * array changes, a few times in a long batch).
 */
function extends_(grown: Int32Array, old: Int32Array): boolean {
  if (grown.length < old.length) return false;
  for (let i = 0; i < old.length; i++) if (grown[i] !== old[i]) return false;
  return true;
}
