/** Tagging a Doc: UPOS, XPOS and lemma for every token, sentence by sentence. */
import type { Doc } from '../doc.js';
import type { LexemeTable } from '../lexeme.js';
import { XPOS } from '../tagsets.js';
import type { Tagger } from './tagger.js';

let classes = new Int32Array(256);
/** Lemma per (lexeme row, XPOS), valid for one generation of the lexeme table. */
const lemmaCache = new Map<number, string>();
let cacheGeneration = -1;
let cacheTable: LexemeTable | undefined;
let cacheTagger: Tagger | undefined;

/** Tags every sentence of `doc`; `rows[i]` is token i's row in `lexemes`. */
export function tagDoc(doc: Doc, tagger: Tagger, lexemes: LexemeTable, rows: Int32Array): void {
  if (lexemes.generation !== cacheGeneration || lexemes !== cacheTable || tagger !== cacheTagger) {
    lemmaCache.clear();
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
      const key = rows[t] * XPOS.length + doc.xpos[t];
      let lemma = lemmaCache.get(key);
      if (lemma === undefined) {
        lemma = tagger.lemmatizer.lemma(doc.word(t), XPOS[doc.xpos[t]]);
        lemmaCache.set(key, lemma);
      }
      doc.lemma[t] = lemma;
    }
  }
}
