/**
 * A name right after a noun for a kind of business is that business: "oil giant Korvath", "the firm
 * Dellmoor Haulage", "Japanese carmaker Shiroda". The tagger, reading one unknown capitalised word,
 * often calls it a person (or, by its sound, a place), and then does so all through the article:
 * once the noun has said what the name is, every other mention of the same name is that business
 * too. So does a one-word name whose shares, owners or people the sentence speaks of ("shares in
 * Korvath", "Parmalat creditors", "Korvath chief executive"). Left alone: a name opening with a
 * given name (a founder, a sole trader) or a known place, and a noun in the possessive ("the
 * company's Korvath" is someone of the company's).
 */
import { FLAG_FIRST_NAME, FLAG_STARTS_CITY, FLAG_STARTS_PLACE } from './lexicon.js';
import { type Candidate, relabelNamesAsOrg, spanName, type TokenView } from './tokens.js';

/** Nouns of a business that no person's occupation shares ("developer", "producer" do). */
const BUSINESS_KINDS = new Set([
  'company',
  'firm',
  'giant',
  'corporation',
  'conglomerate',
  'carmaker',
  'automaker',
  'chipmaker',
  'drugmaker',
  'retailer',
  'bank',
  'airline',
  'insurer',
  'lender',
  'brewery',
  'chain',
  'startup',
  'start-up',
  'consultancy',
  'utility',
]);
const RETYPED = new Set(['PERSON', 'LOC', 'GPE']);
/** A known place's first word: "two giant Texas utilities" is an adjective and a place. */
const PLACE = FLAG_STARTS_PLACE | FLAG_STARTS_CITY;
/** Added to the rule of a span this pass made a business. */
export const BUSINESS_NOUN_MARK = '+business-noun';

/**
 * Words right after a one-word name that make it a business's: its people and its owners
 * ("Parmalat creditors", "Korvath chairman"; not "spokesman", "supporters": a person has them).
 */
const BUSINESS_PEOPLE = new Set([
  'chairman',
  'shareholders',
  'creditors',
  'employees',
  'executives',
  'bosses',
]);
/** "Korvath chief executive …". */
const CHIEF_OF_BUSINESS = new Set(['executive', 'operating', 'financial']);
/** Words right before a name that make it a business: "shares in Korvath", "creditors of Korvath". */
const BEFORE_BUSINESS: readonly (readonly string[])[] = [
  ['shares', 'in'],
  ['stake', 'in'],
  ['shareholders', 'in'],
  ['shareholders', 'of'],
  ['creditors', 'of'],
];

/**
 * Relabels as ORG, in place, the person and place spans of sentence [start, end) right after a
 * business noun, and the one-word ones its people or its shares show a business.
 */
export function retypeBusinessNounNames(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (const s of spans) {
    if (!RETYPED.has(s.label) || (v.lexicon.flags[v.ids[s.start]] & (FLAG_FIRST_NAME | PLACE)) !== 0)
      continue;
    const kind = s.start - 1 >= start && BUSINESS_KINDS.has(v.lower[s.start - 1]);
    // "the retailing giant Amancio Ortega": a giant may be a person; one word is the firm's name.
    const named = kind && !(v.lower[s.start - 1] === 'giant' && s.end - s.start > 1);
    if (!named && !(s.end - s.start === 1 && businessAround(v, s, start, end))) continue;
    s.label = 'ORG';
    s.rule += BUSINESS_NOUN_MARK;
  }
}

function businessAround(v: TokenView, s: Candidate, start: number, end: number): boolean {
  const next = s.end < end ? v.lower[s.end] : '';
  if (BUSINESS_PEOPLE.has(next)) return true;
  if (next === 'chief' && s.end + 1 < end && CHIEF_OF_BUSINESS.has(v.lower[s.end + 1])) return true;
  return BEFORE_BUSINESS.some(
    (phrase) =>
      s.start - phrase.length >= start && phrase.every((w, m) => v.lower[s.start - phrase.length + m] === w),
  );
}

/** Relabels as ORG the other person and place spans of the document with a name this pass made a business. */
export function spreadBusinessNounNames(v: TokenView, spans: Candidate[]): void {
  const businesses = new Set<string>();
  for (const s of spans) if (s.rule.includes(BUSINESS_NOUN_MARK)) businesses.add(spanName(v, s));
  if (businesses.size === 0) return;
  // "Podesta employees" is the firm there, but "Podesta" elsewhere may be Tony Podesta.
  for (const s of spans)
    if (s.label === 'PERSON' && s.end - s.start > 1) businesses.delete(v.words[s.end - 1]);
  relabelNamesAsOrg(v, spans, businesses, BUSINESS_NOUN_MARK);
}
