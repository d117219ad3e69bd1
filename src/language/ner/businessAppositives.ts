/**
 * A name set off by commas right after "the supplier", "a contractor", "its lender" names that
 * business: "The supplier, Marrow Pipeworks, said …". Reading two capitalised words, the tagger may
 * call such a name a person; the noun before it says what it is. Left alone: a name that starts
 * with a listed first name (a sole trader), and a noun after a preposition ("a spokesman for the
 * firm, Dana Pryce, said": the name is the spokesman's).
 */
import { PERSON_TITLES } from '../en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../en/gazetteers/businessNouns.js';
import { FLAG_CAPITALISED, FLAG_FIRST_NAME, FLAG_ORG_HEAD, FLAG_PLACE_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that']);
/** "a spokesman for the firm, Dana Pryce, said": after a preposition the name is the spokesman's. */
const PREPOSITIONS = new Set(['for', 'at', 'of', 'with', 'from', 'by', 'to', 'in', 'on']);
/** What may follow the name: the apposition closes, or the sentence ends. */
const CLOSERS = new Set([',', '.', ';', ':', ')']);

/** Retypes, in place, PERSON spans of sentence [start, end) that stand in apposition to a business noun. */
export function retypeBusinessAppositives(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): void {
  for (const s of spans) {
    if (s.label !== 'PERSON' || s.start - 3 < start) continue;
    if (v.words[s.start - 1] !== ',' || !BUSINESS_NOUNS.has(v.lower[s.start - 2])) continue;
    if (!DETERMINERS.has(v.lower[s.start - 3])) continue;
    if (s.start - 4 >= start && PREPOSITIONS.has(v.lower[s.start - 4])) continue;
    if (s.end < end && !CLOSERS.has(v.words[s.end])) continue;
    if ((v.lexicon.flags[v.ids[s.start]] & FLAG_FIRST_NAME) !== 0) continue;
    s.label = 'ORG';
    s.rule = 'business-appositive';
  }
}

/** Labels a person's name in apposition to a role may have been given by mistake. */
const MISTYPED = new Set(['LOC', 'GPE', 'ORG']);

/**
 * "The board's chairman, Declan Roche, said …": a name set off by commas right after a person's
 * role noun, two or three capitalised words with no organisation or place head among them, is
 * that person, whatever type the tagger gave it (it read "Declan Roche" there as a place).
 */
export function retypeRoleAppositives(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (const s of spans) {
    if (!MISTYPED.has(s.label) || s.start - 2 < start || s.end - s.start < 2) continue;
    if (v.words[s.start - 1] !== ',' || !PERSON_TITLES.has(v.lower[s.start - 2])) continue;
    if (s.end < end && !CLOSERS.has(v.words[s.end])) continue;
    if (s.end - s.start > 3 || !namesOnly(v, s)) continue;
    s.label = 'PERSON';
    s.rule = 'role-appositive';
  }
}

/** Whether every word of the span is capitalised and none is an organisation or place head word. */
function namesOnly(v: TokenView, s: Candidate): boolean {
  for (let i = s.start; i < s.end; i++) {
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & (FLAG_ORG_HEAD | FLAG_PLACE_HEAD)) !== 0) return false;
  }
  return true;
}

/**
 * Nouns for a kind of body that no person is called: "Jo Tamsett, a builder" is a person, "Pell
 * Tide, a charity" never. Lower-case, singular.
 */
const BODY_NOUNS = new Set([
  'company',
  'firm',
  'business',
  'corporation',
  'charity',
  'trust',
  'foundation',
  'association',
  'society',
  'union',
  'cooperative',
  'co-operative',
  'consortium',
  'partnership',
  'organisation',
  'organization',
  'coalition',
  'alliance',
  'campaign',
  'club',
  'consultancy',
  'brewery',
  'startup',
  'start-up',
]);
/**
 * What may follow the body noun when the appositive describes the name before it: the appositive
 * closes, or a clause about the body opens. "a charity worker", "a firm believer", "a union man"
 * go on with a noun: the noun modifies another, and the name may be a person's.
 */
const AFTER_BODY_NOUN = new Set([
  ...CLOSERS,
  'that',
  'which',
  'whose',
  'founded',
  'formed',
  'based',
  'set',
  'run',
  'owned',
  'registered',
  'backed',
  'established',
  'funded',
]);
/** Words between the article and the body noun ("a small Cornish volunteer charity"). */
const MAX_MODIFIERS = 3;
/** Labels the tagger gives a body's name of unfamiliar words. */
const MISREAD_BODY = new Set(['PERSON', 'LOC']);

/**
 * "Surf Lifesaving Kernow, a charity that trains …, said": a name followed by ", a charity", ", the
 * company" names that body. The tagger reads such a name of unfamiliar words as a person, and the
 * name's first word may then be cut as a title; the appositive says what the name is.
 */
export function retypeBodiesBeforeAppositives(
  v: TokenView,
  spans: Candidate[],
  _start: number,
  end: number,
): void {
  for (const s of spans) {
    if (!MISREAD_BODY.has(s.label) || s.end + 2 >= end || v.words[s.end] !== ',') continue;
    if (!/^(?:a|an|the)$/.test(v.lower[s.end + 1])) continue;
    const noun = bodyNounAfter(v, s.end + 2, end);
    if (noun < 0 || (noun + 1 < end && !AFTER_BODY_NOUN.has(v.lower[noun + 1]))) continue;
    s.label = 'ORG';
    // Kept a model span, so that the article's other mentions of the name take its label too.
    s.rule += '+body-appositive';
  }
}

/**
 * Words that end the appositive's modifiers: "a spokesman for the foundation" is a person's role,
 * the body named after a preposition.
 */
const NOT_MODIFIERS = new Set([...DETERMINERS, ...PREPOSITIONS, 'who', 'which', 'that', 'and', 'or']);

/** The index of the body noun within MAX_MODIFIERS words from `from`, or -1 at a function word or none. */
function bodyNounAfter(v: TokenView, from: number, end: number): number {
  for (let k = from; k < end && k <= from + MAX_MODIFIERS; k++) {
    if (!/^[\p{L}-]+$/u.test(v.words[k]) || NOT_MODIFIERS.has(v.lower[k])) return -1;
    if (v.words[k] === v.lower[k] && BODY_NOUNS.has(v.lower[k])) return k;
  }
  return -1;
}
