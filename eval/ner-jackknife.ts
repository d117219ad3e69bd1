/**
 * The entity recognizer on UNER English EWT train by 5-fold jackknife: for each fold of documents
 * (document index mod 5), a tagger and span typer (one member each unless --members says more) are
 * trained on the other four folds and the whole recognizer (model, span typer, every pass after
 * decoding) runs on the held-out fold, one document at a time as in ner.eval.ts. Train has about
 * seven times dev's spans, and its held-out ORG F1 sits close to test's, so rules tuned on dev can be
 * checked here against what test-like text does (models/README.md, session 14). Nothing here reads
 * dev or test.
 *
 * The fold models are cached in --dir (default .tmp/ner-jackknife): delete them after changing the
 * tagger's features or training (only the fold*.types.bin files after changing the span typer's);
 * passes after decoding need no retraining. Prints exact-span F1 per type; --errors FILE writes every
 * gold and predicted span, TP/FN/FP, with its context; --genres adds the scores of each EWT genre
 * (the "# newdoc id" prefix: weblog, email, newsgroup, answers, reviews), whose shares of the spans
 * differ a lot: train's answers and reviews hold a fifth of its spans and score far lower.
 * Usage: npx tsx eval/ner-jackknife.ts [--dir DIR] [--seed N] [--members N] [--bag S] [--errors FILE]
 *   [--genres]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIob2, SCORED_TYPES, type TaggedSentence, UNER_TYPES } from '../src/language/ner/data.js';
import { recognizeDocument } from '../src/language/ner/index.js';
import { Lexicon, sharedLexicon } from '../src/language/ner/lexicon.js';
import { NerModel, useNerModel } from '../src/language/ner/model.js';
import { findRuleSpans } from '../src/language/ner/rules.js';
import { type Span, SpanScorer } from '../src/language/ner/score.js';
import { SpanTyper, useSpanTyper } from '../src/language/ner/spanTyper.js';
import { type Candidate, makeTokenView, type TokenView } from '../src/language/ner/tokens.js';
import { packageRoot } from '../src/paths.js';
import { goldDocuments, printSpanScores, SCORED_AS, TYPES } from './nerDocuments.js';

const FOLDS = 5;
// As scripts/train/30-ner.train.ts trains the shipped models (importing it would run the training).
const NER_EPOCHS = 6;
const NER_SEED = 20141016;
const SPAN_TYPER_EPOCHS = 8;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const dir = arg('--dir', join(packageRoot, '.tmp', 'ner-jackknife'));
const seed = Number(arg('--seed', String(NER_SEED)));
const errorsFile = arg('--errors', '');
// One member each by default; --members 3 trains taggers and typers as the shipped ones are (three
// document orders averaged), at three times the training time.
const members = Number(arg('--members', '1'));
// --bag S: each member learns from a share S of the fold's training documents (TrainOptions.bag).
const bag = Number(arg('--bag', '1'));
const trainFile = join(packageRoot, '..', 'shared', 'data', 'uner-english-ewt', 'train.iob2');
// The tagger learns OTH too (as 30-ner.train.ts trains it); the typer and the scoring see PER/ORG/LOC.
const withOther = readIob2(trainFile, UNER_TYPES);
const scored = readIob2(trainFile, SCORED_TYPES);
const rulesFor = (v: TokenView): Candidate[] => {
  const rules: Candidate[] = [];
  findRuleSpans(v, 0, v.words.length, rules);
  return rules;
};

mkdirSync(dir, { recursive: true });
const scorer = new SpanScorer(TYPES);
const byGenre = new Map<string, SpanScorer>();
const genres = process.argv.includes('--genres') ? documentGenres(trainFile) : null;
const rows: string[] = [];
const started = performance.now();
for (let fold = 0; fold < FOLDS; fold++) {
  const name = `fold${fold}-seed${seed}${members > 1 ? `-members${members}` : ''}${bag < 1 ? `-bag${bag}` : ''}`;
  const modelFile = join(dir, `${name}.bin`);
  const typerFile = join(dir, `${name}.types.bin`);
  // Each is trained only when its file is missing, so a change to the typer alone retrains only it.
  const kept = (s: TaggedSentence) => s.doc % FOLDS !== fold;
  if (!existsSync(modelFile)) {
    const model = NerModel.train(withOther.filter(kept), new Lexicon(), rulesFor, {
      epochs: NER_EPOCHS,
      seed,
      members,
      bag,
    });
    writeFileSync(modelFile, model.save({ data: `UNER English EWT train without fold ${fold} of ${FOLDS}` }));
  }
  if (!existsSync(typerFile)) {
    const typer = SpanTyper.train(scored.filter(kept), new Lexicon(), SPAN_TYPER_EPOCHS, seed, members);
    writeFileSync(typerFile, typer.save());
  }
  useNerModel(NerModel.load(readFileSync(modelFile)));
  useSpanTyper(SpanTyper.load(readFileSync(typerFile)));
  const held = scored.filter((s) => s.doc % FOLDS === fold);
  let first = 0;
  for (const d of goldDocuments(held)) {
    const doc = held[first].doc;
    first += d.sentStart.length;
    const view = makeTokenView(d.words, sharedLexicon(), d.attached);
    const found = recognizeDocument(view, d.sentStart, d.sentEnd).filter((c) => SCORED_AS[c.label]);
    const predicted: Span[] = found.map((c) => [c.start, c.end, SCORED_AS[c.label]]);
    scorer.add(d.gold, predicted);
    if (genres) {
      const genre = genres[doc] ?? '?';
      if (!byGenre.has(genre)) byGenre.set(genre, new SpanScorer(TYPES));
      byGenre.get(genre)!.add(d.gold, predicted);
    }
    if (errorsFile) rows.push(...spanRows(d.words, d.sentStart, d.sentEnd, d.gold, found));
  }
}
const scores = scorer.scores();
console.log(
  `UNER train, ${FOLDS}-fold jackknife (seed ${seed}, ${members} member${members > 1 ? 's' : ''}${bag < 1 ? `, bag ${bag}` : ''}, ${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
printSpanScores(scores);
for (const [genre, s] of byGenre) {
  console.log(`\n${genre}`);
  printSpanScores(s.scores());
}
if (errorsFile) writeFileSync(errorsFile, `${rows.join('\n')}\n`);

/**
 * One tab-separated row per gold span (TP or FN, with the predicted spans over it) and per wrong
 * predicted span (FP, with the gold spans under it and the rule that made it), each with up to six
 * words of context either side within the sentence and the span in brackets.
 */
function spanRows(
  words: string[],
  sentStart: number[],
  sentEnd: number[],
  gold: Span[],
  found: Candidate[],
): string[] {
  const text = (s: number, e: number) => words.slice(s, e).join(' ');
  const context = (s: number, e: number) => {
    let k = 0;
    while (k + 1 < sentStart.length && sentStart[k + 1] <= s) k++;
    return `${text(Math.max(sentStart[k], s - 6), s)} [${text(s, e)}] ${text(e, Math.min(sentEnd[k], e + 6))}`;
  };
  const key = (s: number, e: number, t: string) => `${s}:${e}:${t}`;
  const predictedKeys = new Set(found.map((c) => key(c.start, c.end, SCORED_AS[c.label])));
  const goldKeys = new Set(gold.map(([s, e, t]) => key(s, e, t)));
  const out: string[] = [];
  for (const [s, e, t] of gold) {
    const over = found.filter((c) => c.start < e && s < c.end);
    const shown = over.map((c) => `${text(c.start, c.end)}/${SCORED_AS[c.label]}/${c.rule}`).join(', ');
    out.push(`${predictedKeys.has(key(s, e, t)) ? 'TP' : 'FN'}\t${t}\t${shown}\t${context(s, e)}`);
  }
  for (const c of found) {
    const t = SCORED_AS[c.label];
    if (goldKeys.has(key(c.start, c.end, t))) continue;
    const under = gold.filter(([s, e]) => c.start < e && s < c.end);
    const shown = under.map(([s, e, g]) => `${text(s, e)}/${g}`).join(', ');
    out.push(`FP\t${t}\t${c.rule} | ${shown}\t${context(c.start, c.end)}`);
  }
  return out;
}

/** The genre of each document of `file`, in document order: its "# newdoc id" up to the first "-". */
function documentGenres(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n'))
    if (line.startsWith('# newdoc')) out.push(line.replace(/^# newdoc id = /, '').replace(/-.*/, ''));
  return out;
}
