/**
 * Cross-article entity resolution keys. A corpus entity is found by (type, block); candidates in
 * the same block are then compared name to name with src/language/names. The block of a person is
 * the phonetic key of the surname, so transliteration variants ("Haftar", "Hafter"; "Qadhafi",
 * "Gaddafi") meet.
 */
import type { EntityType } from '../analysis/types.js';
import { parseName, phoneticKey, sameEntityName } from '../language/names/index.js';

/** Title words dropped before comparing person names ("Gen. Khalifa Haftar" = "Khalifa Haftar"). */
const PERSON_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'gen',
  'general',
  'col',
  'colonel',
  'maj',
  'major',
  'capt',
  'captain',
  'lt',
  'sgt',
  'adm',
  'admiral',
  'president',
  'pres',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'minister',
  'prime',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'pope',
  'judge',
  'justice',
  'rev',
  'st',
  'jr',
  'sr',
  'ii',
  'iii',
]);
/** Corporate suffixes dropped before comparing organization names. */
const ORG_SUFFIXES = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'plc',
  'llc',
  'sa',
  'ag',
  'nv',
  'the',
]);

/** Entity types resolved across the corpus (dates are values, not entities). */
export const CORPUS_ENTITY_TYPES: ReadonlySet<EntityType> = new Set([
  'PERSON',
  'ORG',
  'MEDIA',
  'GPE',
  'LOC',
  'NORP',
  'WORK',
  'MISC',
]);

/** Lower-case ASCII-folded tokens, titles and suffixes removed. */
export function nameTokens(name: string, type: EntityType): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '');
  const tokens = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const drop = type === 'PERSON' ? PERSON_TITLES : type === 'ORG' || type === 'MEDIA' ? ORG_SUFFIXES : null;
  const kept = drop ? tokens.filter((t) => !drop.has(t)) : tokens;
  return kept.length > 0 ? kept : tokens;
}

export function normalizeName(name: string, type: EntityType): string {
  return nameTokens(name, type).join(' ');
}

/** Blocking key of one word: its transliteration-insensitive phonetic key ("Haftar", "Hafter" → "hVftVr"). */
export function skeleton(word: string): string {
  return phoneticKey(word) || word;
}

/**
 * Persons block on the surname as parsed by the names module (titles and particles removed);
 * other entities on every content word, so only names with the same words (up to spelling) meet.
 */
export function blockKey(name: string, type: EntityType): string {
  if (type === 'PERSON') {
    const surname = parseName(name).surname;
    if (surname) return skeleton(surname);
  }
  const tokens = nameTokens(name, type);
  if (tokens.length === 0) return '';
  return type === 'PERSON' ? skeleton(tokens[tokens.length - 1]!) : tokens.map(skeleton).join(' ');
}

/**
 * Whether two names of the same type can denote one entity, by the names module's similarity:
 * persons on the surname in any transliteration, given names compared when both have them
 * ("Haftar" ~ "Khalifa Hafter", "K. Haftar" ~ "Khalifa Haftar", not "Ali Haftar" ~ "Khalifa Haftar");
 * other types on their words, corporate suffixes aside ("Acme Corp" ~ "ACME").
 */
export function namesMatch(a: string, b: string, type: EntityType): boolean {
  if (type === 'PERSON') return sameEntityName(a, b, 'person');
  return sameEntityName(nameTokens(a, type).join(' '), nameTokens(b, type).join(' '), 'other');
}

/** The better canonical name of two: a full name beats a bare surname; otherwise keep the first. */
export function preferredName(current: string, candidate: string, type: EntityType): string {
  const a = nameTokens(current, type).length;
  const b = nameTokens(candidate, type).length;
  return b > a ? candidate : current;
}
