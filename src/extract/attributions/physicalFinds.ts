/**
 * "Firefighters found the van on its roof", "A walker found the man alive", "He found himself in a
 * row": "found" reports a finding only with a proposition after it ("found that …", "found the
 * council had overspent", "found no evidence"). A thing found somewhere or in some state, or a
 * reflexive, is an event the article tells, not a source's statement. In PolNeAR's train split a
 * reflexive after "found" is never a cue (0 of 15), and a thing found in a place or a state is one of
 * 3 times, an idiom ("found their voice on").
 */
import type { Attribution } from '../../analysis/types.js';

const FOUND_CUE = /^(?:(?:has|have|had|was|were|also|later|then)\s+)*found$/i;
const REFLEXIVE = /^\s+(?:themselves|himself|herself|itself|ourselves|myself|yourself|yourselves)\b/i;
/** A short object, then where it lay or what state it was in ("the cab on its side", "a man dead"). */
const THING_IN_A_PLACE =
  /^\s+(?:the|a|an|his|her|their|its|our|one|two|three|four|five|several)\s+(?!that\b)(?:[\p{L}'’-]+\s+){0,2}?(?:on|inside|under|underneath|near|beside|behind|outside|lying|floating|hanging|trapped|buried|dead|alive|unconscious|injured|unharmed)\b/iu;

/** The attributions less those whose "found" finds a thing or a person, not a proposition. */
export function withoutPhysicalFinds(text: string, found: Attribution[]): Attribution[] {
  const kept = found.filter((a) => {
    if (!FOUND_CUE.test(a.cue.text.replace(/\s+/g, ' '))) return true;
    const after = text.slice(a.cue.end, a.cue.end + 80);
    return !REFLEXIVE.test(after) && !THING_IN_A_PLACE.test(after);
  });
  return kept.length === found.length ? found : kept;
}
