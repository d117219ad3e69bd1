import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_FIRST_NAME } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const QUOTES = new Set(['"', '“', '”']);

/**
 * A name written surname first between quotes, as e-mail headers do ('" Pellworth , Daniel "'), is
 * one person, not two (UNER train: both such quoted pairs ending in a first name are one PER span).
 * Spans lying inside the three words give way; one crossing their edge leaves them alone.
 */
export function joinInvertedNames(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let i = start + 1; i + 3 < end; i++) {
    if (!QUOTES.has(v.words[i - 1]) || v.words[i + 1] !== ',' || !QUOTES.has(v.words[i + 3])) continue;
    const surname = v.lexicon.flags[v.ids[i]];
    const first = v.lexicon.flags[v.ids[i + 2]];
    if ((surname & FLAG_CAPITALISED) === 0 || (surname & FLAG_ALL_CAPS) !== 0) continue;
    if ((first & FLAG_CAPITALISED) === 0 || (first & FLAG_FIRST_NAME) === 0) continue;
    const crossing = out.some((s) => s.start < i + 3 && s.end > i && (s.start < i || s.end > i + 3));
    if (crossing) continue;
    out = out.filter((s) => s.end <= i || s.start >= i + 3);
    out.push({ start: i, end: i + 3, label: 'PERSON', rule: 'surname-comma-first-name' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
