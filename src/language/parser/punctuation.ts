/**
 * Punctuation attachment, chosen again after parsing. A greedy parser decides a mark's head early,
 * from a few words of context, and marks are a sixth of its head errors on EWT dev; yet for nine
 * marks in ten the right head is one of the few words the mark can hang from without crossing an
 * arc: the words on the path from its left neighbour up the tree, and from its right neighbour
 * (candidates below). A ranking perceptron scores those words with features of the whole tree:
 * the mark, each candidate's tag, word and head's tag, its side, its place on the path, whether
 * it heads the sentence and whether its subtree spans the mark. It is trained on gold trees (with
 * jackknifed tags) and moves a mark only when it prefers another head to the parser's by a margin
 * tuned on dev.
 */
import { CompactPerceptron } from '../../learn/compact.js';
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { seededRandom, shuffle } from '../../learn/random.js';
import { UPOS_ID } from '../tagsets.js';
import { hash2, hash3 } from './featureHash.js';

export const PUNCTUATION_KIND = 'punctuation/v1';
const PUNCT_UPOS = UPOS_ID.PUNCT;
/** Candidate heads of one mark, at most (paths longer than this are cut). */
const MAX_CANDIDATES = 32;
const MAX_FEATURES = 9;
/**
 * How much better (in model units) another head must score than the parser's before the mark
 * moves: the parser saw the words around the mark as it parsed, the ranker only the finished tree,
 * so each knows something. Tuned on EWT dev: UAS 84.33 without the ranker, 84.20 with no margin,
 * 84.46–84.49 from 8 to 16, 84.40 at 20. (Half of an earlier 18 templates were dropped at no dev
 * cost, halving the ranker's 0.4 µs a word.)
 */
export const MOVE_MARGIN = 12;

enum T {
  MarkSideRank,
  MarkTag,
  MarkRootLast,
  MarkWord,
  MarkTagSpans,
  MarkTagSideRank,
  MarkTagTagSide,
  MarkSideRankLast,
  MarkTagHeadTagSide,
}

export interface PunctuationOptions {
  epochs: number;
  seed: number;
  bucketsLog2: number;
}

export const DEFAULT_PUNCTUATION_OPTIONS: PunctuationOptions = { epochs: 6, seed: 41, bucketsLog2: 16 };

/** Scratch for one mark: candidate heads, their side (0 left, 1 right) and place on their path. */
export class Candidates {
  readonly heads = new Int32Array(MAX_CANDIDATES);
  readonly sides = new Uint8Array(MAX_CANDIDATES);
  readonly ranks = new Uint8Array(MAX_CANDIDATES);
  count = 0;
}

/** Whether word `p` heads no other word. */
function isLeaf(heads: Int32Array, n: number, p: number): boolean {
  for (let i = 0; i < n; i++) if (heads[i] === p) return false;
  return true;
}

/**
 * The heads leaf `p` can take in the projective tree `heads` (sentence-relative, -1 for the root)
 * without crossing an arc: climbing from p-1, each word until one whose arc or subtree spans p
 * (that one included); likewise from p+1. The root is never one (one root a sentence).
 */
export function punctuationCandidates(heads: Int32Array, n: number, p: number, out: Candidates): void {
  out.count = 0;
  for (let side = 0; side < 2; side++) {
    let a = side === 0 ? p - 1 : p + 1;
    let rank = 0;
    while (a >= 0 && a < n && out.count < MAX_CANDIDATES) {
      add(out, a, side, rank++);
      if (hasChildBeyond(heads, n, p, a, side)) break;
      const h = heads[a];
      if (h < 0) break;
      if (side === 0 ? h > p : h < p) {
        add(out, h, side, rank);
        break;
      }
      a = h;
    }
  }
}

/** Whether word `a` (on `side` of p: 0 left, 1 right) has a dependent other than p on p's far side. */
function hasChildBeyond(heads: Int32Array, n: number, p: number, a: number, side: number): boolean {
  if (side === 0) {
    for (let c = p + 1; c < n; c++) if (heads[c] === a) return true;
  } else for (let c = 0; c < p; c++) if (heads[c] === a) return true;
  return false;
}

function add(out: Candidates, head: number, side: number, rank: number): void {
  for (let k = 0; k < out.count; k++) if (out.heads[k] === head) return;
  if (out.count === MAX_CANDIDATES) return;
  out.heads[out.count] = head;
  out.sides[out.count] = side;
  out.ranks[out.count] = rank;
  out.count++;
}

/** Whether `h`'s subtree holds words on both sides of `p`. */
function spans(heads: Int32Array, n: number, p: number, h: number): boolean {
  const other = h < p ? p + 1 : p - 1;
  if (other < 0 || other >= n) return false;
  for (let a = other, steps = 0; a >= 0 && steps < n; a = heads[a], steps++) if (a === h) return true;
  return false;
}

function candidateFeatures(
  words: Int32Array,
  tags: Int32Array,
  heads: Int32Array,
  n: number,
  p: number,
  c: Candidates,
  k: number,
  out: Int32Array,
): number {
  const mark = words[p];
  const h = c.heads[k];
  const side = c.sides[k];
  const rank = Math.min(c.ranks[k], 4);
  const tag = tags[h];
  const root = heads[h] < 0 ? 1 : 0;
  const last = p === n - 1 ? 1 : p === n - 2 ? 2 : 0;
  const span = spans(heads, n, p, h) ? 1 : 0;
  let f = 0;
  out[f++] = hash3(T.MarkSideRank, mark, side, rank);
  out[f++] = hash2(T.MarkTag, mark, tag);
  out[f++] = hash3(T.MarkRootLast, mark, root, last);
  out[f++] = hash2(T.MarkWord, mark, words[h]);
  out[f++] = hash3(T.MarkTagSpans, mark, tag, span);
  const markTag = tags[p];
  out[f++] = hash3(T.MarkTagSideRank, markTag, side, rank);
  out[f++] = hash3(T.MarkTagTagSide, markTag, tag, side);
  out[f++] = hash3(T.MarkSideRankLast, mark, side * 8 + rank, last);
  out[f++] = hash3(T.MarkTagHeadTagSide, tag, root ? -1 : tags[heads[h]], markTag * 2 + side);
  return f;
}

/** Ranking examples: sentences with tags and gold heads (-1 for the root). */
export interface PunctuationExample {
  words: Int32Array;
  tags: Int32Array;
  heads: Int32Array;
}

export class PunctuationRanker {
  readonly model: AveragedPerceptron;
  private readonly scorer: CompactPerceptron | AveragedPerceptron;
  private readonly candidates = new Candidates();
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(2);
  private readonly only = new Uint8Array(1);
  /** Model units per score unit (a compact scorer's scores are scaled integers). */
  private readonly unit: number;

  constructor(model: AveragedPerceptron, compact = false) {
    this.model = model;
    this.scorer = compact ? CompactPerceptron.from(model) : model;
    this.unit = this.scorer instanceof CompactPerceptron ? this.scorer.scale : 1;
  }

  /** A candidate's score, in model units. */
  private score(
    words: Int32Array,
    tags: Int32Array,
    heads: Int32Array,
    n: number,
    p: number,
    k: number,
  ): number {
    const count = candidateFeatures(words, tags, heads, n, p, this.candidates, k, this.features);
    return this.scorer.scoreSome(this.features, count, this.only, this.scores)[0] / this.unit;
  }

  /** Re-chooses the head of every punctuation leaf of a parsed sentence, in place. */
  reattach(words: Int32Array, tags: Int32Array, heads: Int32Array, n: number, margin = MOVE_MARGIN): void {
    const c = this.candidates;
    for (let p = 0; p < n; p++) {
      if (tags[p] >> 6 !== PUNCT_UPOS || heads[p] < 0 || !isLeaf(heads, n, p)) continue;
      punctuationCandidates(heads, n, p, c);
      if (c.count < 2) continue;
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      let current = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < c.count; k++) {
        const s = this.score(words, tags, heads, n, p, k);
        if (c.heads[k] === heads[p]) current = s;
        if (s > bestScore) [best, bestScore] = [k, s];
      }
      if (bestScore > current + margin) heads[p] = c.heads[best];
    }
  }

  static train(examples: PunctuationExample[], options = DEFAULT_PUNCTUATION_OPTIONS): PunctuationRanker {
    const ranker = new PunctuationRanker(new AveragedPerceptron(2, options.bucketsLog2));
    const model = ranker.model;
    const c = ranker.candidates;
    const features = ranker.features;
    const gold = new Int32Array(MAX_FEATURES);
    const random = seededRandom(options.seed);
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      for (const i of order) {
        const { words, tags, heads } = examples[i];
        const n = words.length;
        for (let p = 0; p < n; p++) {
          if (tags[p] >> 6 !== PUNCT_UPOS || heads[p] < 0 || !isLeaf(heads, n, p)) continue;
          punctuationCandidates(heads, n, p, c);
          let right = -1;
          let best = -1;
          let bestScore = Number.NEGATIVE_INFINITY;
          for (let k = 0; k < c.count; k++) {
            if (c.heads[k] === heads[p]) right = k;
            const s = ranker.score(words, tags, heads, n, p, k);
            if (s > bestScore) [best, bestScore] = [k, s];
          }
          if (right < 0 || c.count < 2) continue;
          if (best === right) {
            model.tick();
            model.tick();
            continue;
          }
          // Class 0 holds the ranking weights: reward the right head's features, penalise the guess's.
          model.update(0, 1, gold, candidateFeatures(words, tags, heads, n, p, c, right, gold));
          model.update(1, 0, features, candidateFeatures(words, tags, heads, n, p, c, best, features));
        }
      }
    }
    model.average();
    return ranker;
  }

  save(): Buffer {
    return this.model.save(PUNCTUATION_KIND);
  }

  static load(buffer: Buffer): PunctuationRanker {
    return new PunctuationRanker(AveragedPerceptron.load(buffer, PUNCTUATION_KIND).model, true);
  }
}
