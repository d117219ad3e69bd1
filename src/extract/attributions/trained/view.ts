/**
 * What the trained taggers read about a Doc, computed once per document: lower-cased words,
 * word shapes, reporting-lexicon lemmas, quote membership, sentence ids, and the tagger's and
 * parser's output when those models are present. Each attribute is also kept as a hash per token
 * (see mix.ts), which is what the features combine.
 */
import type { Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { cueLemma } from '../../../language/en/cues/reportingVerbs.js';
import { UPOS, XPOS } from '../../../language/tagsets.js';
import { indexQuotes, type QuoteIndex } from '../quoteTokens.js';
import { hs } from './mix.js';

export interface DocView {
  doc: Doc;
  lower: string[];
  shape: string[];
  lexicon: string[];
  quotes: QuoteIndex;
  sentence: Int32Array;
  upos: string[];
  /** Hashes per token: word, shape, lexicon lemma, suffix, UPOS, XPOS, lemma. */
  hWord: Int32Array;
  hShape: Int32Array;
  hLex: Int32Array;
  hSuffix: Int32Array;
  hUpos: Int32Array;
  hXpos: Int32Array;
  hLemma: Int32Array;
  /** Entity label and position (begin or inside) of each token, 0 outside entities. */
  hEntity: Int32Array;
  /** Whether the tagger ran (its features are used only then). */
  tagged: boolean;
  parsed: boolean;
}

const memo = new Map<string, number>();
const hashOf = (s: string) => {
  let h = memo.get(s);
  if (h === undefined) {
    h = hs(s);
    if (memo.size < 200_000) memo.set(s, h);
  }
  return h;
};

export function viewOf(doc: Doc, body: Range[]): DocView {
  const n = doc.length;
  const lower = new Array<string>(n);
  const shape = new Array<string>(n);
  const lexicon = new Array<string>(n);
  const upos = new Array<string>(n);
  const sentence = new Int32Array(n);
  const hWord = new Int32Array(n);
  const hShape = new Int32Array(n);
  const hLex = new Int32Array(n);
  const hSuffix = new Int32Array(n);
  const hUpos = new Int32Array(n);
  const hXpos = new Int32Array(n);
  const hLemma = new Int32Array(n);
  let tagged = false;
  let parsed = false;
  for (let i = 0; i < n; i++) {
    const w = doc.word(i);
    lower[i] = w.toLowerCase();
    shape[i] = shapeOf(w);
    lexicon[i] = cueLemma(lower[i]) ?? '';
    upos[i] = UPOS[doc.upos[i]] ?? '_';
    hWord[i] = hashOf(lower[i]);
    hShape[i] = hashOf(shape[i]);
    hLex[i] = hashOf(lexicon[i]);
    hSuffix[i] = hashOf(lower[i].slice(-3));
    hUpos[i] = hashOf(upos[i]);
    hXpos[i] = hashOf(XPOS[doc.xpos[i]] ?? '_');
    hLemma[i] = hashOf(doc.lemma[i] || lower[i]);
    if (doc.upos[i] !== 0) tagged = true;
    if (doc.dep[i] !== 0) parsed = true;
  }
  const hEntity = new Int32Array(n);
  for (const e of doc.ents)
    for (let k = Math.max(0, e.start); k < Math.min(n, e.end); k++)
      hEntity[k] = hashOf(`${k === e.start ? 'B' : 'I'}-${e.label}`);
  for (let s = 0; s < doc.sentenceCount; s++)
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) sentence[i] = s;
  return {
    doc,
    lower,
    shape,
    lexicon,
    quotes: indexQuotes(doc, body),
    sentence,
    upos,
    hWord,
    hShape,
    hLex,
    hSuffix,
    hUpos,
    hXpos,
    hLemma,
    hEntity,
    tagged,
    parsed,
  };
}

const shapes = new Map<string, string>();

/** Xx, x, X, d, p (punctuation), q (quote mark), with runs collapsed and a length cap. */
function shapeOf(w: string): string {
  let shape = shapes.get(w);
  if (shape === undefined) {
    shape = computeShape(w);
    if (shapes.size < 200_000) shapes.set(w, shape);
  }
  return shape;
}

function computeShape(w: string): string {
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
