/**
 * "The club denied that it had been warned about the railings", "it had written to the trust to ask
 * for a survey": a report with no source inside another's content is an event in what that source
 * said, which the outer content already holds, not a second statement for the reader. PolNeAR's gold
 * nests no cue inside another's content (0 of 19,833 in train), so the flat scores only lose what the
 * inner roles added outside the outer content.
 *
 * Two shapes keep their place: an extraposed "it was announced that …" relays a statement whose
 * source the writer withholds, and a participle ("…, warning that …") takes its source from the
 * report it hangs from later (shareOuterSources).
 */
import type { Attribution } from '../../analysis/types.js';

const PLACEHOLDER_CUE = /^it\s/i;
const PARTICIPLE_CUE = /^\p{L}+ing\b/iu;

/** The attributions less those with no source whose cue lies in another's content. */
export function withoutSourcelessNested(text: string, found: Attribution[]): Attribution[] {
  const nested = new Set<Attribution>();
  for (const inner of found) {
    if (inner.source) continue;
    const cue = text.slice(inner.cue.start, inner.cue.end);
    if (PLACEHOLDER_CUE.test(cue) || PARTICIPLE_CUE.test(cue)) continue;
    const held = found.some(
      (a) =>
        a !== inner &&
        !nested.has(a) &&
        a.content.some((c) => c.start <= inner.cue.start && inner.cue.end <= c.end),
    );
    if (held) nested.add(inner);
  }
  return nested.size === 0 ? found : found.filter((a) => !nested.has(a));
}
