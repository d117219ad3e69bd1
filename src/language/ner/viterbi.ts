/**
 * First-order Viterbi decoding over the tagger's per-token label scores, with label-transition
 * weights learned alongside them (a structured perceptron) and hard constraints on which label
 * may follow which: the best well-formed label sequence as a whole, where greedy decoding
 * commits token by token and cannot undo a wrong start.
 */

/** Averaged transition weights prev → next over `classes` labels (row prev, column next). */
export class Transitions {
  readonly classes: number;
  readonly weights: Float64Array;
  private totals: Float64Array | null;
  private stamps: Int32Array | null;
  private clock = 0;

  constructor(classes: number, weights?: ArrayLike<number>) {
    this.classes = classes;
    this.weights = new Float64Array(classes * classes);
    if (weights) this.weights.set(weights);
    this.totals = weights ? null : new Float64Array(classes * classes);
    this.stamps = weights ? null : new Int32Array(classes * classes);
  }

  /** Advances the averaging clock by one instance (the emission perceptron counts tokens too). */
  tick(): void {
    this.clock++;
  }

  bump(prev: number, next: number, delta: number): void {
    const i = prev * this.classes + next;
    const totals = this.totals!;
    const stamps = this.stamps!;
    totals[i] += (this.clock - stamps[i]) * this.weights[i];
    stamps[i] = this.clock;
    this.weights[i] += delta;
  }

  /** Replaces each weight by its average over the instances seen; ends training. */
  average(): void {
    if (!this.totals || !this.stamps) return;
    const n = Math.max(1, this.clock);
    for (let i = 0; i < this.weights.length; i++)
      this.weights[i] = (this.totals[i] + (this.clock - this.stamps[i]) * this.weights[i]) / n;
    this.totals = null;
    this.stamps = null;
  }

  static mean(all: Transitions[]): Transitions {
    const out = new Transitions(all[0].classes, new Float64Array(all[0].weights.length));
    for (const t of all) for (let i = 0; i < out.weights.length; i++) out.weights[i] += t.weights[i];
    for (let i = 0; i < out.weights.length; i++) out.weights[i] /= all.length;
    return out;
  }
}

/** Transition weights with the hard constraints folded in: −∞ where a pair is not allowed. */
export interface ConstrainedTransitions {
  /** classes², row = the label before (0 before the first token). */
  readonly weights: Float64Array;
  /** Per label before, the labels allowed after it: decoding visits only these pairs. */
  readonly successors: readonly Uint8Array[];
}

/** `weights` (classes²) with −∞ wherever `allowed(prev, next)` is false. */
export function constrain(
  weights: ArrayLike<number>,
  classes: number,
  allowed: (prev: number, next: number) => boolean,
): ConstrainedTransitions {
  const out = new Float64Array(classes * classes).fill(Number.NEGATIVE_INFINITY);
  const successors: Uint8Array[] = [];
  for (let p = 0; p < classes; p++) {
    const next: number[] = [];
    for (let c = 0; c < classes; c++)
      if (allowed(p, c)) {
        out[p * classes + c] = weights[p * classes + c];
        next.push(c);
      }
    successors.push(Uint8Array.from(next));
  }
  return { weights: out, successors };
}

/**
 * Fills labels[0..n) with the best sequence. `emissions` holds n × classes scores; token k's
 * transitions are `matrices[matrixOf[k]]`, in the emissions' units. `delta`, `back` and `live`
 * are scratch of at least n × classes, n × classes and classes.
 */
export function viterbi(
  n: number,
  classes: number,
  emissions: Float32Array,
  matrices: readonly ConstrainedTransitions[],
  matrixOf: Uint8Array,
  delta: Float64Array,
  back: Uint8Array,
  live: Uint8Array,
  labels: Uint8Array,
): void {
  const NONE = Number.NEGATIVE_INFINITY;
  // Labels with a finite score at the token before, in increasing order (ties go to the lowest).
  let liveCount = 1;
  live[0] = 0;
  let before = -1;
  for (let k = 0; k < n; k++) {
    const row = k * classes;
    const { weights, successors } = matrices[matrixOf[k]];
    delta.fill(NONE, row, row + classes);
    for (let q = 0; q < liveCount; q++) {
      const p = live[q];
      const d = before < 0 ? 0 : delta[before + p];
      const next = successors[p];
      for (let j = 0; j < next.length; j++) {
        const c = next[j];
        const s = d + weights[p * classes + c];
        if (s > delta[row + c]) {
          delta[row + c] = s;
          back[row + c] = p;
        }
      }
    }
    liveCount = 0;
    for (let c = 0; c < classes; c++)
      if (delta[row + c] !== NONE) {
        delta[row + c] += emissions[row + c];
        live[liveCount++] = c;
      }
    before = row;
  }
  const last = (n - 1) * classes;
  let best = 0;
  for (let c = 1; c < classes; c++) if (delta[last + c] > delta[last + best]) best = c;
  for (let k = n - 1; k >= 0; k--) {
    labels[k] = best;
    best = back[k * classes + best];
  }
}
