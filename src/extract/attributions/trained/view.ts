/**
 * What the trained taggers read about a Doc, computed once per document: lower-cased words,
 * word shapes, reporting-lexicon lemmas, quote membership, sentence ids, and the tagger's and
 * parser's output when those models are present (their arrays stay zero otherwise).
 */
import type { Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { cueLemma } from '../../../language/en/cues/reportingVerbs.js';
import { UPOS, XPOS } from '../../../language/tagsets.js';
import { indexQuotes, type QuoteIndex } from '../quoteTokens.js';

export interface DocView {
  doc: Doc;
  lower: string[];
  shape: string[];
  lexicon: string[];
  quotes: QuoteIndex;
  sentence: Int32Array;
  upos: string[];
  xpos: string[];
  /** Whether the tagger ran (its features are used only then). */
  tagged: boolean;
  parsed: boolean;
}

export function viewOf(doc: Doc, body: Range[]): DocView {
  const n = doc.length;
  const lower = new Array<string>(n);
  const shape = new Array<string>(n);
  const lexicon = new Array<string>(n);
  const upos = new Array<string>(n);
  const xpos = new Array<string>(n);
  const sentence = new Int32Array(n);
  let tagged = false;
  let parsed = false;
  for (let i = 0; i < n; i++) {
    const w = doc.word(i);
    lower[i] = w.toLowerCase();
    shape[i] = shapeOf(w);
    lexicon[i] = cueLemma(lower[i]) ?? '';
    upos[i] = UPOS[doc.upos[i]] ?? '_';
    xpos[i] = XPOS[doc.xpos[i]] ?? '_';
    if (doc.upos[i] !== 0) tagged = true;
    if (doc.dep[i] !== 0) parsed = true;
  }
  for (let s = 0; s < doc.sentenceCount; s++)
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) sentence[i] = s;
  return { doc, lower, shape, lexicon, quotes: indexQuotes(doc, body), sentence, upos, xpos, tagged, parsed };
}

/** Xx, x, X, d, p (punctuation), q (quote mark), with runs collapsed and a length cap. */
function shapeOf(w: string): string {
  if (/^["“”„«»‘’']$/.test(w)) return 'q';
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : 'p';
    if (!out.endsWith(c)) out += c;
    if (out.length >= 4) break;
  }
  return out;
}

export function isQuoteMark(v: DocView, i: number): boolean {
  return v.shape[i] === 'q';
}
