/**
 * "the Northmarch Philharmonic", "the Kelbridge Rovers": after "the", a capitalised word the tagger
 * left out, right before an organisation it found, is the first word of that organisation's name;
 * a place's or a founder's name is only ever read as part of the body's name there.
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

export const BODY_MODIFIER_RULE = 'body-modifier';

/** Extends, in place, organisation spans of sentence [start, end) back over such a word. */
export function joinBodyModifiers(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const first = s.start - 1;
    if (s.label !== 'ORG' || first - 1 < start || v.lower[first - 1] !== 'the') continue;
    if (k > 0 && spans[k - 1].end > first) continue;
    const f = v.lexicon.flags[v.ids[first]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_ALL_CAPS) !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(v.words[first]))
      continue;
    s.start = first;
    s.rule = `${s.rule}+${BODY_MODIFIER_RULE}`;
  }
}
