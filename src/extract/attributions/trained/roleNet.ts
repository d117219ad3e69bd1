/**
 * A small network beside the role perceptrons, as cueNet.ts is beside the cue perceptrons: it reads
 * the hashed role features of a token and of its neighbours around one cue and scores O / source /
 * content, and its log-probabilities, weighted, join the perceptrons' static scores of each label of
 * that kind before the Viterbi decoding (the begin/inside split is left to the perceptrons' label
 * history). Only tokens whose perceptron scores leave two of O / source / content close are shown
 * to it. Opt-in (`40-attribution.train.ts --role-net`): over three seeds it moved PolNeAR dev F1 by
 * no more than the seed noise (models/README.md, session 11), so none ships.
 */
import { HashedMlp } from '../../../learn/hashedMlp.js';
import { netRows } from './cueNet.js';
import { ROLE } from './data.js';
import { ROLE_FEATURES_VERSION } from './roleFeatures.js';
import { type GreedyTagger, MAX_STATIC, type Sequence, shuffled } from './sequence.js';
import { type StaticScores, TEMPERATURE } from './viterbi.js';

export const ROLE_NET_KIND = `whosaid-attribution-role-net/${ROLE_FEATURES_VERSION}`;

/** The role tagger's labels (the cue's own, fixed, included). */
const LABELS = 6;
/** The network's class for each role label: O, source, content (BS/IS, BC/IC); the cue's is O's, never a target. */
const KIND = [0, 1, 1, 2, 2, 0];
const SHAPE = { classes: 3, rowsLog2: 15, hidden: 16 };
const EPOCHS = 3;
const LEARNING_RATE = 0.02;
/** Share of features left out of each training example (feature dropout, see HashedMlp.learn). */
const DROPOUT = 0.5;
/** The neighbours (offsets) whose features the network reads beside the token's own (±2: no better). */
const NEIGHBOURS = [-1, 1];
/** Weight of the network's log-probabilities in the decoding's (λ). */
const WEIGHT = 0.5;
/**
 * Tokens whose static perceptron scores (with the begin biases) put the best of O / source /
 * content ahead of the second by more than this are not shown to the network (about 10% of PolNeAR
 * dev's role-window tokens are).
 */
const GATE = 4;

export interface RoleNet {
  net: HashedMlp;
  weight: number;
  gate: number;
  /** Offsets of the neighbours whose features the network also reads. */
  neighbours: number[];
}

const rowsFor = (neighbours: number[]) => new Int32Array((neighbours.length + 1) * MAX_STATIC);

/** Trains the network on the role tagger's training windows (every token but the cue's, gold labels). */
export function trainRoleNet(data: Sequence[], seed: number, log = (_: string) => {}): RoleNet {
  const net = new HashedMlp(SHAPE, seed + 11);
  const rows = rowsFor(NEIGHBOURS);
  for (let e = 0; e < EPOCHS; e++) {
    let loss = 0;
    let count = 0;
    for (const s of shuffled(data, seed + 700 + e)) {
      for (let k = 0; k < s.offsets.length - 1; k++) {
        if (s.fixed[k] >= 0) continue;
        const m = netRows(net, s, k, NEIGHBOURS, rows);
        loss += net.learnRows(rows, m, KIND[s.labels![k]], LEARNING_RATE, DROPOUT);
        count++;
      }
    }
    log(`role network epoch ${e + 1}/${EPOCHS}: mean loss ${(loss / count).toFixed(4)} over ${count} tokens`);
  }
  net.freeze();
  return { net, weight: WEIGHT, gate: GATE, neighbours: NEIGHBOURS };
}

export function saveRoleNet(role: RoleNet, meta: Record<string, unknown>): Buffer {
  return role.net.save(ROLE_NET_KIND, {
    ...meta,
    weight: role.weight,
    gate: role.gate,
    neighbours: role.neighbours,
  });
}

export function loadRoleNet(buffer: Buffer): RoleNet {
  const { model, meta } = HashedMlp.load(buffer, ROLE_NET_KIND);
  const neighbours = Array.isArray(meta.neighbours) ? meta.neighbours.map(Number) : [];
  return { net: model, weight: Number(meta.weight), gate: Number(meta.gate), neighbours };
}

const logProbs = new Float32Array(SHAPE.classes);
let scratch = new Int32Array(0);

/**
 * Adds the network's weighted log-probabilities to filled static scores (in the packed weights'
 * units), at the tokens where the perceptrons leave two of O / source / content close. The cue's
 * label, never right off the cue, gets the least likely kind's.
 */
export function addRoleNetScores(
  role: RoleNet,
  tagger: GreedyTagger,
  seq: Sequence,
  statics: StaticScores,
): void {
  const scale = tagger.packed().scale;
  const stat = statics.scores;
  const gate = role.gate * scale;
  const weight = role.weight * TEMPERATURE * scale;
  const bias = tagger.bias;
  if (scratch.length < (role.neighbours.length + 1) * MAX_STATIC) scratch = rowsFor(role.neighbours);
  for (let k = 0; k < seq.offsets.length - 1; k++) {
    if (seq.fixed[k] >= 0) continue;
    const at = k * LABELS;
    const score = (y: number) => stat[at + y] + bias[y] * scale;
    const o = score(ROLE.O);
    const s = Math.max(score(ROLE.BS), score(ROLE.IS));
    const c = Math.max(score(ROLE.BC), score(ROLE.IC));
    const top = Math.max(o, s, c);
    const second = o === top ? Math.max(s, c) : s === top ? Math.max(o, c) : Math.max(o, s);
    if (top - second > gate) continue;
    role.net.predictRows(scratch, netRows(role.net, seq, k, role.neighbours, scratch), logProbs);
    for (let y = 0; y < LABELS; y++)
      stat[at + y] +=
        weight * (y === ROLE.CUE ? Math.min(logProbs[0], logProbs[1], logProbs[2]) : logProbs[KIND[y]]);
  }
}
