/**
 * A name does not end in an ordinary lower-case word: when the tagger runs on past a name
 * ("Florida Keys islands", "Gaza Strip after"), the lower-case tail is cut off. Spans that start
 * in lower case ("google", "mexico") are left as they are.
 */
import type { Candidate, TokenView } from './tokens.js';

const LOWER_WORD = /^\p{Ll}+$/u;

/** Cuts lower-case words off the end of the tagger's spans whose first word is capitalised, in place. */
export function trimLowerTails(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    // Only the tagger's spans: rule spans such as DATE ("Tuesday night") end in lower case by design.
    if (!s.rule.startsWith('ner-model') || !/^\p{Lu}/u.test(v.words[s.start])) continue;
    let end = s.end;
    while (end - 1 > s.start && LOWER_WORD.test(v.words[end - 1])) end--;
    if (end < s.end) {
      s.end = end;
      s.rule += '+trimmed';
    }
  }
}
