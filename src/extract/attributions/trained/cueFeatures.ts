/** Features of one token for cue tagging (BIO over the whole document). */
import { DEPREL_ID, UPOS_ID } from '../../../language/tagsets.js';
import { type CuePrior, priorBuckets } from './cuePrior.js';
import * as hashing from './mix.js';
import type { DocView } from './view.js';

// Local copies: under tsx's CommonJS transform each use of an imported binding is a getter call.
const { f1, f2, f3, hs } = hashing;

/** Bumped whenever a feature changes, so old weights refuse to load. */
export const CUE_FEATURES_VERSION = 6;

/** Room for one token's features (56 when tagged and parsed), written straight into a typed buffer. */
export const MAX_CUE_FEATURES = 64;

const START = hs('<s>');
const END = hs('</s>');

/**
 * Facts about every token that need a look at its neighbourhood (what follows it, the nearest
 * quote mark, a subject before it, its children), computed in one linear pass per document.
 */
export interface CueFacts {
  complement: Int32Array;
  quoteNear: Int32Array;
  subject: Int32Array;
  childDeps: Int32Array;
  /** Clausal children as bits: ccomp, xcomp, parataxis, a "that/if/whether" clause, a quoted clause. */
  clauses: Int32Array;
  /** What the token's subject is: none, pronoun, person, other entity, proper noun, noun. */
  subjectKind: Int32Array;
  /** The learned prior's bucket for the token's lemma (see cuePrior.ts). */
  prior: Int32Array;
}

const CCOMP = DEPREL_ID.ccomp;
const XCOMP = DEPREL_ID.xcomp;
const PARATAXIS = DEPREL_ID.parataxis;
const MARK = DEPREL_ID.mark;
const NSUBJ = DEPREL_ID.nsubj;
const NSUBJ_PASS = DEPREL_ID['nsubj:pass'];
const PRON = UPOS_ID.PRON;
const PROPN = UPOS_ID.PROPN;
const NOUN = UPOS_ID.NOUN;
const COMPLEMENTIZERS = new Set(['that', 'if', 'whether']);

export function cueFacts(v: DocView, prior: CuePrior): CueFacts {
  const n = v.doc.length;
  const complement = new Int32Array(n);
  const quoteNear = new Int32Array(n);
  const subject = new Int32Array(n);
  const childDeps = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    complement[i] = complementAhead(v, i);
    subject[i] = subjectBefore(v, i);
  }
  for (let s = 0; s < v.doc.sentenceCount; s++) {
    const start = v.doc.sentStart[s];
    const end = v.doc.sentEnd[s];
    const dist = new Int32Array(end - start).fill(99);
    let last = -1;
    for (let k = start; k < end; k++) {
      if (v.shape[k] === 'q') last = k;
      if (last >= 0) dist[k - start] = k - last;
    }
    last = -1;
    for (let k = end - 1; k >= start; k--) {
      if (v.shape[k] === 'q') last = k;
      if (last >= 0) dist[k - start] = Math.min(dist[k - start], last - k);
    }
    for (let k = start; k < end; k++) {
      const d = dist[k - start];
      quoteNear[k] = d === 99 ? 0 : d <= 2 ? 1 : d <= 5 ? 2 : 3;
      const h = v.doc.head[k];
      // Children in token order, as the hash of their relations ("has ccomp and nsubj").
      if (h >= start && h < end) childDeps[h] = (childDeps[h] * 31 + v.doc.dep[k]) | 0;
    }
  }
  const entity = new Array<string>(n);
  for (const e of v.doc.ents)
    for (let k = Math.max(0, e.start); k < Math.min(n, e.end); k++) entity[k] = e.label;
  const clauses = new Int32Array(n);
  const subjectKind = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const h = v.doc.head[k];
    if (h < 0) continue;
    const d = v.doc.dep[k];
    if (d === CCOMP || d === XCOMP || d === PARATAXIS) {
      clauses[h] |= d === CCOMP ? 1 : d === XCOMP ? 2 : 4;
      if (v.quotes.inside[k] >= 0) clauses[h] |= 16;
    } else if (d === MARK && COMPLEMENTIZERS.has(v.lower[k])) {
      const g = v.doc.head[h];
      if (g >= 0 && v.doc.dep[h] === CCOMP) clauses[g] |= 8;
    } else if (d === NSUBJ || d === NSUBJ_PASS) {
      const u = v.doc.upos[k];
      const label = entity[k];
      subjectKind[h] =
        u === PRON ? 1 : label === 'PERSON' ? 2 : label ? 3 : u === PROPN ? 4 : u === NOUN ? 5 : 6;
    }
  }
  return { complement, quoteNear, subject, childDeps, clauses, subjectKind, prior: priorBuckets(v, prior) };
}

/** Writes token i's features into `out` from `at` on (room for MAX_CUE_FEATURES) and returns where they end. */
export function cueFeatures(v: DocView, facts: CueFacts, i: number, out: Int32Array, at: number): number {
  let k = at;
  const n = v.doc.length;
  const W = v.hWord;
  const inQuote = v.quotes.inside[i] >= 0 ? 1 : 0;
  const closesBefore =
    i > 0 && (v.quotes.closing.has(i - 1) || (v.lower[i - 1] === ',' && v.quotes.closing.has(i - 2))) ? 1 : 0;
  const opensAfter =
    v.quotes.opening.has(i + 1) ||
    ((v.lower[i + 1] === ':' || v.lower[i + 1] === ',') && v.quotes.opening.has(i + 2))
      ? 2
      : 0;
  const quoteCtx = closesBefore + opensAfter;
  const sentStart = v.doc.sentStart[v.sentence[i]];
  const sentEnd = v.doc.sentEnd[v.sentence[i]];
  const lex = v.hLex[i];
  const prior = facts.prior[i];
  out[k++] = f1(60, prior);
  out[k++] = f3(61, prior, i > 0 ? facts.prior[i - 1] : -1, i + 1 < n ? facts.prior[i + 1] : -1);
  out[k++] = f2(62, prior, facts.complement[i]);
  out[k++] = f2(63, prior, quoteCtx);
  out[k++] = f1(1, 0);
  out[k++] = f1(2, W[i]);
  out[k++] = f1(3, lex);
  out[k++] = f1(4, v.hShape[i]);
  out[k++] = f1(5, v.hSuffix[i]);
  out[k++] = f1(6, wordAt(v, i - 1));
  out[k++] = f1(7, wordAt(v, i + 1));
  out[k++] = f1(8, wordAt(v, i - 2));
  out[k++] = f1(9, wordAt(v, i + 2));
  out[k++] = f2(10, wordAt(v, i - 1), W[i]);
  out[k++] = f2(11, W[i], wordAt(v, i + 1));
  out[k++] = f3(12, i > 0 ? v.hLex[i - 1] : START, lex, i + 1 < n ? v.hLex[i + 1] : START);
  out[k++] = f2(13, inQuote, lex);
  out[k++] = f1(14, quoteCtx);
  out[k++] = f2(15, quoteCtx, lex);
  out[k++] = f1(16, (i === sentStart ? 1 : 0) + (sentEnd - i <= 2 ? 2 : 0));
  out[k++] = f3(17, i > 0 ? v.hShape[i - 1] : START, v.hShape[i], i + 1 < n ? v.hShape[i + 1] : START);
  out[k++] = f2(19, inQuote, W[i]);
  out[k++] = f2(20, wordAt(v, i - 3), wordAt(v, i + 3));
  out[k++] = f2(21, facts.complement[i], lex);
  out[k++] = f2(22, facts.complement[i], W[i]);
  out[k++] = f2(23, facts.quoteNear[i], lex);
  if (v.tagged) {
    const u1 = i > 0 ? v.hUpos[i - 1] : START;
    const u2 = i > 1 ? v.hUpos[i - 2] : START;
    const uNext = i + 1 < n ? v.hUpos[i + 1] : START;
    const x = v.hXpos[i];
    out[k++] = f1(30, x);
    out[k++] = f2(31, u1, v.hUpos[i]);
    out[k++] = f2(32, v.hUpos[i], uNext);
    out[k++] = f2(33, W[i], x);
    out[k++] = f1(34, v.hLemma[i]);
    out[k++] = f3(35, u1, v.hUpos[i], uNext);
    out[k++] = f2(36, x, wordAt(v, i + 1));
    out[k++] = f2(37, v.hLemma[i], wordAt(v, i + 1));
    out[k++] = f2(38, v.hLemma[i], uNext);
    out[k++] = f3(39, u1, x, wordAt(v, i + 1));
    out[k++] = f3(45, x, wordAt(v, i + 1), wordAt(v, i + 2));
    out[k++] = f3(46, u2, u1, x);
    out[k++] = f3(47, facts.subject[i], x, facts.complement[i]);
    out[k++] = f2(48, facts.subject[i], v.hLemma[i]);
    out[k++] = f3(49, i > 0 ? v.hXpos[i - 1] : START, x, i + 1 < n ? v.hXpos[i + 1] : END);
  }
  if (v.parsed) {
    const head = v.doc.head[i];
    const kids = facts.childDeps[i];
    out[k++] = f1(40, v.doc.dep[i]);
    out[k++] = f2(41, v.doc.dep[i], v.hUpos[i]);
    out[k++] = f1(42, head >= 0 ? v.hLemma[head] : START);
    out[k++] = f1(43, kids);
    out[k++] = f2(44, v.hLemma[i], kids);
    out[k++] = f2(50, facts.clauses[i], v.hLemma[i]);
    out[k++] = f2(51, facts.clauses[i], v.hXpos[i]);
    out[k++] = f3(52, facts.subjectKind[i], facts.clauses[i], v.hXpos[i]);
    out[k++] = f2(53, facts.subjectKind[i], v.hLemma[i]);
    out[k++] = f3(54, v.doc.dep[i], head >= 0 ? facts.clauses[head] : -1, v.hXpos[i]);
    out[k++] = f3(55, v.doc.dep[i], head >= 0 ? v.doc.dep[head] : -1, head > i ? 1 : 0);
    out[k++] = f2(56, v.hLemma[i], v.doc.dep[i]);
    out[k++] = f2(64, prior, facts.clauses[i]);
    out[k++] = f3(65, prior, facts.subjectKind[i], v.hXpos[i]);
    out[k++] = f3(66, prior, v.doc.dep[i], head >= 0 ? facts.prior[head] : -1);
  }
  return k;
}

function wordAt(v: DocView, k: number): number {
  return k >= 0 && k < v.doc.length ? v.hWord[k] : k < 0 ? START : END;
}

/**
 * What follows within three tokens: "that", "to", a colon, a quote mark, a comma or nothing of note.
 * (These words as a code per token in the view, compared for the scans here and in roleFeatures.ts
 * instead of the strings, was within the noise: session 26, analyze() new/old per pass, both orders:
 * 0.990, 1.002, 1.011, 0.972.)
 */
function complementAhead(v: DocView, i: number): number {
  const end = Math.min(v.doc.length, i + 4);
  for (let k = i + 1; k < end; k++) {
    const w = v.lower[k];
    if (w === 'that') return 1;
    if (w === 'to') return 2;
    if (w === ':') return 3;
    if (v.shape[k] === 'q') return 4;
    if (w === ',' || w === '.') return 5 + k - i;
  }
  return 0;
}

/** A pronoun or proper noun within the four tokens before (a likely speaker). */
function subjectBefore(v: DocView, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const u = v.upos[k];
    if (u === 'PRON' || u === 'PROPN') return 1;
    if (u === 'NOUN') return 2;
    if (u === 'PUNCT') return 0;
  }
  return 0;
}
