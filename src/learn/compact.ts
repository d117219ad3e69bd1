/**
 * A read-only copy of a finished averaged perceptron, laid out for prediction speed. The hashed
 * float tables are mostly zero rows and far bigger than the CPU caches, so every feature lookup was
 * a cache miss. Here weights are 16-bit integers (the precision the saved model has anyway), and
 * when most rows are zero only the non-zero rows are kept, packed together in bucket order behind a
 * rank index whenever that takes far less room. Scores come out in fixed-point units (weights × `scale`):
 * exact integer sums, so the ranking of classes is what the model says.
 *
 * The rank index is a bit per bucket (is its row kept?) plus, per 32 buckets, the offset of the
 * first kept row among them: a row's offset is that plus the kept rows before it in its word (a
 * population count). At 2 bits a bucket it stays in the CPU's cache where a 4-byte offset per
 * bucket did not, so a feature costs one cache miss (its row) instead of two.
 */
import type { AveragedPerceptron, SavedWeights } from './perceptron.js';

/** What prediction needs from a linear model over hashed features. */
export interface Scorer {
  readonly classes: number;
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array;
  scoreSome(
    features: ArrayLike<number>,
    count: number,
    classes: ArrayLike<number>,
    scores: Float32Array,
  ): Float32Array;
}

const INT16_MAX = 32767;

export class CompactPerceptron implements Scorer {
  readonly classes: number;
  readonly mask: number;
  /** Multiplier from model weights to the stored integers (and so to the scores). */
  readonly scale: number;
  /**
   * The rank index, null when rows are dense: for each run of 32 buckets, a word whose bit j says
   * whether bucket 32w + j has a row in `values`, then the offset in `values` of the first of them.
   */
  private readonly index: Int32Array | null;
  private readonly values: Int16Array;
  /** Scratch: row offsets of the current features. */
  private rows = new Int32Array(128);

  /** The row offsets the last `gather` found, read only. */
  get gathered(): Int32Array {
    return this.rows;
  }

  /** The stored integer weights (class c of the row at offset r is `values[r + c]`), read only. */
  get weightValues(): Int16Array {
    return this.values;
  }

  private maxima: Int16Array | null = null;

  /** The largest weight of each row, at its offset divided by `classes` (built on first use), read only. */
  get rowMaxima(): Int16Array {
    if (this.maxima !== null) return this.maxima;
    const k = this.classes;
    const v = this.values;
    const maxima = new Int16Array(v.length / k);
    for (let r = 0; r < maxima.length; r++) {
      let max = v[r * k];
      for (let c = 1; c < k; c++) max = Math.max(max, v[r * k + c]);
      maxima[r] = max;
    }
    this.maxima = maxima;
    return maxima;
  }

  private constructor(
    classes: number,
    mask: number,
    scale: number,
    index: Int32Array | null,
    values: Int16Array,
  ) {
    this.classes = classes;
    this.mask = mask;
    this.scale = scale;
    this.index = index;
    this.values = values;
  }

  /**
   * Quantizes `model` as `save` does (the largest weight maps to ±32767). A freshly loaded model is
   * read from its saved sparse weights, so its float table is never built.
   */
  static from(model: AveragedPerceptron): CompactPerceptron {
    const saved = model.savedWeights();
    if (saved) return CompactPerceptron.fromSaved(model, saved);
    const w = model.weights;
    let maxAbs = 0;
    for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
    const scale = maxAbs > 0 ? INT16_MAX / maxAbs : 1;
    const quantized = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) quantized[i] = Math.round(w[i] * scale);
    return CompactPerceptron.pack(model, scale, quantized);
  }

  /** The same quantization as `from` over a float table, computed from the non-zero weights only. */
  private static fromSaved(model: AveragedPerceptron, saved: SavedWeights): CompactPerceptron {
    const { positions, values } = saved;
    const quantize = requantizer(values, saved.scale);
    const k = model.classes;
    let rows = 0;
    let rowEnd = 0;
    for (let j = 0; j < positions.length; j++) {
      const pos = positions[j];
      if (pos >= rowEnd && quantize.table[values[j] + INT16_OFFSET] !== 0) {
        rows++;
        rowEnd = (Math.floor(pos / k) + 1) * k;
      }
    }
    const table = quantize.table;
    if (!packingPays(model.buckets, k, rows)) {
      const quantized = new Int16Array(model.buckets * k);
      for (let j = 0; j < positions.length; j++) quantized[positions[j]] = table[values[j] + INT16_OFFSET];
      return new CompactPerceptron(k, model.mask, quantize.scale, null, quantized);
    }
    const index = new Int32Array(indexLength(model.buckets));
    const packed = new Int16Array(rows * k);
    let next = -k;
    let rowStart = 0;
    rowEnd = 0;
    for (let j = 0; j < positions.length; j++) {
      const q = table[values[j] + INT16_OFFSET];
      if (q === 0) continue;
      const pos = positions[j];
      if (pos >= rowEnd) {
        const row = Math.floor(pos / k);
        rowStart = row * k;
        rowEnd = rowStart + k;
        next += k;
        index[(row >>> 5) * 2] |= 1 << (row & 31);
      }
      packed[next + pos - rowStart] = q;
    }
    return new CompactPerceptron(k, model.mask, quantize.scale, countRows(index, k), packed);
  }

  /** Keeps only the non-zero rows of a quantized table when that takes less room. */
  private static pack(model: AveragedPerceptron, scale: number, quantized: Int16Array): CompactPerceptron {
    const k = model.classes;
    let rows = 0;
    for (let b = 0; b < model.buckets; b++) if (!isZero(quantized, b * k, k)) rows++;
    if (!packingPays(model.buckets, k, rows))
      return new CompactPerceptron(k, model.mask, scale, null, quantized);
    const index = new Int32Array(indexLength(model.buckets));
    const values = new Int16Array(rows * k);
    let next = 0;
    for (let b = 0; b < model.buckets; b++) {
      if (isZero(quantized, b * k, k)) continue;
      values.set(quantized.subarray(b * k, b * k + k), next);
      index[(b >>> 5) * 2] |= 1 << (b & 31);
      next += k;
    }
    return new CompactPerceptron(k, model.mask, scale, countRows(index, k), values);
  }

  /** Bytes held by the tables. */
  get byteLength(): number {
    return this.values.byteLength + (this.index?.byteLength ?? 0);
  }

  /**
   * Row offsets into `values` of the non-zero rows among `features`, into the reused scratch
   * `gathered`; returns their count. (For a caller that adds the rows into sums of its own.) The
   * features are `features[from .. from + count)`.
   */
  gather(features: ArrayLike<number>, count: number, from = 0): number {
    if (this.rows.length < count) this.rows = new Int32Array(count * 2);
    const rows = this.rows;
    const mask = this.mask;
    const index = this.index;
    const k = this.classes;
    let m = 0;
    const end = from + count;
    if (index === null) for (let f = from; f < end; f++) rows[m++] = (features[f] & mask) * k;
    else
      for (let f = from; f < end; f++) {
        const b = features[f] & mask;
        const at = (b >>> 5) << 1;
        const bits = index[at];
        const bit = b & 31;
        if ((bits >>> bit) & 1) rows[m++] = index[at + 1] + bitCount(bits & ~(-1 << bit)) * k;
      }
    return m;
  }

  // Both scorers gather the rows first, then sum class by class into a local: the row loads are
  // independent of each other and of the sums, so the CPU overlaps their cache misses, which a
  // feature-by-feature loop adding into `scores` does not let it do. Features are read from `from` on,
  // so a caller holding a whole sequence's features scores a position without copying them out.
  score(features: ArrayLike<number>, count: number, scores: Float32Array, from = 0): Float32Array {
    // The attribution taggers' few classes are summed row by row into locals, which replayed
    // BBC features showed a quarter faster than class by class; wide rows stay class by class.
    if (this.classes === 3) return this.scoreThree(features, count, scores, from);
    if (this.classes === 6) return this.scoreSix(features, count, scores, from);
    const m = this.gather(features, count, from);
    const rows = this.rows;
    const v = this.values;
    const k = this.classes;
    // Four classes at a time: a quarter of the passes over the row offsets, four sums in registers
    // (replayed BBC features: the tagger's and the recognizer's scoring about a third faster). The
    // classes left over take one more pass, five when one would be left alone (17 = 4 + 4 + 4 + 5).
    const fours = k % 4 === 1 && k > 4 ? k - 5 : k - (k % 4);
    let c = 0;
    for (; c < fours; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < m; j++) {
        const r = rows[j] + c;
        s0 += v[r];
        s1 += v[r + 1];
        s2 += v[r + 2];
        s3 += v[r + 3];
      }
      scores[c] = s0;
      scores[c + 1] = s1;
      scores[c + 2] = s2;
      scores[c + 3] = s3;
    }
    if (k - c === 5) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      for (let j = 0; j < m; j++) {
        const r = rows[j] + c;
        s0 += v[r];
        s1 += v[r + 1];
        s2 += v[r + 2];
        s3 += v[r + 3];
        s4 += v[r + 4];
      }
      scores[c] = s0;
      scores[c + 1] = s1;
      scores[c + 2] = s2;
      scores[c + 3] = s3;
      scores[c + 4] = s4;
    } else if (c < k) sumFew(v, rows, m, c, c + 1 < k ? c + 1 : -1, c + 2 < k ? c + 2 : -1, scores);
    return scores;
  }

  private scoreThree(
    features: ArrayLike<number>,
    count: number,
    scores: Float32Array,
    from: number,
  ): Float32Array {
    const v = this.values;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    if (this.index === null) {
      // Dense rows: no row index to read, so no gathering pass either.
      const mask = this.mask;
      for (let f = from; f < from + count; f++) {
        const r = (features[f] & mask) * 3;
        s0 += v[r];
        s1 += v[r + 1];
        s2 += v[r + 2];
      }
    } else {
      const m = this.gather(features, count, from);
      const rows = this.rows;
      for (let j = 0; j < m; j++) {
        const r = rows[j];
        s0 += v[r];
        s1 += v[r + 1];
        s2 += v[r + 2];
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    return scores;
  }

  private scoreSix(
    features: ArrayLike<number>,
    count: number,
    scores: Float32Array,
    from: number,
  ): Float32Array {
    const m = this.gather(features, count, from);
    const rows = this.rows;
    const v = this.values;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    for (let j = 0; j < m; j++) {
      const r = rows[j];
      s0 += v[r];
      s1 += v[r + 1];
      s2 += v[r + 2];
      s3 += v[r + 3];
      s4 += v[r + 4];
      s5 += v[r + 5];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    return scores;
  }

  /**
   * Scores every position k in [from, to) of a sequence whose `fixed[k]` is negative, into
   * `out[k * classes ..]`: position k's features are `features[offsets[k] .. offsets[k + 1])`, the
   * first `limit` of them. The same sums as `score` position by position (exact integers), but the
   * dense three- and six-class rows of the attribution taggers are read two positions at a time:
   * each position's row loads miss the cache and wait on memory, and a loop over one position at a
   * time has too few of them in flight to hide that. Four three-class positions at a time gained
   * nothing measurable more (session 26, analyze() new/old per pass, both orders: 0.993, 0.989,
   * 0.991, 1.008).
   */
  scorePositions(
    features: Int32Array,
    offsets: Int32Array,
    fixed: Int8Array,
    from: number,
    to: number,
    limit: number,
    out: Float32Array,
  ): void {
    const k = this.classes;
    if (this.index !== null || (k !== 3 && k !== 6)) {
      const scores = new Float32Array(k);
      for (let p = from; p < to; p++) {
        if (fixed[p] >= 0) continue;
        this.score(features, Math.min(offsets[p + 1] - offsets[p], limit), scores, offsets[p]);
        out.set(scores, p * k);
      }
      return;
    }
    let pending = -1;
    for (let p = from; p < to; p++) {
      if (fixed[p] >= 0) continue;
      if (pending < 0) {
        pending = p;
        continue;
      }
      if (k === 3) this.pairThree(features, offsets, pending, p, limit, out);
      else this.pairSix(features, offsets, pending, p, limit, out);
      pending = -1;
    }
    if (pending >= 0) {
      const scores = new Float32Array(k);
      this.score(
        features,
        Math.min(offsets[pending + 1] - offsets[pending], limit),
        scores,
        offsets[pending],
      );
      out.set(scores, pending * k);
    }
  }

  /**
   * The scores of the two features `a` and `b` alone, into `out[at ..]`: what `score` gives for
   * them, without a call through it and a copy out of its buffer (the taggers' Viterbi scores the
   * two history features that read the words for every label alive at every position; packed rows,
   * which no tagger has, go through `score`).
   */
  scoreTwoFeatures(a: number, b: number, out: Float32Array, at: number): void {
    const k = this.classes;
    if (this.index !== null) {
      out.set(this.score(Int32Array.of(a, b), 2, new Float32Array(k)), at);
      return;
    }
    const v = this.values;
    const ra = (a & this.mask) * k;
    const rb = (b & this.mask) * k;
    for (let c = 0; c < k; c++) out[at + c] = v[ra + c] + v[rb + c];
  }

  /** Dense three-class scores of positions p and q at once (scorePositions). */
  private pairThree(
    features: Int32Array,
    offsets: Int32Array,
    p: number,
    q: number,
    limit: number,
    out: Float32Array,
  ): void {
    const v = this.values;
    const mask = this.mask;
    const fp = offsets[p];
    const fq = offsets[q];
    const cp = Math.min(offsets[p + 1] - fp, limit);
    const cq = Math.min(offsets[q + 1] - fq, limit);
    const both = Math.min(cp, cq);
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    for (let j = 0; j < both; j++) {
      const r = (features[fp + j] & mask) * 3;
      const s = (features[fq + j] & mask) * 3;
      a0 += v[r];
      a1 += v[r + 1];
      a2 += v[r + 2];
      b0 += v[s];
      b1 += v[s + 1];
      b2 += v[s + 2];
    }
    for (let j = both; j < cp; j++) {
      const r = (features[fp + j] & mask) * 3;
      a0 += v[r];
      a1 += v[r + 1];
      a2 += v[r + 2];
    }
    for (let j = both; j < cq; j++) {
      const s = (features[fq + j] & mask) * 3;
      b0 += v[s];
      b1 += v[s + 1];
      b2 += v[s + 2];
    }
    out[p * 3] = a0;
    out[p * 3 + 1] = a1;
    out[p * 3 + 2] = a2;
    out[q * 3] = b0;
    out[q * 3 + 1] = b1;
    out[q * 3 + 2] = b2;
  }

  /** Dense six-class scores of positions p and q at once (scorePositions). */
  private pairSix(
    features: Int32Array,
    offsets: Int32Array,
    p: number,
    q: number,
    limit: number,
    out: Float32Array,
  ): void {
    const v = this.values;
    const mask = this.mask;
    const fp = offsets[p];
    const fq = offsets[q];
    const cp = Math.min(offsets[p + 1] - fp, limit);
    const cq = Math.min(offsets[q + 1] - fq, limit);
    const both = Math.min(cp, cq);
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    let b3 = 0;
    let b4 = 0;
    let b5 = 0;
    for (let j = 0; j < both; j++) {
      const r = (features[fp + j] & mask) * 6;
      const s = (features[fq + j] & mask) * 6;
      a0 += v[r];
      a1 += v[r + 1];
      a2 += v[r + 2];
      a3 += v[r + 3];
      a4 += v[r + 4];
      a5 += v[r + 5];
      b0 += v[s];
      b1 += v[s + 1];
      b2 += v[s + 2];
      b3 += v[s + 3];
      b4 += v[s + 4];
      b5 += v[s + 5];
    }
    for (let j = both; j < cp; j++) {
      const r = (features[fp + j] & mask) * 6;
      a0 += v[r];
      a1 += v[r + 1];
      a2 += v[r + 2];
      a3 += v[r + 3];
      a4 += v[r + 4];
      a5 += v[r + 5];
    }
    for (let j = both; j < cq; j++) {
      const s = (features[fq + j] & mask) * 6;
      b0 += v[s];
      b1 += v[s + 1];
      b2 += v[s + 2];
      b3 += v[s + 3];
      b4 += v[s + 4];
      b5 += v[s + 5];
    }
    const at = p * 6;
    out[at] = a0;
    out[at + 1] = a1;
    out[at + 2] = a2;
    out[at + 3] = a3;
    out[at + 4] = a4;
    out[at + 5] = a5;
    const bt = q * 6;
    out[bt] = b0;
    out[bt + 1] = b1;
    out[bt + 2] = b2;
    out[bt + 3] = b3;
    out[bt + 4] = b4;
    out[bt + 5] = b5;
  }

  scoreSome(
    features: ArrayLike<number>,
    count: number,
    classes: ArrayLike<number>,
    scores: Float32Array,
  ): Float32Array {
    const m = this.gather(features, count);
    const rows = this.rows;
    const v = this.values;
    // Four classes at a time, as `score` does (the parser's labeller asks for about 7 of 52).
    let i = 0;
    for (; i + 4 <= classes.length; i += 4) {
      const c0 = classes[i];
      const c1 = classes[i + 1];
      const c2 = classes[i + 2];
      const c3 = classes[i + 3];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < m; j++) {
        const r = rows[j];
        s0 += v[r + c0];
        s1 += v[r + c1];
        s2 += v[r + c2];
        s3 += v[r + c3];
      }
      scores[c0] = s0;
      scores[c1] = s1;
      scores[c2] = s2;
      scores[c3] = s3;
    }
    const rest = classes.length - i;
    if (rest > 0)
      sumFew(v, rows, m, classes[i], rest > 1 ? classes[i + 1] : -1, rest > 2 ? classes[i + 2] : -1, scores);
    return scores;
  }
}

/**
 * Sums one to three classes (`c1`, `c2` -1 when absent) of the `m` gathered rows in one pass, for
 * the classes left after the four-at-a-time passes (the labeller asks for about 7 classes: 4 + 3).
 */
function sumFew(
  v: Int16Array,
  rows: Int32Array,
  m: number,
  c0: number,
  c1: number,
  c2: number,
  scores: Float32Array,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  if (c2 >= 0)
    for (let j = 0; j < m; j++) {
      const r = rows[j];
      s0 += v[r + c0];
      s1 += v[r + c1];
      s2 += v[r + c2];
    }
  else if (c1 >= 0)
    for (let j = 0; j < m; j++) {
      const r = rows[j];
      s0 += v[r + c0];
      s1 += v[r + c1];
    }
  else for (let j = 0; j < m; j++) s0 += v[rows[j] + c0];
  scores[c0] = s0;
  if (c1 >= 0) scores[c1] = s1;
  if (c2 >= 0) scores[c2] = s2;
}

/** Offset of saved value 0 in a `requantizer` table (saved values are signed 16-bit). */
export const INT16_OFFSET = 32768;

/**
 * What `from` makes of each saved 16-bit value `v`: the float table would hold `v / savedScale`
 * rounded to 32 bits, and `from` rescales that so the largest maps to ±32767. Both steps are
 * monotone in |v|, so the largest float is that of the largest |v|, and a table over the 65536
 * possible values gives every weight's result exactly.
 */
export function requantizer(values: Int16Array, savedScale: number): { scale: number; table: Int16Array } {
  let maxAbsValue = 0;
  for (let j = 0; j < values.length; j++) maxAbsValue = Math.max(maxAbsValue, Math.abs(values[j]));
  const maxAbs = Math.fround(maxAbsValue / savedScale);
  const scale = maxAbs > 0 ? INT16_MAX / maxAbs : 1;
  const table = new Int16Array(2 * INT16_OFFSET);
  for (let v = -INT16_OFFSET; v < INT16_OFFSET; v++)
    table[v + INT16_OFFSET] = Math.round(Math.fround(v / savedScale) * scale);
  return { scale, table };
}

/**
 * Rows of at most this many classes stay dense whatever their share of zero rows: a row is then a
 * few bytes, and reading it straight costs less than the rank index's extra dependent load, though
 * the table is several times larger. Measured with old and new code alternating in one process
 * over BBC texts: the attribution cue model (3 classes, half its rows kept), the parser's moves
 * (3, a third kept; parse 11% slower packed) and the attribution role model (6, packed 2.0 MB,
 * dense 12.6 MB; attribution stage 3-7% faster dense, in both orders).
 */
const MAX_DENSE_CLASSES = 6;

/**
 * Packing pays for wide rows when the rank index plus the kept rows take at most half the room of
 * every row: a dense table reads one row a feature and no index at all.
 */
function packingPays(buckets: number, classes: number, rows: number): boolean {
  return classes > MAX_DENSE_CLASSES && 4 * indexLength(buckets) + 2 * classes * rows < classes * buckets;
}

/** Int32 slots of a rank index over `buckets` buckets: a bit word and a row offset per 32. */
function indexLength(buckets: number): number {
  return Math.ceil(buckets / 32) * 2;
}

/** Fills in the rank index's row offsets from its bit words, for rows of `classes` weights. */
function countRows(index: Int32Array, classes: number): Int32Array {
  let rows = 0;
  for (let at = 0; at < index.length; at += 2) {
    index[at + 1] = rows * classes;
    rows += bitCount(index[at]);
  }
  return index;
}

/** Set bits in a 32-bit word (the classic SWAR population count). */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function isZero(values: Int16Array, from: number, length: number): boolean {
  for (let i = from; i < from + length; i++) if (values[i] !== 0) return false;
  return true;
}
