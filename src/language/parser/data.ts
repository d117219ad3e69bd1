/** Turning CoNLL-U sentences into parser examples (integer ids), with gold or predicted tags. */
import type { Sentence } from '../conllu.js';
import { LEX_LOWER, LexemeTable } from '../lexeme.js';
import { DEPREL_ID, XPOS_ID } from '../tagsets.js';
import type { ParserExample } from './train.js';

export function parserExample(s: Sentence, xpos: string[], lexemes: LexemeTable): ParserExample {
  const rows = s.words.map((w) => lexemes.lookup(w));
  const lex = lexemes.attrs;
  return {
    words: Int32Array.from(rows, (r) => lex[r + LEX_LOWER]),
    tags: Int32Array.from(xpos, (t) => XPOS_ID[t] ?? 0),
    heads: Int32Array.from(s.heads),
    labels: Uint8Array.from(s.deprels, (d) => DEPREL_ID[d] ?? DEPREL_ID.dep),
  };
}

export function parserExamples(sentences: Sentence[], xpos: string[][]): ParserExample[] {
  const lexemes = new LexemeTable();
  return sentences.map((s, i) => parserExample(s, xpos[i], lexemes));
}
