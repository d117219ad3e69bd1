/**
 * "The senator has attacked the treaty and called for new tariffs": a second cue joined to the
 * first by "and", with no subject of its own, is the first speaker's second statement. The role
 * tagger often runs the first content on over it; linkChains would then make the second speak
 * via the first, and PolNeAR, which annotates the two apart, would miss it. The first content
 * stops before the "and"; the second cue takes the first one's source.
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

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

/** "… and Nationwide": the second speaker's name or short phrase after the conjunction, to the end of the source. */
const JOINED_SPEAKER =
  /\s+(?:and|but|while|whereas)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,3})$/du;
/** A clause's verb before the conjunction: "rose", "had risen", "fell" (a plain list of names has none). */
const CLAUSE_VERB =
  /\b(?:\p{L}+ed|rose|fell|grew|was|were|is|are|had|has|have|said|saw|made|took|went|came|did)\b/iu;

/**
 * "Halifax said prices rose in January and Nationwide reported a fall": a second speaker joined to
 * the first report by a conjunction reports apart, and the role tagger, which never nests, takes
 * the whole first clause with it for the second source. The second source is the name after the
 * conjunction; the first content stops before it.
 */
export function splitJoinedSpeakers(text: string, attributions: Attribution[]): void {
  for (const inner of attributions) {
    const source = inner.source;
    if (!source || source.end > inner.cue.start) continue;
    const joined = JOINED_SPEAKER.exec(source.text);
    if (!joined?.indices?.[1] || !CLAUSE_VERB.test(source.text.slice(0, joined.index))) continue;
    const outer = attributions.find(
      (a) =>
        a !== inner &&
        a.cue.end <= source.start &&
        a.content.some((c) => c.start <= source.start && source.end <= c.end),
    );
    if (!outer) continue;
    const cut = source.start + joined.index;
    if (/[.!?]\s|[;"“”]/.test(text.slice(outer.cue.end, cut))) continue;
    outer.content = outer.content.flatMap((c) =>
      c.end <= cut ? [c] : c.start >= cut ? [] : [spanOf(text, c.start, cut)],
    );
    const name = spanOf(text, source.start + joined.indices[1][0], source.end);
    inner.source = sourceOf(name, classifySource(name.text));
  }
}
