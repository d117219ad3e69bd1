/**
 * "Eastmarch Council's transport lead": the tagger sometimes takes a body's possessive into its
 * name. A name may end in "'s" ("Sainsbury's", "Women's"), but not after a word that heads bodies'
 * names: there the "'s" says whose the next thing is, and the name is the body's without it.
 */
import type { Candidate, TokenView } from './tokens.js';

/** Last words of bodies' names no possessive belongs to. */
const BODY_HEADS = new Set([
  'council',
  'committee',
  'commission',
  'ministry',
  'department',
  'university',
  'college',
  'school',
  'hospital',
  'institute',
  'foundation',
  'party',
  'union',
  'federation',
  'association',
  'league',
  'agency',
  'authority',
  'board',
  'bureau',
  'police',
  'service',
  'society',
  'club',
  'trust',
  'court',
  'government',
  'group',
  'company',
  'ltd',
  'plc',
  'inc',
]);
const POSSESSIVE = /^['’]s?$/;
export const POSSESSIVE_BODY_RULE = 'possessive-cut';

/** Cuts, in place, a possessive off the end of organisation spans whose word before it heads bodies' names. */
export function cutBodyPossessives(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.label !== 'ORG' || s.end - s.start < 3 || !POSSESSIVE.test(v.words[s.end - 1])) continue;
    if (!BODY_HEADS.has(v.lower[s.end - 2]) || !/^\p{Lu}/u.test(v.words[s.end - 2])) continue;
    s.end--;
    s.rule = `${s.rule}+${POSSESSIVE_BODY_RULE}`;
  }
}
