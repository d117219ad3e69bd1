/**
 * Greedy left-to-right sequence labelling with an averaged perceptron (Honnibal's tagger loop):
 * each position has precomputed static features; the labels already chosen add history features.
 * Training mirrors prediction exactly, so features computed once are reused across epochs.
 */
import { CompactPerceptron } from '../../../learn/compact.js';
import { AveragedPerceptron, argmax } from '../../../learn/perceptron.js';
import * as hashing from './mix.js';

// Local copies: under tsx's CommonJS transform each use of an imported binding is a getter call.
const { f1, f2 } = hashing;

/** A sequence's static features: position k owns features[offsets[k] .. offsets[k+1]). */
export interface Sequence {
  features: Int32Array;
  offsets: Int32Array;
  /** A hash per position mixed into history features (the word's). */
  keys: Int32Array;
  /** Positions with a fixed label (not predicted), or -1. */
  fixed: Int8Array;
  labels?: Int8Array;
}

const MAX_FEATURES = 512;
const HISTORY = 900;
/** History features a position adds to its static ones: two read the labels only, two the words too. */
const HISTORY_FEATURES = 4;
/** Static features a position keeps at most. */
export const MAX_STATIC = MAX_FEATURES - HISTORY_FEATURES;

/**
 * Writes at `out[at]`, `out[at + 1]` the history features that read only the two labels before
 * (-1 before the first position). The same for every sequence, so Viterbi scores them once.
 */
export function labelHistory(out: Int32Array, at: number, p2: number, p1: number): void {
  out[at] = f1(HISTORY, p1);
  out[at + 1] = f2(HISTORY + 1, p2, p1);
}

/** Writes at `out[at]`, `out[at + 1]` the history features pairing the label before with the words. */
export function wordHistory(out: Int32Array, at: number, seq: Sequence, k: number, p1: number): void {
  out[at] = f2(HISTORY + 2, p1, seq.keys[k]);
  out[at + 1] = f2(HISTORY + 3, p1, k > 0 ? seq.keys[k - 1] : 0);
}

export class GreedyTagger {
  readonly model: AveragedPerceptron;
  private readonly buffer = new Int32Array(MAX_FEATURES);
  private readonly scores: Float32Array<ArrayBuffer>;
  /** Added to the scores at prediction time only: trades precision for recall per class. */
  readonly bias: Float32Array;
  /** The finished model as 16-bit packed weights (a fraction of the memory, so far fewer cache misses). */
  private compact: CompactPerceptron | null = null;

  constructor(
    readonly classes: number,
    bucketsLog2: number,
    model?: AveragedPerceptron,
  ) {
    this.model = model ?? new AveragedPerceptron(classes, bucketsLog2);
    this.scores = new Float32Array(classes);
    this.bias = new Float32Array(classes);
  }

  /** The packed weights prediction reads, built on first use. */
  packed(): CompactPerceptron {
    this.compact ??= CompactPerceptron.from(this.model);
    return this.compact;
  }

  /** Labels a sequence; fills `margins` (best minus second-best score) when given. */
  tag(seq: Sequence, margins?: Float32Array): Int8Array {
    this.compact ??= CompactPerceptron.from(this.model);
    return this.run(seq, false, margins);
  }

  /** One training pass over a sequence (labels required). */
  learn(seq: Sequence): void {
    this.run(seq, true);
  }

  private run(seq: Sequence, training: boolean, margins?: Float32Array): Int8Array {
    const n = seq.offsets.length - 1;
    const out = new Int8Array(n);
    for (let k = 0; k < n; k++) {
      if (seq.fixed[k] >= 0) {
        out[k] = seq.fixed[k];
        continue;
      }
      const count = this.features(seq, k, out);
      const compact = training ? null : this.compact;
      if (compact) {
        compact.score(this.buffer, count, this.scores);
        for (let c = 0; c < this.classes; c++) this.scores[c] += this.bias[c] * compact.scale;
      } else this.model.score(this.buffer, count, this.scores);
      const guess = argmax(this.scores);
      if (margins) margins[k] = margin(this.scores, guess) / (compact ? compact.scale : 1);
      if (training) {
        const truth = seq.labels![k];
        this.model.update(truth, guess, this.buffer, count);
        out[k] = truth;
      } else out[k] = guess;
    }
    return out;
  }

  private features(seq: Sequence, k: number, labels: Int8Array): number {
    const buf = this.buffer;
    let c = 0;
    const end = Math.min(seq.offsets[k + 1], seq.offsets[k] + MAX_STATIC);
    for (let f = seq.offsets[k]; f < end; f++) buf[c++] = seq.features[f];
    const p1 = k > 0 ? labels[k - 1] : -1;
    const p2 = k > 1 ? labels[k - 2] : -1;
    labelHistory(buf, c, p2, p1);
    wordHistory(buf, c + 2, seq, k, p1);
    return c + HISTORY_FEATURES;
  }
}

function margin(scores: Float32Array, best: number): number {
  let second = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) if (c !== best && scores[c] > second) second = scores[c];
  return scores[best] - second;
}

/** Builds a Sequence from per-position feature lists. */
export class SequenceBuilder {
  /**
   * Features of the position being added: append to it, then call `next`, which moves them into a
   * typed buffer and empties this list. (One JS array holding a whole document's features grew by
   * copying, as doubles, and cost more than the features themselves.)
   */
  readonly feats: number[] = [];
  /** Where features accumulate: the spare buffer when no other builder holds it, else a new one. */
  private features = takeSpare();
  private count = 0;
  private offs: number[] = [0];
  private keys: number[] = [];
  private fixed: number[] = [];

  /** Features added so far: where the next position's features start in `room`'s buffer. */
  get length(): number {
    return this.count;
  }

  /**
   * The buffer, with space for `max` more features from `length` on: a feature function writes the
   * position's features there directly (no list per position), then `next` is told how many it wrote.
   */
  room(max: number): Int32Array {
    if (this.count + max > this.features.length) this.grow(this.count + max);
    return this.features;
  }

  /** Ends the position: its features are the `written` ones put into `room` plus those in `feats`. */
  next(key: number, fixed = -1, written = 0): void {
    this.count += written;
    const feats = this.feats;
    const n = feats.length;
    if (n > 0) {
      if (this.count + n > this.features.length) this.grow(this.count + n);
      for (let k = 0; k < n; k++) this.features[this.count + k] = feats[k];
      this.count += n;
      feats.length = 0;
    }
    this.offs.push(this.count);
    this.keys.push(key);
    this.fixed.push(fixed);
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(2 * this.features.length, needed));
    grown.set(this.features.subarray(0, this.count));
    this.features = grown;
  }

  /** The finished sequence. The builder hands its buffer on, so it starts empty if used again. */
  build(labels?: number[]): Sequence {
    const seq: Sequence = {
      features: this.features.slice(0, this.count),
      offsets: Int32Array.from(this.offs),
      keys: Int32Array.from(this.keys),
      fixed: Int8Array.from(this.fixed),
      labels: labels ? Int8Array.from(labels) : undefined,
    };
    spare = this.features;
    this.features = new Int32Array(0);
    this.count = 0;
    this.offs = [0];
    this.keys = [];
    this.fixed = [];
    return seq;
  }
}

/** Feature slots a new buffer starts with (a role window's worth; a document's cue features grow it a few times). */
const INITIAL_CAPACITY = 2048;

/**
 * A finished builder's buffer, grown to the largest document so far, for the next builder: one
 * document builds a cue sequence and a role sequence per cue, one after another.
 */
let spare: Int32Array | null = null;

function takeSpare(): Int32Array {
  const buffer = spare ?? new Int32Array(INITIAL_CAPACITY);
  spare = null;
  return buffer;
}

/** A deterministic shuffle (mulberry32), so training runs reproduce byte for byte. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
