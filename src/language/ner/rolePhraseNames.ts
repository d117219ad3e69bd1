/**
 * "The county council's cabinet member for transport, Sunita Barve, urged …", "Their
 * association's chair, Kwame Asante, said …": a name set off by a comma after a noun phrase for a
 * person's role is that person. retypeRoleAppositives (businessAppositives.ts) reads only a role
 * noun right before the comma; here the role may be followed by what it is for ("member for
 * transport") and may be one of the nouns for office-holders that are not titles ("chair",
 * "member", "lead"). The phrase must open with a determiner or an owner's "'s" before the role, so
 * that the role is a noun of its own ("chair" is a verb too). The name must be two or three
 * capitalised words with no organisation or place head word, closed by punctuation: the names the
 * tagger reads as places when it knows neither word.
 */
import { PERSON_TITLES } from '../en/cues/sourceWords.js';
import { FLAG_CAPITALISED, FLAG_ORG_HEAD, FLAG_PLACE_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Nouns for someone holding a post that PERSON_TITLES leaves out (it lists titles said before a name). */
const OFFICE_NOUNS = new Set([
  'chair',
  'member',
  'lead',
  'head',
  'executive',
  'coordinator',
  'co-ordinator',
  'organiser',
  'organizer',
  'convenor',
  'convener',
  'councillor',
  'councilor',
  'campaigner',
  'officer',
  'deputy',
  'mp',
  'mep',
  'msp',
  'am',
]);
/** Words that open the role's noun phrase ("the", "its", the possessive "'s"). */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 's']);
/** What the role may be of or for: "member for transport", "head of housing". */
const ROLE_OBJECTS = new Set(['for', 'of']);
/** Words of the object after "for"/"of" ("for children 's services" is too far). */
const MAX_OBJECT_WORDS = 2;
/** Modifiers between the opener and the role ("cabinet member", "housing lead"). */
const MAX_MODIFIERS = 2;
const MISTYPED = new Set(['LOC', 'GPE', 'ORG']);
const CLOSERS = new Set([',', '.', ';', ':', ')']);

/** Retypes, in place, place and organisation spans of sentence [start, end) named after a role phrase. */
export function retypeRolePhraseNames(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (const s of spans) {
    const len = s.end - s.start;
    if (!MISTYPED.has(s.label) || len < 2 || len > 3 || s.start - 3 < start) continue;
    if (v.words[s.start - 1] !== ',') continue;
    if (s.end < end && !CLOSERS.has(v.words[s.end])) continue;
    if (!namesOnly(v, s) || !rolePhraseEndsAt(v, s.start - 2, start)) continue;
    s.label = 'PERSON';
    s.rule = `${s.rule}+role-phrase`;
  }
}

/** Whether a role's noun phrase ends at token `last`: opener, modifiers, role noun, maybe "for"/"of" and its object. */
function rolePhraseEndsAt(v: TokenView, last: number, start: number): boolean {
  let role = last;
  // "member for transport": step back over the object to "for" and the role before it.
  for (let k = last; k >= start && k >= last - MAX_OBJECT_WORDS; k--) {
    if (ROLE_OBJECTS.has(v.lower[k])) {
      role = k - 1;
      break;
    }
    if (!lowerWord(v, k)) break;
  }
  if (role < start || !isRoleNoun(v.lower[role])) return false;
  if (!lowerWord(v, role) && !/^\p{Lu}{2,3}$/u.test(v.words[role])) return false;
  for (let k = role - 1; k >= start && k >= role - 1 - MAX_MODIFIERS; k--) {
    if (OPENERS.has(v.lower[k])) return true;
    if (!lowerWord(v, k)) return false;
  }
  return false;
}

function isRoleNoun(word: string): boolean {
  return OFFICE_NOUNS.has(word) || PERSON_TITLES.has(word);
}

function lowerWord(v: TokenView, i: number): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(v.words[i]);
}

/** Every word capitalised, none an organisation or place head word. */
function namesOnly(v: TokenView, s: Candidate): boolean {
  for (let i = s.start; i < s.end; i++) {
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & (FLAG_ORG_HEAD | FLAG_PLACE_HEAD)) !== 0) return false;
  }
  return true;
}
