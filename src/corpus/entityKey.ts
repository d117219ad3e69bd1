/**
 * Cross-article entity resolution keys. A corpus entity is found by (type, block); candidates in
 * the same block are then compared name to name. The block of a person is a consonant skeleton of
 * the surname, so spelling variants of transliterated names ("Haftar", "Hafter") meet.
 */
import type { EntityType } from '../analysis/types.js';

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

/** First letter plus the consonants after it, repeats collapsed: "haftar" and "hafter" → "hftr". */
export function skeleton(word: string): string {
  const rest = word.slice(1).replace(/[aeiouy]/g, '');
  return (word[0] ?? '') + rest.replace(/(.)\1+/g, '$1');
}

export function blockKey(name: string, type: EntityType): string {
  const tokens = nameTokens(name, type);
  if (tokens.length === 0) return '';
  if (type === 'PERSON') return skeleton(tokens[tokens.length - 1]!);
  return tokens.map(skeleton).join(' ');
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** Same word up to a spelling variant: equal, or one edit apart in words of five letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && skeleton(a) === skeleton(b) && editDistanceAtMost(a, b, 2);
}

/** A given name and an initial, or two spellings of one given name. */
function compatibleGiven(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameWord(a, b);
}

/**
 * Whether two names of the same type can denote one entity. Persons: same surname (up to spelling),
 * and given names that agree where both are present ("Haftar" ~ "Khalifa Hafter", "K. Haftar" ~
 * "Khalifa Haftar", not "Ali Haftar" ~ "Khalifa Haftar"). Other types: the same tokens up to spelling.
 */
export function namesMatch(a: string, b: string, type: EntityType): boolean {
  const ta = nameTokens(a, type);
  const tb = nameTokens(b, type);
  if (ta.length === 0 || tb.length === 0) return false;
  if (type !== 'PERSON') return ta.length === tb.length && ta.every((t, i) => sameWord(t, tb[i]!));
  if (!sameWord(ta[ta.length - 1]!, tb[tb.length - 1]!)) return false;
  const ga = ta.slice(0, -1);
  const gb = tb.slice(0, -1);
  if (ga.length === 0 || gb.length === 0) return true;
  return compatibleGiven(ga[0]!, gb[0]!);
}

/** The better canonical name of two: a full name beats a bare surname; otherwise keep the first. */
export function preferredName(current: string, candidate: string, type: EntityType): string {
  const a = nameTokens(current, type).length;
  const b = nameTokens(candidate, type).length;
  return b > a ? candidate : current;
}
