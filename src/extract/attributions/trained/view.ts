/**
 * What the trained taggers read about a Doc, computed once per document: lower-cased words,
 * word shapes, reporting-lexicon lemmas, quote membership, sentence ids, and the tagger's and
 * parser's output when those models are present. Each attribute is also kept as a hash per token
 * (see mix.ts), which is what the features combine.
 */
import type { Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { cueLemma } from '../../../language/en/cues/reportingVerbs.js';
import { LEX_SLOTS } from '../../../language/lexeme.js';
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

/** Distinct words `factsOf` keeps. */
const MEMO_LIMIT = 200_000;

/** What a word's surface alone tells, computed once per distinct word. */
interface WordFacts {
  lower: string;
  shape: string;
  lexicon: string;
  hWord: number;
  hShape: number;
  hLex: number;
  hSuffix: number;
}

const words = new Map<string, WordFacts>();

function factsOf(w: string): WordFacts {
  let f = words.get(w);
  if (f === undefined) {
    f = wordFacts(w);
    if (words.size < MEMO_LIMIT) words.set(w, f);
  }
  return f;
}

// The hashes are computed afresh, not kept by string: FNV over a few characters costs less than a
// look-up in a map of every word and tag seen (which showed as 0.5% of analyze() in a profile).
function wordFacts(w: string): WordFacts {
  const lower = w.toLowerCase();
  const shape = computeShape(w);
  const lexicon = cueLemma(lower) ?? '';
  return {
    lower,
    shape,
    lexicon,
    hWord: hs(lower),
    hShape: hs(shape),
    hLex: hs(lexicon),
    hSuffix: hs(lower.slice(-3)),
  };
}

/**
 * Per lexeme (row offset / LEX_SLOTS) of the table epoch `lexemeEpoch`: its word facts, and the
 * lemma it last had with that lemma's hash (a word mostly keeps one lemma). No word is cut out of
 * the text or looked up by its characters. The arrays are padded up to the largest lexeme seen, so
 * they stay packed.
 */
let factsByLexeme: (WordFacts | null)[] = [];
let lemmaByLexeme: string[] = [];
let lemmaHashByLexeme: number[] = [];
let lexemeEpoch = -1;

/** Empties the per-lexeme caches when the Doc's rows come from another table or generation. */
function useLexemesOf(doc: Doc): void {
  if (doc.lexemeEpoch === lexemeEpoch) return;
  factsByLexeme = [];
  lemmaByLexeme = [];
  lemmaHashByLexeme = [];
  lexemeEpoch = doc.lexemeEpoch;
}

function padTo(lexeme: number): void {
  while (factsByLexeme.length <= lexeme) {
    factsByLexeme.push(null);
    lemmaByLexeme.push('');
    lemmaHashByLexeme.push(0);
  }
}

/** Token i's facts, read through the Doc's lexeme rows when `annotate` filled them. */
function tokenFacts(doc: Doc, i: number): WordFacts {
  if (doc.lexemeEpoch < 0) return factsOf(doc.word(i));
  const lexeme = doc.lexemeRows[i] / LEX_SLOTS;
  padTo(lexeme);
  let f = factsByLexeme[lexeme];
  if (f === null) {
    // A lexeme row stands for one exact form, met here for the first time in this table epoch:
    // `words` knows it only from an earlier table, so it is not asked.
    f = wordFacts(doc.word(i));
    factsByLexeme[lexeme] = f;
  }
  return f;
}

/** Hash of token i's lemma, or of its word when it has none. */
function lemmaHash(doc: Doc, i: number, wordHash: number): number {
  const lemma = doc.lemma[i];
  if (!lemma) return wordHash;
  if (doc.lexemeEpoch < 0) return hs(lemma);
  // tokenFacts padded the arrays to this lexeme already.
  const lexeme = doc.lexemeRows[i] / LEX_SLOTS;
  if (lemmaByLexeme[lexeme] === lemma) return lemmaHashByLexeme[lexeme];
  const h = hs(lemma);
  lemmaByLexeme[lexeme] = lemma;
  lemmaHashByLexeme[lexeme] = h;
  return h;
}

/** Hashes of an entity label's begin and inside tags. */
const entityTagHashes = new Map<string, { begin: number; inside: number }>();

function entityTagsOf(label: string): { begin: number; inside: number } {
  let h = entityTagHashes.get(label);
  if (h === undefined) {
    h = { begin: hs(`B-${label}`), inside: hs(`I-${label}`) };
    if (entityTagHashes.size < MEMO_LIMIT) entityTagHashes.set(label, h);
  }
  return h;
}

const UPOS_HASH = UPOS.map((t) => hs(t ?? '_'));
const XPOS_HASH = XPOS.map((t) => hs(t ?? '_'));
const NO_TAG = hs('_');

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
  useLexemesOf(doc);
  for (let i = 0; i < n; i++) {
    const f = tokenFacts(doc, i);
    lower[i] = f.lower;
    shape[i] = f.shape;
    lexicon[i] = f.lexicon;
    upos[i] = UPOS[doc.upos[i]] ?? '_';
    hWord[i] = f.hWord;
    hShape[i] = f.hShape;
    hLex[i] = f.hLex;
    hSuffix[i] = f.hSuffix;
    hUpos[i] = UPOS_HASH[doc.upos[i]] ?? NO_TAG;
    hXpos[i] = XPOS_HASH[doc.xpos[i]] ?? NO_TAG;
    hLemma[i] = lemmaHash(doc, i, f.hWord);
    if (doc.upos[i] !== 0) tagged = true;
    if (doc.dep[i] !== 0) parsed = true;
  }
  const hEntity = new Int32Array(n);
  for (const e of doc.ents) {
    const tags = entityTagsOf(e.label);
    for (let k = Math.max(0, e.start); k < Math.min(n, e.end); k++)
      hEntity[k] = k === e.start ? tags.begin : tags.inside;
  }
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

function computeShape(w: string): string {
  if (/^["“”„«»‘’']$/.test(w)) return 'q';
  let out = '';
  for (let i = 0; i < w.length && out.length < 4; ) {
    const code = w.charCodeAt(i);
    let c: string;
    // ASCII by code ranges (what the Unicode classes below say of it), without a string per character.
    if (code < 128) {
      c =
        code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : 'p';
      i++;
    } else {
      const ch = String.fromCodePoint(w.codePointAt(i) ?? code);
      c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : 'p';
      i += ch.length;
    }
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

export function isQuoteMark(v: DocView, i: number): boolean {
  return v.shape[i] === 'q';
}
