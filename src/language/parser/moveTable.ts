/**
 * The move classifier's weights laid out for prediction. Three moves are scored for every state, so
 * each hash bucket holds its three 16-bit weights padded to four: one feature is one aligned 8-byte
 * read, never split across cache lines, and the three sums stay in registers. Weights are quantized
 * as `AveragedPerceptron.save` does (the largest maps to ±32767), so scores rank moves exactly as
 * the loaded model does.
 */
import { INT16_OFFSET, requantizer } from '../../learn/compact.js';
import type { AveragedPerceptron } from '../../learn/perceptron.js';

const INT16_MAX = 32767;
/** Int16 slots per bucket: the three moves plus padding. */
const STRIDE = 4;

export class MoveTable {
  private readonly mask: number;
  private readonly values: Int16Array;

  private constructor(mask: number, values: Int16Array) {
    this.mask = mask;
    this.values = values;
  }

  static from(model: AveragedPerceptron): MoveTable {
    if (model.classes !== 3) throw new Error('the move table holds exactly three moves');
    const saved = model.savedWeights();
    if (saved) {
      // A loaded model: its saved weights quantized as its float table's would be (requantizer), so
      // that table (25 MB, read by nothing else at prediction) is never built.
      const { table } = requantizer(saved.values, saved.scale);
      const values = new Int16Array(model.buckets * STRIDE);
      for (let j = 0; j < saved.positions.length; j++) {
        const position = saved.positions[j];
        values[Math.floor(position / 3) * STRIDE + (position % 3)] = table[saved.values[j] + INT16_OFFSET];
      }
      return new MoveTable(model.mask, values);
    }
    const w = model.weights;
    let maxAbs = 0;
    for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
    const scale = maxAbs > 0 ? INT16_MAX / maxAbs : 1;
    const values = new Int16Array(model.buckets * STRIDE);
    for (let b = 0; b < model.buckets; b++)
      for (let c = 0; c < 3; c++) values[b * STRIDE + c] = Math.round(w[b * 3 + c] * scale);
    return new MoveTable(model.mask, values);
  }

  /** Writes the three move scores (fixed-point units) into `scores`. */
  score(features: Int32Array, count: number, scores: Float32Array): Float32Array {
    const v = this.values;
    const mask = this.mask;
    let shift = 0;
    let left = 0;
    let right = 0;
    for (let f = 0; f < count; f++) {
      const row = (features[f] & mask) * STRIDE;
      shift += v[row];
      left += v[row + 1];
      right += v[row + 2];
    }
    scores[0] = shift;
    scores[1] = left;
    scores[2] = right;
    return scores;
  }

  /** `score` of two feature lists of `count` features each, read together (Parser.parseTwo). */
  scoreTwo(a: Int32Array, b: Int32Array, count: number, scoresA: Float32Array, scoresB: Float32Array): void {
    const v = this.values;
    const mask = this.mask;
    let shiftA = 0;
    let leftA = 0;
    let rightA = 0;
    let shiftB = 0;
    let leftB = 0;
    let rightB = 0;
    for (let f = 0; f < count; f++) {
      const rowA = (a[f] & mask) * STRIDE;
      const rowB = (b[f] & mask) * STRIDE;
      shiftA += v[rowA];
      leftA += v[rowA + 1];
      rightA += v[rowA + 2];
      shiftB += v[rowB];
      leftB += v[rowB + 1];
      rightB += v[rowB + 2];
    }
    scoresA[0] = shiftA;
    scoresA[1] = leftA;
    scoresA[2] = rightA;
    scoresB[0] = shiftB;
    scoresB[1] = leftB;
    scoresB[2] = rightB;
  }
}
