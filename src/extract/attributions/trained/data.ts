/** PolNeAR gold as token labels for the two taggers: cue BIO per document, roles per gold cue. */
import type { Doc } from '../../../language/doc.js';
import { rewritable } from '../../../language/rewritable.js';
import type { TokenSpan } from '../build.js';
import type { Fragment, GoldAttribution } from '../polnear/load.js';

export const CUE = { O: 0, B: 1, I: 2 } as const;
export const ROLE = { O: 0, BS: 1, IS: 2, BC: 3, IC: 4, CUE: 5 } as const;

export function tokenSpans(doc: Doc, frags: Fragment[]): TokenSpan[] {
  return frags.map((f) => doc.tokensInRange(f.start, f.end)).filter((t) => t.end > t.start);
}

/** Cue labels for every token: B at the first token of each cue fragment, I inside. */
export function cueLabels(doc: Doc, gold: GoldAttribution[]): number[] {
  const labels = new Array<number>(doc.length).fill(CUE.O);
  for (const g of gold)
    for (const t of tokenSpans(doc, g.cue)) {
      labels[t.start] = CUE.B;
      for (let k = t.start + 1; k < t.end; k++) labels[k] = CUE.I;
    }
  return labels;
}

/** Role labels over a window for one gold attribution (its cue tokens get the fixed CUE label). */
export function roleLabels(doc: Doc, g: GoldAttribution, window: TokenSpan): number[] {
  const labels = new Array<number>(window.end - window.start).fill(ROLE.O);
  const paint = (frags: Fragment[], b: number, i: number) => {
    for (const t of tokenSpans(doc, frags)) {
      for (let k = Math.max(t.start, window.start); k < Math.min(t.end, window.end); k++)
        labels[k - window.start] = k === t.start || k === window.start ? b : i;
    }
  };
  paint(g.source, ROLE.BS, ROLE.IS);
  paint(g.content, ROLE.BC, ROLE.IC);
  return labels;
}

/** The first contiguous cue span of a gold attribution, as tokens. */
export function goldCue(doc: Doc, g: GoldAttribution): TokenSpan | null {
  const spans = tokenSpans(doc, g.cue);
  if (spans.length === 0) return null;
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

// Spans are moved in place by rare repairs (objectIntoContent, splitNested, reportInQuote …),
// whose first use came hundreds of articles in: done once here (rewritable.ts).
rewritable<TokenSpan>({ start: 0, end: 0 }, 'start', 'end');

/** Runs of B/I labels as token spans. */
export function spansOf(labels: ArrayLike<number>, b: number, i: number, offset = 0): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  for (let k = 0; k <= labels.length; k++) {
    const l = k < labels.length ? labels[k] : -1;
    if (start >= 0 && l !== i) {
      out.push({ start: start + offset, end: k + offset });
      start = -1;
    }
    if (l === b || (l === i && start < 0)) start = k;
  }
  return out;
}
