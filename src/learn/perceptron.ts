/**
 * Averaged perceptron over hashed features (Collins 2002; Honnibal's compact tagger).
 * Features are 32-bit hashes (see hash.ts), reduced to `buckets` rows of `classes` weights each.
 * Training keeps running totals for averaging; `average()` freezes the model for prediction.
 * Saved models keep only non-zero weights, quantized to 16 bits, gzip-compressed, behind a header
 * that names the model kind and its feature-set version so a mismatched file fails to load.
 * A loaded model keeps its weights in that saved sparse form until `weights` is first read: the
 * compact scorers are built straight from it, so prediction never allocates the (mostly zero,
 * often 100 MB) float table.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'WSAP1';

/** The non-zero weights of a saved model: weight `positions[k]` is `values[k] / scale`, positions ascending. */
export interface SavedWeights {
  readonly positions: Uint32Array;
  readonly values: Int16Array;
  readonly scale: number;
}

export class AveragedPerceptron {
  readonly classes: number;
  readonly buckets: number;
  readonly mask: number;
  private dense: Float32Array | null;
  private saved: SavedWeights | null;
  private totals: Float64Array | null = null;
  private stamps: Int32Array | null = null;
  private instances = 0;

  /**
   * `bucketsLog2` sets the hash table size (2^bucketsLog2 rows). A model starts at zero, or at
   * `saved` weights (what `load` passes).
   */
  constructor(classes: number, bucketsLog2 = 18, saved: SavedWeights | null = null) {
    this.classes = classes;
    this.buckets = 1 << bucketsLog2;
    this.mask = this.buckets - 1;
    this.saved = saved;
    this.dense = saved ? null : new Float32Array(this.buckets * classes);
  }

  /** The float table, `buckets × classes` weights, bucket-major (built on first use for a loaded model). */
  get weights(): Float32Array {
    if (this.dense === null) {
      const { positions, values, scale } = this.saved!;
      const dense = new Float32Array(this.buckets * this.classes);
      for (let k = 0; k < positions.length; k++) dense[positions[k]] = values[k] / scale;
      this.dense = dense;
      // Whoever reads the table may change it; from now on it is the truth.
      this.saved = null;
    }
    return this.dense;
  }

  /** The saved sparse weights of a loaded model whose float table was never read, else null. */
  savedWeights(): SavedWeights | null {
    return this.saved;
  }

  /** Adds each feature's weights into `scores` (length `classes`), which it first zeroes. */
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array {
    scores.fill(0);
    const k = this.classes;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * k;
      for (let c = 0; c < k; c++) scores[c] += w[row + c];
    }
    return scores;
  }

  /**
   * Like `score`, but only for the classes listed in `classes` (the others are left untouched):
   * a model whose inputs rule out most classes need not pay for them.
   */
  scoreSome(
    features: ArrayLike<number>,
    count: number,
    classes: ArrayLike<number>,
    scores: Float32Array,
  ): Float32Array {
    const k = this.classes;
    const w = this.weights;
    const m = classes.length;
    for (let j = 0; j < m; j++) scores[classes[j]] = 0;
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * k;
      for (let j = 0; j < m; j++) {
        const c = classes[j];
        scores[c] += w[row + c];
      }
    }
    return scores;
  }

  /** The best class; ties go to the lowest id, so prediction is deterministic. */
  predict(
    features: ArrayLike<number>,
    count: number,
    scores: Float32Array = new Float32Array(this.classes),
  ): number {
    this.score(features, count, scores);
    return argmax(scores);
  }

  /** One perceptron step: reward `truth`, penalise `guess`. */
  update(truth: number, guess: number, features: ArrayLike<number>, count: number): void {
    this.instances++;
    if (truth === guess) return;
    if (!this.totals) {
      this.totals = new Float64Array(this.weights.length);
      this.stamps = new Int32Array(this.weights.length);
    }
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * this.classes;
      this.bump(row + truth, 1);
      this.bump(row + guess, -1);
    }
  }

  /** Counts an instance that needed no update (keeps the averaging clock right). */
  tick(): void {
    this.instances++;
  }

  private bump(i: number, delta: number): void {
    const totals = this.totals!;
    const stamps = this.stamps!;
    const w = this.weights;
    totals[i] += (this.instances - stamps[i]) * w[i];
    stamps[i] = this.instances;
    w[i] += delta;
  }

  /** Replaces each weight by its average over all training instances; ends training. */
  average(): void {
    if (!this.totals || !this.stamps) return;
    const n = Math.max(1, this.instances);
    const w = this.weights;
    for (let i = 0; i < w.length; i++) {
      const total = this.totals[i] + (this.instances - this.stamps[i]) * w[i];
      w[i] = total / n;
    }
    this.totals = null;
    this.stamps = null;
  }

  /**
   * The weight-wise mean of finished models of the same shape. For a linear model that is the
   * same as averaging their scores: an ensemble that costs nothing at prediction time.
   */
  static mean(models: AveragedPerceptron[]): AveragedPerceptron {
    const first = models[0];
    const out = new AveragedPerceptron(first.classes, Math.log2(first.buckets));
    const sum = out.weights;
    for (const m of models) {
      if (m.classes !== first.classes || m.buckets !== first.buckets)
        throw new Error('cannot average perceptrons of different shapes');
      const w = m.weights;
      for (let i = 0; i < sum.length; i++) sum[i] += w[i];
    }
    for (let i = 0; i < sum.length; i++) sum[i] /= models.length;
    return out;
  }

  /** Serialises to a compact buffer: header JSON, then sparse quantized weights, gzip-compressed. */
  save(kind: string, meta: Record<string, unknown> = {}): Buffer {
    const w = this.weights;
    let maxAbs = 0;
    for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const index: number[] = [];
    const values: number[] = [];
    let prev = 0;
    for (let i = 0; i < w.length; i++) {
      const q = Math.round(w[i] * scale);
      if (q !== 0) {
        index.push(i - prev);
        values.push(q);
        prev = i;
      }
    }
    const header = Buffer.from(
      JSON.stringify({
        kind,
        classes: this.classes,
        buckets: this.buckets,
        scale,
        count: values.length,
        meta,
      }),
    );
    const deltas = encodeVarints(index);
    const vals = Buffer.from(Int16Array.from(values).buffer);
    const head = Buffer.alloc(MAGIC.length + 8);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(header.length, MAGIC.length);
    head.writeUInt32LE(deltas.length, MAGIC.length + 4);
    return gzipSync(Buffer.concat([head, header, deltas, vals]), { level: 9 });
  }

  /** Loads a buffer written by `save`; throws when the kind differs from `expectedKind`. */
  static load(
    buffer: Buffer,
    expectedKind: string,
  ): { model: AveragedPerceptron; meta: Record<string, unknown> } {
    const raw = gunzipSync(buffer);
    if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a whosaid perceptron model');
    const headerLength = raw.readUInt32LE(MAGIC.length);
    const deltaLength = raw.readUInt32LE(MAGIC.length + 4);
    let at = MAGIC.length + 8;
    const header = JSON.parse(raw.toString('utf8', at, at + headerLength));
    at += headerLength;
    if (header.kind !== expectedKind)
      throw new Error(`model kind mismatch: file has '${header.kind}', expected '${expectedKind}'`);
    const positions = decodePositions(raw.subarray(at, at + deltaLength), header.count);
    at += deltaLength;
    const values = new Int16Array(
      raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + header.count * 2),
    );
    const saved = { positions, values, scale: header.scale as number };
    const model = new AveragedPerceptron(header.classes, Math.log2(header.buckets), saved);
    return { model, meta: header.meta };
  }
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

function encodeVarints(values: number[]): Buffer {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  }
  return Buffer.from(out);
}

/** Positions from their varint-coded gaps (as `save` writes them). */
function decodePositions(buf: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let at = 0;
  let pos = 0;
  for (let k = 0; k < count; k++) {
    let b = buf[at++];
    let gap = b & 0x7f;
    for (let mul = 128; b >= 0x80; mul *= 128) {
      b = buf[at++];
      gap += (b & 0x7f) * mul;
    }
    pos += gap;
    out[k] = pos;
  }
  return out;
}
