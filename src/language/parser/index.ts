/** Parsing a tagged Doc: absolute heads (-1 for each sentence root) and DEPREL ids. */
import type { Doc } from '../doc.js';
import { LEX_LOWER, type LexemeTable } from '../lexeme.js';
import { parserTag } from './data.js';
import type { Parser } from './parser.js';

let words = new Int32Array(256);
let tags = new Int32Array(256);
let heads = new Int32Array(256);
let labels = new Uint8Array(256);

/** Parses every sentence of `doc`; `rows[i]` is token i's row in `lexemes`. */
export function parseDoc(doc: Doc, parser: Parser, lexemes: LexemeTable, rows: Int32Array): void {
  const lex = lexemes.attrs;
  for (let k = 0; k < doc.sentenceCount; k++) {
    const start = doc.sentStart[k];
    const n = doc.sentEnd[k] - start;
    if (words.length < n) {
      words = new Int32Array(n * 2);
      tags = new Int32Array(n * 2);
      heads = new Int32Array(n * 2);
      labels = new Uint8Array(n * 2);
    }
    for (let i = 0; i < n; i++) {
      words[i] = lex[rows[start + i] + LEX_LOWER];
      tags[i] = parserTag(doc.upos[start + i], doc.xpos[start + i]);
    }
    parser.parse(words, tags, n, heads, labels);
    for (let i = 0; i < n; i++) {
      doc.head[start + i] = heads[i] < 0 ? -1 : heads[i] + start;
      doc.dep[start + i] = labels[i];
    }
  }
}
