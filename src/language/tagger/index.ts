/** Tagging a Doc: UPOS, XPOS and lemma for every token, sentence by sentence. */
import type { Doc } from '../doc.js';
import { XPOS } from '../tagsets.js';
import type { Tagger } from './tagger.js';

let classes = new Int32Array(256);

/** Tags every sentence of `doc`; `rows[i]` is token i's lexeme row in `lex`. */
export function tagDoc(doc: Doc, tagger: Tagger, lex: Int32Array, rows: Int32Array): void {
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
      doc.lemma[t] = tagger.lemmatizer.lemma(doc.word(t), XPOS[doc.xpos[t]]);
    }
  }
}
