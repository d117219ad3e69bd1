/** Turning CoNLL-U sentences into parser examples (integer ids), with gold or predicted tags. */
import type { Sentence } from '../conllu.js';
import { LEX_LOWER, LexemeTable } from '../lexeme.js';
import { DEPREL_ID, UPOS, UPOS_ID, XPOS_ID } from '../tagsets.js';
import type { ParserExample } from './train.js';

/** The parser sees UPOS and XPOS together (AUX VBZ is not VERB VBZ): one id per pair. */
export function parserTag(upos: number, xpos: number): number {
  return (upos << 6) | xpos;
}

/** The XPOS id inside a parser tag. */
export function xposOfTag(tag: number): number {
  return tag & 63;
}

/** How many parser tag ids there can be. */
export const PARSER_TAG_COUNT = UPOS.length << 6;

/** Predicted (or gold) tags of one sentence, as tag names. */
export interface SentenceTags {
  upos: string[];
  xpos: string[];
}

export function parserExample(s: Sentence, tags: SentenceTags, lexemes: LexemeTable): ParserExample {
  const rows = s.words.map((w) => lexemes.lookup(w));
  const lex = lexemes.attrs;
  return {
    words: Int32Array.from(rows, (r) => lex[r + LEX_LOWER]),
    tags: Int32Array.from(tags.xpos, (t, i) => parserTag(UPOS_ID[tags.upos[i]] ?? 0, XPOS_ID[t] ?? 0)),
    heads: Int32Array.from(s.heads),
    labels: Uint8Array.from(s.deprels, (d) => DEPREL_ID[d] ?? DEPREL_ID.dep),
  };
}

export function parserExamples(sentences: Sentence[], tags: SentenceTags[]): ParserExample[] {
  const lexemes = new LexemeTable();
  return sentences.map((s, i) => parserExample(s, tags[i], lexemes));
}
