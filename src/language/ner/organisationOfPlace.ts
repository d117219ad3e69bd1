/**
 * Organisations are also named "<head> of <place>": "Housing Authority of Ridgefield", "Court of
 * Appeals of Marlow", "Bank of Tarn". The tagger tends to tag the place alone. A place span after
 * "of" (or "of the"), right after capitalised words (with "for" between them) among which is an
 * organisation head word (nameHeads.ts), is extended back over them (a leading "The" left out)
 * and becomes ORG.
 * An ORG span that ends at "of" is taken in; any other span before the place is left alone.
 */
import { FLAG_CAPITALISED, FLAG_ORG_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);
/** Words that may join the run's capitalised words; not "and", which joins two names ("X and Y of Z"). */
const CONNECTORS = new Set(['for']);
/** Longest run of capitalised words read before "of". */
const MAX_HEAD_RUN = 6;

/** Returns the spans of sentence [start, end) with "<organisation> of <place>" joined; `spans` sorted. */
export function joinOrganisationOfPlace(v: TokenView, spans: Candidate[], start: number): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    const from = PLACE_LABELS.has(s.label) ? headRunStart(v, s.start, start) : -1;
    const before = out.length > 0 ? out[out.length - 1] : null;
    if (from < 0 || (before && before.end > from && !(before.label === 'ORG' && before.start === from))) {
      out.push(s);
      continue;
    }
    if (before && before.end > from) out.pop();
    out.push({ start: from, end: s.end, label: 'ORG', rule: `${s.rule}+of-place` });
  }
  return out;
}

/** Where the capitalised run with an organisation head before "of [the]" at `place` starts, or -1. */
function headRunStart(v: TokenView, place: number, start: number): number {
  let i = place - 1;
  if (i > start && v.lower[i] === 'the') i--;
  if (i <= start || v.lower[i] !== 'of') return -1;
  const capitalised = (j: number) => (v.lexicon.flags[v.ids[j]] & FLAG_CAPITALISED) !== 0;
  let from = -1;
  let head = false;
  for (let j = i - 1; j >= start && i - j <= MAX_HEAD_RUN; j--) {
    if (capitalised(j)) {
      if ((v.lexicon.flags[v.ids[j]] & FLAG_ORG_HEAD) !== 0) head = true;
      from = j;
    } else if (!(CONNECTORS.has(v.lower[j]) && j > start && capitalised(j - 1))) break;
  }
  if (head && v.words[from] === 'The') from++;
  return head && from < i ? from : -1;
}
