/**
 * A name set off by commas right after "the supplier", "a contractor", "its lender" names that
 * business: "The supplier, Marrow Pipeworks, said …". Reading two capitalised words, the tagger may
 * call such a name a person; the noun before it says what it is. Left alone: a name that starts
 * with a listed first name (a sole trader), and a noun after a preposition ("a spokesman for the
 * firm, Dana Pryce, said": the name is the spokesman's).
 */
import { BUSINESS_NOUNS } from '../en/gazetteers/businessNouns.js';
import { FLAG_FIRST_NAME } from './lexicon.js';
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
