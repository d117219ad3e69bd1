/**
 * A direct quote runs on past its cue: '“…,” she said. “…”'. PolNeAR gives the next sentence's
 * quote to the same attribution when it opens that sentence in the same paragraph and has no cue of
 * its own inside or right after it (train: 900 of 921 such quotes; in a new paragraph only 51 of
 * 108, so those are left alone). The taggers read one sentence around a cue and never see it.
 * A quote left open at its paragraph's end and reopened at the next is one quote, and a cue that
 * opens the paragraph after its close starts a statement of its own rather than signing it (PolNeAR
 * dev content exact +25 matched). A statement the quote reports wholly inside it ("“We told them
 * so twice.”") is the speaker's words too; it stays, speaking via the quote's attribution.
 * Before that, a quote two cues both took ('“…,” Ann said, adding later, “…”') stays only the
 * nearer cue's (PolNeAR gives each token one role), and contents end before a quote's signature.
 */
import type { TokenSpan } from '../build.js';
import { closesDoubleQuote } from '../quotes.js';
import type { PredictedAttribution } from './model.js';
import type { DocView } from './view.js';

/** Tokens after a quote's closing mark (past commas and stops) in which a cue makes it another's. */
const CUE_AFTER = 3;
/** Dashes that sign a quote with a name after it. */
const SIGNING_DASHES = new Set(['―', '—', '–', '--']);
/** Words of a name signing a quote. */
const MAX_SIGNATURE = 6;

/** Appends to each direct quote's content the quotes that continue it (in place). */
export function continueQuotes(v: DocView, found: PredictedAttribution[], cueMask: Uint8Array): void {
  keepSharedPiecesNearest(found);
  endBeforeSignatures(v, found);
  const { doc } = v;
  let taken: Uint8Array | null = null;
  // By cue start, so the statements inside a quote are looked up, not scanned for (a long page has thousands).
  const byCue = [...found].sort((a, b) => a.cue.start - b.cue.start);
  for (const { a, end: last } of nearestFirst(v, found)) {
    if (!a.content.some((c) => quoted(v, c))) continue;
    let end = last;
    taken ??= takenBy(doc.length, found);
    for (;;) {
      const next = doc.sentEnd[v.sentence[end - 1]];
      const q = next < doc.length ? v.quotes.opening.get(next) : undefined;
      if (!q?.closed || doc.text.slice(doc.tokEnd[end - 1], doc.tokStart[next]).includes('\n')) break;
      // "We said it in writing, twice.": a statement the quote reports inside it is the speaker's words too.
      const inside = cuesIn(byCue, q.open, q.close).filter((b) => b !== a && within(b, q.open, q.close));
      if (
        anyOutside(cueMask, q.open, q.close, inside) ||
        anyOutside(taken, q.open, q.close, inside) ||
        cueRightAfter(v, cueMask, q.close)
      )
        break;
      for (const f of q.fragments) {
        a.content.push({ start: f.start, end: f.end });
        for (let k = f.start; k < f.end; k++) taken[k] = 1;
      }
      end = q.close;
    }
  }
}

/** Whether a span's first and last words are quoted (the marks at its edges are not). */
function wholeQuote(v: DocView, span: TokenSpan): boolean {
  const word = (k: number) => /[\p{L}\p{N}]/u.test(v.doc.word(k));
  let start = span.start;
  let end = span.end;
  while (start < end && !word(start)) start++;
  while (end > start && !word(end - 1)) end--;
  return end > start && v.quotes.inside[start] >= 0 && v.quotes.inside[end - 1] >= 0;
}

/** Where an attribution's last role ends (in tokens). */
function endOf(a: PredictedAttribution): number {
  let end = Math.max(a.cue.end, a.source ? a.source.end : 0);
  for (const c of a.content) end = Math.max(end, c.end);
  return end;
}

/**
 * The order in which attributions take the quotes that continue theirs: those whose content is a
 * quote whole first ('“…,” she said.' before the report whose content holds that quote, and before
 * a participle hanging on the tag, '…, she said, describing …'), then those that end last first
 * ('… because “…,” she said. “…”' gives the next quote to the tag right before it).
 */
function nearestFirst(v: DocView, found: PredictedAttribution[]): { a: PredictedAttribution; end: number }[] {
  const whole = (a: PredictedAttribution) => a.content.length > 0 && a.content.every((c) => wholeQuote(v, c));
  return found
    .map((a) => ({ a, end: endOf(a), whole: whole(a) }))
    .sort((x, y) => Number(y.whole) - Number(x.whole) || y.end - x.end);
}

/**
 * A content piece that another attribution's content holds too, token for token, leaves an
 * attribution with more pieces when the other's cue stands nearer to it (in place).
 */
export function keepSharedPiecesNearest(found: PredictedAttribution[]): void {
  for (const a of found) {
    if (a.content.length < 2) continue;
    a.content = a.content.filter(
      (piece) =>
        !found.some(
          (b) =>
            b !== a &&
            gap(b.cue, piece) < gap(a.cue, piece) &&
            b.content.some((c) => c.start === piece.start && c.end === piece.end),
        ),
    );
  }
}

/** Tokens between a cue and a content piece. */
function gap(cue: TokenSpan, piece: TokenSpan): number {
  if (cue.end <= piece.start) return piece.start - cue.end;
  return cue.start >= piece.end ? cue.start - piece.end : 0;
}

/** Tokens that some attribution's cue, source or content already holds. */
function takenBy(n: number, found: PredictedAttribution[]): Uint8Array {
  const taken = new Uint8Array(n);
  const mark = (s: TokenSpan) => taken.fill(1, s.start, s.end);
  for (const a of found) {
    mark(a.cue);
    if (a.source) mark(a.source);
    for (const c of a.content) mark(c);
  }
  return taken;
}

function quoted(v: DocView, span: TokenSpan): boolean {
  for (let k = span.start; k < span.end; k++) if (v.quotes.inside[k] >= 0) return true;
  return false;
}

/** The attributions (sorted by cue start) whose cue starts in tokens [start, end). */
function cuesIn(byCue: PredictedAttribution[], start: number, end: number): PredictedAttribution[] {
  let lo = 0;
  let hi = byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byCue[mid].cue.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: PredictedAttribution[] = [];
  for (let i = lo; i < byCue.length && byCue[i].cue.start < end; i++) out.push(byCue[i]);
  return out;
}

/** Whether an attribution's cue, source and content all lie in tokens [start, end). */
function within(b: PredictedAttribution, start: number, end: number): boolean {
  const holds = (x: TokenSpan) => start <= x.start && x.end <= end;
  return holds(b.cue) && (!b.source || holds(b.source)) && b.content.every(holds);
}

/** Whether a token of [start, end) is set in `mask` and belongs to none of the `inside` attributions. */
function anyOutside(mask: Uint8Array, start: number, end: number, inside: PredictedAttribution[]): boolean {
  if (inside.length === 0) return anyIn(mask, start, end);
  const held = (k: number, x: TokenSpan) => x.start <= k && k < x.end;
  for (let k = start; k < end; k++)
    if (
      mask[k] &&
      !inside.some(
        (b) => held(k, b.cue) || (b.source && held(k, b.source)) || b.content.some((c) => held(k, c)),
      )
    )
      return true;
  return false;
}

function anyIn(mask: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mask[k]) return true;
  return false;
}

function cueRightAfter(v: DocView, cueMask: Uint8Array, close: number): boolean {
  let k = close;
  while (k < v.doc.length && (v.lower[k] === ',' || v.lower[k] === '.')) k++;
  // A cue opening the next paragraph starts a statement of its own.
  if (
    k < v.doc.length &&
    close > 0 &&
    v.doc.text.slice(v.doc.tokEnd[close - 1], v.doc.tokStart[k]).includes('\n')
  )
    return false;
  return anyIn(cueMask, k, Math.min(v.doc.length, k + CUE_AFTER));
}

/**
 * A content the tagger ran on past a quote's closing mark into the dash and name that sign it
 * ('“…” ― Ana Ruiz' at a line end, reader comments and press releases) ends at the mark: the
 * signature is the quote's own cue and source (ruleCues.ts), which a content holding the dash hides.
 */
function endBeforeSignatures(v: DocView, found: PredictedAttribution[]): void {
  for (const a of found)
    a.content = a.content.flatMap((c) => {
      for (let k = c.start + 1; k < c.end; k++)
        if (SIGNING_DASHES.has(v.lower[k]) && closesDoubleQuote(v.lower[k - 1]) && signsLine(v, k + 1))
          return k - 1 > c.start ? [{ start: c.start, end: k - 1 }] : [];
      return [c];
    });
}

/** Whether a run of capitalised words starting at `k` ends its line (a name signing a quote). */
function signsLine(v: DocView, k: number): boolean {
  const { doc } = v;
  let end = k;
  while (end < doc.length && end - k < MAX_SIGNATURE && /^[X.]/.test(v.shape[end])) {
    end++;
    if (end === doc.length || doc.text.slice(doc.tokEnd[end - 1], doc.tokStart[end]).includes('\n'))
      return true;
  }
  return false;
}
