/** The words of one text as the recognizer sees them: surface forms, lower-cased forms, type ids. */
import { FLAG_CAPITALISED, type Lexicon } from './lexicon.js';

export interface TokenView {
  words: string[];
  lower: string[];
  ids: Int32Array;
  lexicon: Lexicon;
  /**
   * 1 where a token starts exactly where the one before it ends ("El" "-" "Hagazi" written
   * "El-Hagazi"); absent when the spacing is unknown (pre-tokenized corpora without their text).
   */
  attached?: Uint8Array;
}

/** The view of `words`; `ids`, when given, are their type ids already interned in `lexicon`. */
export function makeTokenView(
  words: string[],
  lexicon: Lexicon,
  attached?: Uint8Array,
  ids?: Int32Array,
): TokenView {
  if (!ids) {
    ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = lexicon.intern(words[i]);
  }
  const lower = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) lower[i] = lexicon.lower[ids[i]];
  return attached ? { words, lower, ids, lexicon, attached } : { words, lower, ids, lexicon };
}

/** Whether token `i` starts with a capital letter (the lexicon's flag, worked out once per word). */
export function isCapitalised(v: TokenView, i: number): boolean {
  return (v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) !== 0;
}

/** An entity span over tokens, half-open, before it is written to the Doc. */
export interface Candidate {
  start: number;
  end: number;
  label: string;
  rule: string;
}

/** A span's words as one string, the key a name has throughout a document. */
export function spanName(v: TokenView, s: Candidate): string {
  return v.words.slice(s.start, s.end).join(' ');
}

const PERSON_OR_PLACE = new Set(['PERSON', 'LOC', 'GPE']);

/**
 * Relabels as ORG, in place, every person or place span whose name is in `names` (a name some rule
 * showed an organisation's in one sentence of the document), adding `mark` to its rule once.
 */
export function relabelNamesAsOrg(v: TokenView, spans: Candidate[], names: Set<string>, mark: string): void {
  if (names.size === 0) return;
  for (const s of spans)
    if (PERSON_OR_PLACE.has(s.label) && names.has(spanName(v, s))) {
      s.label = 'ORG';
      if (!s.rule.includes(mark)) s.rule += mark;
    }
}
