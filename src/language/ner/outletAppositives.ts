/**
 * A name set off by commas right after "the state news agency", "the local paper", "the broadcaster"
 * names that outlet ("… carried by the state news agency, Varn Press"), and so does a name followed
 * by ", the … newspaper" ("Varn Press, the state news agency, said"). The tagger reads a name such
 * as "Varn Press" as an organisation; the noun beside it says it is an outlet, which the speaker
 * resolver and the source kinds need (an outlet relays others' words).
 */
import type { Candidate, TokenView } from './tokens.js';

/** Nouns that say what kind of outlet a name is. */
const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadcaster', 'magazine']);
/**
 * Nouns that name an outlet only after these words ("news agency", "wire service", "radio
 * station"; a police station or a gardening website is none).
 */
const OUTLET_PAIRS = new Map([
  ['agency', new Set(['news', 'press'])],
  ['service', new Set(['wire', 'news'])],
  ['station', new Set(['radio', 'television', 'tv'])],
  ['channel', new Set(['news', 'television', 'tv'])],
  ['website', new Set(['news'])],
  ['site', new Set(['news'])],
]);
/** Labels an outlet's name may have been given by mistake. */
const MISTYPED = new Set(['ORG', 'PERSON']);
/** "… in Karsovia, a free daily": after a preposition the name is a place the appositive does not describe. */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'on']);
/** Words between ", the" and the outlet noun after a name ("…, the country's main state news agency"). */
const MAX_WORDS_BEFORE_NOUN = 5;
const CLOSERS = new Set([',', '.', ';', ':', ')']);

/** Whether token `k` of `v` is a noun naming a kind of outlet. */
function outletNoun(v: TokenView, k: number): boolean {
  const word = v.lower[k];
  if (v.words[k] !== word) return false; // "Publishers Weekly" is a name, not a kind
  if (OUTLET_NOUNS.has(word)) return true;
  return k > 0 && !!OUTLET_PAIRS.get(word)?.has(v.lower[k - 1]);
}

/** Retypes, in place, spans of sentence [start, end) in apposition to an outlet noun as MEDIA. */
export function retypeOutletAppositives(v: TokenView, spans: Candidate[], start: number, end: number): void {
  for (const s of spans) {
    if (!MISTYPED.has(s.label)) continue;
    const before = s.start - 2 >= start && v.words[s.start - 1] === ',' && outletNoun(v, s.start - 2);
    if ((before && (s.end >= end || CLOSERS.has(v.words[s.end]))) || outletAfter(v, s, end)) {
      s.label = 'MEDIA';
      s.rule = 'outlet-appositive';
    }
  }
}

/** "Varn Press, the state news agency, …": an outlet noun closes an appositive opened by ", the". */
function outletAfter(v: TokenView, s: Candidate, end: number): boolean {
  if (s.end + 2 >= end || v.words[s.end] !== ',' || !/^(?:the|a|an)$/.test(v.lower[s.end + 1])) return false;
  if (s.start > 0 && PREPOSITIONS.has(v.lower[s.start - 1])) return false;
  for (let k = s.end + 2; k < end && k <= s.end + 2 + MAX_WORDS_BEFORE_NOUN; k++) {
    if (CLOSERS.has(v.words[k]) || PREPOSITIONS.has(v.lower[k])) return false;
    if (outletNoun(v, k)) return k + 1 >= end || CLOSERS.has(v.words[k + 1]);
  }
  return false;
}
