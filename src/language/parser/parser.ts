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
  bestMove(words: Int32Array, tags: Int32Array): number {
    const state = this.state;
    let valid = 0;
    for (let m = 0; m < MOVES.length; m++) if (MOVES[m].isValid(state)) valid |= 1 << m;
    // One valid move (an empty stack, or only ROOT left in the buffer): no features, no scores.
    if ((valid & (valid - 1)) === 0) return 31 - Math.clz32(valid);
    const count = parserFeatures(state, words, tags, this.features);
    const scores = this.moveScorer.score(this.features, count, this.moveScores);
    let best = -1;
    for (let m = 0; m < MOVES.length; m++)
      if (valid & (1 << m) && (best < 0 || scores[m] > scores[best])) best = m;
    return best;
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
