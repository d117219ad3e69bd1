/**
 * Class scores of the tagger's features that depend on one thing only, computed once and kept:
 * a word's own features (per lexeme row) and the previous-tags features (per tag pair). A compact
 * model's scores are sums of integers, so adding a kept partial sum gives exactly the score that
 * summing every feature gives: predictions cannot change.
 */
import type { CompactPerceptron } from '../../learn/compact.js';
import { LEX_SLOTS } from '../lexeme.js';
import { TAG_FEATURE_COUNT, tagFeatures, WORD_FEATURE_COUNT, wordFeatures } from './features.js';

/** Words kept at most (each costs 4 bytes a class); the words of a longer run are scored in full. */
const MAX_KEPT_WORDS = 1 << 15;
const NONE = -1;

export class PartialScores {
  private readonly model: CompactPerceptron;
  private readonly classes: number;
  /** The lexeme table the kept word rows belong to: another table (or a regrown one) starts afresh. */
  private lex: Int32Array | null = null;
  /** Offset into `wordScores` per lexeme index, NONE when not kept. */
  private wordAt = new Int32Array(0);
  /** Kept word scores, a row of `classes` each; the first row is scratch for words not kept. */
  private wordScores: Float32Array<ArrayBuffer>;
  private words = 0;
  /** Offset into `tagScores` per (previous tag + 1, tag before it + 1) pair, NONE when not kept. */
  private readonly tagAt: Int32Array;
  private tagScores: Float32Array<ArrayBuffer> = new Float32Array(0);
  private tagPairs = 0;
  private readonly features = new Int32Array(Math.max(WORD_FEATURE_COUNT, TAG_FEATURE_COUNT));

  constructor(model: CompactPerceptron) {
    this.model = model;
    this.classes = model.classes;
    this.tagAt = new Int32Array((this.classes + 1) * (this.classes + 1)).fill(NONE);
    this.wordScores = new Float32Array(this.classes);
  }

  /** Readies the word cache for rows of `lex` (call before each sentence). */
  use(lex: Int32Array): void {
    if (lex === this.lex) return;
    this.lex = lex;
    this.wordAt = new Int32Array(lex.length / LEX_SLOTS).fill(NONE);
    this.words = 0;
  }

  /**
   * Adds to `scores` the scores of the features that depend on the token's word alone (lexeme row
   * `row`, hint class `hint`, itself a function of the word) and on the previous tags `p1`, `p2`
   * alone: for every class, or only for `classes` when given.
   */
  addTo(scores: Float32Array, row: number, hint: number, p1: number, p2: number, classes?: Uint8Array): void {
    const w = this.wordOffset(row, hint);
    const t = this.tagOffset(p1, p2);
    const words = this.wordScores;
    const tags = this.tagScores;
    if (classes === undefined) for (let c = 0; c < this.classes; c++) scores[c] += words[w + c] + tags[t + c];
    else
      for (let j = 0; j < classes.length; j++) {
        const c = classes[j];
        scores[c] += words[w + c] + tags[t + c];
      }
  }

  private wordOffset(row: number, hint: number): number {
    const index = row / LEX_SLOTS;
    const kept = this.wordAt[index];
    if (kept !== NONE) return kept;
    const keep = this.words < MAX_KEPT_WORDS;
    const at = keep ? (this.words + 1) * this.classes : 0;
    this.wordScores = grown(this.wordScores, at + this.classes);
    wordFeatures(this.lex!, row, hint, this.features, 0);
    this.model.score(this.features, WORD_FEATURE_COUNT, this.wordScores.subarray(at, at + this.classes));
    if (keep) {
      this.wordAt[index] = at;
      this.words++;
    }
    return at;
  }

  private tagOffset(p1: number, p2: number): number {
    const pair = (p1 + 1) * (this.classes + 1) + (p2 + 1);
    const kept = this.tagAt[pair];
    if (kept !== NONE) return kept;
    const at = this.tagPairs * this.classes;
    this.tagScores = grown(this.tagScores, at + this.classes);
    tagFeatures(p1, p2, this.features, 0);
    this.model.score(this.features, TAG_FEATURE_COUNT, this.tagScores.subarray(at, at + this.classes));
    this.tagAt[pair] = at;
    this.tagPairs++;
    return at;
  }
}

/** `array`, or a copy twice as large when it holds fewer than `needed` values. */
function grown(array: Float32Array<ArrayBuffer>, needed: number): Float32Array<ArrayBuffer> {
  if (array.length >= needed) return array;
  const bigger = new Float32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
