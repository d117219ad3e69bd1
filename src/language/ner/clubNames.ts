/**
 * A club is named after its town with a word that marks it a club ("Dunmoor United", "Kessleton
 * Rovers"); the tagger, which has seen few of them, reads the pair as a person or, by the town, a
 * place. A span of two or more words ending in a club head word (sportsWords.ts) is an
 * organisation; in a document that names such a club, the head word alone ("drawn against United")
 * is one too.
 */
import { CLUB_HEADS } from '../en/gazetteers/sportsWords.js';
import type { Candidate, TokenView } from './tokens.js';

const HEADS = new Set(CLUB_HEADS);
const RETYPED = new Set(['PERSON', 'LOC', 'GPE']);
/** Added to the rule of a span this pass made a club. */
export const CLUB_RULE_MARK = '+club';

/** Relabels as ORG, in place, the person and place spans that end in a club head word. */
export function retypeClubNames(v: TokenView, spans: Candidate[]): void {
  for (const s of spans)
    if (RETYPED.has(s.label) && s.end - s.start >= 2 && HEADS.has(v.lower[s.end - 1])) {
      s.label = 'ORG';
      s.rule += CLUB_RULE_MARK;
    }
}

/** Relabels as ORG, in place, a lone club head word read as a person or place in a document naming such a club. */
export function retypeClubShortNames(v: TokenView, spans: Candidate[]): void {
  const clubHeads = new Set<string>();
  for (const s of spans)
    if (s.label === 'ORG' && s.end - s.start >= 2 && HEADS.has(v.lower[s.end - 1]))
      clubHeads.add(v.lower[s.end - 1]);
  if (clubHeads.size === 0) return;
  for (const s of spans)
    if (RETYPED.has(s.label) && s.end - s.start === 1 && clubHeads.has(v.lower[s.start])) {
      s.label = 'ORG';
      s.rule += CLUB_RULE_MARK;
    }
}
