/**
 * A name right after a noun for a kind of business is that business: "oil giant Korvath", "the firm
 * Dellmoor Haulage", "Japanese carmaker Shiroda". The tagger, reading one unknown capitalised word,
 * often calls it a person (or, by its sound, a place), and then does so all through the article:
 * once the noun has said what the name is, every other mention of the same name is that business
 * too. Left alone: a name opening with a given name (a founder, a sole trader) or a known place, and
 * a noun in the possessive ("the company's Korvath" is someone of the company's).
 */
import { FLAG_FIRST_NAME, FLAG_STARTS_CITY, FLAG_STARTS_PLACE } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

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

/** Relabels as ORG, in place, the person and place spans of sentence [start, end) right after a business noun. */
export function retypeBusinessNounNames(v: TokenView, spans: Candidate[], start: number, _end: number): void {
  for (const s of spans) {
    if (!RETYPED.has(s.label) || s.start - 1 < start || !BUSINESS_KINDS.has(v.lower[s.start - 1])) continue;
    if ((v.lexicon.flags[v.ids[s.start]] & (FLAG_FIRST_NAME | PLACE)) !== 0) continue;
    // "the retailing giant Amancio Ortega": a giant may be a person; one word is the firm's name.
    if (v.lower[s.start - 1] === 'giant' && s.end - s.start > 1) continue;
    s.label = 'ORG';
    s.rule += BUSINESS_NOUN_MARK;
  }
}

/** Relabels as ORG the other person and place spans of the document with a name this pass made a business. */
export function spreadBusinessNounNames(v: TokenView, spans: Candidate[]): void {
  const businesses = new Set<string>();
  for (const s of spans) if (s.rule.includes(BUSINESS_NOUN_MARK)) businesses.add(nameOf(v, s));
  if (businesses.size === 0) return;
  for (const s of spans)
    if (RETYPED.has(s.label) && businesses.has(nameOf(v, s))) {
      s.label = 'ORG';
      if (!s.rule.includes(BUSINESS_NOUN_MARK)) s.rule += BUSINESS_NOUN_MARK;
    }
}

const nameOf = (v: TokenView, s: Candidate) => v.words.slice(s.start, s.end).join(' ');
