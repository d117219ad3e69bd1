/**
 * Parties whose members go by two words, "Liberal Democrats", "Lib Dems", "Social Democrats": the
 * group-word list reads "Liberal" and "Democrats" as two groups, and the tagger, which has seen few
 * of them, takes "Lib Dems" for a person. Each such name, written with its capitals, is one NORP
 * span in place of whatever covered its words. (A post-pass, not a group word: the group list is
 * one of the tagger's features, and changing it changes the trained weights.)
 */
import type { Candidate, TokenView } from './tokens.js';

/** First word, then the second in the singular: "Liberal Democrat(s)". */
const PARTY_MEMBERS: readonly [string, string][] = [
  ['Liberal', 'Democrat'],
  ['Lib', 'Dem'],
  ['Social', 'Democrat'],
  ['Christian', 'Democrat'],
  ['Free', 'Democrat'],
];

/** The first words of PARTY_MEMBERS: most tokens are none of them, and are passed over at one look-up. */
const FIRST_WORDS = new Set(PARTY_MEMBERS.map(([a]) => a));

/** Returns the spans of sentence [start, end) with each party members' name one NORP span; `spans` sorted. */
export function joinPartyMembers(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let i = start; i + 1 < end; i++) {
    if (!FIRST_WORDS.has(v.words[i])) continue;
    const second = v.words[i + 1];
    const named = PARTY_MEMBERS.some(([a, b]) => v.words[i] === a && (second === b || second === `${b}s`));
    if (!named) continue;
    out = out.filter((s) => s.end <= i || s.start >= i + 2);
    let k = 0;
    while (k < out.length && out[k].start < i) k++;
    out.splice(k, 0, { start: i, end: i + 2, label: 'NORP', rule: 'pattern:party-members' });
    i++;
  }
  return out;
}
