/**
 * Organisations are often named after their place: "Chicago Symphony Orchestra", "U.S.
 * Department of Housing and Urban Development", "Texas Rangers Club". The tagger tends to tag the
 * place alone. A place span followed by capitalised words (with "of", "and", "&" between them)
 * among which is an organisation head word (nameHeads.ts) is extended over them and becomes ORG.
 */
import { FLAG_CAPITALISED, FLAG_ORG_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);
const CONNECTORS = new Set(['of', 'and', '&', 'for']);
/** Longest tail of capitalised words read after the place. */
const MAX_TAIL = 7;

/** Returns the spans of sentence [start, end) with place-named organisations joined; `spans` sorted. */
export function joinPlaceOrganisations(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const flags = (i: number) => v.lexicon.flags[v.ids[i]];
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!PLACE_LABELS.has(s.label)) {
      out.push(s);
      continue;
    }
    let j = s.end;
    let head = false;
    while (j < end && j - s.end < MAX_TAIL) {
      const capitalised = (flags(j) & FLAG_CAPITALISED) !== 0;
      const connector =
        CONNECTORS.has(v.lower[j]) && j > s.end && j + 1 < end && (flags(j + 1) & FLAG_CAPITALISED) !== 0;
      if (!capitalised && !connector) break;
      if (capitalised && (flags(j) & FLAG_ORG_HEAD) !== 0) head = true;
      j++;
    }
    let last = k;
    while (last + 1 < spans.length && spans[last + 1].start < j) last++;
    if (!head || (last > k && spans[last].end > j)) {
      out.push(s);
      continue;
    }
    k = last;
    out.push({ start: s.start, end: j, label: 'ORG', rule: `${s.rule}+org-head` });
  }
  return out;
}
