/**
 * Features of one token for role tagging given a cue: is it part of this cue's source, content,
 * or neither? Mostly positions relative to the cue, quotes and other cues in between.
 */

import type { TokenSpan } from '../build.js';
import * as hashing from './mix.js';
import type { DocView } from './view.js';

// Local copies: under tsx's CommonJS transform each use of an imported binding is a getter call.
const { f1, f2, f3, hs } = hashing;

export const ROLE_FEATURES_VERSION = 4;
/** Room for one token's features (30 when tagged and parsed), written straight into a typed buffer. */
export const MAX_ROLE_FEATURES = 32;
const START = hs('<s>');
const END = hs('</s>');
/**
 * What the first token of the Doc reads before it. analyze() strips the title, so a lede often opens
 * the Doc, while PolNeAR's texts keep theirs and the taggers learned from ledes that follow a line:
 * reading the document's edge as the full stop that usually ends the line before keeps a lede's roles
 * the same wherever it starts ('START' there made content-first ledes lose their content).
 */
const BEFORE_TEXT = { word: hs('.'), upos: hs('PUNCT'), entity: 0 };

/** The tokens a cue's roles are looked for in: its sentence, widened to cover quotes it touches. */
export const MAX_WINDOW = 160;

export function roleWindow(v: DocView, cue: TokenSpan): TokenSpan {
  const s = v.sentence[cue.start];
  let start = v.doc.sentStart[s];
  let end = v.doc.sentEnd[v.sentence[Math.max(cue.start, cue.end - 1)]];
  for (const q of v.quotes.quotes) {
    if (q.close <= start || q.open >= end) continue;
    if (q.open < start && start - q.open < MAX_WINDOW / 2) start = v.doc.sentStart[v.sentence[q.open]];
    if (q.close > end && q.close - end < MAX_WINDOW / 2)
      end = v.doc.sentEnd[v.sentence[Math.max(0, q.close - 1)]];
  }
  if (end - start > MAX_WINDOW) {
    start = Math.max(start, cue.start - MAX_WINDOW / 2);
    end = Math.min(end, start + MAX_WINDOW);
  }
  return { start, end };
}

/** Shared facts about one cue, computed once for all tokens of its window. */
export interface CueContext {
  cue: TokenSpan;
  lemma: string;
  hLemma: number;
  hWord: number;
  hAfter: number;
  hBefore: number;
  /** Quote closing just before the cue (and its source) or opening just after, or -1. */
  adjacentQuote: Set<number>;
  /** Per window token: is it inside another cue? */
  otherCue: Uint8Array;
  window: TokenSpan;
  /**
   * Running counts from `from` (other-cue tokens, commas, quote marks), so that what lies between
   * a token and the cue costs two lookups instead of a walk.
   */
  from: number;
  cuesBefore: Int32Array;
  commasBefore: Int32Array;
  marksBefore: Int32Array;
}

export function cueContext(v: DocView, cue: TokenSpan, lemma: string, cueMask: Uint8Array): CueContext {
  const window = roleWindow(v, cue);
  const adjacentQuote = new Set<number>();
  for (let k = cue.start - 1; k >= Math.max(window.start, cue.start - 12); k--) {
    const q = v.quotes.closing.get(k);
    if (q) {
      adjacentQuote.add(v.quotes.quotes.indexOf(q));
      break;
    }
    if (v.quotes.inside[k] >= 0) break;
  }
  for (let k = cue.end; k < Math.min(window.end, cue.end + 12); k++) {
    const q = v.quotes.opening.get(k);
    if (q) {
      adjacentQuote.add(v.quotes.quotes.indexOf(q));
      break;
    }
    if (v.quotes.inside[k] >= 0) break;
  }
  const otherCue = new Uint8Array(window.end - window.start);
  for (let k = window.start; k < window.end; k++)
    otherCue[k - window.start] = cueMask[k] && (k < cue.start || k >= cue.end) ? 1 : 0;
  const from = Math.min(window.start, cue.start);
  const to = Math.max(window.end, cue.end);
  const cuesBefore = new Int32Array(to - from + 1);
  const commasBefore = new Int32Array(to - from + 1);
  const marksBefore = new Int32Array(to - from + 1);
  for (let k = from; k < to; k++) {
    const j = k - from;
    const inWindow = k >= window.start && k < window.end;
    cuesBefore[j + 1] = cuesBefore[j] + (inWindow ? otherCue[k - window.start] : 0);
    commasBefore[j + 1] = commasBefore[j] + (v.lower[k] === ',' ? 1 : 0);
    marksBefore[j + 1] = marksBefore[j] + (v.lower[k] !== ',' && v.shape[k] === 'q' ? 1 : 0);
  }
  return {
    from,
    cuesBefore,
    commasBefore,
    marksBefore,
    cue,
    lemma,
    hLemma: hs(lemma),
    hWord: hs(v.lower.slice(cue.start, cue.end).join(' ')),
    hAfter: cue.end < v.doc.length ? v.hWord[cue.end] : END,
    hBefore: cue.start > 0 ? v.hWord[cue.start - 1] : BEFORE_TEXT.word,
    adjacentQuote,
    otherCue,
    window,
  };
}

const bucket = (d: number) => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8);

/** Writes the features of token t for the cue described by `c` into `out` from `at` on (room for MAX_ROLE_FEATURES) and returns where they end. */
export function roleFeatures(v: DocView, c: CueContext, t: number, out: Int32Array, at: number): number {
  let k = at;
  const { cue } = c;
  const left = t < cue.start;
  const dir = left ? 1 : 2;
  const dist = left ? cue.start - t : t - cue.end + 1;
  const db = bucket(dist);
  const ddb = dir * 16 + db;
  const sd = Math.max(-2, Math.min(2, v.sentence[t] - v.sentence[cue.start])) + 2;
  const n = v.doc.length;
  const q = v.quotes.inside[t];
  const quote = q < 0 ? (v.shape[t] === 'q' ? 1 : 2) : c.adjacentQuote.has(q) ? 3 : 4;
  // What lies between the token and the cue: other cues, commas, quote marks.
  const a = (left ? t + 1 : cue.end) - c.from;
  const b = Math.max(a, (left ? cue.start : t) - c.from);
  const cues = c.cuesBefore[b] - c.cuesBefore[a];
  const commas = c.commasBefore[b] - c.commasBefore[a];
  const marks = c.marksBefore[b] - c.marksBefore[a];
  const between = Math.min(cues, 2) * 100 + Math.min(commas, 3) * 10 + Math.min(marks, 2);
  const W = v.hWord[t];
  out[k++] = f1(100, 0);
  out[k++] = f1(101, ddb);
  out[k++] = f2(102, dir, sd);
  out[k++] = f2(103, dir, W);
  out[k++] = f2(104, dir, t > 0 ? v.hWord[t - 1] : BEFORE_TEXT.word);
  out[k++] = f2(105, dir, t + 1 < n ? v.hWord[t + 1] : START);
  out[k++] = f2(106, dir, v.hShape[t]);
  out[k++] = f2(107, ddb, c.hLemma);
  out[k++] = f2(108, dir, c.hWord);
  out[k++] = f2(109, dir, quote);
  out[k++] = f3(110, dir, quote, c.hLemma);
  out[k++] = f2(111, dir, between);
  out[k++] = f2(112, ddb, Math.min(cues, 2));
  out[k++] = f2(113, dir, c.otherCue[t - c.window.start]);
  out[k++] = f2(114, ddb, c.hAfter);
  out[k++] = f2(115, ddb, c.hBefore);
  out[k++] = f2(116, ddb, W);
  out[k++] = f3(117, dir, quote, between);
  out[k++] = f2(118, ddb, v.hShape[t]);
  out[k++] = f3(119, dir, c.hLemma, W);
  out[k++] = f2(120, dir, v.hEntity[t]);
  out[k++] = f3(121, ddb, v.hEntity[t], t > 0 ? v.hEntity[t - 1] : BEFORE_TEXT.entity);
  out[k++] = f3(122, dir, t === v.doc.sentStart[v.sentence[t]] ? 1 : 0, v.hShape[t]);
  if (v.tagged) {
    out[k++] = f2(130, dir, v.hUpos[t]);
    out[k++] = f2(131, ddb, v.hXpos[t]);
    out[k++] = f3(132, dir, v.hUpos[t], between);
    out[k++] = f3(133, dir, t > 0 ? v.hUpos[t - 1] : BEFORE_TEXT.upos, v.hUpos[t]);
  }
  if (v.parsed) {
    const path = pathToCue(v, t, cue);
    out[k++] = f2(140, dir, path);
    out[k++] = f3(141, dir, path, c.hLemma);
    out[k++] = f3(142, dir, path, v.hUpos[t]);
  }
  return k;
}

/** The relation by which the token's ancestor hangs from the cue (nsubj, ccomp…), or -1/-2 when none/far. */
function pathToCue(v: DocView, t: number, cue: TokenSpan): number {
  let k = t;
  for (let steps = 0; steps < 15; steps++) {
    const head = v.doc.head[k];
    if (head < 0) return -1;
    if (head >= cue.start && head < cue.end) return v.doc.dep[k];
    k = head;
  }
  return -2;
}
