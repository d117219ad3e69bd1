/**
 * The trained part of the recognizer: a BILOU tagger for PER/ORG/LOC, an averaged structured
 * perceptron over the features of features.ts plus label-transition weights, decoded by Viterbi
 * (viterbi.ts). Decoding only allows well-formed BILOU sequences, so every prediction reads back
 * as spans. Trained by
 * scripts/train/30-ner.train.ts on UNER English EWT; loaded lazily, once, from models/ner.bin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompactPerceptron } from '../../learn/compact.js';
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { modelsDir } from '../../paths.js';
import { iobSpans, type TaggedSentence } from './data.js';
import { FEATURE_VERSION, FeatureScratch } from './features.js';
import type { Lexicon } from './lexicon.js';
import { type Candidate, makeTokenView, type TokenView } from './tokens.js';
import { type ConstrainedTransitions, constrain, Transitions, viterbi } from './viterbi.js';

export const NER_MODEL_KIND = 'whosaid-ner';
export const NER_MODEL_FILE = join(modelsDir, 'ner.bin');
/** OTH is learned (so the O class stays clean of names) and dropped after prediction. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'OTH'] as const;
/** Hash table rows: 2^19 keeps the weights file small with few collisions at this data size. */
const BUCKETS_LOG2 = 19;

/** Class 0 is O; class 1 + 4·type + part, with part 0..3 = B, I, L, U. */
const CLASSES = 1 + 4 * ENTITY_TYPES.length;
const B = 0;
const I = 1;
const L = 2;
const U = 3;
const classOf = (type: number, part: number): number => 1 + 4 * type + part;
const typeOf = (c: number): number => (c - 1) >> 2;
const partOf = (c: number): number => (c - 1) & 3;

/** Token modes: any label; O or the end of a name opened before; O only. */
const FREE = 0;
const CLOSE_ONLY = 1;
const OUTSIDE_ONLY = 2;

/** Whether token k's best-scoring label opens or continues a name (B or I). */
function opens(emissions: Float32Array, k: number): boolean {
  let best = 0;
  for (let c = 1; c < CLASSES; c++) if (emissions[k * CLASSES + c] > emissions[k * CLASSES + best]) best = c;
  return best !== 0 && (partOf(best) === B || partOf(best) === I);
}

/** Whether class c may follow class prev, with `last` true at the sentence's final token. */
function allowed(prev: number, c: number, last: boolean): boolean {
  const open = prev !== 0 && (partOf(prev) === B || partOf(prev) === I);
  if (open)
    return (
      c !== 0 &&
      typeOf(c) === typeOf(prev) &&
      (partOf(c) === I || partOf(c) === L) &&
      (!last || partOf(c) === L)
    );
  if (c === 0) return true;
  return partOf(c) === U || (partOf(c) === B && !last);
}

export interface TrainOptions {
  epochs: number;
  /** Hash table size, 2^bucketsLog2 rows (default BUCKETS_LOG2). */
  bucketsLog2?: number;
  seed: number;
  /** Taggers trained on different document orders and averaged into one (default 1). */
  members?: number;
  /**
   * The share of the documents each member learns from, drawn anew per member with its shuffle seed
   * (bagging; default 1, every document, which draws nothing).
   */
  bag?: number;
  /** Reports progress after each epoch. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

export class NerModel {
  readonly perceptron: AveragedPerceptron;
  private readonly scratch = new FeatureScratch();
  private labels = new Uint8Array(256);
  private readonly scores = new Float32Array(CLASSES);
  /** Per token: FREE, CLOSE_ONLY or OUTSIDE_ONLY, which labels decoding may give it. */
  private mode = new Uint8Array(256);
  private emissions = new Float32Array(256 * CLASSES);
  private delta = new Float64Array(256 * CLASSES);
  private back = new Uint8Array(256 * CLASSES);
  readonly transitions: Transitions;
  private live = new Uint8Array(CLASSES);
  private matrixOf = new Uint8Array(256);
  private frozenMatrices: ConstrainedTransitions[] | null = null;

  /** Types the tagger gave each word type earlier in the current document (Ratinov & Roth's prediction history). */
  private readonly history = new Map<number, Uint16Array>();

  /** 16-bit copy of the weights for prediction, made once training is over (half the memory traffic). */
  private compact: CompactPerceptron | null = null;

  constructor(perceptron: AveragedPerceptron, transitions: Transitions, frozen = false) {
    this.perceptron = perceptron;
    this.transitions = transitions;
    if (frozen) this.compact = CompactPerceptron.from(perceptron);
  }

  /**
   * Per word type (lexicon id): the compact scores of its `typeFeatures` at `id * CLASSES`, filled
   * on first sight; `typeScored` says which are. For `typeLexicon` at `typeGeneration` only.
   */
  private typeScores = new Float32Array(0);
  private typeScored = new Uint8Array(0);
  private typeLexicon: Lexicon | null = null;
  private typeGeneration = -1;
  private readonly typeRow = new Float32Array(CLASSES);

  /** Where the type scores of word type `id` start in `typeScores`, scoring them on first sight. */
  private typeScoresAt(compact: CompactPerceptron, lexicon: Lexicon, id: number): number {
    if (lexicon !== this.typeLexicon || lexicon.generation !== this.typeGeneration) {
      this.typeScored.fill(0);
      this.typeLexicon = lexicon;
      this.typeGeneration = lexicon.generation;
    }
    if (id >= this.typeScored.length) {
      const size = Math.max(2 * this.typeScored.length, id + 1, 1024);
      const scored = new Uint8Array(size);
      scored.set(this.typeScored);
      this.typeScored = scored;
      const scores = new Float32Array(size * CLASSES);
      scores.set(this.typeScores);
      this.typeScores = scores;
    }
    const at = id * CLASSES;
    if (this.typeScored[id] === 0) {
      this.typeScores.set(
        compact.score(this.scratch.features, this.scratch.typeFeatures(lexicon, id), this.typeRow),
        at,
      );
      this.typeScored[id] = 1;
    }
    return at;
  }

  /** Forgets the prediction history: call at the start of each document. */
  beginDocument(): void {
    this.history.clear();
  }

  /** 0 when word type `id` has no history in this document, else 1 + the type it got most often. */
  private historyCode(id: number): number {
    const counts = this.history.get(id);
    if (!counts) return 0;
    let best = 0;
    for (let t = 1; t < counts.length; t++) if (counts[t] > counts[best]) best = t;
    return 1 + best;
  }

  private remember(v: TokenView, start: number, n: number): void {
    for (let k = 0; k < n; k++) {
      const c = this.labels[k];
      if (c === 0) continue;
      const id = v.ids[start + k];
      let counts = this.history.get(id);
      if (!counts) this.history.set(id, (counts = new Uint16Array(ENTITY_TYPES.length)));
      counts[typeOf(c)]++;
    }
  }

  /** Tags sentence [start, end) into `this.labels` (index 0 = start), learning from `gold` when given. */
  private tag(
    v: TokenView,
    start: number,
    end: number,
    rules: readonly Candidate[],
    gold?: Uint8Array,
  ): void {
    const n = end - start;
    if (this.labels.length < n) {
      this.labels = new Uint8Array(n * 2);
      this.mode = new Uint8Array(n * 2);
      this.emissions = new Float32Array(n * 2 * CLASSES);
      this.delta = new Float64Array(n * 2 * CLASSES);
      this.back = new Uint8Array(n * 2 * CLASSES);
      this.matrixOf = new Uint8Array(n * 2);
    }
    this.scratch.prepare(v, start, end, rules);
    const p = this.perceptron;
    const compact = gold ? null : this.compact;
    const mode = this.mode;
    const emissions = this.emissions;
    const row = this.scores;
    for (let k = 0; k < n; k++) {
      mode[k] = FREE;
      // Prediction only: training scores every token, so the weights are those of the full tagger.
      // A word that cannot start a name may only close one, and only where the word before
      // scored best as opening or continuing a name; elsewhere it is O without being scored.
      if (!gold && this.scratch.cannotStart(v, start + k)) {
        mode[k] =
          k > 0 && mode[k - 1] !== OUTSIDE_ONLY && opens(emissions, k - 1) ? CLOSE_ONLY : OUTSIDE_ONLY;
        if (mode[k] === OUTSIDE_ONLY) {
          emissions.fill(0, k * CLASSES, (k + 1) * CLASSES);
          continue;
        }
      }
      const history = this.historyCode(v.ids[start + k]);
      if (compact) {
        // Scores are integer sums (well under 2^24, exact in a float), so the word's own features
        // scored once per type add up to the very scores of all features scored together.
        const typeAt = this.typeScoresAt(compact, v.lexicon, v.ids[start + k]);
        compact.score(this.scratch.features, this.scratch.contextFeatures(v, start + k, history), row);
        const typeScores = this.typeScores;
        for (let c = 0; c < CLASSES; c++) row[c] += typeScores[typeAt + c];
      } else p.score(this.scratch.features, this.scratch.extract(v, start + k, history), row);
      emissions.set(row, k * CLASSES);
    }
    const matrixOf = this.matrixOf;
    for (let k = 0; k < n; k++) matrixOf[k] = 2 * mode[k] + (k === n - 1 ? 1 : 0);
    viterbi(
      n,
      CLASSES,
      emissions,
      this.constrained(gold !== undefined),
      matrixOf,
      this.delta,
      this.back,
      this.live,
      this.labels,
    );
    if (gold) {
      // Structured perceptron: reward the gold sequence's features and transitions, penalise the guess's.
      for (let k = 0; k < n; k++) {
        const count = this.scratch.extract(v, start + k, this.historyCode(v.ids[start + k]));
        p.update(gold[k], this.labels[k], this.scratch.features, count);
        const goldPrev = k > 0 ? gold[k - 1] : 0;
        const guessPrev = k > 0 ? this.labels[k - 1] : 0;
        if (goldPrev !== guessPrev || gold[k] !== this.labels[k]) {
          this.transitions.bump(goldPrev, gold[k], 1);
          this.transitions.bump(guessPrev, this.labels[k], -1);
        }
        this.transitions.tick();
      }
    }
    this.remember(v, start, n);
  }

  /**
   * The transitions with the constraints folded in, for each token mode (FREE, CLOSE_ONLY,
   * OUTSIDE_ONLY), mid-sentence and at its last token. Training reads the live weights;
   * prediction a copy made once, in the compact scorer's units.
   */
  private constrained(training: boolean): ConstrainedTransitions[] {
    if (!training && this.frozenMatrices) return this.frozenMatrices;
    const scale = !training && this.compact ? this.compact.scale : 1;
    const w = scale === 1 ? this.transitions.weights : this.transitions.weights.map((x) => x * scale);
    const matrices = [FREE, CLOSE_ONLY, OUTSIDE_ONLY].flatMap((mode) =>
      [false, true].map((last) =>
        constrain(
          w,
          CLASSES,
          (prev, c) =>
            allowed(prev, c, last) &&
            (mode === FREE || c === 0 || (mode === CLOSE_ONLY && partOf(c) === L)) &&
            (mode !== OUTSIDE_ONLY || prev === 0 || partOf(prev) === L || partOf(prev) === U),
        ),
      ),
    );
    if (!training) this.frozenMatrices = matrices;
    return matrices;
  }

  /** Appends the PER/ORG/LOC spans of sentence [start, end) to `out`. */
  predictSpans(
    v: TokenView,
    start: number,
    end: number,
    rules: readonly Candidate[],
    out: Candidate[],
  ): void {
    if (end <= start) return;
    this.tag(v, start, end, rules);
    let open = -1;
    for (let k = 0; k < end - start; k++) {
      const c = this.labels[k];
      if (c === 0) continue;
      const part = partOf(c);
      if (part === B) open = k;
      else if (part === U || part === L) {
        const from = part === U ? k : open;
        out.push({
          start: start + from,
          end: start + k + 1,
          label: ENTITY_TYPES[typeOf(c)],
          rule: 'ner-model',
        });
      }
    }
  }

  /**
   * Trains a fresh model; `rulesFor` supplies each sentence's rule spans (gazetteer features).
   * With `members` > 1, that many taggers are trained on different document orders and their
   * averaged weights are averaged again: one model of the same size that varies less with the order.
   */
  static train(
    sentences: TaggedSentence[],
    lexicon: Lexicon,
    rulesFor: (v: TokenView) => Candidate[],
    options: TrainOptions,
  ): NerModel {
    const prepared = sentences.map((s) => {
      const v = makeTokenView(s.words, lexicon);
      return { v, rules: rulesFor(v), gold: bilou(s.tags) };
    });
    // Documents are shuffled, sentences within one keep their order (the history reads them in turn).
    const documents: number[][] = [];
    sentences.forEach((s, i) => {
      if (i === 0 || s.doc !== sentences[i - 1].doc) documents.push([]);
      documents[documents.length - 1].push(i);
    });
    const members: AveragedPerceptron[] = [];
    const transitions: Transitions[] = [];
    for (let m = 0; m < (options.members ?? 1); m++) {
      const model = new NerModel(
        new AveragedPerceptron(CLASSES, options.bucketsLog2 ?? BUCKETS_LOG2),
        new Transitions(CLASSES),
      );
      const random = seededRandom(options.seed + m);
      const bag = options.bag ?? 1;
      const order = documents.map((_, i) => i).filter(() => bag >= 1 || random() < bag);
      for (let epoch = 0; epoch < options.epochs; epoch++) {
        shuffle(order, random);
        let correct = 0;
        let total = 0;
        for (const d of order) {
          model.beginDocument();
          for (const i of documents[d]) {
            const { v, rules, gold } = prepared[i];
            model.tag(v, 0, v.words.length, rules, gold);
            for (let k = 0; k < gold.length; k++) correct += model.labels[k] === gold[k] ? 1 : 0;
            total += gold.length;
          }
        }
        options.onEpoch?.(epoch + 1, total > 0 ? correct / total : 1);
      }
      model.perceptron.average();
      model.transitions.average();
      members.push(model.perceptron);
      transitions.push(model.transitions);
    }
    const perceptron = members.length === 1 ? members[0] : AveragedPerceptron.mean(members);
    return new NerModel(perceptron, Transitions.mean(transitions), true);
  }

  save(meta: Record<string, unknown> = {}): Buffer {
    return this.perceptron.save(NER_MODEL_KIND, {
      ...meta,
      features: FEATURE_VERSION,
      types: ENTITY_TYPES,
      // Rounded so the file's bytes do not hang on the last bits of a float sum.
      transitions: Array.from(this.transitions.weights, (w) => Math.round(w * 1e6) / 1e6),
    });
  }

  static load(buffer: Buffer): NerModel {
    const { model, meta } = AveragedPerceptron.load(buffer, NER_MODEL_KIND);
    if (meta.features !== FEATURE_VERSION)
      throw new Error(
        `NER model has feature set ${meta.features}, this code needs ${FEATURE_VERSION}: retrain`,
      );
    if (!Array.isArray(meta.transitions) || meta.transitions.length !== CLASSES * CLASSES)
      throw new Error('NER model has no label-transition weights: retrain');
    return new NerModel(model, new Transitions(CLASSES, meta.transitions as number[]), true);
  }
}

/** IOB2 tags → BILOU class ids. */
export function bilou(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (const [start, end, type] of iobSpans(tags)) {
    const t = ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
    if (t < 0) continue;
    if (end - start === 1) out[start] = classOf(t, U);
    else {
      out[start] = classOf(t, B);
      for (let k = start + 1; k < end - 1; k++) out[k] = classOf(t, I);
      out[end - 1] = classOf(t, L);
    }
  }
  return out;
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

let loaded: NerModel | null | undefined;

/** The committed model, loaded on first use; null when models/ner.bin has not been trained yet. */
export function loadNerModel(): NerModel | null {
  if (loaded === undefined)
    loaded = existsSync(NER_MODEL_FILE) ? NerModel.load(readFileSync(NER_MODEL_FILE)) : null;
  return loaded;
}

/** Replaces the process's model (tests and evaluation of a freshly trained model). */
export function useNerModel(model: NerModel | null): void {
  loaded = model;
}
