/**
 * Entity types with no training data, found by gazetteers and patterns:
 * MEDIA (outlet lexicon; "the <Capitalised…> Herald/Times/…"; "<Capitalised…> Online/News Agency/TV"),
 * NORP (demonyms from world-countries and group words, singular and plural),
 * GPE (country names; very large cities), DATE (weekdays, month–day–year, years after a
 * preposition, relative expressions such as "last week" and "two days ago").
 */
import { CITY_RULE_POPULATION, cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import {
  AMBIGUOUS_MONTHS,
  DATE_MODIFIERS,
  DATE_PREPOSITIONS,
  DATE_UNITS,
  MONTHS,
  RELATIVE_DAYS,
  WEEKDAYS,
} from '../en/gazetteers/dateWords.js';
import { MEDIA_OUTLETS, OUTLET_SUFFIXES, OUTLETS_AFTER_THE, PAPER_HEADS } from '../en/gazetteers/media.js';
import { PhraseTable } from '../en/gazetteers/phraseTable.js';
import { BODY_HEADS } from './headedBodies.js';
import {
  FLAG_CAPITALISED,
  FLAG_DATE_WORD,
  FLAG_HAS_DIGIT,
  FLAG_STARTS_CITY,
  FLAG_STARTS_PEOPLE,
  FLAG_STARTS_PLACE,
  H_PROFILE_CAP,
} from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Capitalised words a pattern may take before a paper head or outlet suffix. */
const MAX_NAME_WORDS = 4;

interface RuleTables {
  outlets: PhraseTable<string>;
  outletsAfterThe: PhraseTable<string>;
  suffixes: PhraseTable<string>;
  paperHeads: Set<string>;
  months: Set<string>;
  ambiguousMonths: Set<string>;
  weekdays: Set<string>;
  relativeDays: Set<string>;
  units: Set<string>;
  modifiers: Set<string>;
  prepositions: Set<string>;
}

let tables: RuleTables | null = null;

function ruleTables(): RuleTables {
  if (tables) return tables;
  const outlets = new PhraseTable<string>();
  for (const o of MEDIA_OUTLETS) outlets.add(o, o);
  const outletsAfterThe = new PhraseTable<string>();
  for (const o of OUTLETS_AFTER_THE) outletsAfterThe.add(o, o);
  const suffixes = new PhraseTable<string>();
  for (const s of OUTLET_SUFFIXES) suffixes.add(s, s);
  tables = {
    outlets,
    outletsAfterThe,
    suffixes,
    paperHeads: new Set(PAPER_HEADS),
    months: new Set(MONTHS),
    ambiguousMonths: new Set(AMBIGUOUS_MONTHS),
    weekdays: new Set(WEEKDAYS),
    relativeDays: new Set(RELATIVE_DAYS),
    units: new Set(DATE_UNITS),
    modifiers: new Set(DATE_MODIFIERS),
    prepositions: new Set(DATE_PREPOSITIONS),
  };
  return tables;
}

const isCap = (v: TokenView, i: number): boolean => (v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) !== 0;
/** Profile bucket (1-based, as the lexicon stores it) of words capitalised at least 80% of the time mid-sentence. */
const USUALLY_CAPITALISED = 5;
/**
 * Capitalised, or written in lower case but a word unlabeled text almost always capitalises:
 * informal text writes "mexico" and "kerala", while "turkey" or "china" in lower case stay words
 * unless the profiles say otherwise.
 */
const nameLike = (v: TokenView, i: number): boolean =>
  isCap(v, i) || v.lexicon.hash(v.ids[i], H_PROFILE_CAP) === USUALLY_CAPITALISED;
/** Before these a lower-case country word is the common noun ("the turkey", "fine china"). */
const COMMON_NOUN_CUES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'fine',
]);
function allNameLike(v: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!nameLike(v, i)) return false;
  return true;
}

/** Whether tokens [i, i+n) are written exactly as `entry` (case included), ignoring spaces. */
function writtenAs(v: TokenView, i: number, n: number, entry: string): boolean {
  let joined = '';
  for (let k = i; k < i + n; k++) joined += v.words[k];
  return joined === entry.replace(/\s+/g, '');
}

/** Adds every rule span in sentence [start, end) to `out`. */
export function findRuleSpans(v: TokenView, start: number, end: number, out: Candidate[]): void {
  findMedia(v, start, end, out);
  findGazetteerSpans(v, start, end, out);
  findDates(v, start, end, out);
}

function findMedia(v: TokenView, start: number, end: number, out: Candidate[]): void {
  const t = ruleTables();
  for (let i = start; i < end; i++) {
    if (!isCap(v, i) || v.lower[i] === 'the') continue;
    let n = t.outlets.longestMatch(v.lower, i, end);
    if (n > 0 && writtenAs(v, i, n, t.outlets.matchedValue!)) {
      out.push({ start: i, end: i + n, label: 'MEDIA', rule: 'gazetteer:media' });
      i += n - 1;
      continue;
    }
    const afterThe = i > start && v.lower[i - 1] === 'the';
    n = afterThe ? t.outletsAfterThe.longestMatch(v.lower, i, end) : 0;
    if (n > 0 && writtenAs(v, i, n, t.outletsAfterThe.matchedValue!) && !(i + n < end && isCap(v, i + n))) {
      out.push({ start: i, end: i + n, label: 'MEDIA', rule: 'gazetteer:media' });
      i += n - 1;
      continue;
    }
    n = Math.max(afterThe ? paperTitleLength(v, i, end, t) : 0, outletSuffixLength(v, i, end, t));
    if (n > 0) {
      out.push({ start: i, end: i + n, label: 'MEDIA', rule: 'pattern:media' });
      i += n - 1;
    }
  }
}

/**
 * "the Libya Herald", "the New York Times": capitalised words after "the" ending in a paper head.
 * A body's head after them ("the Health Services Review Board", "the Tarrow Post Commission") makes
 * the paper's head a word of the body's name.
 */
function paperTitleLength(v: TokenView, i: number, end: number, t: RuleTables): number {
  let best = 0;
  for (let j = i; j < end && j < i + MAX_NAME_WORDS + 1 && isCap(v, j); j++) {
    if (best > 0 && BODY_HEADS.has(v.lower[j])) return 0;
    if (j > i && t.paperHeads.has(v.words[j])) best = j - i + 1;
  }
  return best;
}

/** "Ahram Online", "Maghreb News Agency": capitalised words then an outlet suffix. */
function outletSuffixLength(v: TokenView, i: number, end: number, t: RuleTables): number {
  for (let j = i + 1; j < end && j <= i + MAX_NAME_WORDS; j++) {
    const m = t.suffixes.longestMatch(v.lower, j, end);
    if (m > 0 && writtenAs(v, j, m, t.suffixes.matchedValue!)) return j - i + m;
    if (!isCap(v, j)) return 0;
  }
  return 0;
}

/** Countries and very large cities (GPE), demonyms and group words (NORP). */
function findGazetteerSpans(v: TokenView, start: number, end: number, out: Candidate[]): void {
  const { places, peoples } = countryGazetteer();
  const { cities } = cityGazetteer();
  const startsSomething = FLAG_STARTS_PLACE | FLAG_STARTS_PEOPLE | FLAG_STARTS_CITY;
  for (let i = start; i < end; i++) {
    if ((v.lexicon.flags[v.ids[i]] & startsSomething) === 0) continue;
    if (!nameLike(v, i)) {
      const n = unseenLowerPlaceLength(v, i, start, end);
      if (n > 0) out.push({ start: i, end: i + n, label: 'GPE', rule: 'gazetteer:lower-place' });
      i += Math.max(n - 1, 0);
      continue;
    }
    const lowerStart = !isCap(v, i);
    if (lowerStart && i > start && COMMON_NOUN_CUES.has(v.lower[i - 1])) continue;
    const matched = (n: number) => (n > 0 && lowerStart && !allNameLike(v, i, i + n) ? 0 : n);
    // "Thai" is both an alternative name of Thailand and a demonym: the people win ties.
    const people = matched(peoples.longestMatch(v.lower, i, end));
    let n = matched(places.longestMatch(v.lower, i, end));
    if (n > people) {
      out.push({ start: i, end: i + n, label: 'GPE', rule: 'gazetteer:countries' });
      i += n - 1;
      continue;
    }
    n = people;
    if (n > 0) {
      out.push({ start: i, end: i + n, label: 'NORP', rule: 'gazetteer:peoples' });
      i += n - 1;
      continue;
    }
    n = cities.longestMatch(v.lower, i, end);
    if (n > 0 && cities.matchedValue! >= CITY_RULE_POPULATION && matched(n) > 0) {
      out.push({ start: i, end: i + n, label: 'GPE', rule: 'gazetteer:cities' });
      i += n - 1;
    }
  }
}

/** Prepositions before a place: "in kollam", "to baguio", "between noida and …". */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'between', 'around', 'visiting']);
/** Smallest city read in lower case: towns named like words ("to rugby", "bury") are smaller. */
const LOWER_CITY_POPULATION = 200_000;

/**
 * A lower-case one-word country, region or city (over LOWER_CITY_POPULATION) right after a place
 * preposition, that the unlabeled text never showed (a word it has no profile for): informal text
 * writes "in kerala", "to baguio"; ordinary words have profiles, so "in reading" stays a word.
 */
function unseenLowerPlaceLength(v: TokenView, i: number, start: number, end: number): number {
  if (i === start || !PLACE_PREPOSITIONS.has(v.lower[i - 1]) || !/^\p{Ll}+$/u.test(v.words[i])) return 0;
  if (v.lexicon.hash(v.ids[i], H_PROFILE_CAP) !== 0) return 0;
  const { places } = countryGazetteer();
  if (places.longestMatch(v.lower, i, end) === 1) return 1;
  const { cities } = cityGazetteer();
  return cities.longestMatch(v.lower, i, end) === 1 && cities.matchedValue! >= LOWER_CITY_POPULATION ? 1 : 0;
}

const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const DECADE_RE = /^(?:1[89]|20)\d0s$/;
const DAY_RE = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/;
const NUMERIC_DATE_RE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const COUNT_RE =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)$/;

function findDates(v: TokenView, start: number, end: number, out: Candidate[]): void {
  for (let i = start; i < end; ) {
    const n = v.lexicon.flags[v.ids[i]] & FLAG_DATE_WORD ? dateLength(v, i, start, end) : 0;
    if (n > 0) {
      let from = i;
      // "5 March", "early March", "last Tuesday": take the word before when it belongs.
      if (i > start && (DAY_RE.test(v.lower[i - 1]) || ruleTables().modifiers.has(v.lower[i - 1])))
        from = i - 1;
      if (from < i && out.length > 0 && out[out.length - 1].end > from) from = i;
      out.push({ start: from, end: i + n, label: 'DATE', rule: 'pattern:date' });
      i += n;
    } else i++;
  }
}

/** Length of the date expression starting at token i, or 0. */
function dateLength(v: TokenView, i: number, start: number, end: number): number {
  const t = ruleTables();
  const w = v.lower[i];
  const next = i + 1 < end ? v.lower[i + 1] : '';
  if (NUMERIC_DATE_RE.test(w) || t.relativeDays.has(w)) return 1;
  if (t.weekdays.has(w) && isCap(v, i) && w.length > 3) {
    if (next !== '' && t.months.has(next) && isCap(v, i + 1)) return 1 + monthDateLength(v, i + 1, end);
    if (next === ',' && i + 2 < end && t.months.has(v.lower[i + 2]))
      return 2 + monthDateLength(v, i + 2, end);
    return next === 'night' || next === 'morning' || next === 'afternoon' || next === 'evening' ? 2 : 1;
  }
  if (t.months.has(w) && isCap(v, i)) {
    const len = monthDateLength(v, i, end);
    const before = i > start ? v.lower[i - 1] : '';
    if (len > 1 || !t.ambiguousMonths.has(w) || t.prepositions.has(before)) return len;
    return 0;
  }
  if (DECADE_RE.test(w)) return 1;
  if (YEAR_RE.test(w) && i > start && t.prepositions.has(v.lower[i - 1])) return 1;
  if (t.modifiers.has(w) && (t.units.has(next) || t.weekdays.has(next) || t.months.has(next))) return 2;
  if (COUNT_RE.test(w) && t.units.has(next) && i + 2 < end && v.lower[i + 2] === 'ago') return 3;
  return 0;
}

/** "March", "March 5", "March 5, 2014", "March 2014" from a month at i. */
function monthDateLength(v: TokenView, i: number, end: number): number {
  let n = 1;
  if (i + n < end && DAY_RE.test(v.lower[i + n]) && (v.lexicon.flags[v.ids[i + n]] & FLAG_HAS_DIGIT) !== 0)
    n++;
  if (i + n + 1 < end && v.lower[i + n] === ',' && YEAR_RE.test(v.lower[i + n + 1])) n += 2;
  else if (i + n < end && YEAR_RE.test(v.lower[i + n])) n++;
  return n;
}
