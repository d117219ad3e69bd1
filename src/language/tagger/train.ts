/** Training the tagger on CoNLL-U sentences (EWT train), deterministically. */
import { AveragedPerceptron } from '../../learn/perceptron.js';
import { seededRandom, shuffle } from '../../learn/random.js';
import type { Sentence } from '../conllu.js';
import { LexemeTable } from '../lexeme.js';
import { MAX_TAGGER_FEATURES, taggerFeatures } from './features.js';
import { Lemmatizer } from './lemmatizer.js';
import { Tagger } from './tagger.js';

/** A word enters the tag dictionary when seen this often ... */
const TAG_DICT_MIN_COUNT = 20;
/** ... with one class at least this share of the time. */
const TAG_DICT_MIN_SHARE = 0.97;
/** A word's most frequent class becomes a feature (a "hint") once it is seen this often. */
const HINT_MIN_COUNT = 3;
/** A word seen this often is only ever given one of the classes it took in training. */
const CANDIDATES_MIN_COUNT = 40;

export interface TaggerTrainingOptions {
  epochs: number;
  /** One model is trained per seed (a different sentence order); the shipped one is their mean. */
  seeds: number[];
  bucketsLog2: number;
  /** Lower-cased form id → packed cluster classes (clusters/), kept in the tagger's file. */
  clusters?: Iterable<readonly [number, number]>;
  /** Called after each epoch (for progress logs). */
  onEpoch?: (epoch: number, trainAccuracy: number) => void;
}

/**
 * Dev UPOS 95.07; with 4 seeds 95.02, with 2^19 or 2^20 buckets 95.07 or 94.98. Training each fifth
 * of the sentences on hints built from the other four fifths (so a rare word's hint is not its own
 * gold class) changed nothing: UPOS 95.07, UPOS+XPOS 94.07 against 94.06.
 */
export const DEFAULT_TAGGER_OPTIONS: TaggerTrainingOptions = { epochs: 6, seeds: [17, 18], bucketsLog2: 18 };

export function trainTagger(sentences: Sentence[], options = DEFAULT_TAGGER_OPTIONS): Tagger {
  const classNames = collectClasses(sentences);
  const classId = new Map(classNames.map((c, i) => [c, i]));
  const { tagDict, hints, candidates } = buildDictionaries(sentences, classId);
  const lemmatizer = Lemmatizer.train(
    sentences.flatMap((s) => s.words.map((w, i): [string, string, string] => [w, s.xpos[i], s.lemmas[i]])),
  );
  const clusters = [...new Map([...(options.clusters ?? [])].map(([w, p]) => [w | 0, p]))]
    .sort((a, b) => a[0] - b[0])
    .flat();
  const withModel = (model: AveragedPerceptron) =>
    new Tagger(model, classNames, tagDict, hints, candidates, clusters, lemmatizer);

  const lexemes = new LexemeTable();
  const encoded = sentences.map((s) => ({
    rows: Int32Array.from(s.words, (w) => lexemes.lookup(w)),
    gold: Int32Array.from(s.words, (_, i) => classId.get(s.upos[i] + ' ' + s.xpos[i])!),
  }));
  const models = options.seeds.map((seed) => {
    const tagger = withModel(new AveragedPerceptron(classNames.length, options.bucketsLog2));
    trainOneModel(tagger, lexemes.attrs, encoded, seed, options);
    return tagger.model;
  });
  return withModel(models.length === 1 ? models[0] : AveragedPerceptron.mean(models));
}

/** Trains (and averages) the model of `tagger` on `encoded` sentences in an order shuffled by `seed`. */
function trainOneModel(
  tagger: Tagger,
  lex: Int32Array,
  encoded: { rows: Int32Array; gold: Int32Array }[],
  seed: number,
  options: TaggerTrainingOptions,
): void {
  const model = tagger.model;
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(tagger.classNames.length);
  const random = seededRandom(seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const k of order) {
      const { rows, gold } = encoded[k];
      const n = rows.length;
      const hints = tagger.sentenceHints(lex, rows, n);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < n; i++) {
        let guess = tagger.dictionaryClass(lex, rows[i]);
        if (guess < 0) {
          const count = taggerFeatures(lex, rows, n, i, p1, p2, hints, tagger.clusterOf, features);
          guess = tagger.classify(lex, rows[i], features, count, scores);
          model.update(gold[i], guess, features, count);
        }
        if (guess === gold[i]) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    options.onEpoch?.(epoch, correct / Math.max(1, total));
  }
  model.average();
}

function collectClasses(sentences: Sentence[]): string[] {
  const set = new Set<string>();
  for (const s of sentences) for (let i = 0; i < s.words.length; i++) set.add(s.upos[i] + ' ' + s.xpos[i]);
  return [...set].sort();
}

function buildDictionaries(
  sentences: Sentence[],
  classId: Map<string, number>,
): { tagDict: [string, number][]; hints: [string, number][]; candidates: [string, number[]][] } {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences)
    for (let i = 0; i < s.words.length; i++) {
      const c = classId.get(s.upos[i] + ' ' + s.xpos[i])!;
      let m = counts.get(s.words[i]);
      if (!m) counts.set(s.words[i], (m = new Map()));
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  const tagDict: [string, number][] = [];
  const hints: [string, number][] = [];
  const candidates: [string, number[]][] = [];
  for (const [word, m] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [c, n] of m) {
      total += n;
      if (n > bestCount || (n === bestCount && c < best)) [best, bestCount] = [c, n];
    }
    if (total >= TAG_DICT_MIN_COUNT && bestCount / total >= TAG_DICT_MIN_SHARE) tagDict.push([word, best]);
    if (total >= HINT_MIN_COUNT) hints.push([word, best]);
    if (total >= CANDIDATES_MIN_COUNT) candidates.push([word, [...m.keys()].sort((a, b) => a - b)]);
  }
  const byWord = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return { tagDict: tagDict.sort(byWord), hints: hints.sort(byWord), candidates: candidates.sort(byWord) };
}
