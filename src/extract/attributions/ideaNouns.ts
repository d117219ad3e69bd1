/**
 * "Pugh rejected any suggestion that the vote had been swayed": the cue tagger sometimes takes the
 * noun naming the idea into the cue ("rejected any suggestion"). PolNeAR train gold more often
 * ends the cue on the verb and opens the content on the noun phrase ("the notion that …", "the
 * idea that …"), and a reader sees the idea as what was rejected. So for others' words turned down
 * ("rejected calls for a discount", "denied claims that …"): gold's "has resisted | calls from …
 * to drop out", "dismisses | accusations that …", "denying | claims of plagiarism".
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';

/**
 * Verbs that turn an idea down: with them gold opens the content on the idea (10 to 3 in train);
 * a light verb makes the noun the act itself ("made the suggestion", "floated the idea": cues).
 */
const REFUSING = /\b(?:reject|dismiss|den(?:y|ies|ied|ying)|question|ridicul|refut|derid|resist|rebuff)\w*$/i;

/** A verb, then a determiner and a noun naming an idea, maybe with its "that". */
const IDEA_TAIL = /^(\S.*?)\s+((?:any|the|a)\s+(?:suggestion|notion|idea|implication)s?)(?:\s+that)?$/i;
/** A verb, then a noun naming others' words, maybe after a determiner or "growing", and its "for", "to", "that" or "of". */
const WORDS_TAIL =
  /^(\S.*?)\s+((?:(?:any|the|a|an|such|these|those|growing|repeated|renewed|fresh)\s+)?(?:calls?|claims?|demands?|allegations?|accusations?|charges|criticism))(?:\s+(?:for|to|that|of))?$/i;

/** Moves in place an idea noun phrase from the end of a cue to the start of the content right after it. */
export function ideaNounsToContent(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const m = IDEA_TAIL.exec(a.cue.text) ?? WORDS_TAIL.exec(a.cue.text);
    const first = a.content[0];
    if (
      !m ||
      !REFUSING.test(m[1]) ||
      !first ||
      first.start < a.cue.end ||
      !/^\s*$/.test(text.slice(a.cue.end, first.start))
    )
      continue;
    const nounStart = a.cue.start + a.cue.text.indexOf(m[2], m[1].length);
    a.content[0] = spanOf(text, nounStart, first.end);
    a.cue = { ...a.cue, ...spanOf(text, a.cue.start, a.cue.start + m[1].length) };
  }
}
