/**
 * A name right after an occupation used as a title: "the conductor Ilsa Varga", "a novelist Tomas
 * Brand". News writes people it introduces this way, and the tagger, reading a given name it has
 * never seen, may leave the whole name out. Two or three capitalised words after "the/a/an" and one
 * of these nouns, none covered by a span and none a place's, an organisation's or a date's word,
 * become a PERSON (words no person's name holds as modifierNames.ts reads them).
 */
import { FLAG_CAPITALISED } from './lexicon.js';
import { NOT_A_PERSON } from './modifierNames.js';
import type { Candidate, TokenView } from './tokens.js';

/** Occupations written before a person's name as a title (not "broadcaster": "the broadcaster Channel 9"). */
export const OCCUPATIONS = new Set([
  'conductor',
  'composer',
  'singer',
  'songwriter',
  'pianist',
  'violinist',
  'cellist',
  'guitarist',
  'drummer',
  'rapper',
  'dancer',
  'actor',
  'actress',
  'comedian',
  'presenter',
  'filmmaker',
  'novelist',
  'author',
  'writer',
  'poet',
  'playwright',
  'painter',
  'sculptor',
  'artist',
  'photographer',
  'architect',
  'designer',
  'chef',
  'historian',
  'philosopher',
  'physicist',
  'biologist',
  'surgeon',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'jockey',
  'cyclist',
  'boxer',
  'campaigner',
  'activist',
  'entrepreneur',
  'businessman',
  'businesswoman',
  'billionaire',
  'tycoon',
  'barrister',
  'solicitor',
]);
const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_NAME_WORDS = 3;

/** Adds PERSON spans for names after an occupation title in sentence [start, end); keeps `spans` sorted. */
export function addOccupationNames(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (let i = start + 2; i + 1 < end; i++) {
    if (!OCCUPATIONS.has(v.words[i - 1]) || !ARTICLES.has(v.lower[i - 2])) continue;
    let j = i;
    while (j < end && j - i < MAX_NAME_WORDS && nameWord(v, j)) j++;
    // A name of one word may be anything ("the singer Harbour"); a longer run that goes on is no name.
    if (j - i < 2 || (j < end && nameWord(v, j))) continue;
    if (j < end && /^\p{Lu}/u.test(v.words[j])) continue;
    let k = 0;
    while (k < spans.length && spans[k].end <= i) k++;
    if (k < spans.length && spans[k].start < j) continue;
    spans.splice(k, 0, { start: i, end: j, label: 'PERSON', rule: 'pattern:occupation-name' });
    i = j;
  }
}

function nameWord(v: TokenView, i: number): boolean {
  const f = v.lexicon.flags[v.ids[i]];
  return (f & FLAG_CAPITALISED) !== 0 && (f & NOT_A_PERSON) === 0 && /^\p{Lu}\p{Ll}/u.test(v.words[i]);
}
