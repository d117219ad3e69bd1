/** Quotes (see quotes.ts) seen as tokens: which tokens are quoted, and which marks open or close a quote. */
import type { Range } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import type { TokenSpan } from './build.js';
import { findQuotes } from './quotes.js';

export interface TokenQuote {
  /** Token of the first opening mark. */
  open: number;
  /** Token after the last closing mark. */
  close: number;
  fragments: TokenSpan[];
  closed: boolean;
}

export interface QuoteIndex {
  quotes: TokenQuote[];
  /** Per token: the quote whose text holds it, or -1 (the marks themselves are outside). */
  inside: Int32Array;
  /** Opening-mark token → quote. */
  opening: Map<number, TokenQuote>;
  /** Closing-mark token → quote. */
  closing: Map<number, TokenQuote>;
}

export function indexQuotes(doc: Doc, body: Range[]): QuoteIndex {
  const inside = new Int32Array(doc.length).fill(-1);
  const opening = new Map<number, TokenQuote>();
  const closing = new Map<number, TokenQuote>();
  const quotes: TokenQuote[] = [];
  for (const r of runsOfParagraphs(doc.text, body)) {
    for (const q of findQuotes(doc.text, r.start, r.end)) {
      const fragments = q.fragments
        .map((f) => doc.tokensInRange(f.start, f.end))
        .filter((t) => t.end > t.start);
      if (fragments.length === 0) continue;
      const tq: TokenQuote = {
        open: doc.tokenAtOrAfter(q.open),
        close: fragments[fragments.length - 1].end + (q.closed ? 1 : 0),
        fragments,
        closed: q.closed,
      };
      const id = quotes.length;
      quotes.push(tq);
      for (const f of fragments) for (let i = f.start; i < f.end; i++) inside[i] = id;
      // A doubled apostrophe ('') is two tokens: the quote opens at either, so a sentence that
      // starts with it starts a quote. (Its closing pair still ends `close` at the first of the two,
      // as the taggers' weights were trained to read it.)
      for (const f of fragments)
        for (let i = f.start - 1; i >= 0 && isMarkToken(doc, i, f.start); i--) opening.set(i, tq);
      if (q.closed) closing.set(tq.close - 1, tq);
    }
  }
  return { quotes, inside, opening, closing };
}

/**
 * Body ranges that only white space separates, joined: the body comes as one range per paragraph,
 * and a quote reopened at the next paragraph ('"… twice.' then '"Nobody …"') is one quote only
 * when both paragraphs are read together.
 */
function runsOfParagraphs(text: string, body: Range[]): Range[] {
  const runs: Range[] = [];
  for (const r of body) {
    const last = runs[runs.length - 1];
    if (last && last.end <= r.start && /^\s*$/.test(text.slice(last.end, r.start))) last.end = r.end;
    else runs.push({ start: r.start, end: r.end });
  }
  return runs;
}

/** Whether token `i` is part of the opening mark right before token `first` (one or two tokens). */
function isMarkToken(doc: Doc, i: number, first: number): boolean {
  if (i === first - 1) return true;
  return (
    i === first - 2 &&
    doc.word(i) === "'" &&
    doc.word(first - 1) === "'" &&
    doc.tokEnd[i] === doc.tokStart[first - 1]
  );
}
