/**
 * A person's name used as a modifier: "the Karzai government", "the Bush administration", "the
 * Qadhafi regime". In UNER train and dev a capitalised word between a lower-case word and one of
 * these nouns is a person whenever it is not a demonym, a place or an organisation; the tagger
 * knows the frequent ones ("Bush") but leaves unfamiliar names out. A capitalised word that no
 * span covers, that no gazetteer lists and that unlabeled text does not mostly write in lower
 * case, before such a noun, becomes a PERSON.
 */
import {
  FLAG_ALL_CAPS,
  FLAG_CAPITALISED,
  FLAG_DATE_WORD,
  FLAG_HONORIFIC,
  FLAG_ORG_HEAD,
  FLAG_PLACE_HEAD,
  FLAG_STARTS_CITY,
  FLAG_STARTS_ORGANISATION,
  FLAG_STARTS_PEOPLE,
  FLAG_STARTS_PLACE,
  H_PROFILE_CAP,
} from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Nouns that a ruler's or a household's name modifies (not "dynasty" or "clan": "the Ming dynasty"). */
const RULED_NOUNS = new Set(['regime', 'administration', 'government', 'presidency', 'family', 'cabinet']);

/** Words that are something other than a person's name. */
export const NOT_A_PERSON =
  FLAG_ALL_CAPS |
  FLAG_DATE_WORD |
  FLAG_HONORIFIC |
  FLAG_ORG_HEAD |
  FLAG_PLACE_HEAD |
  FLAG_STARTS_CITY |
  FLAG_STARTS_ORGANISATION |
  FLAG_STARTS_PEOPLE |
  FLAG_STARTS_PLACE;

/** Word-profile buckets (as the lexicon stores them, 1-based) of words written mostly in lower case. */
const MOSTLY_LOWER_BUCKETS = 3;

/** Adds PERSON spans for names modifying a ruled noun in sentence [start, end); keeps `spans` sorted. */
export function addModifierNames(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (let i = start + 1; i + 1 < end; i++) {
    if (!RULED_NOUNS.has(v.words[i + 1])) continue;
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & NOT_A_PERSON) !== 0) continue;
    if (!/^\p{Ll}/u.test(v.words[i - 1])) continue;
    const bucket = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
    if (bucket > 0 && bucket <= MOSTLY_LOWER_BUCKETS) continue;
    let k = 0;
    while (k < spans.length && spans[k].end <= i) k++;
    if (k < spans.length && spans[k].start <= i) continue;
    spans.splice(k, 0, { start: i, end: i + 1, label: 'PERSON', rule: 'pattern:modifier-name' });
  }
}
