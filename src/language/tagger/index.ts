/** Tagging a Doc: UPOS, XPOS and lemma for every token, sentence by sentence. */
import type { Doc } from '../doc.js';
import { LEX_SLOTS, type LexemeTable } from '../lexeme.js';
import { XPOS } from '../tagsets.js';
import type { Tagger } from './tagger.js';

let classes = new Int32Array(256);
/** Lemma per (lexeme row, XPOS), valid for one generation of the lexeme table. */
const lemmaCache = new Map<number, string>();
/** The last lemma found per lexeme index and its XPOS, read before the map (most words keep one tag). */
let lastLemma: string[] = [];
let lastXpos = new Int16Array(0);
let cacheGeneration = -1;
let cacheTable: LexemeTable | undefined;
let cacheTagger: Tagger | undefined;

/** Tags every sentence of `doc`; `rows[i]` is token i's row in `lexemes`. */
export function tagDoc(doc: Doc, tagger: Tagger, lexemes: LexemeTable, rows: Int32Array): void {
  if (lexemes.generation !== cacheGeneration || lexemes !== cacheTable || tagger !== cacheTagger) {
    lemmaCache.clear();
    lastLemma = [];
    lastXpos = new Int16Array(0);
    cacheGeneration = lexemes.generation;
    cacheTable = lexemes;
    cacheTagger = tagger;
  }
  const lex = lexemes.attrs;
  for (let k = 0; k < doc.sentenceCount; k++) {
    const start = doc.sentStart[k];
    const n = doc.sentEnd[k] - start;
    if (classes.length < n) classes = new Int32Array(n * 2);
    tagger.predict(lex, rows.subarray(start, start + n), n, classes);
    for (let i = 0; i < n; i++) {
      const c = classes[i];
      const t = start + i;
      doc.upos[t] = tagger.classUpos[c];
      doc.xpos[t] = tagger.classXpos[c];
      doc.lemma[t] = lemmaOf(doc, t, tagger, rows[t] / LEX_SLOTS, doc.xpos[t]);
    }
  }
}

/** The lemma of token `t`, whose lexeme index is `lexeme` and tag `xpos`. */
function lemmaOf(doc: Doc, t: number, tagger: Tagger, lexeme: number, xpos: number): string {
  if (lexeme < lastXpos.length && lastXpos[lexeme] === xpos + 1) return lastLemma[lexeme];
  const key = lexeme * LEX_SLOTS * XPOS.length + xpos;
  let lemma = lemmaCache.get(key);
  if (lemma === undefined) {
    lemma = tagger.lemmatizer.lemma(doc.word(t), XPOS[xpos]);
    lemmaCache.set(key, lemma);
  }
  if (lexeme >= lastXpos.length) {
    const grown = new Int16Array(Math.max(1024, (lexeme + 1) * 2));
    grown.set(lastXpos);
    lastXpos = grown;
  }
  while (lastLemma.length <= lexeme) lastLemma.push('');
  lastXpos[lexeme] = xpos + 1;
  lastLemma[lexeme] = lemma;
  return lemma;
}
