/**
 * The language layer on UD English EWT (gold tokens unless stated): tokenization agreement of the
 * raw sentence texts with the treebank's words; UPOS, XPOS and lemma accuracy of the shipped tagger;
 * UAS and LAS of the shipped parser with predicted tags (and gold tags, for reference). Every word
 * counts, punctuation included; LAS uses full relations (nsubj:pass), LAS-universal only the part
 * before the colon. Writes eval/results/language.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../src/language/conllu.js';
import { readEwt } from '../src/language/ewt.js';
import { loadParser, loadTagger } from '../src/language/models.js';
import { parserExamples, type SentenceTags } from '../src/language/parser/data.js';
import type { Parser } from '../src/language/parser/parser.js';
import { tagSentences } from '../src/language/tagger/data.js';
import { DEPREL } from '../src/language/tagsets.js';
import { measureTokenAgreement } from '../src/language/tokenAgreement.js';
import { packageRoot } from '../src/paths.js';

const pct = (x: number) => Math.round(x * 10000) / 100;

function attachment(parser: Parser, sentences: Sentence[], tags: SentenceTags[]) {
  const examples = parserExamples(sentences, tags);
  let words = 0;
  let uas = 0;
  let las = 0;
  let lasUniversal = 0;
  let heads = new Int32Array(256);
  let labels = new Uint8Array(256);
  for (const e of examples) {
    const n = e.words.length;
    if (heads.length < n) [heads, labels] = [new Int32Array(2 * n), new Uint8Array(2 * n)];
    parser.parse(e.words, e.tags, n, heads, labels);
    for (let i = 0; i < n; i++) {
      words++;
      if (heads[i] !== e.heads[i]) continue;
      uas++;
      if (labels[i] === e.labels[i]) las++;
      if (DEPREL[labels[i]].split(':')[0] === DEPREL[e.labels[i]].split(':')[0]) lasUniversal++;
    }
  }
  return { uas: pct(uas / words), las: pct(las / words), lasUniversal: pct(lasUniversal / words), words };
}

const PARSE_TIMING_ROUNDS = 3;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Parser CPU microseconds per word (best of PARSE_TIMING_ROUNDS passes; steadier than wall time on a shared machine). */
function parseMicrosecondsPerWord(parser: Parser, sentences: Sentence[], tags: SentenceTags[]): number {
  const examples = parserExamples(sentences, tags);
  const words = examples.reduce((sum, e) => sum + e.words.length, 0);
  const longest = examples.reduce((most, e) => Math.max(most, e.words.length), 0);
  const heads = new Int32Array(longest);
  const labels = new Uint8Array(longest);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < PARSE_TIMING_ROUNDS; round++) {
    const started = cpuMs();
    for (const e of examples) parser.parse(e.words, e.tags, e.words.length, heads, labels);
    best = Math.min(best, cpuMs() - started);
  }
  return Math.round((best * 1000 * 100) / words) / 100;
}

const loadStarted = performance.now();
const tagger = loadTagger();
const parser = loadParser();
const loadMs = Math.round(performance.now() - loadStarted);

const results: Record<string, unknown> = { data: 'UD_English-EWT', loadMs };
for (const split of ['dev', 'test'] as const) {
  const sentences = readEwt(split);
  const tokens = measureTokenAgreement(sentences);
  const tagged = tagSentences(tagger, sentences);
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  sentences.forEach((s, k) => {
    for (let i = 0; i < s.words.length; i++) {
      words++;
      if (tagged[k].upos[i] === s.upos[i]) upos++;
      if (tagged[k].xpos[i] === s.xpos[i]) xpos++;
      if (tagged[k].lemmas[i] === s.lemmas[i]) lemma++;
    }
  });
  const predicted = attachment(parser, sentences, tagged);
  const gold = attachment(parser, sentences, sentences);
  results[split] = {
    sentences: sentences.length,
    words,
    tokenization: {
      f1: pct(tokens.f1),
      precision: pct(tokens.precision),
      recall: pct(tokens.recall),
      exactSentences: pct(tokens.exactSentences),
    },
    upos: pct(upos / words),
    xpos: pct(xpos / words),
    lemma: pct(lemma / words),
    parserPredictedTags: predicted,
    parserGoldTags: gold,
    parserCpuMicrosecondsPerWord: parseMicrosecondsPerWord(parser, sentences, tagged),
  };
}

console.log(`models loaded in ${loadMs} ms`);
console.log(
  'split  tok-F1  UPOS   XPOS   lemma  | UAS    LAS    LAS-u  (predicted tags) | UAS    LAS   (gold tags) | parser µs/word (CPU)',
);
for (const split of ['dev', 'test']) {
  const r = results[split] as {
    tokenization: { f1: number };
    upos: number;
    xpos: number;
    lemma: number;
    parserPredictedTags: { uas: number; las: number; lasUniversal: number };
    parserGoldTags: { uas: number; las: number };
    parserCpuMicrosecondsPerWord: number;
  };
  const p = r.parserPredictedTags;
  const g = r.parserGoldTags;
  console.log(
    `${split.padEnd(6)} ${[r.tokenization.f1, r.upos, r.xpos, r.lemma].map((x) => x.toFixed(2).padEnd(6)).join(' ')} | ` +
      `${[p.uas, p.las, p.lasUniversal].map((x) => x.toFixed(2).padEnd(6)).join(' ')}                  | ` +
      `${g.uas.toFixed(2).padEnd(6)} ${g.las.toFixed(2).padEnd(6)}      | ${r.parserCpuMicrosecondsPerWord.toFixed(2)}`,
  );
}
const out = join(packageRoot, 'eval', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'language.json'), JSON.stringify(results, null, 2) + '\n');
