/**
 * A US state written as its postal code or news abbreviation after a place and a comma ("Orrville ,
 * OH", "Dunmore , Pa.") is a place of its own; the tagger, which knows "Ohio", often leaves the code
 * out. UNER train writes 34 such codes after a capitalised word and a comma, 27 of them one LOC span
 * each (the others: a degree after a person's name, "…, MD"; "Al" of "Al Qaeda"; a reviewer's "Ok"),
 * so the code must follow a place span, not a person's.
 */
import type { Candidate, TokenView } from './tokens.js';

const POSTAL_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);
/** The abbreviations news style uses (AP), with their full stops. */
const NEWS_ABBREVIATIONS = new Set(
  'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Va. Vt. Wash. Wis. W.Va. Wyo.'.split(
    ' ',
  ),
);
const PLACE_LABELS = new Set(['LOC', 'GPE']);
export const STATE_RULE = 'state-after-place';

/** Whether token i is written as a state's code ("OH", "WA.") or news abbreviation ("Pa."). */
function isStateCode(v: TokenView, i: number): boolean {
  const w = v.words[i];
  return POSTAL_CODES.has(w.endsWith('.') ? w.slice(0, -1) : w) || NEWS_ABBREVIATIONS.has(w);
}

/** Adds a LOC span for each state code after "<place span> ,"; `spans` sorted, of a sentence ending at `end`. */
export function addStatesAfterPlaces(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  let out = spans;
  for (let k = 0; k < out.length; k++) {
    const place = out[k];
    const i = place.end + 1;
    if (!PLACE_LABELS.has(place.label) || i >= end || v.words[place.end] !== ',' || !isStateCode(v, i))
      continue;
    const next = k + 1 < out.length ? out[k + 1] : null;
    if (next && next.start <= i) {
      // A span of just the code with another type ("PA" read as the news agency) becomes the state.
      if (next.start === i && next.end === i + 1 && next.label !== 'LOC') {
        next.label = 'LOC';
        next.rule = `${next.rule}+${STATE_RULE}`;
      }
      continue;
    }
    out = [
      ...out.slice(0, k + 1),
      { start: i, end: i + 1, label: 'LOC', rule: STATE_RULE },
      ...out.slice(k + 1),
    ];
  }
  return out;
}
