/**
 * A name set off by commas right after "the supplier", "a contractor", "its lender" names that
 * business: "The supplier, Marrow Pipeworks, said …". Reading two capitalised words, the tagger may
 * call such a name a person; the noun before it says what it is. Left alone: a name that starts
 * with a listed first name (a sole trader), and a noun after a preposition ("a spokesman for the
 * firm, Dana Pryce, said": the name is the spokesman's).
 */
import { PERSON_NOUNS, PERSON_TITLES } from '../en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../en/gazetteers/businessNouns.js';
import {
  FLAG_CAPITALISED,
  FLAG_FIRST_NAME,
  FLAG_ORG_HEAD,
  FLAG_PLACE_HEAD,
  H_PROFILE_CAP,
} from './lexicon.js';
import { MOSTLY_LOWER_BUCKETS } from './merge.js';
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
 * role noun (or, for a name read as a place, a noun for a person such as "student"), two or three capitalised words with no organisation or place head among them, is
 * that person, whatever type the tagger gave it (it read "Declan Roche" there as a place).
 */
export function retypeRoleAppositives(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (const s of spans) {
    if (!MISTYPED.has(s.label) || s.start - 2 < start || s.end - s.start < 2) continue;
    if (v.words[s.start - 1] !== ',' || !personRole(v.lower[s.start - 2], s.label)) continue;
    if (s.end < end && !CLOSERS.has(v.words[s.end])) continue;
    if (s.end - s.start > 3 || !namesOnly(v, s)) continue;
    s.label = 'PERSON';
    s.rule = 'role-appositive';
  }
}

const PLACE_LABELS = new Set(['LOC', 'GPE']);

/**
 * Whether `noun` before a name read as `label` says the name is a person's: a title or role, or,
 * for a name read as a place, a noun for a person by trade or part in the story ("Another
 * student, Yusuf Demir"). A business by its trade ("the builder, Harlow Vale") may be read as a
 * body, so those nouns retype no body's name.
 */
function personRole(noun: string, label: string): boolean {
  return (
    PERSON_TITLES.has(noun) ||
    (PLACE_LABELS.has(label) && PERSON_NOUNS.has(noun) && !BUSINESS_NOUNS.has(noun))
  );
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
/** Words of a name the tagger missed before such an appositive. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const TITLE_CASE_NAME_WORD = /^\p{Lu}[\p{L}'’&-]*$/u;

/**
 * "Surf Lifesaving Kernow, a charity that trains …, said", "owned by Castlebridge Learning, a
 * company that …": a name followed by ", a charity", ", the company" names that body. The tagger
 * reads such a name of unfamiliar words as a person (whose first word the entities may then cut as
 * a title) or misses it; the appositive says what the name is. A span ending at the comma is
 * retyped; a run of two to four capitalised words there that no span touches becomes one.
 * Returns the spans of sentence [start, end), sorted.
 */
export function retypeBodiesBeforeAppositives(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  let out = spans;
  for (let c = start + 1; c + 2 < end; c++) {
    if (v.words[c] !== ',' || !apposedBody(v, c, end)) continue;
    const named = out.find((s) => s.end === c);
    if (named) {
      if (!MISREAD_BODY.has(named.label)) continue;
      named.label = 'ORG';
      // Kept a model span, so that the article's other mentions of the name take its label too.
      named.rule += '+body-appositive';
      continue;
    }
    const first = missedNameBefore(v, start, c);
    if (first < 0 || out.some((s) => s.start < c && first < s.end)) continue;
    out = [...out, { start: first, end: c, label: 'ORG', rule: 'body-appositive' }].sort(
      (a, b) => a.start - b.start,
    );
  }
  return out;
}

/** Whether ", a charity that …" (a body noun after an article) opens at comma `c`. */
function apposedBody(v: TokenView, c: number, end: number): boolean {
  if (!/^(?:a|an|the)$/.test(v.lower[c + 1])) return false;
  const noun = bodyNounAfter(v, c + 2, end);
  return (
    noun >= 0 &&
    (noun + 1 >= end || AFTER_BODY_NOUN.has(v.lower[noun + 1])) &&
    !reportsAtSentenceEnd(v, noun + 1, end)
  );
}

/** Verbs of a report a sentence may end with ("…, the company that owns it said on Monday."). */
const REPORT_VERBS = new Set(['said', 'says', 'told', 'announced', 'confirmed', 'added', 'warned', 'stated']);
/** Words that open what may follow such a report before the sentence ends: when, or how. */
const AFTER_REPORT = new Set(['on', 'in', 'last', 'this', 'yesterday', 'today', 'earlier', 'late', 'later']);
/** Tokens after the report's verb, full stop included, that still leave it ending the sentence. */
const MAX_REPORT_TAIL = 4;

/**
 * "on the edge of Fennick Common, the company that wants to build it said on Monday.": a
 * description whose relative clause runs with no comma into a report that ends the sentence is
 * that report's subject, not an appositive of the name before it. A report inside the clause with
 * its own content ("a charity that said it would close") leaves the appositive. `from` is the
 * token after the body noun.
 */
function reportsAtSentenceEnd(v: TokenView, from: number, end: number): boolean {
  if (!/^(?:that|which)$/.test(v.lower[from] ?? '')) return false;
  for (let k = from + 1; k < end; k++) {
    if (v.words[k] === ',') return false;
    if (!REPORT_VERBS.has(v.lower[k])) continue;
    const tail = end - (k + 1);
    return (
      tail === 0 ||
      CLOSERS.has(v.words[k + 1]) ||
      (tail <= MAX_REPORT_TAIL && AFTER_REPORT.has(v.lower[k + 1]))
    );
  }
  return false;
}

/**
 * The first token of the run of two to four capitalised words ending before comma `c`, or -1. A
 * sentence's first word is capitalised whatever it is: it opens the name only if running text
 * capitalises it.
 */
function missedNameBefore(v: TokenView, start: number, c: number): number {
  let first = c;
  while (first - 1 >= start && c - first < MAX_NAME_WORDS && TITLE_CASE_NAME_WORD.test(v.words[first - 1]))
    first--;
  if (first - 1 >= start && TITLE_CASE_NAME_WORD.test(v.words[first - 1])) return -1;
  if (first === start && mostlyLower(v, first)) first++;
  return c - first >= MIN_NAME_WORDS ? first : -1;
}

/** Whether running text mostly writes token `i`'s word in lower case. */
function mostlyLower(v: TokenView, i: number): boolean {
  const cap = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
  return cap > 0 && cap <= MOSTLY_LOWER_BUCKETS;
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
