import {
  FLAG_CAPITALISED,
  FLAG_DATE_WORD,
  FLAG_FIRST_NAME,
  FLAG_HONORIFIC,
  FLAG_STARTS_CITY,
  FLAG_STARTS_ORGANISATION,
  FLAG_STARTS_PLACE,
  H_PROFILE_CAP,
} from './lexicon.js';
import { namesStorm } from './stormNames.js';
import type { Candidate, TokenView } from './tokens.js';

/**
 * The tagger sometimes starts a person's name one word late ("executive Fred [Gregory]",
 * "[M. Anderson]" after "Jennifer"): a capitalised first name right before a PERSON span,
 * outside every other span, is taken into it. A storm word is not ("Hurricane [Rita]": taken in,
 * the storm's name was no longer dropped across the article, stormNames.ts), nor a greeting that
 * the first-name lists also hold ("Hi [Carys] ,": "Hi" is a given name there; UNER train has "Hi",
 * "Hey", "Hello", "Dear" 56 times, inside a name never).
 */
export function extendFirstNames(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const i = s.start - 1;
    if (s.label !== 'PERSON' || i < start || (k > 0 && spans[k - 1].end > i)) continue;
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_HONORIFIC) !== 0 || namesStorm(v, i)) continue;
    if (GREETINGS.has(v.lower[i])) continue;
    if ((f & FLAG_FIRST_NAME) !== 0 || (i > start && unlistedProperName(v, i, f))) {
      s.start = i;
      s.rule += '+first-name';
    }
  }
}

/** Words that open a letter or a reply before the name it greets. */
const GREETINGS = new Set([
  'hi',
  'hey',
  'hello',
  'dear',
  'thanks',
  'thank',
  'welcome',
  'yo',
  'howdy',
  'greetings',
  'congratulations',
  'congrats',
]);

/** Profile buckets (H_PROFILE_CAP) of words capitalised mid-sentence most or all of the time. */
const MOSTLY_CAPITALISED = 4;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const NOT_A_NAME_START = FLAG_DATE_WORD | FLAG_STARTS_PLACE | FLAG_STARTS_CITY | FLAG_STARTS_ORGANISATION;

/**
 * A capitalised word inside the sentence that no list names and that unlabeled text never or
 * mostly shows capitalised ("said Khaled [Ben Amer]"): a given name the first-name lists lack.
 * It is written in letters, one capital first: abbreviations and all-caps words ("PM [Allawi]",
 * "the SRD [Team]") and words with an apostrophe ("OK'd [Anthony]") are no given names.
 */
function unlistedProperName(v: TokenView, i: number, flags: number): boolean {
  if ((flags & NOT_A_NAME_START) !== 0 || !TITLE_CASE_WORD.test(v.words[i])) return false;
  const cap = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
  return cap === 0 || cap >= MOSTLY_CAPITALISED;
}

/** Religious and tribal titles UNER annotates as part of the name they open. */
const NAME_TITLES = new Set(['Sheikh', 'Shaikh', 'Sheik', 'Mullah', 'Ayatollah']);

/**
 * "Sheikh Amal Haddad", "Mullah Karim": UNER puts these titles inside the person's span (train: 12 of
 * 15 before a name), where it leaves "Mr." or "President" out; the tagger mostly starts after them. A
 * capitalised such title right before a PERSON span, outside every other span, is taken into it.
 */
export function extendOverNameTitles(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const i = s.start - 1;
    if (s.label !== 'PERSON' || i < start || (k > 0 && spans[k - 1].end > i)) continue;
    if (!NAME_TITLES.has(v.words[i])) continue;
    s.start = i;
    s.rule += '+title';
  }
}
