/**
 * "Cllr Ifeoma Adebayo-Grant": British news writes some titles abbreviated in a way the recognizer's
 * honorifics leave out (its trained weights were fitted to those features), and the tagger then
 * takes the title in and stops one word on ("[Cllr Ifeoma] Adebayo"). A person's span that is such
 * a title and one word, followed by a capitalised word no other span holds, is carried over that
 * word, the surname; a hyphen after it is then the hyphen pass's to carry the name over.
 */
import { FLAG_CAPITALISED, FLAG_ORG_HEAD, FLAG_PLACE_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Titles written abbreviated before a name that the recognizer's honorifics lack, lower-cased. */
const WRITTEN_TITLES = new Set(['cllr']);

/** Extends, in place, the PERSON spans of a sentence ending at `end` that stop after a written title's one word. */
export function extendAfterWrittenTitles(v: TokenView, spans: Candidate[], end: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'PERSON' || s.end - s.start !== 2 || !WRITTEN_TITLES.has(v.lower[s.start])) continue;
    const next = s.end;
    if (next >= end || spans[k + 1]?.start === next) continue;
    const f = v.lexicon.flags[v.ids[next]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & (FLAG_ORG_HEAD | FLAG_PLACE_HEAD)) !== 0) continue;
    s.end = next + 1;
    s.rule += '+written-title';
  }
}
