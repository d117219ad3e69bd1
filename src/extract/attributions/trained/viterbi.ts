/**
 * Second-order Viterbi decoding of the greedy-trained BIO taggers: the same weights read as a
 * maximum-entropy Markov model (each step's scores turned into log-probabilities given the two
 * labels before it), the best label sequence as a whole instead of the best label at each step,
 * and an inside label only after its own begin. The greedy tagger, once it has said O, cannot go
 * back when the next words make a cue plain; the sequence view can. Both attribution taggers decode
 * so (PolNeAR dev, same weights, greedy -> Viterbi: cue F1 71.5 -> 72.5, whole overlap 74.1 -> 75.4).
 */
import type { Scorer } from '../../../learn/compact.js';
import { CUE, ROLE } from './data.js';
import { type GreedyTagger, labelHistory, MAX_STATIC, type Sequence, wordHistory } from './sequence.js';

/**
 * Divides the perceptron's scores before the softmax: raw margins run to tens of points, and
 * unscaled they make every step's choice near certain, which is greedy decoding again (tuned on
 * dev for the cue tagger: 12–50 all help, 20 best; the role tagger's best is 20 too).
 */
export const TEMPERATURE = 20;

/** Which label may follow which: an inside label only after its own begin or inside label. */
export interface Decoding {
  allowed(previous: number, label: number): boolean;
}

export const CUE_DECODING: Decoding = {
  allowed: (p, y) => y !== CUE.I || p === CUE.B || p === CUE.I,
};

export const ROLE_DECODING: Decoding = {
  allowed: (p, y) =>
    (y !== ROLE.IS || p === ROLE.BS || p === ROLE.IS) && (y !== ROLE.IC || p === ROLE.BC || p === ROLE.IC),
};

/** A label this far below the best (in log-probability) changes the normaliser by under 0.002. */
const NEGLIGIBLE = -8;
/**
 * Paths more than this far (log-probability) behind the best at a position are dropped: dev output
 * is the same as with no beam (1 loses a tenth of a point); costs beyond it are the softmax's.
 */
const BEAM = 2;
/** The label before the first position. */
const START = -1;

/**
 * Where a decoding keeps its static scores (classes per position): a pass that is given a table
 * fills it, and a later pass over the same sequence and tagger given `ready` reads it instead of
 * scoring the features again (a sentence decoded a second time under another bias). A class: an
 * object literal shares its hidden class with every `{ scores, … }` literal in the program, and
 * one holding another type there made V8 discard the compiled decoder (viterbiTag, its costliest
 * compilation) early in every run.
 */
export class StaticScores {
  ready = false;
  constructor(readonly scores: Float32Array) {}
}

/**
 * Labels a sequence; fills `margins` like GreedyTagger.tag, along the chosen path. Given `from` and
 * `to`, labels only those positions (a sentence), with no label before `from`; the rest stay O.
 */
export function viterbiTag(
  tagger: GreedyTagger,
  seq: Sequence,
  decoding: Decoding,
  margins?: Float32Array,
  from = 0,
  to = seq.offsets.length - 1,
  statics?: StaticScores,
): Int8Array {
  const n = seq.offsets.length - 1;
  const C = tagger.classes;
  const L = C + 1; // a label or START, at index label + 1
  const model = tagger.packed();
  // Scores come in the packed weights' fixed-point units; the bias is in weight units.
  // The bias may change between calls (a retry favouring content): scaled afresh, into float32
  // as the array it comes from.
  const bias = scratch.bias(C);
  for (let c = 0; c < C; c++) bias[c] = tagger.bias[c] * model.scale;
  const temperature = TEMPERATURE * model.scale;
  const buf = scratch.history;
  const pair = pairScores(tagger, model);
  const stat = statics?.scores ?? scratch.floats(0, n * C);
  const scored = statics?.ready ?? false;
  // Per position and previous label, the history features that read the words. (Only entries of
  // labels alive at a position are written, and only those are read: the scratch needs no clearing.)
  const own = scratch.floats(1, n * L * C);
  const z = scratch.sums(C);
  // Path scores per (label before last + 1, last label + 1), -∞ where no path is alive. The beam
  // leaves a few alive of the L × L, so the live ones are also listed, in index order (the order
  // of a scan over all, which decides ties), and only they are read, written and cleared.
  // (Reused from call to call, as the tables below: a document decodes one window per cue, most
  // of them short, and fresh tables per call showed in a profile of short texts.)
  const paths = scratch.paths(L * L);
  let delta = paths.delta.fill(Number.NEGATIVE_INFINITY);
  let next = paths.next.fill(Number.NEGATIVE_INFINITY);
  delta[0] = 0; // (START, START)
  let live = paths.live;
  let reached = paths.reached;
  live[0] = 0;
  let liveCount = 1;
  // Written wherever a path's score is, and read only along the best path.
  const back = scratch.bytes(n * L * L);
  // Which label may follow which, as a table (index (previous + 1) * C + label).
  const allowed = allowedTable(decoding, C);
  if (!scored) model.scorePositions(seq.features, seq.offsets, seq.fixed, from, to, MAX_STATIC, stat);
  for (let k = from; k < to; k++) {
    let reachedCount = 0;
    const fixed = seq.fixed[k];
    if (fixed >= 0) {
      // A label given, not predicted (a cue among the roles): every path takes it at no cost.
      for (let j = 0; j < liveCount; j++) {
        const from2 = live[j];
        const before = delta[from2];
        const at = (from2 % L) * L + fixed + 1;
        if (before > next[at]) {
          if (next[at] === Number.NEGATIVE_INFINITY) reached[reachedCount++] = at;
          next[at] = before;
          back[k * L * L + at] = Math.floor(from2 / L) - 1;
        }
      }
    } else {
      // Scored here, for the labels alive only. Scoring the history after O for every position up
      // front, in one loop before the decoding (more row loads in flight together), was within the
      // noise (session 26, analyze() new/old per pass, both orders: 0.971, 1.000, 1.010, 0.987).
      let lastLabels = 0;
      for (let j = 0; j < liveCount; j++) lastLabels |= 1 << (live[j] % L);
      for (let p1 = START; p1 < C; p1++) {
        if (!(lastLabels & (1 << (p1 + 1)))) continue;
        wordHistory(buf, 0, seq, k, p1);
        model.scoreTwoFeatures(buf[0], buf[1], own, (k * L + p1 + 1) * C);
      }
      for (let j = 0; j < liveCount; j++) {
        const state = live[j];
        const before = delta[state];
        const p2 = Math.floor(state / L) - 1;
        const p1 = (state % L) - 1;
        const pairAt = state * C;
        let top = Number.NEGATIVE_INFINITY;
        for (let y = 0; y < C; y++) {
          z[y] = (stat[k * C + y] + own[(k * L + p1 + 1) * C + y] + pair[pairAt + y] + bias[y]) / temperature;
          if (z[y] > top) top = z[y];
        }
        // log Σ exp: the top label's term is 1; far-behind labels add nothing measurable.
        let rest = -1;
        for (let y = 0; y < C; y++) if (z[y] - top > NEGLIGIBLE) rest += Math.exp(z[y] - top);
        const norm = rest === 0 ? top : top + Math.log1p(rest);
        for (let y = 0; y < C; y++) {
          if (!allowed[(p1 + 1) * C + y]) continue;
          const s = before + z[y] - norm;
          const at = (p1 + 1) * L + y + 1;
          if (s > next[at]) {
            if (next[at] === Number.NEGATIVE_INFINITY) reached[reachedCount++] = at;
            next[at] = s;
            back[k * L * L + at] = p2;
          }
        }
      }
    }
    for (let j = 0; j < liveCount; j++) delta[live[j]] = Number.NEGATIVE_INFINITY;
    liveCount = fixed >= 0 ? reachedCount : beam(next, reached, reachedCount);
    sortAscending(reached, liveCount);
    const scores = delta;
    delta = next;
    next = scores;
    const states = live;
    live = reached;
    reached = states;
  }
  const out = new Int8Array(n);
  if (to <= from) return out;
  let best = 0;
  for (let s = 1; s < L * L; s++) if (delta[s] > delta[best]) best = s;
  let p1 = Math.floor(best / L) - 1;
  let y = (best % L) - 1;
  for (let k = to - 1; k >= from; k--) {
    out[k] = y;
    const p2 = back[k * L * L + (p1 + 1) * L + y + 1];
    y = p1;
    p1 = p2;
  }
  if (margins)
    for (let k = from; k < to; k++) {
      if (seq.fixed[k] >= 0) continue;
      const q1 = k > from ? out[k - 1] : START;
      const q2 = k > from + 1 ? out[k - 2] : START;
      const pairAt = ((q2 + 1) * L + q1 + 1) * C;
      const ownAt = (k * L + q1 + 1) * C;
      for (let c = 0; c < C; c++) z[c] = stat[k * C + c] + own[ownAt + c] + pair[pairAt + c] + bias[c];
      let second = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < C; c++) if (c !== out[k] && z[c] > second) second = z[c];
      margins[k] = (z[out[k]] - second) / model.scale;
    }
  return out;
}

/**
 * Fills `statics` with the tagger's static scores of every position (fixed ones left at zero), in
 * the packed weights' units, and marks it ready: a caller may then add scores of its own before decoding.
 */
export function fillStaticScores(tagger: GreedyTagger, seq: Sequence, statics: StaticScores): void {
  const n = seq.offsets.length - 1;
  tagger.packed().scorePositions(seq.features, seq.offsets, seq.fixed, 0, n, MAX_STATIC, statics.scores);
  statics.ready = true;
}

/**
 * Tables reused from one call to the next (grown to the largest sequence so far): a document
 * decodes one cue sequence and a role window per cue, and fresh zeroed tables cost more than using them.
 */
const scratch = {
  floatTables: [new Float32Array(0), new Float32Array(0)],
  byteTable: new Int8Array(0),
  history: new Int32Array(2),
  sumTables: [] as Float64Array[],
  biasTables: [] as Float32Array[],
  pathTables: [] as { delta: Float64Array; next: Float64Array; live: Int32Array; reached: Int32Array }[],
  sums(classes: number): Float64Array {
    this.sumTables[classes] ??= new Float64Array(classes);
    return this.sumTables[classes];
  },
  bias(classes: number): Float32Array {
    this.biasTables[classes] ??= new Float32Array(classes);
    return this.biasTables[classes];
  },
  paths(size: number) {
    this.pathTables[size] ??= {
      delta: new Float64Array(size),
      next: new Float64Array(size),
      live: new Int32Array(size),
      reached: new Int32Array(size),
    };
    return this.pathTables[size];
  },
  floats(which: number, size: number): Float32Array {
    if (this.floatTables[which].length < size) this.floatTables[which] = new Float32Array(2 * size);
    return this.floatTables[which];
  },
  bytes(size: number): Int8Array {
    if (this.byteTable.length < size) this.byteTable = new Int8Array(2 * size);
    return this.byteTable;
  },
};

/**
 * Drops the paths among the `count` reached states more than BEAM behind the best (their scores
 * become -∞) and moves the kept ones to the front of `states`; returns how many are kept.
 */
function beam(scores: Float64Array, states: Int32Array, count: number): number {
  let lead = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < count; j++) if (scores[states[j]] > lead) lead = scores[states[j]];
  let kept = 0;
  for (let j = 0; j < count; j++) {
    const state = states[j];
    if (scores[state] < lead - BEAM) scores[state] = Number.NEGATIVE_INFINITY;
    else states[kept++] = state;
  }
  return kept;
}

/** Sorts the first `count` of `values` (a handful) in place. */
function sortAscending(values: Int32Array, count: number): void {
  for (let j = 1; j < count; j++) {
    const v = values[j];
    let i = j - 1;
    for (; i >= 0 && values[i] > v; i--) values[i + 1] = values[i];
    values[i + 1] = v;
  }
}

const allowedTables = new WeakMap<Decoding, Uint8Array[]>();

/** `decoding.allowed` as a table (index (previous + 1) * C + label), built once per decoding and class count. */
function allowedTable(decoding: Decoding, C: number): Uint8Array {
  let byClasses = allowedTables.get(decoding);
  if (byClasses === undefined) {
    byClasses = [];
    allowedTables.set(decoding, byClasses);
  }
  let allowed = byClasses[C];
  if (allowed === undefined) {
    allowed = new Uint8Array((C + 1) * C);
    for (let p = START; p < C; p++)
      for (let y = 0; y < C; y++) allowed[(p + 1) * C + y] = +decoding.allowed(p, y);
    byClasses[C] = allowed;
  }
  return allowed;
}

const pairTables = new WeakMap<GreedyTagger, Float32Array>();

/**
 * The score of each label given (p2, p1) from the history features that read no word: the same for
 * every position and sequence, so computed once per tagger.
 */
function pairScores(tagger: GreedyTagger, model: Scorer): Float32Array {
  const known = pairTables.get(tagger);
  if (known) return known;
  const C = tagger.classes;
  const L = C + 1;
  const buf = new Int32Array(2);
  const scores = new Float32Array(C);
  const pair = new Float32Array(L * L * C);
  for (let p2 = START; p2 < C; p2++)
    for (let p1 = START; p1 < C; p1++) {
      labelHistory(buf, 0, p2, p1);
      pair.set(model.score(buf, 2, scores), ((p2 + 1) * L + p1 + 1) * C);
    }
  pairTables.set(tagger, pair);
  return pair;
}
