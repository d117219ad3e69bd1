/**
 * Organisations are also named "<head> of <place>": "Housing Authority of Ridgefield", "Court of
 * Appeals of Marlow", "Bank of Tarn". The tagger tends to tag the place alone. A place span after
 * "of" (or "of the"), right after capitalised words (with "for" between them) among which is an
 * organisation head word (nameHeads.ts), is extended back over them (a leading "The" left out)
 * and becomes ORG.
 * An ORG span that ends at "of" is taken in; any other span before the place is left alone.
 */
import { FLAG_CAPITALISED, FLAG_DATE_WORD, FLAG_ORG_HEAD } from './lexicon.js';
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

/** Words that open an organisation's complement: "Academy of …", "Council for …", "Committee on …". */
const TAIL_OPENERS = new Set(['of', 'for', 'on']);
/** Legal forms close a company's name; what follows is where it is ("… , Inc. of Tarn"). */
const LEGAL_FORMS = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co', 'co.', 'corp', 'corp.']);
/** "the Board on Thursdays": weekdays in the plural, which the date words leave out. */
const PLURAL_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/;
/** Longest complement taken in (capitalised words, with "and" or "of" between two of them). */
const MAX_TAIL = 8;

/**
 * A span whose last word is an organisation head, followed by "of"/"for"/"on", an optional "the"
 * and capitalised words, is one ORG with them ("Trellis Academy of Applied Arts", "the Council for
 * the Coastal Heritage"): the tagger tends to stop at the head, or to tag the complement as a
 * name of its own. Spans inside the complement are taken in. Date words end the complement
 * ("the Board on Monday"), and so does a lower-case word. A complement with a head of its own is
 * left alone: it is more likely a second name run on, as signature lines do ("… School of Law
 * Harwick Policy Institute").
 */
export function joinOrganisationTails(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  const flags = (j: number) => v.lexicon.flags[v.ids[j]];
  const word = (j: number) =>
    (flags(j) & FLAG_CAPITALISED) !== 0 &&
    (flags(j) & FLAG_DATE_WORD) === 0 &&
    !PLURAL_WEEKDAY.test(v.lower[j]);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    let i = s.end;
    if (
      (flags(s.end - 1) & FLAG_ORG_HEAD) === 0 ||
      LEGAL_FORMS.has(v.lower[s.end - 1]) ||
      i + 1 >= end ||
      !TAIL_OPENERS.has(v.lower[i])
    ) {
      out.push(s);
      continue;
    }
    i++;
    if (v.lower[i] === 'the' && i + 1 < end) i++;
    let last = -1;
    let head = false;
    for (let j = i; j < end && j - i < MAX_TAIL; j++) {
      if (word(j)) {
        last = j;
        head ||= (flags(j) & FLAG_ORG_HEAD) !== 0;
      } else if (
        !((v.lower[j] === 'and' || v.lower[j] === 'of') && last === j - 1 && j + 1 < end && word(j + 1))
      )
        break;
    }
    // Spans over the complement must lie within it.
    let m = k + 1;
    while (m < spans.length && spans[m].start <= last) m++;
    if (last < 0 || head || (m > k + 1 && spans[m - 1].end > last + 1)) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: last + 1, label: 'ORG', rule: `${s.rule}+org-tail` });
    k = m - 1;
  }
  return out;
}
