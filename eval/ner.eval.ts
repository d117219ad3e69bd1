/**
 * Entity recognition, exact-span F1 over PER/ORG/LOC (conlleval-style), with the shipped
 * recognizer (model + rules + document-level name propagation) on gold tokens, one document at a time: UNER English EWT dev and test (in-domain) and
 * CoNLL-2003 valid (Reuters news, cross-domain, evaluation only). whosaid's labels are mapped:
 * PERSON → PER; ORG and MEDIA → ORG; GPE and LOC → LOC; NORP and DATE are not scored (UNER's
 * OTH and CoNLL's MISC are dropped from the gold). Writes eval/results/ner.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll2003, readIob2, type TaggedSentence } from '../src/language/ner/data.js';
import { recognizeDocument } from '../src/language/ner/index.js';
import { sharedLexicon } from '../src/language/ner/lexicon.js';
import { loadNerModel, NerModel, useNerModel } from '../src/language/ner/model.js';
import { type Span, type SpanScore, SpanScorer } from '../src/language/ner/score.js';
import { SpanTyper, useSpanTyper } from '../src/language/ner/spanTyper.js';
import { makeTokenView } from '../src/language/ner/tokens.js';
import { packageRoot } from '../src/paths.js';
import { goldDocuments, printSpanScores, SCORED_AS, TYPES } from './nerDocuments.js';

const DATA = join(packageRoot, '..', 'shared', 'data');

function evaluate(sentences: TaggedSentence[]): {
  scores: Record<string, SpanScore>;
  tokens: number;
  ms: number;
} {
  const scorer = new SpanScorer(TYPES);
  const lexicon = sharedLexicon();
  let tokens = 0;
  const started = performance.now();
  // One document at a time, as the recognizer sees an article.
  for (const d of goldDocuments(sentences)) {
    const view = makeTokenView(d.words, lexicon, d.attached);
    const found = recognizeDocument(view, d.sentStart, d.sentEnd);
    const predicted: Span[] = [];
    for (const c of found) if (SCORED_AS[c.label]) predicted.push([c.start, c.end, SCORED_AS[c.label]]);
    scorer.add(d.gold, predicted);
    tokens += d.words.length;
  }
  return { scores: scorer.scores(), tokens, ms: performance.now() - started };
}

function printTable(name: string, r: ReturnType<typeof evaluate>): void {
  console.log(`\n${name}  (${r.tokens} tokens, ${((r.tokens / r.ms) * 1000).toFixed(0)} tokens/s)`);
  printSpanScores(r.scores);
}

// --model FILE and --types FILE evaluate another tagger or span typer file (an experiment) in place of
// models/ner.bin and models/ner-types.bin.
const modelArg = process.argv.indexOf('--model');
if (modelArg >= 0) useNerModel(NerModel.load(readFileSync(process.argv[modelArg + 1])));
const typesArg = process.argv.indexOf('--types');
if (typesArg >= 0) useSpanTyper(SpanTyper.load(readFileSync(process.argv[typesArg + 1])));
if (!loadNerModel()) throw new Error('models/ner.bin is missing: run npx tsx scripts/train/30-ner.train.ts');
const sets: [string, TaggedSentence[]][] = [
  ['uner-ewt-dev', readIob2(join(DATA, 'uner-english-ewt', 'dev.iob2'))],
  ['uner-ewt-test', readIob2(join(DATA, 'uner-english-ewt', 'test.iob2'))],
  ['conll2003-valid', readConll2003(join(DATA, 'conll2003', 'valid.txt'))],
];
const results: Record<string, unknown> = {};
for (const [name, sentences] of sets) {
  const r = evaluate(sentences);
  printTable(name, r);
  const round = (x: number) => Math.round(x * 10000) / 100;
  results[name] = Object.fromEntries(
    Object.entries(r.scores).map(([t, s]) => [
      t,
      {
        precision: round(s.precision),
        recall: round(s.recall),
        f1: round(s.f1),
        tp: s.tp,
        fp: s.fp,
        fn: s.fn,
      },
    ]),
  );
}
// Only the shipped model's figures are recorded.
if (modelArg < 0 && typesArg < 0) {
  mkdirSync(join(packageRoot, 'eval', 'results'), { recursive: true });
  writeFileSync(
    join(packageRoot, 'eval', 'results', 'ner.json'),
    JSON.stringify({ metric: 'exact-span F1, PER/ORG/LOC', ...results }, null, 2) + '\n',
  );
}
