/**
 * A small network beside the cue perceptrons (learn/hashedMlp.ts): it reads the hashed static
 * features of a token and of its two neighbours on either side and scores B/I/O, and its
 * log-probabilities, weighted, are added to the perceptrons' static scores before the Viterbi
 * decoding. The perceptrons score each feature alone and see a neighbour only through the few
 * features that name it; the hidden layer can combine what the token and its neighbours show (a
 * lemma that is a cue only sometimes, in this construction and not that one). It has no label
 * history: the perceptrons' history features and the Viterbi supply the sequence.
 */
import { HashedMlp } from '../../../learn/hashedMlp.js';
import { CUE_FEATURES_VERSION } from './cueFeatures.js';
import { CUE } from './data.js';
import { hs } from './mix.js';
import { type GreedyTagger, MAX_STATIC, type Sequence, shuffled } from './sequence.js';
import { type StaticScores, TEMPERATURE } from './viterbi.js';

export const CUE_NET_KIND = `whosaid-attribution-cue-net/${CUE_FEATURES_VERSION}`;

/** 2^15 rows × 16 units: 2^17 × 32 gave the same dev F1 with four times the table. */
const SHAPE = { classes: 3, rowsLog2: 15, hidden: 16 };
const EPOCHS = 3;
const LEARNING_RATE = 0.02;
/** Share of features left out of each training example (feature dropout, see HashedMlp.learn). */
const DROPOUT = 0.5;
/** The neighbours (offsets) whose features the network reads beside the token's own (±1 only: no dev gain). */
const NEIGHBOURS = [-2, -1, 1, 2];
/**
 * Weight of the network's log-probabilities in the decoding's (λ). One network: a second of another
 * seed, its log-probabilities averaged with this one's (session 25, PolNeAR dev F1 cue / source /
 * content overlap / whole overlap / whole exact, mean of seeds 40-42): 74.41 / 79.03 / 83.46 / 79.15 /
 * 55.73 -> 74.43 / 79.11 / 83.58 / 79.25 / 55.77, up on each seed but under the seed noise, for a
 * second table read per scored token (+0.22 CPU ms per dev article on 0.27 for the first network).
 */
const WEIGHT = 0.5;
/**
 * Tokens whose static perceptron score (with the begin bias) puts O ahead of B and I by more than
 * this are not shown to the network: most tokens are plainly no cue.
 */
const GATE = 10;

export interface CueNet {
  net: HashedMlp;
  weight: number;
  gate: number;
  /** Offsets of the neighbours whose features the network also reads. */
  neighbours: number[];
}

/** Stands for a neighbour beyond the document's edge. */
const BEYOND_EDGE = hs('<edge>');

/**
 * Writes the network's rows for position k into `out` from 0: those of the position's own static
 * features, then each neighbour's, in a row group of its own (HashedMlp.rowIn). Returns how many.
 */
export function netRows(
  net: HashedMlp,
  seq: Sequence,
  k: number,
  neighbours: number[],
  out: Int32Array,
): number {
  const n = seq.offsets.length - 1;
  const features = seq.features;
  const offsets = seq.offsets;
  const shift = net.rowShift;
  let m = 0;
  const end = Math.min(offsets[k + 1], offsets[k] + MAX_STATIC);
  for (let f = offsets[k]; f < end; f++) out[m++] = features[f] >>> shift;
  for (let g = 0; g < neighbours.length; g++) {
    const j = k + neighbours[g];
    const salt = net.groupSalt(g + 1);
    if (j < 0 || j >= n) {
      out[m++] = (BEYOND_EDGE >>> shift) ^ salt;
      continue;
    }
    const last = Math.min(offsets[j + 1], offsets[j] + MAX_STATIC);
    for (let f = offsets[j]; f < last; f++) out[m++] = (features[f] >>> shift) ^ salt;
  }
  return m;
}

/** Room for the rows of one position and its neighbours. */
const rowsFor = (neighbours: number[]) => new Int32Array((neighbours.length + 1) * MAX_STATIC);

/** Trains the network on the cue tagger's training sequences (every token, gold BIO labels). */
export function trainCueNet(data: Sequence[], seed: number, log = (_: string) => {}): CueNet {
  const net = new HashedMlp(SHAPE, seed + 7);
  const rows = rowsFor(NEIGHBOURS);
  for (let e = 0; e < EPOCHS; e++) {
    let loss = 0;
    let count = 0;
    for (const s of shuffled(data, seed + 500 + e)) {
      for (let k = 0; k < s.offsets.length - 1; k++) {
        if (s.fixed[k] >= 0) continue;
        const m = netRows(net, s, k, NEIGHBOURS, rows);
        loss += net.learnRows(rows, m, s.labels![k], LEARNING_RATE, DROPOUT);
        count++;
      }
    }
    log(`cue network epoch ${e + 1}/${EPOCHS}: mean loss ${(loss / count).toFixed(4)} over ${count} tokens`);
  }
  net.freeze();
  return { net, weight: WEIGHT, gate: GATE, neighbours: NEIGHBOURS };
}

export function saveCueNet(cue: CueNet, meta: Record<string, unknown>): Buffer {
  return cue.net.save(CUE_NET_KIND, {
    ...meta,
    weight: cue.weight,
    gate: cue.gate,
    neighbours: cue.neighbours,
  });
}

export function loadCueNet(buffer: Buffer): CueNet {
  const { model, meta } = HashedMlp.load(buffer, CUE_NET_KIND);
  const neighbours = Array.isArray(meta.neighbours) ? meta.neighbours.map(Number) : [];
  return { net: model, weight: Number(meta.weight), gate: Number(meta.gate), neighbours };
}

const logProbs = new Float32Array(3);
let scratch = new Int32Array(0);

/**
 * Adds the network's weighted log-probabilities to filled static scores (in the packed weights'
 * units, as the Viterbi reads them), at the tokens the perceptrons do not plainly reject.
 */
export function addNetScores(cue: CueNet, tagger: GreedyTagger, seq: Sequence, statics: StaticScores): void {
  const scale = tagger.packed().scale;
  const stat = statics.scores;
  const gate = cue.gate * scale;
  const weight = cue.weight * TEMPERATURE * scale;
  const bias = tagger.bias;
  if (scratch.length < (cue.neighbours.length + 1) * MAX_STATIC) scratch = rowsFor(cue.neighbours);
  for (let k = 0; k < seq.offsets.length - 1; k++) {
    if (seq.fixed[k] >= 0) continue;
    const at = k * 3;
    const o = stat[at + CUE.O] + bias[CUE.O] * scale;
    const b = stat[at + CUE.B] + bias[CUE.B] * scale;
    const i = stat[at + CUE.I] + bias[CUE.I] * scale;
    if (o - Math.max(b, i) > gate) continue;
    cue.net.predictRows(scratch, netRows(cue.net, seq, k, cue.neighbours, scratch), logProbs);
    for (let c = 0; c < 3; c++) stat[at + c] += weight * logProbs[c];
  }
}
