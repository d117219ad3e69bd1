/**
 * Features of one token for role tagging given a cue: is it part of this cue's source, content,
 * or neither? Mostly positions relative to the cue, quotes and other cues in between.
 */
import { hashFeature as h } from '../../../learn/hash.js';
import type { TokenSpan } from '../build.js';
import type { DocView } from './view.js';

export const ROLE_FEATURES_VERSION = 1;

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
  word: string;
  after: string;
  before: string;
  /** Quote closing just before the cue (and its source) or opening just after, or -1. */
  adjacentQuote: Set<number>;
  /** Per window token: is it inside another cue? */
  otherCue: Uint8Array;
  window: TokenSpan;
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
  return {
    cue,
    lemma,
    word: v.lower.slice(cue.start, cue.end).join(' '),
    after: cue.end < v.doc.length ? v.lower[cue.end] : '</s>',
    before: cue.start > 0 ? v.lower[cue.start - 1] : '<s>',
    adjacentQuote,
    otherCue,
    window,
  };
}

const bucket = (d: number) =>
  d <= 3 ? `${d}` : d <= 5 ? '4-5' : d <= 8 ? '6-8' : d <= 12 ? '9-12' : d <= 20 ? '13-20' : '21+';

export function roleFeatures(v: DocView, c: CueContext, t: number): number[] {
  const { cue } = c;
  const left = t < cue.start;
  const dir = left ? 'L' : 'R';
  const dist = left ? cue.start - t : t - cue.end + 1;
  const db = bucket(dist);
  const sd = Math.max(-2, Math.min(2, v.sentence[t] - v.sentence[cue.start]));
  const n = v.doc.length;
  const w = (k: number) => (k >= 0 && k < n ? v.lower[k] : '<s>');
  const q = v.quotes.inside[t];
  const quote = q < 0 ? (v.shape[t] === 'q' ? 'mark' : 'out') : c.adjacentQuote.has(q) ? 'adj' : 'other';
  // What lies between the token and the cue: other cues, commas, quote marks.
  let cues = 0;
  let commas = 0;
  let marks = 0;
  const from = left ? t + 1 : cue.end;
  const to = left ? cue.start : t;
  for (let k = from; k < to; k++) {
    if (c.otherCue[k - c.window.start]) cues++;
    const wk = v.lower[k];
    if (wk === ',') commas++;
    else if (v.shape[k] === 'q') marks++;
  }
  const between = `${Math.min(cues, 2)}|${Math.min(commas, 3)}|${Math.min(marks, 2)}`;
  const f = [
    h(100, ''),
    h(101, `${dir}|${db}`),
    h(102, `${dir}|${sd}`),
    h(103, `${dir}|${w(t)}`),
    h(104, `${dir}|${w(t - 1)}`),
    h(105, `${dir}|${w(t + 1)}`),
    h(106, `${dir}|${v.shape[t]}`),
    h(107, `${dir}|${db}|${c.lemma}`),
    h(108, `${dir}|${c.word}`),
    h(109, `${dir}|${quote}`),
    h(110, `${dir}|${quote}|${c.lemma}`),
    h(111, `${dir}|${between}`),
    h(112, `${dir}|${Math.min(cues, 2)}|${db}`),
    h(113, `${c.otherCue[t - c.window.start]}|${dir}`),
    h(114, `${dir}|${c.after}|${db}`),
    h(115, `${dir}|${c.before}|${db}`),
    h(116, `${dir}|${db}|${w(t)}`),
    h(117, `${dir}|${quote}|${between}`),
    h(118, `${dir}|${v.shape[t]}|${db}`),
    h(119, `${dir}|${c.lemma}|${w(t)}`),
  ];
  if (v.tagged) {
    f.push(
      h(130, `${dir}|${v.upos[t]}`),
      h(131, `${dir}|${v.xpos[t]}|${db}`),
      h(132, `${dir}|${v.upos[t]}|${between}`),
      h(133, `${dir}|${t > 0 ? v.upos[t - 1] : '-'}|${v.upos[t]}`),
    );
  }
  if (v.parsed) {
    const path = pathToCue(v, t, cue);
    f.push(
      h(140, `${dir}|${path}`),
      h(141, `${dir}|${path}|${c.lemma}`),
      h(142, `${dir}|${path}|${v.upos[t]}`),
    );
  }
  return f;
}

/** The relation by which the token's ancestor hangs from the cue ("nsubj", "ccomp"), or how far off it is. */
function pathToCue(v: DocView, t: number, cue: TokenSpan): string {
  let k = t;
  for (let steps = 0; steps < 15; steps++) {
    const head = v.doc.head[k];
    if (head < 0) return 'none';
    if (head >= cue.start && head < cue.end) return `${v.doc.dep[k]}`;
    k = head;
  }
  return 'far';
}
