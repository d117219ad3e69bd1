/**
 * Shops and restaurants named after their owner in the possessive: "dinner at Ortolan 's", "Pike s
 * on Main Street". Reviews and web posts write them constantly, and the tagger reads the name as a
 * person and then drops the "'s". UNER annotates the whole "Name 's" as the place (LOC; ORG when it is
 * a company: both kinds are kept when the tagger already said so).
 *
 * Two signs, each read off UNER train:
 * - a bare "s" token right after a tagged name is an apostrophe the writer left out ("Pike s"), and
 *   belongs to the name 11 times in 12 (the one other: a painter's "s fresco", a noun next);
 * - "'s" after a name that follows "at", "to", "from", "like" …, with no noun after it ("went to
 *   Ortolan 's ." / "… 's for lunch"): the name's, as a place, 17 times in 24 in train; with a
 *   capitalised word next it was another name's possessive as often ("to Ranfurly 's North Quay"),
 *   so that is left alone.
 */
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { FLAG_STARTS_CITY } from './lexicon.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

export const POSSESSIVE_SHOP_RULE = 'possessive-shop';

/** Words before a visited place's name. */
const PLACE_BEFORE = new Set([
  'at',
  'to',
  'from',
  'like',
  'near',
  'into',
  'visit',
  'visiting',
  'visited',
  'try',
  'tried',
  'recommend',
  'than',
]);

/**
 * Words that may follow the possessive when it names the shop itself: punctuation aside, no noun
 * ("Ortolan 's menu" is the owner's menu), only prepositions, conjunctions, verbs and time words.
 */
const AFTER_SHOP = new Set([
  'for',
  'in',
  'on',
  'at',
  'with',
  'and',
  'or',
  'is',
  'was',
  'has',
  'had',
  'have',
  'are',
  'were',
  'near',
  'by',
  'from',
  'before',
  'after',
  'instead',
  'tonight',
  'tomorrow',
  'today',
  'yesterday',
  'again',
  'last',
  'this',
  'next',
  'so',
  'the',
  'a',
  'to',
]);

const QUOTE = /^["“”'‘’`]+$/;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Whether token `i` (in [.., end)) may follow a shop's possessive. */
function shopMayEndBefore(v: TokenView, i: number, end: number): boolean {
  if (i >= end) return true;
  const w = v.words[i];
  if (PUNCT.test(w)) return !QUOTE.test(w);
  return AFTER_SHOP.has(v.lower[i]);
}

/**
 * Whether token i is a city naming the shop's branch, the clause ending after it ("dinner at Ortolan
 * 's Leeds ?"); a capitalised word there is otherwise another name's ("to Ranfurly 's North Quay").
 */
function branchCity(v: TokenView, i: number, end: number): boolean {
  if (i >= end || (v.lexicon.flags[v.ids[i]] & FLAG_STARTS_CITY) === 0) return false;
  if (cityGazetteer().cities.longestMatch(v.lower, i, end) !== 1) return false;
  return i + 1 >= end || (PUNCT.test(v.words[i + 1]) && !QUOTE.test(v.words[i + 1]));
}

/**
 * Takes the possessive into a tagged name where it names a shop, in place: the span grows by one token
 * and a person becomes a place. `spans` sorted, of sentence [start, end).
 */
export function joinPossessiveShops(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const p = s.end;
    if (p >= end || !isCapitalised(v, p - 1) || !isCapitalised(v, s.start)) continue;
    if (s.label !== 'PERSON' && s.label !== 'ORG' && s.label !== 'LOC') continue;
    if (k + 1 < spans.length && spans[k + 1].start <= p) continue;
    const w = v.words[p];
    let join = false;
    if (w === 's') join = shopMayEndBefore(v, p + 1, end);
    else if (w === "'s" || w === '’s')
      join =
        s.start > start &&
        PLACE_BEFORE.has(v.lower[s.start - 1]) &&
        (shopMayEndBefore(v, p + 1, end) || branchCity(v, p + 1, end));
    if (!join) continue;
    s.end = p + 1;
    s.rule = `${s.rule}+${POSSESSIVE_SHOP_RULE}`;
    if (s.label === 'PERSON') s.label = 'LOC';
  }
}
