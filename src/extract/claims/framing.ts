/**
 * Framing and opinion words in the author's own voice: lexicon matches (src/language/en/framing.ts)
 * and scare quotes (a few lower-case words in quotation marks that nobody is quoted as saying:
 * the “security fees”), wherever they do not lie inside an attribution's content, where they would
 * be the source's words.
 */
import type { Range, Span } from '../../analysis/types.js';
import { FRAMING_ADVERBS, FRAMING_PHRASES, FRAMING_WORDS } from '../../language/en/framing.js';

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Longest first so "the media won't tell you" wins over shorter overlaps. */
const FRAMING_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:` +
    [...FRAMING_PHRASES, ...FRAMING_ADVERBS, ...FRAMING_WORDS]
      .sort((a, b) => b.length - a.length)
      .map(asPattern)
      .join('|') +
    String.raw`)(?![\p{L}\p{N}-])`,
  'giu',
);

/** The most words a quoted phrase may have to read as a scare quote rather than a quotation. */
export const SCARE_QUOTE_MAX_WORDS = 4;
/** A short quoted phrase starting lower-case (titles and quoted sentences start upper-case). */
const SCARE_QUOTE_RE = /["“]\p{Ll}[^"“”\n]{0,60}?[^\s"“”]["”]/gu;

function scareQuotes(slice: string, offset: number): Span[] {
  const out: Span[] = [];
  SCARE_QUOTE_RE.lastIndex = 0;
  for (let m = SCARE_QUOTE_RE.exec(slice); m; m = SCARE_QUOTE_RE.exec(slice)) {
    if (m[0].split(/\s+/).length > SCARE_QUOTE_MAX_WORDS) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Framing spans within text[start, end) that no range in `quoted` contains. */
export function findFraming(text: string, start: number, end: number, quoted: Range[]): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  FRAMING_RE.lastIndex = 0;
  for (let m = FRAMING_RE.exec(slice); m; m = FRAMING_RE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (quoted.some((q) => q.start <= s && e <= q.end)) continue;
    out.push({ start: s, end: e, text: m[0] });
  }
  for (const q of scareQuotes(slice, start))
    if (!quoted.some((r) => r.start < q.end && q.start < r.end)) out.push(q);
  return out.sort((a, b) => a.start - b.start);
}
