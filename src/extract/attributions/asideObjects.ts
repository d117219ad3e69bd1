/**
 * "The warden urged anyone who walked dogs on the dunes, even on a lead, to keep away": the content
 * tagger, which takes the one asked into the content of "urged … to" when nothing sets it off
 * ("urged anyone who walked dogs to keep away"), leaves it out when an aside breaks it with commas,
 * and the content then tells what was asked of no one. PolNeAR train gold puts that object in the
 * content of "urge" some 30 times to 12 ("urged | the administration to join …", "urging | him, both
 * personally and publicly, to bow out"); with no comma the tagger's reading is left as it is.
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';

/** Verbs of asking someone to act, the object before the infinitive being the one asked. */
const ASKING =
  /\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|advis(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to)$/i;
/** The object, an aside set off in it by commas, and the comma closing it, up to the infinitive. */
const OBJECT_WITH_ASIDE = /^\s+(\p{L}[^.;:!?"“”]*,[^.;:!?"“”]*,)\s+$/u;
/** An infinitive, maybe negated, opening the content. */
const INFINITIVE = /^(?:not\s+)?to\s/i;
/** Longest object with its aside, in characters. */
const MAX_OBJECT = 120;

/** Widens in place a content opening on an infinitive to the object its asking verb set off with an aside. */
export function asideObjectsToContent(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const first = a.content[0];
    if (!first || first.start < a.cue.end || first.start - a.cue.end > MAX_OBJECT) continue;
    if (!ASKING.test(a.cue.text) || !INFINITIVE.test(first.text)) continue;
    const m = OBJECT_WITH_ASIDE.exec(text.slice(a.cue.end, first.start));
    if (!m) continue;
    a.content[0] = spanOf(text, a.cue.end + m[0].indexOf(m[1]), first.end);
  }
}
