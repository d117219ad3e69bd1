/**
 * "Efrem Ashby , Jr." is one name: a generational suffix after a person's name, with or without a
 * comma before it, belongs to the name (UNER train and dev: "Jr"/"Jr." inside the PER span all four
 * times). The tagger stops at the comma. "Sr" is left alone: UNER's texts write it as a job's rank
 * ("Sr IT Developer") as often as a suffix.
 */
import type { Candidate, TokenView } from './tokens.js';

const SUFFIXES = new Set(['Jr', 'Jr.', 'JR', 'JR.']);

/** Extends PERSON spans of a sentence ending at `end` over a following "Jr."; `spans` sorted, in place. */
export function joinNameSuffixes(v: TokenView, spans: Candidate[], end: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'PERSON') continue;
    let j = s.end;
    if (j < end && v.words[j] === ',') j++;
    if (j >= end || !SUFFIXES.has(v.words[j])) continue;
    if (k + 1 < spans.length && spans[k + 1].start <= j) continue;
    s.end = j + 1;
    s.rule += '+suffix';
  }
}
