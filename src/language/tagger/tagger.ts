/**
 * Part-of-speech tagger: greedy left-to-right averaged perceptron over joint (UPOS, XPOS) classes,
 * with Honnibal's tag dictionary (frequent, unambiguous words skip the model) and a learned
 * lemmatizer. `predict` tags one sentence of lexeme rows; `save`/`load` use the perceptron format.
 */

import { CompactPerceptron, type Scorer } from '../../learn/compact.js';
import { hashString } from '../../learn/hash.js';
import { IntMap } from '../../learn/intMap.js';
import { AveragedPerceptron, argmax } from '../../learn/perceptron.js';
import { LEX_FORM } from '../lexeme.js';
import { UPOS_ID, XPOS_ID } from '../tagsets.js';
import { joinedFeatures, MAX_TAGGER_FEATURES, TAGGER_FEATURES_VERSION, taggerFeatures } from './features.js';
import { Lemmatizer, type LemmatizerData } from './lemmatizer.js';
import { PartialScores } from './partialScores.js';

const TAGGER_KIND = `tagger/v${TAGGER_FEATURES_VERSION}`;

interface TaggerMeta {
  /** Joint classes as "UPOS XPOS". */
  classes: string[];
  /** Word form → class, for frequent unambiguous words. */
  tagDict: [string, number][];
  /** Word form → its most frequent class (a feature, the "hint"), for words seen a few times. */
  hints: [string, number][];
  /** Word form → every class it took in training, for frequent words: the model picks among these. */
  candidates: [string, number[]][];
  /** Lower-cased form id, packed cluster classes, form id, ... ascending by form id. */
  clusters: number[];
  lemmatizer: LemmatizerData;
}

export class Tagger {
  readonly model: AveragedPerceptron;
  readonly classNames: string[];
  /** UPOS and XPOS id of each joint class. */
  readonly classUpos: Uint8Array;
  readonly classXpos: Uint8Array;
  readonly lemmatizer: Lemmatizer;
  /** What prediction scores with: the perceptron while training, a compact copy once loaded. */
  private readonly scorer: Scorer;
  /** Kept partial sums of a compact model's scores (a float model's sums depend on their order). */
  private readonly partial: PartialScores | null;
  private readonly tagDictEntries: [string, number][];
  private readonly tagDict: IntMap;
  private readonly hintEntries: [string, number][];
  private readonly candidateEntries: [string, number[]][];
  private readonly hintOf: IntMap;
  /** Word form hash → index into `candidateLists`. */
  private readonly candidatesOf: IntMap;
  private readonly candidateLists: Uint8Array[];
  private readonly clusterEntries: number[];
  /** Lower-cased form id → packed cluster classes (clusters/). */
  readonly clusterOf: IntMap;
  private hints = new Int32Array(256);
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;

  constructor(
    model: AveragedPerceptron,
    classNames: string[],
    tagDict: [string, number][],
    hints: [string, number][],
    candidates: [string, number[]][],
    clusters: number[],
    lemmatizer: Lemmatizer,
    scorer: Scorer = model,
  ) {
    this.model = model;
    this.scorer = scorer;
    this.clusterEntries = clusters;
    const pairs: [number, number][] = [];
    for (let i = 0; i < clusters.length; i += 2) pairs.push([clusters[i], clusters[i + 1]]);
    this.clusterOf = new IntMap(pairs);
    this.partial = scorer instanceof CompactPerceptron ? new PartialScores(scorer, this.clusterOf) : null;
    this.classNames = classNames;
    this.classUpos = Uint8Array.from(classNames, (c) => UPOS_ID[c.split(' ')[0]] ?? 0);
    this.classXpos = Uint8Array.from(classNames, (c) => XPOS_ID[c.split(' ')[1]] ?? 0);
    this.tagDictEntries = tagDict;
    this.tagDict = new IntMap(tagDict.map(([w, c]) => [hashString(w) | 0, c]));
    this.hintEntries = hints;
    this.hintOf = new IntMap(hints.map(([w, c]) => [hashString(w) | 0, c]));
    this.candidateEntries = candidates;
    this.candidatesOf = new IntMap(candidates.map(([w], i) => [hashString(w) | 0, i]));
    this.candidateLists = candidates.map(([, c]) => Uint8Array.from(c));
    this.lemmatizer = lemmatizer;
    this.scores = new Float32Array(classNames.length);
  }

  /** The dictionary class of a token, or -1 when the model must decide. */
  dictionaryClass(lex: Int32Array, row: number): number {
    return this.tagDict.get(lex[row + LEX_FORM]);
  }

  /** Fills the per-token hint classes of a sentence (and returns the reused array). */
  sentenceHints(lex: Int32Array, rows: Int32Array, n: number): Int32Array {
    if (this.hints.length < n) this.hints = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) this.hints[i] = this.hintOf.get(lex[rows[i] + LEX_FORM]);
    return this.hints;
  }

  /** The best class for a token from its features, among its known classes when it has some. */
  classify(lex: Int32Array, row: number, features: Int32Array, count: number, scores: Float32Array): number {
    const list = this.candidatesOf.get(lex[row + LEX_FORM]);
    if (list < 0) return argmax(this.scorer.score(features, count, scores));
    const candidates = this.candidateLists[list];
    if (candidates.length === 1) return candidates[0];
    this.scorer.scoreSome(features, count, candidates, scores);
    let best = candidates[0];
    for (let j = 1; j < candidates.length; j++)
      if (scores[candidates[j]] > scores[best]) best = candidates[j];
    return best;
  }

  /** Tags tokens `rows[0..n)` (one sentence), writing joint class ids into `out`. */
  predict(lex: Int32Array, rows: Int32Array, n: number, out: Int32Array): void {
    const hints = this.sentenceHints(lex, rows, n);
    const partial = this.partial;
    partial?.use(lex);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      let c = this.dictionaryClass(lex, rows[i]);
      if (c < 0 && partial !== null) c = this.classifyInParts(lex, rows, n, i, p1, p2, hints, partial);
      else if (c < 0) {
        const count = taggerFeatures(lex, rows, n, i, p1, p2, hints, this.clusterOf, this.features);
        c = this.classify(lex, rows[i], this.features, count, this.scores);
      }
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
  }

  /** `classify` for token `i`, adding the kept scores of the parts of its features that allow it. */
  private classifyInParts(
    lex: Int32Array,
    rows: Int32Array,
    n: number,
    i: number,
    p1: number,
    p2: number,
    hints: Int32Array,
    partial: PartialScores,
  ): number {
    const row = rows[i];
    const list = this.candidatesOf.get(lex[row + LEX_FORM]);
    const candidates = list < 0 ? null : this.candidateLists[list];
    if (candidates !== null && candidates.length === 1) return candidates[0];
    const count = joinedFeatures(lex, rows, n, i, p1, hints, this.features, 0);
    const scores = this.scores;
    if (candidates === null) return partial.bestOfAll(this.features, count, rows, n, i, hints, p1, p2);
    this.scorer.scoreSome(this.features, count, candidates, scores);
    partial.addTo(scores, rows, n, i, hints, p1, p2, candidates);
    let best = candidates[0];
    for (let j = 1; j < candidates.length; j++)
      if (scores[candidates[j]] > scores[best]) best = candidates[j];
    return best;
  }

  save(): Buffer {
    const meta: TaggerMeta = {
      classes: this.classNames,
      tagDict: this.tagDictEntries,
      hints: this.hintEntries,
      candidates: this.candidateEntries,
      clusters: this.clusterEntries,
      lemmatizer: this.lemmatizer.toJSON(),
    };
    return this.model.save(TAGGER_KIND, meta as unknown as Record<string, unknown>);
  }

  /**
   * `scorerOf` wraps the compact model; the default scores with it directly, which also lets the
   * tagger keep partial sums (tests pass a plain wrapper to compare against full sums).
   */
  static load(buffer: Buffer, scorerOf: (compact: CompactPerceptron) => Scorer = (c) => c): Tagger {
    const { model, meta } = AveragedPerceptron.load(buffer, TAGGER_KIND);
    const m = meta as unknown as TaggerMeta;
    return new Tagger(
      model,
      m.classes,
      m.tagDict,
      m.hints,
      m.candidates,
      m.clusters,
      new Lemmatizer(m.lemmatizer),
      scorerOf(CompactPerceptron.from(model)),
    );
  }
}
