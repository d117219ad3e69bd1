/**
 * "the University and College Staff Union", "the Health and Safety Executive": a body's name may
 * join two words with "and", and the tagger then often tags only what follows it. After "the", a
 * capitalised word no span covers, then "and" or "&", then an organisation span: the word and the
 * "and" are the name's first words. ("the BBC and Channel 4": a span covers the first name, so two
 * names stay two.)
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const JOINERS = new Set(['and', '&']);

/** Extends, in place, organisation spans of sentence [start, end) over a coordinated first word. */
export function joinCoordinatedNames(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const first = s.start - 2;
    if (s.label !== 'ORG' || first - 1 < start || !JOINERS.has(v.lower[s.start - 1])) continue;
    if (v.lower[first - 1] !== 'the') continue;
    const f = v.lexicon.flags[v.ids[first]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_ALL_CAPS) !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(v.words[first]))
      continue;
    if (k > 0 && spans[k - 1].end > first) continue;
    s.start = first;
    s.rule = `${s.rule}+coordinated`;
  }
}
