/**
 * "Having said that, …", "It goes without saying that …", "Let's say …", "Say the rate doubles": set
 * phrases built on "say" that hedge, concede or suppose, and report nobody's words. PolNeAR leaves
 * them unannotated; the cue tagger, for which "said" and "saying" are cues nearly always, does not.
 * "Found a way to …" / "finds ways of …" likewise: it tells of managing something, not of a finding
 * anyone reports (PolNeAR train marks none of its 29 uses as a cue; the tagger took 3 of them).
 */
import type { Attribution } from '../../analysis/types.js';

/** The phrase around a cue holding "say": the text before the cue, the cue, the text after it. */
const IDIOMS: { before: RegExp; cue: RegExp; after: RegExp }[] = [
  // "Having said that," opens a concession; "having said on Monday that …" reports.
  { before: /(?:^|[^\p{L}])$/u, cue: /^having said$/i, after: /^\s+(?:that|this)\s*,/i },
  { before: /\bgoes\s+without\s+$/i, cue: /^saying$/i, after: /^/ },
  { before: /\b(?:needless|suffice\s+it)\s+to\s+$/i, cue: /^say$/i, after: /^/ },
  { before: /\blet(?:['’]s|\s+us)\s+$/i, cue: /^say$/i, after: /^/ },
  { before: /\bso\s+to\s+$/i, cue: /^speak$/i, after: /^/ },
  // A sentence opened by a bare "Say" supposes ("Say the rate doubles, …"); "Say what you will".
  { before: /(?:^|[.!?]["”’]?\s+|\n\s*)$/, cue: /^Say$/, after: /^\s+(?![.,:;!?])/ },
  // "found a way", "find new ways", "found the way"; not "found that way(s) …", where "that" opens the finding.
  {
    before: /$/,
    // The cue may carry its auxiliaries ("hasn't found").
    cue: /(?:^|\s)(?:find|finds|found|finding)$/i,
    after: /^\s+(?:(?!that\b)[\p{L}-]+\s+){0,2}ways?\b/iu,
  },
];

const REACH = 30;

/** Removes in place the attributions whose cue is one of the set phrases above. */
export function dropSayingIdioms(text: string, attributions: Attribution[]): void {
  for (let k = attributions.length - 1; k >= 0; k--) {
    const { cue } = attributions[k];
    const before = text.slice(Math.max(0, cue.start - REACH), cue.start);
    const after = text.slice(cue.end, cue.end + REACH);
    if (IDIOMS.some((i) => i.cue.test(cue.text) && i.before.test(before) && i.after.test(after)))
      attributions.splice(k, 1);
  }
}
