/**
 * "the trade weekly Bus Gazette", "the fanzine Stand Up", "the farming weekly Furrow": capitalised
 * words right after "the", maybe a few lower-case words, and a noun for a kind of outlet are that
 * outlet's name. The tagger, which has seldom seen an outlet introduced by its kind, leaves such
 * names out or reads them as a person or a place; the speaker resolver needs the outlet (it relays
 * others' words, and "the paper" later is it).
 */
import { FLAG_CAPITALISED, FLAG_DATE_WORD } from './lexicon.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

/** Nouns for a kind of outlet that may stand right before its name. */
const OUTLET_KINDS = new Set([
  'newspaper',
  'tabloid',
  'fanzine',
  'magazine',
  'newsletter',
  'journal',
  'broadcaster',
  'daily',
  'weekly',
  'monthly',
]);
/** Kinds that alone may be adjectives ("the weekly Farmers Market"): a word must stand between "the" and them. */
const ADJECTIVE_KINDS = new Set(['daily', 'weekly', 'monthly']);
/** Lower-case words allowed between "the" and the kind ("the trade weekly", "the local farming weekly"). */
const MAX_WORDS_BEFORE_KIND = 2;
/** Words of the longest outlet name taken. */
const MAX_NAME_WORDS = 4;
/** Possessive tokens the tokenizer splits off a name's word. */
const POSSESSIVES = new Set(["'", '’', "'s", '’s']);
/** Labels the name may have been given by mistake; an organisation is left as the tagger read it. */
const MISTYPED = new Set(['PERSON', 'GPE', 'LOC']);

/** Adds or retypes MEDIA spans for names after an outlet's kind in sentence [start, end); keeps `spans` sorted. */
export function addKindNamedOutlets(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (let i = start + 1; i + 1 < end; i++) {
    if (!OUTLET_KINDS.has(v.words[i]) || !afterThe(v, i, start)) continue;
    let j = i + 1;
    while (j < end && j - i <= MAX_NAME_WORDS) {
      if (nameWord(v, j)) j++;
      // "Bakers' Review", "Farmer's Friend": a possessive between two of the name's words.
      else if (j > i + 1 && POSSESSIVES.has(v.words[j]) && j + 1 < end && nameWord(v, j + 1)) j += 2;
      else break;
    }
    // A name running on past where it could be read whole ("Tarvia Today", "La Voz de Sarena") is left to the tagger.
    if (j === i + 1 || runsOn(v, j, end)) continue;
    const inside = spans.filter((s) => s.end > i + 1 && s.start < j);
    if (inside.some((s) => s.start < i + 1 || s.end > j || !MISTYPED.has(s.label))) continue;
    const at = spans.findIndex((s) => s.start >= i + 1);
    const outlet = { start: i + 1, end: j, label: 'MEDIA', rule: 'pattern:kind-named-outlet' };
    spans.splice(at < 0 ? spans.length : at, inside.length, outlet);
  }
}

/** Whether the kind at `i` follows "the" and at most a few lower-case words (one at least before "daily" or "weekly"). */
function afterThe(v: TokenView, i: number, start: number): boolean {
  for (let k = i - 1; k >= start && i - 1 - k <= MAX_WORDS_BEFORE_KIND; k--) {
    if (v.lower[k] === 'the') return k < i - 1 || !ADJECTIVE_KINDS.has(v.words[i]);
    if (!/^\p{Ll}+$/u.test(v.words[k])) return false;
  }
  return false;
}

/** Lower-case words inside names ("La Voz de Sarena", "Friends of the Earth"). */
const NAME_CONNECTORS = new Set(['de', 'del', 'della', 'di', 'du', 'la', 'le', 'of', 'and', 'for', 'the']);

/** Whether the name cut before token `j` goes on: a capitalised word, or a connector before one. */
function runsOn(v: TokenView, j: number, end: number): boolean {
  if (j >= end) return false;
  if (isCapitalised(v, j)) return true;
  return NAME_CONNECTORS.has(v.words[j]) && j + 1 < end && isCapitalised(v, j + 1);
}

/** A capitalised word that is no date word ("March", "Monday"). */
function nameWord(v: TokenView, k: number): boolean {
  const f = v.lexicon.flags[v.ids[k]];
  return (f & FLAG_CAPITALISED) !== 0 && (f & FLAG_DATE_WORD) === 0;
}
