/**
 * Greedy arc-hybrid dependency parser: an averaged perceptron picks among the three moves
 * (moves.ts) from the features of the state (features.ts); a second perceptron labels the
 * finished tree (labeller.ts). One sentence at a time, no allocation per word.
 */
import { CompactPerceptron, type Scorer } from '../../learn/compact.js';
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { rewritable } from '../rewritable.js';
import { DEPREL } from '../tagsets.js';
import { MAX_PARSER_FEATURES, PARSER_FEATURES_VERSION, parserFeatures } from './features.js';
import { LabelCandidates, labelTree, MAX_LABEL_FEATURES, TreeIndex } from './labeller.js';
import { MOVES } from './moves.js';
import { MoveTable } from './moveTable.js';
import { PunctuationRanker } from './punctuation.js';
import { ParseState } from './state.js';
import { Vocabulary } from './vocabulary.js';

export const PARSER_KIND = `parser/v${PARSER_FEATURES_VERSION}`;
export const LABELLER_KIND = 'labeller/v2';

/** One sentence for `Parser.parseAll`: its first `n` words and tags in, heads and labels out. */
export interface SentenceBuffers {
  words: Int32Array;
  tags: Int32Array;
  n: number;
  heads: Int32Array;
  labels: Uint8Array;
}

/** One of `parseAll`'s two sentences in progress: its buffers, state and scratch. */
class Lane implements SentenceBuffers {
  words = new Int32Array(256);
  tags = new Int32Array(256);
  n = 0;
  heads = new Int32Array(256);
  labels = new Uint8Array(256);
  /** The sentence's form ids as the models see them. */
  known = new Int32Array(256);
  readonly state = new ParseState();
  readonly features = new Int32Array(MAX_PARSER_FEATURES);
  readonly scores = new Float32Array(MOVES.length);
  /** Which sentence the lane holds, -1 for none. */
  sentence = -1;

  constructor() {
    // A long sentence replaces them (rewritable.ts).
    rewritable(this, 'words', 'tags', 'heads', 'labels', 'known', 'n', 'sentence');
  }
}

/** The valid moves in `state`, as a bit per move. */
function validMoves(state: ParseState): number {
  let valid = 0;
  for (let m = 0; m < MOVES.length; m++) if (MOVES[m].isValid(state)) valid |= 1 << m;
  return valid;
}

/** The highest-scoring move among the `valid` ones (the first of equals). */
function bestValid(scores: Float32Array, valid: number): number {
  let best = -1;
  for (let m = 0; m < MOVES.length; m++)
    if (valid & (1 << m) && (best < 0 || scores[m] > scores[best])) best = m;
  return best;
}

export class Parser {
  readonly moves: AveragedPerceptron;
  readonly labels: AveragedPerceptron;
  readonly candidates: LabelCandidates;
  readonly vocabulary: Vocabulary;
  /** Re-chooses punctuation heads once the moves have built a tree (none: the moves' heads stay). */
  readonly punctuation: PunctuationRanker | null;
  /** What prediction scores with: the perceptrons while training, compact copies once loaded. */
  private readonly moveScorer: MoveTable | AveragedPerceptron;
  private readonly labelScorer: Scorer;
  readonly state = new ParseState();
  /** The two sentences `parseAll` parses in step. */
  private readonly lanes = [new Lane(), new Lane()];
  private readonly features = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
  private readonly moveScores = new Float32Array(MOVES.length);
  private readonly labelScores = new Float32Array(DEPREL.length);
  private readonly tree = new TreeIndex();
  /** The sentence's form ids as the models see them (rare words as their cluster or UNKNOWN_WORD). */
  private known = new Int32Array(256);

  constructor(
    moves: AveragedPerceptron,
    labels: AveragedPerceptron,
    candidates: LabelCandidates,
    vocabulary: Vocabulary,
    punctuation: PunctuationRanker | null,
    scorers?: { moves: MoveTable; labels: Scorer },
  ) {
    this.moves = moves;
    this.labels = labels;
    this.candidates = candidates;
    this.vocabulary = vocabulary;
    this.punctuation = punctuation;
    this.moveScorer = scorers?.moves ?? moves;
    this.labelScorer = scorers?.labels ?? labels;
    // `parse` replaces it for a long sentence (rewritable.ts).
    rewritable(this, 'known');
  }

  /** The highest-scoring valid move in `state` (an index into MOVES). */
  bestMove(words: Int32Array, tags: Int32Array, state = this.state): number {
    const valid = validMoves(state);
    // One valid move (an empty stack, or only ROOT left in the buffer): no features, no scores.
    if ((valid & (valid - 1)) === 0) return 31 - Math.clz32(valid);
    const count = parserFeatures(state, words, tags, this.features);
    return bestValid(this.moveScorer.score(this.features, count, this.moveScores), valid);
  }

  /**
   * Parses one sentence of `n` words (`words[i]`: lower-cased form id, `tags[i]`: XPOS id),
   * writing sentence-relative heads (-1 for the root) and DEPREL ids.
   */
  parse(words: Int32Array, tags: Int32Array, n: number, heads: Int32Array, labels: Uint8Array): void {
    const state = this.state;
    if (this.known.length < n) this.known = new Int32Array(2 * n);
    const known = this.vocabulary.map(words, n, this.known);
    state.reset(n);
    while (!state.isFinal) MOVES[this.bestMove(known, tags)].apply(state);
    this.finish(state, known, tags, n, heads, labels);
  }

  /**
   * Parses sentences 0 .. count-1, each as `parse` would (the same heads and labels): `load(k, into)`
   * fills `into` with sentence k's words, tags and length, `store(k, from)` takes its heads and
   * labels. Two sentences are parsed in step, each lane taking the next sentence as soon as its
   * own is done: the move table is far bigger than the CPU's caches and a state reads 47 rows of
   * it, a few of which miss every cache, and one sentence's next state cannot be read until its
   * last move is chosen; two sentences' rows are asked for together, so their misses overlap.
   */
  parseAll(
    count: number,
    load: (k: number, into: SentenceBuffers) => void,
    store: (k: number, from: SentenceBuffers) => void,
  ): void {
    const table = this.moveScorer;
    const a = this.lanes[0];
    const b = this.lanes[1];
    if (!(table instanceof MoveTable)) {
      for (let k = 0; k < count; k++) {
        load(k, a);
        this.parse(a.words, a.tags, a.n, a.heads, a.labels);
        store(k, a);
      }
      return;
    }
    let next = 0;
    const nextSentence = () => (next < count ? next++ : -1);
    this.advance(a, nextSentence, load, store);
    this.advance(b, nextSentence, load, store);
    while (a.sentence >= 0 && b.sentence >= 0) {
      const sa = a.state;
      const sb = b.state;
      const validA = validMoves(sa);
      const validB = validMoves(sb);
      if ((validA & (validA - 1)) === 0 || (validB & (validB - 1)) === 0) {
        // At most one of them has a choice: nothing to overlap.
        MOVES[this.bestMove(a.known, a.tags, sa)].apply(sa);
        MOVES[this.bestMove(b.known, b.tags, sb)].apply(sb);
      } else {
        const features = parserFeatures(sa, a.known, a.tags, a.features);
        parserFeatures(sb, b.known, b.tags, b.features);
        table.scoreTwo(a.features, b.features, features, a.scores, b.scores);
        MOVES[bestValid(a.scores, validA)].apply(sa);
        MOVES[bestValid(b.scores, validB)].apply(sb);
      }
      if (sa.isFinal) this.advance(a, nextSentence, load, store);
      if (sb.isFinal) this.advance(b, nextSentence, load, store);
    }
    for (const lane of this.lanes)
      while (lane.sentence >= 0) {
        while (!lane.state.isFinal) MOVES[this.bestMove(lane.known, lane.tags, lane.state)].apply(lane.state);
        this.advance(lane, nextSentence, load, store);
      }
  }

  /**
   * Finishes and stores the lane's sentence when it has one (its state final), then starts the
   * sentence `next()` gives (none when -1), and the one after while they are final from the start.
   */
  private advance(
    lane: Lane,
    next: () => number,
    load: (k: number, into: SentenceBuffers) => void,
    store: (k: number, from: SentenceBuffers) => void,
  ): void {
    for (;;) {
      if (lane.sentence >= 0) {
        this.finish(lane.state, lane.known, lane.tags, lane.n, lane.heads, lane.labels);
        store(lane.sentence, lane);
        lane.sentence = -1;
      }
      const k = next();
      if (k < 0) return;
      load(k, lane);
      if (lane.known.length < lane.n) lane.known = new Int32Array(2 * lane.n);
      this.vocabulary.map(lane.words, lane.n, lane.known);
      lane.state.reset(lane.n);
      lane.sentence = k;
      if (!lane.state.isFinal) return;
    }
  }

  /** Reads the heads off a final state, re-chooses punctuation heads and labels the tree. */
  private finish(
    state: ParseState,
    known: Int32Array,
    tags: Int32Array,
    n: number,
    heads: Int32Array,
    labels: Uint8Array,
  ): void {
    for (let i = 0; i < n; i++) heads[i] = state.heads[i] === n ? -1 : state.heads[i];
    this.punctuation?.reattach(known, tags, heads, n);
    this.label(known, tags, n, heads, labels);
  }

  /**
   * Labels a tree of words already mapped through the vocabulary; with `gold` labels, trains the
   * labeller on it instead.
   */
  label(
    words: Int32Array,
    tags: Int32Array,
    n: number,
    heads: Int32Array,
    labels: Uint8Array,
    gold?: Uint8Array,
  ): void {
    labelTree(
      gold ? this.labels : this.labelScorer,
      this.candidates,
      n,
      heads,
      words,
      tags,
      this.tree,
      labels,
      this.features,
      this.labelScores,
      gold,
    );
  }

  /**
   * The models in one buffer: the move model and the label model, each length-prefixed, then the
   * punctuation ranker (absent when the parser has none).
   */
  save(): Buffer {
    const moves = this.moves.save(PARSER_KIND, {
      vocabulary: this.vocabulary.words,
      clusters: this.vocabulary.clustered,
    });
    const labels = this.labels.save(LABELLER_KIND, {
      labels: DEPREL,
      candidates: this.candidates.toJSON(),
    });
    const head = Buffer.alloc(8);
    head.writeUInt32LE(moves.length, 0);
    head.writeUInt32LE(labels.length, 4);
    return Buffer.concat([head, moves, labels, this.punctuation?.save() ?? Buffer.alloc(0)]);
  }

  static load(buffer: Buffer): Parser {
    const split = 8 + buffer.readUInt32LE(0);
    const end = split + buffer.readUInt32LE(4);
    const { model: moves, meta: moveMeta } = AveragedPerceptron.load(buffer.subarray(8, split), PARSER_KIND);
    const { model: labels, meta } = AveragedPerceptron.load(buffer.subarray(split, end), LABELLER_KIND);
    if (JSON.stringify(meta.labels) !== JSON.stringify(DEPREL))
      throw new Error('parser model was trained with another DEPREL inventory; run `npm run train`');
    const candidates = LabelCandidates.fromJSON(
      meta.candidates as Parameters<typeof LabelCandidates.fromJSON>[0],
    );
    return new Parser(
      moves,
      labels,
      candidates,
      new Vocabulary(moveMeta.vocabulary as number[], moveMeta.clusters as number[]),
      end < buffer.length ? PunctuationRanker.load(buffer.subarray(end)) : null,
      {
        moves: MoveTable.from(moves),
        labels: CompactPerceptron.from(labels),
      },
    );
  }
}
