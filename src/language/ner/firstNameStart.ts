import { FLAG_CAPITALISED, FLAG_FIRST_NAME, FLAG_HONORIFIC } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/**
 * The tagger sometimes starts a person's name one word late ("executive Fred [Gregory]",
 * "[M. Anderson]" after "Jennifer"): a capitalised first name right before a PERSON span,
 * outside every other span, is taken into it.
 */
export function extendFirstNames(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const i = s.start - 1;
    if (s.label !== 'PERSON' || i < start || (k > 0 && spans[k - 1].end > i)) continue;
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_FIRST_NAME) !== 0 && (f & FLAG_CAPITALISED) !== 0 && (f & FLAG_HONORIFIC) === 0) {
      s.start = i;
      s.rule += '+first-name';
    }
  }
}
