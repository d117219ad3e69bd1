/**
 * "Keith Dunmore, whose wife is being treated at the clinic, said …": a source's relative clause on
 * "whose", set off by commas, is part of it (PolNeAR train's gold holds the whole clause: "Mr. Cruz,
 * whose … finish was widely seen as a disappointment, said"), but the role tagger may stop at the
 * clause's verb, leaving "Keith Dunmore, whose wife". The source runs on to the comma before the cue.
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf, spanOf } from './build.js';

/** Longest clause taken in, in words. */
const MAX_CLAUSE_WORDS = 20;
/** What no single clause between commas holds. */
const CLAUSE_BREAK = /[,;:.!?"“”()]|\s[-—–]\s/;

export function wholeRelativeSources(text: string, found: Attribution[]): void {
  for (const a of found) {
    const source = a.source;
    if (!source || source.end > a.cue.start) continue;
    const gap = text.slice(source.end, a.cue.start);
    const comma = /,\s*$/.exec(gap);
    if (!comma) continue;
    // Only a clause the tagger stopped inside ("Keith Dunmore, whose wife | is being treated …,"):
    // one it left out whole ("Sandra Mills | , whose spaniel …,") PolNeAR leaves out as often
    // (train: taking those in loses 2 exact sources).
    if (!/,\s+whose\s/i.test(source.text)) continue;
    const rest = gap.slice(0, comma.index);
    if (!rest.trim() || CLAUSE_BREAK.test(rest) || rest.trim().split(/\s+/).length > MAX_CLAUSE_WORDS)
      continue;
    a.source = sourceOf(spanOf(text, source.start, source.end + comma.index), source.kind, source.entity);
  }
}
