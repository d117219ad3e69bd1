/**
 * A small network beside the BILOU perceptron (learn/hashedMlp.ts): it reads the hashed features
 * features.ts writes for a token and scores the token's entity type (O, PER, ORG, LOC, OTH); its
 * log-probabilities, weighted, are added to the perceptron's emission scores of every BILOU class
 * of that type before the Viterbi decoding (model.ts), which keeps the boundaries to the perceptron.
 * The perceptron scores each feature alone; the hidden layer can combine them (a word's shape with
 * the word before it and the capitalised run it sits in). Only the tokens the tagger scores at all,
 * and of those only the ones the perceptron is not sure of (`gate`, `sure`), are shown to it: most
 * words are plainly no name, and each token shown costs a pass over its rows. It has no prediction history
 * (it reads the history feature as 0): the perceptron's history and the Viterbi supply the rest.
 * Trained on UNER train gold labels (OTH included, as the tagger learns it), only on request
 * (`30-ner.train.ts --net-out FILE`, `ner.eval.ts --net FILE`): it is not shipped, because attribution
 * retrained on the recognizer with it scored lower on PolNeAR dev over five seeds (models/README.md).
 */
import { HashedMlp } from '../../learn/hashedMlp.js';
import { seededRandom, shuffle } from '../../learn/random.js';
import { FEATURE_VERSION, FeatureScratch } from './features.js';
import type { Lexicon } from './lexicon.js';
import { type Candidate, makeTokenView, type TokenView } from './tokens.js';

export const NER_NET_KIND = `whosaid-ner-net/${FEATURE_VERSION}`;

/** model.ts's BILOU class c (0 O, else 1 + 4·type + part) as the network's class (0 O, else 1 + type). */
const typeClass = (c: number): number => (c === 0 ? 0 : 1 + ((c - 1) >> 2));

export interface NerNetOptions {
  seed: number;
  epochs: number;
  /** Hidden units (a multiple of 16). */
  hidden: number;
  /** The embedding table has 2^rowsLog2 rows. */
  rowsLog2: number;
  rate: number;
  /** Share of features left out of each training example (HashedMlp.learn). */
  dropout: number;
  /** λ: weight of the log-probabilities, in the perceptron's score units. */
  weight: number;
  /** Tokens whose O score leads every name label by more than this (perceptron units) are not shown. */
  gate: number;
  /** Tokens whose best class leads the second by more than this (perceptron units) are not shown. */
  sure: number;
}

/**
 * Tuned on UNER dev in session 10, over the 3-member taggers of seeds 20141016/1/2/4/7, each with a
 * network of its own seed (mean dev F1 without a network 76.60). Scoring the 17 BILOU classes:
 * 32 hidden units 77.0, 64 77.2–77.6, 128 77.3; 2^15 or 2^17 rows, 5–6 epochs, dropout 0 or 0.5 no
 * better; the word-type features of ±1 or ±2 neighbours 76.5–76.9. Scoring the 5 types instead
 * (boundaries left to the perceptron) 77.0–77.1 at a third of the output layer's cost: 32 units
 * 77.0, 48 77.1, 64 77.0; with 48, 5 epochs 77.2, 2 epochs 76.7, rate 0.04 76.7, dropout 0.1 77.1.
 * λ 3–8 alike, 16 lowers. The gates: O leading by 10 and the top two classes 20 apart leave about
 * 5% of the tokens to the network (6.5% of BBC's) for −0.07 against showing it every scored token.
 */
export const NER_NET_DEFAULTS: Omit<NerNetOptions, 'seed'> = {
  epochs: 3,
  hidden: 48,
  rowsLog2: 16,
  rate: 0.02,
  dropout: 0.25,
  weight: 5,
  gate: 10,
  sure: 20,
};

export interface NerNet {
  net: HashedMlp;
  weight: number;
  gate: number;
  sure: number;
}

/**
 * Trains the network on the types of sentences' gold BILOU classes (`golds`, model.ts `bilou`, over
 * `types` entity types) at the tokens the tagger scores in prediction (those that may start a
 * name) and at every name token.
 */
export function trainNerNet(
  words: string[][],
  golds: Uint8Array[],
  lexicon: Lexicon,
  rulesFor: (v: TokenView) => Candidate[],
  types: number,
  options: NerNetOptions,
  log = (_: string) => {},
): NerNet {
  const scratch = new FeatureScratch();
  const views = words.map((w) => makeTokenView(w, lexicon));
  const rules = views.map(rulesFor);
  // Per sentence, the tokens shown to the network.
  const shown: number[][] = [];
  let count = 0;
  for (let s = 0; s < views.length; s++) {
    const v = views[s];
    scratch.prepare(v, 0, v.words.length, rules[s]);
    const tokens: number[] = [];
    for (let k = 0; k < v.words.length; k++)
      if (golds[s][k] !== 0 || !scratch.cannotStart(v, k)) tokens.push(k);
    shown.push(tokens);
    count += tokens.length;
  }
  const net = new HashedMlp(
    { classes: 1 + types, rowsLog2: options.rowsLog2, hidden: options.hidden },
    options.seed,
  );
  const random = seededRandom(options.seed + 500);
  const order = views.map((_, i) => i);
  for (let e = 0; e < options.epochs; e++) {
    let loss = 0;
    // Sentences in a shuffled order, their tokens in turn (one prepare per sentence).
    for (const s of shuffle(order, random)) {
      const v = views[s];
      if (shown[s].length === 0) continue;
      scratch.prepare(v, 0, v.words.length, rules[s]);
      for (const k of shown[s]) {
        const n = scratch.extract(v, k, 0);
        loss += net.learn(scratch.features, 0, n, typeClass(golds[s][k]), options.rate, options.dropout);
      }
    }
    log(
      `NER network epoch ${e + 1}/${options.epochs}: mean loss ${(loss / count).toFixed(4)} over ${count} tokens`,
    );
  }
  net.freeze();
  return { net, weight: options.weight, gate: options.gate, sure: options.sure };
}

export function saveNerNet(nerNet: NerNet, meta: Record<string, unknown>): Buffer {
  return nerNet.net.save(NER_NET_KIND, {
    ...meta,
    weight: nerNet.weight,
    gate: nerNet.gate,
    sure: nerNet.sure,
  });
}

export function loadNerNet(buffer: Buffer): NerNet {
  const { model, meta } = HashedMlp.load(buffer, NER_NET_KIND);
  return { net: model, weight: Number(meta.weight), gate: Number(meta.gate), sure: Number(meta.sure) };
}

let logProbs = new Float32Array(0);

/**
 * Adds the network's weighted log-probabilities to token i's emission `row` (its scores over
 * model.ts's BILOU classes, in the compact perceptron's units, `scale` per perceptron unit) unless
 * the perceptron is sure: its O score leads every name class by more than `gate`, or its best class
 * leads the second by more than `sure`. `scratch` must be prepared for i's sentence; its features
 * are overwritten. Returns whether the network was asked.
 */
export function addNetScores(
  nerNet: NerNet,
  scratch: FeatureScratch,
  v: TokenView,
  i: number,
  row: Float32Array,
  scale: number,
): boolean {
  const classes = row.length;
  let best = Math.max(row[0], row[1]);
  let second = Math.min(row[0], row[1]);
  for (let c = 2; c < classes; c++) {
    const x = row[c];
    if (x > best) {
      second = best;
      best = x;
    } else if (x > second) second = x;
  }
  if (best - second > nerNet.sure * scale) return false;
  let name = row[1];
  for (let c = 2; c < classes; c++) if (row[c] > name) name = row[c];
  if (row[0] - name > nerNet.gate * scale) return false;
  if (logProbs.length < nerNet.net.classes) logProbs = new Float32Array(nerNet.net.classes);
  nerNet.net.predict(scratch.features, 0, scratch.extract(v, i, 0), logProbs);
  const w = nerNet.weight * scale;
  for (let c = 0; c < classes; c++) row[c] += w * logProbs[typeClass(c)];
  return true;
}
