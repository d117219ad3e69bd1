/**
 * Frozen 8-bit embedding rows packed four to a 32-bit word, and the sum over a set of rows that
 * prediction in learn/hashedMlp.ts reads them with (the network's hot loop).
 */

const BYTE_OFFSET = 128;
/** Features summed per pass of the packed lanes (256 × 255 < 2^16). */
const LANE_FEATURES = 256;
const EVEN_BYTES = 0x00ff00ff;

/**
 * The rows as prediction reads them: four 8-bit weights per 32-bit word, each stored plus 128 so
 * it is 0–255 (byte i of word w is column 4w + i). Prediction adds a word's even bytes (masked) and
 * its odd bytes (shifted down, masked) into two sums of 16-bit lanes, so two integer additions sum
 * four columns, and the table is half the size a lane per weight took (the network's reads are
 * cache misses). A lane's sum stays exact while it fits 16 bits: LANE_FEATURES features of at most
 * 255; taking 128 per feature back gives the sum of the weights themselves.
 */
export function packBytes(values: Int8Array): Int32Array {
  const words = new Int32Array(values.length / 4);
  for (let w = 0; w < words.length; w++)
    for (let i = 3; i >= 0; i--) words[w] = (words[w] << 8) | (values[4 * w + i] + BYTE_OFFSET);
  return words;
}

/**
 * Adds to `h` the sum of the packed rows `rows[0 … count)`, each `W` words wide, times `scale`.
 */
export function sumPackedRows(
  lanes: Int32Array,
  W: number,
  rows: Int32Array,
  count: number,
  scale: number,
  h: Float32Array,
): void {
  // Sixteen columns (four words) at a time in locals, not through a typed array per addition:
  // this loop is what the network costs.
  for (let w0 = 0; w0 < W; w0 += 4) {
    for (let first = 0; first < count; first += LANE_FEATURES) {
      let e0 = 0;
      let o0 = 0;
      let e1 = 0;
      let o1 = 0;
      let e2 = 0;
      let o2 = 0;
      let e3 = 0;
      let o3 = 0;
      const last = Math.min(count, first + LANE_FEATURES);
      for (let f = first; f < last; f++) {
        const at = rows[f] * W + w0;
        const x0 = lanes[at];
        const x1 = lanes[at + 1];
        const x2 = lanes[at + 2];
        const x3 = lanes[at + 3];
        e0 = (e0 + (x0 & EVEN_BYTES)) | 0;
        o0 = (o0 + ((x0 >>> 8) & EVEN_BYTES)) | 0;
        e1 = (e1 + (x1 & EVEN_BYTES)) | 0;
        o1 = (o1 + ((x1 >>> 8) & EVEN_BYTES)) | 0;
        e2 = (e2 + (x2 & EVEN_BYTES)) | 0;
        o2 = (o2 + ((x2 >>> 8) & EVEN_BYTES)) | 0;
        e3 = (e3 + (x3 & EVEN_BYTES)) | 0;
        o3 = (o3 + ((x3 >>> 8) & EVEN_BYTES)) | 0;
      }
      const offset = BYTE_OFFSET * (last - first);
      const j = 4 * w0;
      addLanes(h, j, e0, o0, offset, scale);
      addLanes(h, j + 4, e1, o1, offset, scale);
      addLanes(h, j + 8, e2, o2, offset, scale);
      addLanes(h, j + 12, e3, o3, offset, scale);
    }
  }
}

/**
 * Adds one word's four column sums, scaled, into `h` (columns j … j + 3): `even` holds columns j
 * and j + 2 in its 16-bit lanes, `odd` columns j + 1 and j + 3, each `offset` above the weights' sum.
 */
function addLanes(
  h: Float32Array,
  j: number,
  even: number,
  odd: number,
  offset: number,
  scale: number,
): void {
  h[j] += scale * ((even & 0xffff) - offset);
  h[j + 1] += scale * ((odd & 0xffff) - offset);
  h[j + 2] += scale * ((even >>> 16) - offset);
  h[j + 3] += scale * ((odd >>> 16) - offset);
}
