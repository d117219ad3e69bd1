/**
 * Do two strings name the same entity? Persons match on the surname, spelled in any
 * transliteration, with given names compared only when both strings have them
 * ("Gen. Haftar" ↔ "Khalifa Haftar" ↔ "Khalifa Hafter"). Organisations and places match on
 * their folded words or as an acronym of each other ("LNA" ↔ "Libyan National Army").
 */
import { NAME_PARTICLES } from '../en/gazetteers/titles.js';
import { foldName, phoneticKey } from './normalize.js';
import { type ParsedName, parseName } from './parseName.js';
import { remembered } from './remembered.js';
import { shortFormOf } from './shortForms.js';
import { jaroWinkler } from './similarity.js';

/** Two names with at least this similarity are taken to be the same entity. */
export const SAME_NAME_THRESHOLD = 0.9;
/** Added to the Jaro–Winkler score of two words whose phonetic keys agree (Qadhafi/Gaddafi). */
export const PHONETIC_AGREEMENT_BONUS = 0.1;
/** Score of an acronym against the words it abbreviates. */
const ACRONYM_SCORE = 0.95;

export type NameKind = 'person' | 'other';

/** Similarity of two single words in [0, 1]: Jaro–Winkler on folded forms, plus agreement of sound. */
export function wordSimilarity(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return 1;
  const jw = jaroWinkler(fa, fb);
  const ka = phoneticKey(a);
  return ka !== '' && ka === phoneticKey(b) ? Math.min(1, jw + PHONETIC_AGREEMENT_BONUS) : jw;
}

/** Similarity of two names in [0, 1]. */
export function nameSimilarity(a: string, b: string, kind: NameKind = 'person'): number {
  return kind === 'person' ? personSimilarity(parseName(a), parseName(b)) : otherNameSimilarity(a, b);
}

/** Whether two names are the same entity, at SAME_NAME_THRESHOLD. */
export function sameEntityName(a: string, b: string, kind: NameKind = 'person'): boolean {
  return nameSimilarity(a, b, kind) >= SAME_NAME_THRESHOLD;
}

function personSimilarity(a: ParsedName, b: ParsedName): number {
  if (a.surname === '' || b.surname === '') return 0;
  const surname = wordSimilarity(a.surname, b.surname);
  if (a.given.length === 0 || b.given.length === 0) return surname;
  return Math.min(surname, givenSimilarity(a.given[0], b.given[0]));
}

/** First given names agree when they sound alike or one is the other's initial ("K. Haftar"). */
function givenSimilarity(a: string, b: string): number {
  const initialA = /^\p{L}\.?$/u.test(a);
  const initialB = /^\p{L}\.?$/u.test(b);
  if (initialA || initialB) return foldName(a)[0] === foldName(b)[0] ? 1 : 0;
  if (shortFormOf(foldName(a), foldName(b))) return 1;
  return wordSimilarity(a, b);
}

const particleWords = new Set(NAME_PARTICLES.map((p) => p.replace(/-$/, '')));
const IGNORED_WORDS = new Set(['the', 'of', 'and', '&', 'for']);

/** Folded words of an organisation or place name without articles and particles (shared: read only). */
const contentWords = remembered((s: string): readonly string[] =>
  foldName(s)
    .split(' ')
    .filter((w) => w !== '' && !IGNORED_WORDS.has(w) && !particleWords.has(w)),
);

function otherNameSimilarity(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  if (wa.join(' ') === wb.join(' ')) return 1;
  if (isAcronymOf(a, wb) || isAcronymOf(b, wa)) return ACRONYM_SCORE;
  if (wa.length !== wb.length) return 0;
  let score = 1;
  for (let i = 0; i < wa.length; i++) score = Math.min(score, wordSimilarity(wa[i], wb[i]));
  return score;
}

/** "LNA" abbreviates [libyan, national, army]; "U.N." abbreviates [united, nations]. */
function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[.\s]/g, '');
  if (words.length < 2 || letters.length !== words.length || !/^\p{Lu}+$/u.test(letters)) return false;
  return words.every((w, i) => w[0] === letters[i].toLowerCase());
}
