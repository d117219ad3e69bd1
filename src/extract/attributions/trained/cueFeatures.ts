/** Features of one token for cue tagging (BIO over the whole document). */
import { f1, f2, f3, hs } from './mix.js';
import type { DocView } from './view.js';

/** Bumped whenever a feature changes, so old weights refuse to load. */
export const CUE_FEATURES_VERSION = 3;

const START = hs('<s>');
const END = hs('</s>');

/** Appends token i's features to `out` and returns the new length. */
export function cueFeatures(v: DocView, i: number, out: number[]): void {
  const n = v.doc.length;
  const W = v.hWord;
  const w = (k: number) => (k >= 0 && k < n ? W[k] : k < 0 ? START : END);
  const lexAt = (k: number) => (k >= 0 && k < n ? v.hLex[k] : START);
  const shapeAt = (k: number) => (k >= 0 && k < n ? v.hShape[k] : START);
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
  out.push(
    f1(1, 0),
    f1(2, W[i]),
    f1(3, lex),
    f1(4, v.hShape[i]),
    f1(5, v.hSuffix[i]),
    f1(6, w(i - 1)),
    f1(7, w(i + 1)),
    f1(8, w(i - 2)),
    f1(9, w(i + 2)),
    f2(10, w(i - 1), W[i]),
    f2(11, W[i], w(i + 1)),
    f3(12, lexAt(i - 1), lex, lexAt(i + 1)),
    f2(13, inQuote, lex),
    f1(14, quoteCtx),
    f2(15, quoteCtx, lex),
    f1(16, (i === sentStart ? 1 : 0) + (sentEnd - i <= 2 ? 2 : 0)),
    f3(17, shapeAt(i - 1), v.hShape[i], shapeAt(i + 1)),
    f2(19, inQuote, W[i]),
    f2(20, w(i - 3), w(i + 3)),
    f2(21, complementAhead(v, i), lex),
    f2(22, complementAhead(v, i), W[i]),
    f2(23, quoteNear(v, i), lex),
  );
  if (v.tagged) {
    const u = (k: number) => (k >= 0 && k < n ? v.hUpos[k] : START);
    const x = v.hXpos[i];
    out.push(
      f1(30, x),
      f2(31, u(i - 1), v.hUpos[i]),
      f2(32, v.hUpos[i], u(i + 1)),
      f2(33, W[i], x),
      f1(34, v.hLemma[i]),
      f3(35, u(i - 1), v.hUpos[i], u(i + 1)),
      f2(36, x, w(i + 1)),
      f2(37, v.hLemma[i], w(i + 1)),
      f2(38, v.hLemma[i], u(i + 1)),
      f3(39, u(i - 1), x, w(i + 1)),
      f3(45, x, w(i + 1), w(i + 2)),
      f3(46, u(i - 2), u(i - 1), x),
      f3(47, subjectBefore(v, i), x, complementAhead(v, i)),
      f2(48, subjectBefore(v, i), v.hLemma[i]),
      f3(49, i > 0 ? v.hXpos[i - 1] : START, x, i + 1 < n ? v.hXpos[i + 1] : END),
    );
  }
  if (v.parsed) {
    const head = v.doc.head[i];
    const kids = childDeps(v, i);
    out.push(
      f1(40, v.doc.dep[i]),
      f2(41, v.doc.dep[i], v.hUpos[i]),
      f1(42, head >= 0 ? v.hLemma[head] : START),
      f1(43, kids),
      f2(44, v.hLemma[i], kids),
    );
  }
}

/** The set of relations of a token's children as a bit mask hash ("has ccomp and nsubj"). */
function childDeps(v: DocView, i: number): number {
  let mask = 0;
  const s = v.doc.sentStart[v.sentence[i]];
  const e = v.doc.sentEnd[v.sentence[i]];
  for (let k = s; k < e; k++) if (v.doc.head[k] === i) mask = (mask * 31 + v.doc.dep[k]) | 0;
  return mask;
}

/** What follows within three tokens: "that", "to", a colon, a quote mark, a comma or nothing of note. */
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

/** Distance bucket to the nearest quote mark in the sentence (0 when none). */
function quoteNear(v: DocView, i: number): number {
  const s = v.doc.sentStart[v.sentence[i]];
  const e = v.doc.sentEnd[v.sentence[i]];
  let best = 99;
  for (let k = s; k < e; k++) if (v.shape[k] === 'q') best = Math.min(best, Math.abs(k - i));
  return best === 99 ? 0 : best <= 2 ? 1 : best <= 5 ? 2 : 3;
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
