/**
 * "PC Adam Lusk", "DCI Rhona Beattie": British police ranks written as initials stand before a
 * name as "Sgt" and "Insp" do, but the name lists know them not, and the tagger takes them into the
 * person's span. The rank is cut off when at least two words of the name are left.
 */
import type { Candidate, TokenView } from './tokens.js';

/** Police ranks written as capital initials. */
const RANK_INITIALS = new Set(['PC', 'WPC', 'PCSO', 'DC', 'DS', 'DI', 'DCI', 'DSI', 'DSU', 'ACC', 'DCC']);
export const RANK_CUT_RULE = 'rank-cut';

/** Cuts, in place, a leading rank in initials off person spans of three words or more. */
export function cutRankInitials(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.label !== 'PERSON' || s.end - s.start < 3 || !RANK_INITIALS.has(v.words[s.start])) continue;
    s.start++;
    s.rule = `${s.rule}+${RANK_CUT_RULE}`;
  }
}
