/**
 * Countries and their peoples from the `world-countries` package (ODbL), loaded lazily once:
 * common, official and alternative names, plus the regions of regions.ts → GPE; demonyms and their plurals → NORP.
 */
import { createRequire } from 'node:module';
import { GROUP_WORDS, pluralOf } from './groups.js';
import { PhraseTable } from './phraseTable.js';
import { REGIONS } from './regions.js';

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Alternative names shorter than this are country codes ("LY"), too ambiguous to match. */
const MIN_ALT_SPELLING_LENGTH = 4;

/** Names and peoples the package leaves out or writes differently from the news. */
const EXTRA_PLACES = [
  'U.S.',
  'US',
  'USA',
  'U.S.A.',
  'America',
  'United States of America',
  'UK',
  'U.K.',
  'Britain',
  'Great Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Russia',
  'Syria',
  'Iran',
  'South Korea',
  'North Korea',
  'Ivory Coast',
  'Palestine',
  'Gaza',
  'West Bank',
  'Kurdistan',
  'Taiwan',
  'Vatican',
  'Burma',
  'Congo',
  'Holland',
  'UAE',
  'Emirates',
  'Czech Republic',
  'Soviet Union',
  'USSR',
  'Cyrenaica',
  'Tripolitania',
  'Fezzan',
  'Darfur',
  'Sinai',
  'Kosovo',
  'Tibet',
  'Chechnya',
  'Crimea',
  'Hong Kong',
  'Macau',
  'Puerto Rico',
  'Greenland',
  'Europe',
];
const EXTRA_PEOPLES = [
  'American',
  'British',
  'Briton',
  'English',
  'Scottish',
  'Welsh',
  'Irish',
  'Saudi',
  'Emirati',
  'Qatari',
  'Russian',
  'Syrian',
  'Iranian',
  'Korean',
  'Soviet',
  'Congolese',
  'Dutch',
  'Czech',
  'Palestinian',
  'Taiwanese',
  'Burmese',
  'Filipino',
  'Israeli',
  'Yemeni',
  'Iraqi',
  'Afghan',
  'Kuwaiti',
  'Omani',
  'Bahraini',
  'Sudanese',
  'Chadian',
  'Nigerien',
  'Malian',
  'Tunisian',
  'Algerian',
  'Moroccan',
  'Mauritanian',
  'Egyptian',
  'Libyan',
];

export interface CountryGazetteer {
  /** Country names → GPE. */
  places: PhraseTable<string>;
  /** Demonyms and group words, singular and plural → NORP. */
  peoples: PhraseTable<string>;
}

let cached: CountryGazetteer | null = null;

export function countryGazetteer(): CountryGazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const records = require('world-countries') as CountryRecord[];
  const places = new PhraseTable<string>();
  const peoples = new PhraseTable<string>();
  for (const r of records) {
    places.add(r.name.common, 'GPE');
    places.add(r.name.official, 'GPE');
    for (const alt of r.altSpellings) if (alt.length >= MIN_ALT_SPELLING_LENGTH) places.add(alt, 'GPE');
    const d = r.demonyms?.eng;
    if (d) for (const form of new Set([d.m, d.f])) addPeople(peoples, form);
  }
  for (const p of EXTRA_PLACES) places.add(p, 'GPE');
  for (const p of REGIONS) places.add(p, 'GPE');
  for (const p of EXTRA_PEOPLES) addPeople(peoples, p);
  for (const g of GROUP_WORDS) addPeople(peoples, g);
  cached = { places, peoples };
  return cached;
}

function addPeople(table: PhraseTable<string>, form: string): void {
  table.add(form, 'NORP');
  const lower = form.toLowerCase();
  // "Swiss", "Chinese", "British" have no plural; "Libyan" → "Libyans".
  if (!/(?:ese|ss|sh|ch)$/.test(lower)) table.add(pluralOf(lower), 'NORP');
}
