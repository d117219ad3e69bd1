/**
 * Framing and opinion words in the author's own voice: lexicon matches (src/language/en/framing.ts)
 * that do not lie inside any attribution's content, where they would be the source's words.
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
  return out;
}
