/**
 * A small feed-forward network over hashed features (Chen & Manning 2014; spaCy's taggers): each
 * feature hash picks one row of an embedding table, the rows a token's features pick are summed
 * (the first layer, with a bias), a ReLU, then a dense layer to the classes and a softmax. A linear
 * model over the same hashes scores each feature alone; the hidden layer lets features combine
 * ("said" in this sentence shape, not that one). Trained by AdaGrad on cross-entropy, one example
 * at a time, touching only the rows its features use. Deterministic: the initial weights come from
 * a seeded generator, and the caller fixes the order of the examples.
 *
 * `freeze` ends training and quantizes the table to 8-bit rows, each with its own scale (what
 * `save` writes, so a frozen model and the same model loaded score alike); rows no example touched
 * are zeroed, so an unseen feature adds nothing. Saved files: a header naming the model kind, then
 * the tables, gzip-compressed.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { packBytes, sumPackedRows } from './packedBytes.js';
import { seededRandom } from './random.js';

const MAGIC = 'WSMLP1';
/** Keeps AdaGrad's first steps finite. */
const ADAGRAD_EPSILON = 1e-8;
/** Range of the initial embedding rows: small, so a sum of 60-odd rows starts near zero. */
const INIT_EMBEDDING = 0.05;
const INT8_MAX = 127;
/** Spreads group numbers over the row space (rowIn). */
const GROUP_SPREAD = 0x9e3779b1;
/** Share of the table's weights that the 8-bit scale keeps unclipped (the rest are outliers). */
const CLIP_QUANTILE = 0.9999;

export interface MlpShape {
  classes: number;
  /** The embedding table has 2^rowsLog2 rows. */
  rowsLog2: number;
  hidden: number;
}

/** A finished network's parameters, as `load` reads them. */
interface FrozenNetwork {
  rows: FrozenRows;
  hiddenBias: Float32Array;
  out: Float32Array;
  outBias: Float32Array;
}

/** Quantized embedding rows: row r is `values[r * hidden ..] * scale`. */
interface FrozenRows {
  values: Int8Array;
  scale: number;
}

export class HashedMlp {
  readonly classes: number;
  readonly hidden: number;
  readonly rowsLog2: number;
  private readonly shift: number;
  private readonly rowMask: number;
  /** Training-time rows (float), null once frozen. */
  private rows: Float32Array | null;
  private frozen: FrozenRows | null = null;
  /** The frozen rows packed for prediction (packBytes). */
  private lanes: Int32Array = new Int32Array(0);
  private readonly hiddenBias: Float32Array;
  /** hidden × classes, row-major by hidden unit. */
  private readonly out: Float32Array;
  private readonly outBias: Float32Array;
  // AdaGrad's squared-gradient sums, one per parameter (training only).
  private rowsG: Float32Array | null = null;
  private hiddenBiasG: Float32Array | null = null;
  private outG: Float32Array | null = null;
  private outBiasG: Float32Array | null = null;
  /** Which rows training touched (those are the ones saved). */
  private touched: Uint8Array | null = null;
  /** Rows of the current example's features (`predict`, `learn`). */
  private scratchRows = new Int32Array(64);
  private dropRandom: () => number;
  // Scratch for one example.
  private readonly h: Float32Array;
  private readonly gradHidden: Float32Array;
  private readonly logits: Float32Array;

  /** A network to train from a seeded start, or (`trained`) the finished one `load` read. */
  constructor(shape: MlpShape, seed = 1, trained?: FrozenNetwork) {
    this.classes = shape.classes;
    this.hidden = shape.hidden;
    this.rowsLog2 = shape.rowsLog2;
    // The row is read from the hash's high bits: perceptrons over the same hashes use the low ones,
    // so features that collide there need not collide here.
    this.shift = 32 - shape.rowsLog2;
    this.rowMask = (1 << shape.rowsLog2) - 1;
    if (shape.hidden % 16 !== 0) throw new Error('the hidden layer is a multiple of 16 units');
    const H = this.hidden;
    const K = this.classes;
    const random = seededRandom(seed);
    this.dropRandom = seededRandom(seed + 1);
    const uniform = (a: number) => (2 * random() - 1) * a;
    if (trained) {
      this.rows = null;
      this.frozen = trained.rows;
      this.lanes = packBytes(trained.rows.values);
      this.hiddenBias = trained.hiddenBias;
      this.out = trained.out;
      this.outBias = trained.outBias;
    } else {
      this.rows = new Float32Array((1 << shape.rowsLog2) * H);
      for (let i = 0; i < this.rows.length; i++) this.rows[i] = uniform(INIT_EMBEDDING);
      this.hiddenBias = new Float32Array(H).fill(0.01);
      this.out = new Float32Array(H * K);
      const glorot = Math.sqrt(6 / (H + K));
      for (let i = 0; i < this.out.length; i++) this.out[i] = uniform(glorot);
      this.outBias = new Float32Array(K);
    }
    this.h = new Float32Array(H);
    this.gradHidden = new Float32Array(H);
    this.logits = new Float32Array(K);
  }

  /** The embedding row a feature hash selects: its high bits (`rowIn` with group 0). */
  rowOf(feature: number): number {
    return feature >>> this.shift;
  }

  /**
   * The row a feature selects in the group `group` (a small number: 0 for a token's own features,
   * others for a neighbour's): its row XOR the group's salt, so the same feature in another group
   * has a row of its own at no cost of hashing again. Inlined by callers as
   * `(feature >>> shift) ^ salt` with `rowShift` and `groupSalt(group)`.
   */
  rowIn(feature: number, group: number): number {
    return (feature >>> this.shift) ^ this.groupSalt(group);
  }

  /** The shift that takes a feature hash to its row (see rowIn). */
  get rowShift(): number {
    return this.shift;
  }

  /** What a group's rows are XORed with (see rowIn); 0 for group 0. */
  groupSalt(group: number): number {
    return Math.imul(group, GROUP_SPREAD) & this.rowMask;
  }

  /**
   * Log-probabilities of the classes for the example whose features are
   * `features[from .. from + count)`, written into `out` (length `classes`).
   */
  predict(features: ArrayLike<number>, from: number, count: number, out: Float32Array): void {
    const rows = this.rowBuffer(count);
    for (let f = 0; f < count; f++) rows[f] = features[from + f] >>> this.shift;
    this.predictRows(rows, count, out);
  }

  /** Like `predict`, from the example's rows (`rowOf`, `rowIn`) in `rows[0 .. count)`. Allocates nothing. */
  predictRows(rows: Int32Array, count: number, out: Float32Array): void {
    this.hiddenLayer(rows, count);
    this.output(out);
    logSoftmax(out, this.classes);
  }

  /**
   * One AdaGrad step on the example's cross-entropy; returns that loss (before the step). With
   * `dropout`, each feature is left out with that probability and the rest count for more in
   * proportion (inverted dropout), so rare features cannot be learnt by heart.
   */
  learn(
    features: ArrayLike<number>,
    from: number,
    count: number,
    truth: number,
    rate: number,
    dropout = 0,
  ): number {
    const rows = this.rowBuffer(count);
    for (let f = 0; f < count; f++) rows[f] = features[from + f] >>> this.shift;
    return this.learnRows(rows, count, truth, rate, dropout);
  }

  /** Like `learn`, from the example's rows in `rows[0 .. count)`. */
  learnRows(rows: Int32Array, count: number, truth: number, rate: number, dropout = 0): number {
    if (this.rows === null) throw new Error('a frozen network cannot learn');
    this.startTraining();
    const H = this.hidden;
    const K = this.classes;
    const h = this.h;
    const p = this.logits;
    let m = 0;
    // Kept rows are packed at the front of `rows` (a row is read before it is overwritten).
    for (let f = 0; f < count; f++) if (dropout === 0 || this.dropRandom() >= dropout) rows[m++] = rows[f];
    const boost = 1 / (1 - dropout);
    const table = this.rows;
    h.set(this.hiddenBias);
    for (let f = 0; f < m; f++) {
      const at = rows[f] * H;
      for (let j = 0; j < H; j++) h[j] += boost * table[at + j];
    }
    this.output(p);
    logSoftmax(p, K);
    const loss = -p[truth];
    for (let c = 0; c < K; c++) p[c] = Math.exp(p[c]) - (c === truth ? 1 : 0); // d loss / d logit
    const g = this.gradHidden;
    const out = this.out;
    const outG = this.outG!;
    for (let j = 0; j < H; j++) {
      let back = 0;
      const a = Math.max(h[j], 0);
      for (let c = 0; c < K; c++) {
        const w = j * K + c;
        back += out[w] * p[c];
        const grad = a * p[c];
        if (grad === 0) continue;
        outG[w] += grad * grad;
        out[w] -= (rate * grad) / Math.sqrt(outG[w] + ADAGRAD_EPSILON);
      }
      g[j] = h[j] > 0 ? back : 0;
    }
    adagrad(this.outBias, this.outBiasG!, 0, p, K, rate);
    adagrad(this.hiddenBias, this.hiddenBiasG!, 0, g, H, rate);
    const rowsG = this.rowsG!;
    const touched = this.touched!;
    if (boost !== 1) for (let j = 0; j < H; j++) g[j] *= boost;
    for (let f = 0; f < m; f++) {
      touched[rows[f]] = 1;
      adagrad(table, rowsG, rows[f] * H, g, H, rate);
    }
    return loss;
  }

  /**
   * Ends training: rows quantized to 8 bits under one scale for the table (so prediction sums
   * integers and reads no per-row scale), set so the largest weights (beyond CLIP_QUANTILE) clip;
   * rows no example touched are zeroed.
   */
  freeze(): void {
    if (this.rows === null) return;
    const H = this.hidden;
    const rows = this.rows;
    const count = 1 << this.rowsLog2;
    const magnitudes: number[] = [];
    for (let r = 0; r < count; r++)
      if (this.touched?.[r]) for (let j = 0; j < H; j++) magnitudes.push(Math.abs(rows[r * H + j]));
    const sorted = Float64Array.from(magnitudes).sort();
    const top = sorted.length === 0 ? 0 : sorted[Math.floor(CLIP_QUANTILE * (sorted.length - 1))];
    const scale = top > 0 ? top / INT8_MAX : 1;
    const values = new Int8Array(count * H);
    for (let r = 0; r < count; r++) {
      if (!this.touched?.[r]) continue;
      for (let j = 0; j < H; j++) {
        const q = Math.round(rows[r * H + j] / scale);
        values[r * H + j] = Math.min(INT8_MAX, Math.max(-INT8_MAX, q));
      }
    }
    this.frozen = { values, scale };
    this.lanes = packBytes(values);
    this.rows = null;
    this.rowsG = this.hiddenBiasG = this.outG = this.outBiasG = null;
    this.touched = null;
  }

  /** Serialises a frozen network (freezing it first): header JSON, then its tables, gzip-compressed. */
  save(kind: string, meta: Record<string, unknown> = {}): Buffer {
    this.freeze();
    const { values, scale } = this.frozen!;
    const header = Buffer.from(
      JSON.stringify({
        kind,
        classes: this.classes,
        rowsLog2: this.rowsLog2,
        hidden: this.hidden,
        scale,
        meta,
      }),
    );
    const head = Buffer.alloc(MAGIC.length + 4);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(header.length, MAGIC.length);
    const bytes = (a: Float32Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    return gzipSync(
      Buffer.concat([
        head,
        header,
        bytes(this.hiddenBias),
        bytes(this.out),
        bytes(this.outBias),
        bytes(values),
      ]),
      { level: 9 },
    );
  }

  /** Loads a buffer written by `save`; throws when the kind differs from `expectedKind`. */
  static load(buffer: Buffer, expectedKind: string): { model: HashedMlp; meta: Record<string, unknown> } {
    const raw = gunzipSync(buffer);
    if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a whosaid network');
    const headerLength = raw.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const header = JSON.parse(raw.toString('utf8', at, at + headerLength));
    at += headerLength;
    if (header.kind !== expectedKind)
      throw new Error(`model kind mismatch: file has '${header.kind}', expected '${expectedKind}'`);
    const H: number = header.hidden;
    const K: number = header.classes;
    const floats = (n: number) => {
      const a = new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + 4 * n));
      at += 4 * n;
      return a;
    };
    const hiddenBias = floats(H);
    const out = floats(H * K);
    const outBias = floats(K);
    const size = (1 << header.rowsLog2) * H;
    const values = new Int8Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + size));
    const shape = { classes: K, rowsLog2: header.rowsLog2, hidden: H };
    const trained = { rows: { values, scale: header.scale as number }, hiddenBias, out, outBias };
    const model = new HashedMlp(shape, 1, trained);
    return { model, meta: header.meta };
  }

  private startTraining(): void {
    if (this.rowsG !== null) return;
    this.rowsG = new Float32Array(this.rows!.length);
    this.hiddenBiasG = new Float32Array(this.hidden);
    this.outG = new Float32Array(this.out.length);
    this.outBiasG = new Float32Array(this.classes);
    this.touched = new Uint8Array(1 << this.rowsLog2);
  }

  private rowBuffer(count: number): Int32Array {
    if (this.scratchRows.length < count) this.scratchRows = new Int32Array(2 * count);
    return this.scratchRows;
  }

  /** `h` = bias + the sum of the example's rows (before the ReLU). */
  private hiddenLayer(rows: Int32Array, count: number): void {
    const H = this.hidden;
    const h = this.h;
    h.set(this.hiddenBias);
    if (this.rows !== null) {
      const table = this.rows;
      for (let f = 0; f < count; f++) {
        const at = rows[f] * H;
        for (let j = 0; j < H; j++) h[j] += table[at + j];
      }
      return;
    }
    sumPackedRows(this.lanes, H >> 2, rows, count, this.frozen!.scale, h);
  }

  /** The logits from `h` through the ReLU, into `logits`. */
  private output(logits: Float32Array): void {
    const H = this.hidden;
    const K = this.classes;
    const h = this.h;
    const out = this.out;
    for (let c = 0; c < K; c++) logits[c] = this.outBias[c];
    for (let j = 0; j < H; j++) {
      const a = h[j];
      if (a <= 0) continue;
      for (let c = 0; c < K; c++) logits[c] += a * out[j * K + c];
    }
  }
}

/** `x[c]` becomes log softmax over the first `n` entries. */
function logSoftmax(x: Float32Array, n: number): void {
  let top = x[0];
  for (let c = 1; c < n; c++) if (x[c] > top) top = x[c];
  let sum = 0;
  for (let c = 0; c < n; c++) sum += Math.exp(x[c] - top);
  const norm = top + Math.log(sum);
  for (let c = 0; c < n; c++) x[c] -= norm;
}

/** AdaGrad on `w[at .. at + n)` with gradient `g[0 .. n)`. */
function adagrad(
  w: Float32Array,
  sums: Float32Array,
  at: number,
  g: Float32Array,
  n: number,
  rate: number,
): void {
  for (let j = 0; j < n; j++) {
    const grad = g[j];
    if (grad === 0) continue;
    sums[at + j] += grad * grad;
    w[at + j] -= (rate * grad) / Math.sqrt(sums[at + j] + ADAGRAD_EPSILON);
  }
}
