/**
 * A club is named after its town with a word that marks it a club ("Dunmoor United", "Kessleton
 * Rovers"); the tagger, which has seen few of them, reads the pair as a person or, by the town, a
 * place. A span of two or more words ending in a club head word (sportsWords.ts) is an
 * organisation; in a document that names such a club, the head word alone ("drawn against United")
 * is one too.
 */
import { CLUB_HEADS } from '../en/gazetteers/sportsWords.js';
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_DATE_WORD, H_PROFILE_CAP } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const HEADS = new Set(CLUB_HEADS);
const RETYPED = new Set(['PERSON', 'LOC', 'GPE']);
/** Added to the rule of a span this pass made a club. */
export const CLUB_RULE_MARK = '+club';

/** Words of a club's name before its head word ("Port Elsing Wanderers"). */
const MAX_WORDS_BEFORE_HEAD = 2;

/**
 * Adds ORG spans for clubs the tagger left out of sentence [start, end) ("Ravenshaw Athletic will
 * play …" opening a lede): capitalised words, then a club head word that ends the name. A span of
 * the tagger's inside the name (the town alone) gives way; one reaching past it stays.
 */
export function addClubNames(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    if (!HEADS.has(v.lower[k]) || v.words[k] === v.lower[k]) continue;
    if (k + 1 < end && nameWord(v, k + 1)) continue;
    let from = k;
    while (from - 1 >= start && k - from < MAX_WORDS_BEFORE_HEAD && nameWord(v, from - 1)) from--;
    if (from === k) continue;
    const inside = spans.filter((s) => s.end > from && s.start <= k);
    if (inside.some((s) => s.start < from || s.end > k || !RETYPED.has(s.label))) continue;
    const at = spans.findIndex((s) => s.start >= from);
    const club = { start: from, end: k + 1, label: 'ORG', rule: `pattern:club-name${CLUB_RULE_MARK}` };
    spans.splice(at < 0 ? spans.length : at, inside.length, club);
  }
}

/** Word-profile buckets (as the lexicon stores them, 1-based) of words written mostly in lower case. */
const MOSTLY_LOWER_BUCKETS = 3;

/**
 * A capitalised word of a name: not one in capitals throughout (a dateline), a date word, or a
 * word running text mostly writes in lower case ("The", "Then" opening a sentence).
 */
function nameWord(v: TokenView, k: number): boolean {
  const f = v.lexicon.flags[v.ids[k]];
  if ((f & FLAG_CAPITALISED) === 0 || (f & (FLAG_ALL_CAPS | FLAG_DATE_WORD)) !== 0) return false;
  const bucket = v.lexicon.hash(v.ids[k], H_PROFILE_CAP);
  return bucket === 0 || bucket > MOSTLY_LOWER_BUCKETS;
}

/** Relabels as ORG, in place, the person and place spans that end in a club head word. */
export function retypeClubNames(v: TokenView, spans: Candidate[]): void {
  for (const s of spans)
    if (RETYPED.has(s.label) && s.end - s.start >= 2 && HEADS.has(v.lower[s.end - 1])) {
      s.label = 'ORG';
      s.rule += CLUB_RULE_MARK;
    }
}

/** Relabels as ORG, in place, a lone club head word read as a person or place in a document naming such a club. */
export function retypeClubShortNames(v: TokenView, spans: Candidate[]): void {
  const clubHeads = new Set<string>();
  for (const s of spans)
    if (s.label === 'ORG' && s.end - s.start >= 2 && HEADS.has(v.lower[s.end - 1]))
      clubHeads.add(v.lower[s.end - 1]);
  if (clubHeads.size === 0) return;
  for (const s of spans)
    if (RETYPED.has(s.label) && s.end - s.start === 1 && clubHeads.has(v.lower[s.start])) {
      s.label = 'ORG';
      s.rule += CLUB_RULE_MARK;
    }
}
