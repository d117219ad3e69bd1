/**
 * A name the tagger read as a place that is, word for word, a brand (a company, web service or piece
 * of software: brands.ts) and no country, region or city is an organisation: "switched to Quillmail",
 * "bugs in Quillmail" read as places after "to" and "in". UNER train calls spans that are exactly a brand
 * ORG 73 times and LOC 7 (a store's branch: "the Starbucks on …"), so the list decides against the
 * tagger's reading of the prepositions. Persons are left alone ("Ted", "Iris" are brands too).
 */
import { brandGazetteer } from '../en/gazetteers/brands.js';
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { FLAG_STARTS_BRAND } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

export const BRAND_RULE = 'brand';

/** Retypes LOC spans that are exactly a brand as ORG, in place. */
export function retypeBrandPlaces(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.label !== 'LOC' || (v.lexicon.flags[v.ids[s.start]] & FLAG_STARTS_BRAND) === 0) continue;
    const n = s.end - s.start;
    if (brandGazetteer().longestMatch(v.lower, s.start, s.end) !== n) continue;
    if (countryGazetteer().places.longestMatch(v.lower, s.start, s.end) === n) continue;
    if (cityGazetteer().cities.longestMatch(v.lower, s.start, s.end) === n) continue;
    s.label = 'ORG';
    s.rule = `${s.rule}+${BRAND_RULE}`;
  }
}
