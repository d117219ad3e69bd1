/**
 * "Branshaw's bathing beach … the MP for Branshaw … Branshaw Town Council": a one-word name the
 * tagger called a person is a place when the article shows it is one elsewhere and never shows it
 * is someone's. It is one when it opens the name of a body that places name ("… Town Council",
 * "… Police", "… Courier", "… Water"), stands inside a place's name with a place head word ("River
 * Caddon"), follows "near" with nothing after it but punctuation or "and", or follows a place
 * after "in" and "and" ("in Zliten and Khoms"; "in" alone is said of more than places), or is
 * listed among places ("to Gallow, Tresk, Mossbridge and Kirren": most of a list's names places). It is
 * someone's when it is part of a longer person's name ("Neil Tarvin"), follows an honorific ("Mr
 * Tarvin"), or is a listed first name ("Maria"). Then every person span of just that word is
 * retyped GPE. Bodies named after founders ("… Foundation", "… Haulage", "… Airport") show nothing.
 */
import { FLAG_FIRST_NAME, FLAG_HONORIFIC, FLAG_PLACE_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Last words of the names of bodies a place gives its name to. */
const PLACE_BODY_HEADS = new Set([
  'council',
  'police',
  'borough',
  'county',
  'district',
  'constabulary',
  'water',
  'courier',
  'gazette',
  'chronicle',
  'advertiser',
  'echo',
  'herald',
  'times',
  'press',
  'post',
  'journal',
  'observer',
  'mercury',
  'standard',
  'telegraph',
]);
const PLACE_LABELS = new Set(['LOC', 'GPE']);
const BODY_LABELS = new Set(['ORG', 'MEDIA']);
/** Prepositions that put a bare place name after them ("in Khoms", "near Dunvane"). */
const PLACE_PREPOSITIONS = new Set(['near']);
export const PLACE_PERSON_RULE = 'place-word';

/** Retypes, in place, one-word person spans of `ents` (sorted, over the whole view) the document shows are places. */
export function retypePlacesReadAsPersons(v: TokenView, ents: Candidate[]): Candidate[] {
  const candidates = new Set<string>();
  for (const e of ents)
    if (
      e.label === 'PERSON' &&
      e.end - e.start === 1 &&
      (v.lexicon.flags[v.ids[e.start]] & FLAG_FIRST_NAME) === 0
    )
      candidates.add(v.words[e.start]);
  if (candidates.size === 0) return ents;
  const personal = new Set<string>();
  const placed = new Set<string>();
  for (const e of ents) {
    const len = e.end - e.start;
    if (e.label === 'PERSON' && len > 1) for (let i = e.start; i < e.end; i++) personal.add(v.words[i]);
    if (PLACE_LABELS.has(e.label) && len > 1 && placeHeaded(v, e))
      for (let i = e.start; i < e.end; i++) placed.add(v.words[i]);
    if (BODY_LABELS.has(e.label) && len > 1 && PLACE_BODY_HEADS.has(v.lower[e.end - 1]))
      placed.add(v.words[e.start]);
  }
  for (const w of listedAmongPlaces(v, ents)) placed.add(w);
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i];
    if (!candidates.has(w)) continue;
    if (i > 0 && (v.lexicon.flags[v.ids[i - 1]] & FLAG_HONORIFIC) !== 0) personal.add(w);
    if (i > 0 && PLACE_PREPOSITIONS.has(v.lower[i - 1]) && bareAfter(v, i + 1)) placed.add(w);
    // "in Zliten and Khoms": coordinated with a place after "in".
    if (i > 2 && v.lower[i - 1] === 'and' && v.lower[i - 3] === 'in')
      if (ents.some((e) => e.start === i - 2 && e.end === i - 1 && PLACE_LABELS.has(e.label))) placed.add(w);
  }
  for (const e of ents) {
    if (e.label !== 'PERSON' || e.end - e.start !== 1) continue;
    const w = v.words[e.start];
    if (!candidates.has(w) || !placed.has(w) || personal.has(w)) continue;
    e.label = 'GPE';
    e.rule = `${e.rule}+${PLACE_PERSON_RULE}`;
  }
  return ents;
}

/** Fewest names a list needs before what most of them are says what the rest are. */
const MIN_LIST = 3;
const CONJUNCTIONS = new Set(['and', 'or']);

/**
 * One-word names in lists of MIN_LIST or more names, most of them places: names joined by commas,
 * the last after "and" or "or" ("Gallow, Tresk, Mossbridge, Kirren and Ardley"). A list ends at its
 * conjunction's name, so a speaker after it ("…, Kirren and Ardley, Vance said") is not in it.
 */
function listedAmongPlaces(v: TokenView, ents: Candidate[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ents.length; ) {
    let j = i;
    let closed = false;
    while (!closed && j + 1 < ents.length) {
      const joiner = joinerBetween(v, ents[j].end, ents[j + 1].start);
      if (joiner === null) break;
      closed = joiner;
      j++;
    }
    const items = ents.slice(i, j + 1);
    if (
      closed &&
      items.length >= MIN_LIST &&
      2 * items.filter((e) => PLACE_LABELS.has(e.label)).length > items.length
    )
      for (const e of items) if (e.end - e.start === 1) out.push(v.words[e.start]);
    i = j + 1;
  }
  return out;
}

/**
 * What joins two names of a list: null when the words between are not a list's ("," alone, or a
 * conjunction with or without a comma before it); else whether a conjunction, closing the list, joins them.
 */
function joinerBetween(v: TokenView, end: number, start: number): boolean | null {
  if (start - end === 1 && v.lower[end] === ',') return false;
  if (start - end === 1 && CONJUNCTIONS.has(v.lower[end])) return true;
  if (start - end === 2 && v.lower[end] === ',' && CONJUNCTIONS.has(v.lower[end + 1])) return true;
  return null;
}

/** Whether a place span holds a place head word ("River Caddon", "Gorran Hill"). */
function placeHeaded(v: TokenView, e: Candidate): boolean {
  for (let i = e.start; i < e.end; i++) if ((v.lexicon.flags[v.ids[i]] & FLAG_PLACE_HEAD) !== 0) return true;
  return false;
}

/** Whether token `i` ends a bare name: the text's end, punctuation, or "and"/"or". */
function bareAfter(v: TokenView, i: number): boolean {
  return i >= v.words.length || /^(?:[.,;:!?)]|and|or)$/.test(v.lower[i]);
}
