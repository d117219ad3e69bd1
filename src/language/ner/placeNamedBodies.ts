/**
 * Bodies named by a place and what they are: "Castlemoor Police said …", "Caddon Water's chief
 * executive", "The developer, Kingsmere Homes, …". The tagger misses such a name when it knows
 * neither word (above all at a sentence's start), or tags the place alone and as a person
 * ("[Caddon] Water"). A run of capitalised words ending in an organisation head word
 * (nameHeads.ts) or in a word for a utility or a housebuilder ("Water", "Homes", "Buses"), where
 * no span covers it or only person spans lie inside it and leave the head word out, is one ORG; a
 * span of exactly the run that the tagger called a person is retyped ORG (no person is called
 * "X Police" or "X Water"), and so is a place span of a name ending in a plural trade ("Brockley
 * Estates", "Kingsmere Homes"). Other spans the tagger gave a place label are left to
 * placeOrganisations.ts, and a lake ("Coniston Water") it read as a place stays one.
 */
import { ORG_HEADS } from '../en/gazetteers/nameHeads.js';
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_FIRST_NAME, H_PROFILE_CAP } from './lexicon.js';
import { MOSTLY_LOWER_BUCKETS } from './merge.js';
import type { Candidate, TokenView } from './tokens.js';

export const PLACE_BODY_RULE = 'place-body';
/**
 * Last words of the names of utilities and service firms, which are mostly a place's name and what
 * they supply ("Anglian Water", "Saltby Leisure", "Fenwick Security", "Greyline Rail").
 */
const SUPPLY_HEADS = ['water', 'housing', 'leisure', 'security', 'catering', 'hospitality', 'rail'];
/** Plural trades no place is named by ("Kingsmere Homes", "Brockley Estates"): a place span of such a name is a business. */
const PLURAL_TRADES = new Set([
  'homes',
  'buses',
  'coaches',
  'ferries',
  'trains',
  'railways',
  'trams',
  'estates',
  'properties',
  'lettings',
  'dairies',
  'quarries',
  'laundries',
  // Goods a business is named by, never a place: "Glenholm Poultry", "Tarrow Timber".
  'poultry',
  'seafood',
  'seafoods',
  'timber',
  'plastics',
  'textiles',
  'packaging',
  'meats',
]);
/** Plurals of the places where a trade is carried on ("Bakeries", "Breweries", "Fisheries", "Creameries"). */
const ESTABLISHMENTS = /^\p{Lu}\p{Ll}{2,}eries$/u;
const HEADS = new Set([...ORG_HEADS, ...SUPPLY_HEADS, ...PLURAL_TRADES]);
const pluralTrade = (v: TokenView, i: number) =>
  PLURAL_TRADES.has(v.lower[i]) || ESTABLISHMENTS.test(v.words[i]);

/** Whether a name's last word is a trade this rule reads as a business's ("Leisure", "Bakeries"); not "Water". */
export function endsInTrade(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  const lower = last.toLowerCase();
  const service = SUPPLY_HEADS.includes(lower) && lower !== 'water' && lower !== 'housing';
  return service || PLURAL_TRADES.has(lower) || ESTABLISHMENTS.test(last);
}
/** Labels a body's name may have been given by mistake, by head word. */
const RETYPED = new Set(['PERSON']);
const RETYPED_PLURAL = new Set(['PERSON', 'LOC', 'GPE']);
/** Heads that are also ordinary words before a name ("Post", "Times" end outlets' names: rules find those). */
const SKIPPED_HEADS = new Set(['press', 'times', 'news', 'herald', 'post', 'front', 'office', 'team']);
/** Legal forms and abbreviations: companySuffix.ts joins them, with their full stop. */
const ABBREVIATED = /^(?:co|corp|inc|ltd|llc|plc|fc|bros)\.?$/;
/** Words of a name before its head word. */
const MAX_NAME_WORDS = 3;
const ARTICLES = new Set(['the', 'a', 'an']);

/** Returns the spans of sentence [start, end) with place-named bodies added; `spans` sorted. */
export function addPlaceNamedBodies(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  let out = spans;
  for (let h = start + 1; h < end; h++) {
    const lower = v.lower[h];
    if (!(HEADS.has(lower) || pluralTrade(v, h)) || SKIPPED_HEADS.has(lower)) continue;
    if (!capitalised(v, h) || allCaps(v, h)) continue;
    if (ABBREVIATED.test(lower)) continue;
    // "Castlemoor Police Federation", "Georgia Institute of Technology": the name goes on past this head word.
    if (h + 1 < end && capitalised(v, h + 1)) continue;
    // "… Court of the District of Columbia", "… Fund for Animal Welfare", "Customer Service 101".
    if (h + 1 < end && /^(?:of|for)$/.test(v.lower[h + 1])) {
      const after = h + 2 < end && v.lower[h + 2] === 'the' ? h + 3 : h + 2;
      if (after < end && capitalised(v, after)) continue;
    }
    if (h + 1 < end && /^\p{N}/u.test(v.words[h + 1])) continue;
    let first = h;
    for (let k = h - 1, words = 0; k >= start && words < MAX_NAME_WORDS; k--) {
      // "Ashby Town Supporters' Trust": a plural's possessive mark inside the name.
      if (possessiveMark(v, k) && k - 1 >= start && /s$/.test(v.words[k - 1]) && namePart(v, k - 1)) continue;
      if (!namePart(v, k)) break;
      first = k;
      words++;
    }
    if (first < h && ARTICLES.has(v.lower[first])) first++;
    // A sentence's first word is capitalised whatever it is; "Local Police", "Senior Council" name nothing.
    // Inside a sentence a capitalised common word is part of the name ("Bow Street Magistrates' Court").
    const opens = first === start || /^["“‘'([:—–-]$/.test(v.words[first - 1]);
    if (opens) while (first < h && commonWord(v, first)) first++;
    while (first < h && possessiveMark(v, first)) first++;
    if (first === h) continue;
    // "the # 1 Newsgroup Service": a rank or a count before the words makes them a description.
    if (first - 1 >= start && /^(?:#|no\.?|\p{N}+)$/u.test(v.lower[first - 1])) continue;
    // "University of Northmere Police", "Friends of the Caddon Water …": part of a longer name.
    if (first - 1 >= start && /^(?:of|and|&|for|the)$/.test(v.lower[first - 1]) && first - 2 >= start)
      if (capitalised(v, first - 2)) continue;
    const inside = out.filter((s) => s.start <= h && first < s.end);
    // "Thomas Haden Church", "Charlotte Church": a person read as a person, named with a given name.
    if (inside.some((s) => s.label === 'PERSON' && firstName(v, s.start))) continue;
    const whole =
      inside.length === 1 && inside[0].start === first && inside[0].end === h + 1 ? inside[0] : null;
    if (whole) {
      if ((pluralTrade(v, h) ? RETYPED_PLURAL : RETYPED).has(whole.label)) {
        whole.label = 'ORG';
        whole.rule = `${whole.rule}+${PLACE_BODY_RULE}`;
      }
      continue;
    }
    // A place inside a body's name is the place it is named by ("[Ashby Town] Supporters' Trust").
    const inner = ORG_HEAD_SET.has(lower) ? INNER_FOR_BODIES : INNER_FOR_TRADES;
    if (inside.some((s) => s.start < first || s.end > h || !inner.has(s.label))) continue;
    out = out.filter((s) => !inside.includes(s));
    out.push({ start: first, end: h + 1, label: 'ORG', rule: PLACE_BODY_RULE });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const ORG_HEAD_SET = new Set(ORG_HEADS);
/** Spans a name's first words may carry: a person's by mistake; for a body's head, a place's too. */
const INNER_FOR_TRADES = new Set(['PERSON']);
const INNER_FOR_BODIES = new Set(['PERSON', 'LOC', 'GPE']);

/** An apostrophe token written onto the word before it ("Supporters" "'"). */
function possessiveMark(v: TokenView, i: number): boolean {
  return /^['’]$/.test(v.words[i]) && (v.attached === undefined || v.attached[i] === 1);
}

function firstName(v: TokenView, i: number): boolean {
  return (v.lexicon.flags[v.ids[i]] & FLAG_FIRST_NAME) !== 0;
}

function capitalised(v: TokenView, i: number): boolean {
  return (v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) !== 0;
}

function allCaps(v: TokenView, i: number): boolean {
  return (v.lexicon.flags[v.ids[i]] & FLAG_ALL_CAPS) !== 0;
}

/** A capitalised word of letters that may be part of a name ("Castlemoor", "St", "Kingsmere"). */
function namePart(v: TokenView, i: number): boolean {
  return capitalised(v, i) && !allCaps(v, i) && /^\p{Lu}[\p{L}'’.-]*$/u.test(v.words[i]);
}

/** Whether running text mostly writes the word in lower case. */
function commonWord(v: TokenView, i: number): boolean {
  const cap = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
  return cap > 0 && cap <= MOSTLY_LOWER_BUCKETS;
}
