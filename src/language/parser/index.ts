/** Parsing a tagged Doc: absolute heads (-1 for each sentence root) and DEPREL ids. */
import type { Doc } from '../doc.js';
import { LEX_LOWER, type LexemeTable } from '../lexeme.js';
import { parserTag } from './data.js';
import type { Parser, SentenceBuffers } from './parser.js';

// The document being parsed, for `load` and `store`: module functions reading these, rather than
// closures made for every document, which Parser.parseAll calls once a sentence.
let doc: Doc;
let lex: Int32Array;
let rows: Int32Array;

/** Copies sentence k's form ids and tags into `into` (words, tags, heads and labels), growing them as needed. */
function load(k: number, into: SentenceBuffers): void {
  const start = doc.sentStart[k];
  const n = doc.sentEnd[k] - start;
  if (into.words.length < n) {
    into.words = new Int32Array(n * 2);
    into.tags = new Int32Array(n * 2);
    into.heads = new Int32Array(n * 2);
    into.labels = new Uint8Array(n * 2);
  }
  into.n = n;
  for (let i = 0; i < n; i++) {
    into.words[i] = lex[rows[start + i] + LEX_LOWER];
    into.tags[i] = parserTag(doc.upos[start + i], doc.xpos[start + i]);
  }
}

/** Writes sentence k's parse into the Doc (absolute heads). */
function store(k: number, from: SentenceBuffers): void {
  const start = doc.sentStart[k];
  for (let i = 0; i < from.n; i++) {
    doc.head[start + i] = from.heads[i] < 0 ? -1 : from.heads[i] + start;
    doc.dep[start + i] = from.labels[i];
  }
}

/** Parses every sentence of `doc` (Parser.parseAll); `rows[i]` is token i's row in `lexemes`. */
export function parseDoc(target: Doc, parser: Parser, lexemes: LexemeTable, tokenRows: Int32Array): void {
  doc = target;
  lex = lexemes.attrs;
  rows = tokenRows;
  parser.parseAll(doc.sentenceCount, load, store);
}
