/**
 * "The senator has attacked the treaty and called for new tariffs": a second cue joined to the
 * first by "and", with no subject of its own, is the first speaker's second statement. The role
 * tagger often runs the first content on over it; linkChains would then make the second speak
 * via the first, and PolNeAR, which annotates the two apart, would miss it. The first content
 * stops before the "and"; the second cue takes the first one's source.
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf, spanOf } from './build.js';

/** ", and", "and also", "and then", "and quickly" between the first content and the second cue. */
const JOINED_CUE = /,?\s+and\s+(?:(?:also|then|later|\p{L}+ly)\s+)?$/u;
/** A sentence end, a quotation mark or a semicolon between the cues: the second is no plain coordinate. */
const BREAK = /[.!?;"“”]/;

export function splitCoordinatedCues(text: string, attributions: Attribution[]): void {
  for (const inner of attributions) {
    if (inner.source) continue;
    for (const outer of attributions) {
      if (outer === inner || !outer.source || outer.cue.end > inner.cue.start) continue;
      if (!outer.content.some((c) => c.start < inner.cue.start && inner.cue.end <= c.end)) continue;
      const between = text.slice(outer.cue.end, inner.cue.start);
      const joined = JOINED_CUE.exec(between);
      if (!joined || BREAK.test(between)) continue;
      const cut = outer.cue.end + joined.index;
      outer.content = outer.content.flatMap((c) =>
        c.end <= cut ? [c] : c.start >= cut ? [] : [spanOf(text, c.start, cut)],
      );
      inner.source = sourceOf(outer.source, outer.source.kind, outer.source.entity);
      break;
    }
  }
}
