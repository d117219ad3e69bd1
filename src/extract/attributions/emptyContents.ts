/**
 * Contents that report nothing: "who did not want to be named" tells why a source goes unnamed, a
 * wish and no report, where "asked not to be named" is a request made (PolNeAR annotates those).
 * The cue tagger takes "did not want" for a cue all the same.
 */
import type { Attribution } from '../../analysis/types.js';

/** "to be named", "not to be identified", with the reason for it ("… because he feared for his job"). */
const ANONYMITY = /^(?:not\s+)?to\s+be\s+(?:named|identified)(?:\s+(?:because|since)\b.*)?$/is;
const WISH = /\b(?:want|wanted|wants|wish|wished|wishes)$/i;

/** Whether a content, its spans joined, reports nothing after its cue. */
export function reportsNothing(cue: string, content: string): boolean {
  return WISH.test(cue.trim()) && ANONYMITY.test(content.trim().replace(/[.,;]+$/, ''));
}

/** Removes in place the attributions whose content reports nothing. */
export function dropEmptyContents(attributions: Attribution[]): void {
  for (let k = attributions.length - 1; k >= 0; k--) {
    const { cue, content } = attributions[k];
    if (reportsNothing(cue.text, content.map((c) => c.text).join(' '))) attributions.splice(k, 1);
  }
}
