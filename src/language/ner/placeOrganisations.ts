/**
 * Organisations are often named after their place: "Chicago Symphony Orchestra", "U.S.
 * Department of Housing and Urban Development", "Texas Rangers Club". The tagger tends to tag the
 * place alone. A place span followed by capitalised words (with "of", "and", "&" between them)
 * among which is an organisation head word (nameHeads.ts) is extended over them and becomes ORG.
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_ORG_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);
const CONNECTORS = new Set(['of', 'and', '&', 'for']);
/** Longest tail of capitalised words read after the place. */
const MAX_TAIL = 7;

/** Returns the spans of sentence [start, end) with place-named organisations joined; `spans` sorted. */
export function joinPlaceOrganisations(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  const flags = (i: number) => v.lexicon.flags[v.ids[i]];
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label === 'NORP') {
      const joined = peopleOrganisation(v, s, out[out.length - 1], start, end);
      let last = k;
      while (joined && last + 1 < spans.length && spans[last + 1].start < joined.end) last++;
      // A span running on past the name's head is left alone, and so is the demonym; so is one
      // that would swallow a person or another people ("German Chancellor Ida Brandt and European
      // Commission").
      let inside = false;
      for (let m = k + 1; m <= last; m++) inside ||= spans[m].label === 'PERSON' || spans[m].label === 'NORP';
      if (!joined || spans[last].end > joined.end || inside) out.push(s);
      else {
        out.push(joined);
        k = last;
      }
      continue;
    }
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

/** Heads after a people's name that UNER leaves out of any name ("the Iranian Government"). */
const STATE_HEADS = new Set(['government', 'administration', 'cabinet', 'regime']);
/** Capitalised words taken in before the people's name ("United", "World"). */
const MAX_BEFORE = 2;

/**
 * "the Palestinian Authority", "the Indian National Congress", "the World Zionist Organization":
 * a demonym followed by capitalised words up to an organisation head is one ORG, taking in up to
 * two capitalised words before it (not an article, not a sentence's first word). The name ends at
 * its last head word ("Panamanian Boxing Association President …"). Not over a state's head word,
 * which UNER leaves out, nor in all-caps headlines ("SCOTTISH LEAGUE RESULTS"). Returns the joined
 * span, or null; `before` is the span before `s`, whose words are not taken.
 */
function peopleOrganisation(
  v: TokenView,
  s: Candidate,
  before: Candidate | undefined,
  start: number,
  end: number,
): Candidate | null {
  const flags = (i: number) => v.lexicon.flags[v.ids[i]];
  let head = -1;
  for (let j = s.end; j < end && j - s.end < MAX_TAIL; j++) {
    const capitalised = (flags(j) & FLAG_CAPITALISED) !== 0;
    const connector =
      CONNECTORS.has(v.lower[j]) && j > s.end && j + 1 < end && (flags(j + 1) & FLAG_CAPITALISED) !== 0;
    if (!capitalised && !connector) break;
    if (capitalised && (flags(j) & FLAG_ORG_HEAD) !== 0) head = j;
  }
  if (head < 0 || STATE_HEADS.has(v.lower[head]) || (flags(head) & FLAG_ALL_CAPS) !== 0) return null;
  let from = s.start;
  const free = before ? before.end : start;
  while (
    from - 1 > start &&
    from - 1 >= free &&
    s.start - from < MAX_BEFORE &&
    (flags(from - 1) & FLAG_CAPITALISED) !== 0 &&
    !ARTICLES.has(v.lower[from - 1])
  )
    from--;
  return { start: from, end: head + 1, label: 'ORG', rule: `${s.rule}+org-head` };
}

const ARTICLES = new Set(['the', 'a', 'an']);
