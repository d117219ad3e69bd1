/**
 * "Lorne Claims, the adjuster that …", "the trade weekly Shelf Notes on Monday that …": a
 * capitalised one-word cue right after a capitalised word, inside a sentence in lower case, is part
 * of a name (a firm, a paper), not a verb; the cue tagger, for which "claims" and "notes" are cues,
 * splits the name into source and cue. A headline capitalises every word but the small ones ("Mayor
 * Refuses to Quit Over Bridge") and keeps its verb; a word after a full stop opens a sentence.
 */
import type { Attribution } from '../../analysis/types.js';

/** A capitalised word of two letters or more ending just before the cue, with only spaces between. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*\p{L}[ \t]+$/u;
/** One capitalised word in mixed case: "Claims", not "CLAIMS". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The next word, maybe after a comma, in lower case. */
const LOWER_NEXT = /^,?[ \t]+\p{Ll}/u;
/** Words a headline leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(
  'a an the and or but nor of to in on at by for with from into over as vs up off out'.split(' '),
);
/** How far after the cue to look for running text, within its line and sentence. */
const REACH = 80;

/** Removes in place the attributions whose cue is a word of a capitalised name. */
export function dropNameCues(text: string, attributions: Attribution[]): void {
  for (let k = attributions.length - 1; k >= 0; k--) {
    const { cue } = attributions[k];
    if (!CAPITALISED_WORD.test(cue.text)) continue;
    const before = text.slice(Math.max(0, cue.start - 40), cue.start);
    const after = text.slice(cue.end, cue.end + REACH);
    if (CAPITALISED_BEFORE.test(before) && LOWER_NEXT.test(after) && runningText(after))
      attributions.splice(k, 1);
  }
}

/** Whether the rest of the line or sentence holds a lower-case word a headline would capitalise. */
function runningText(after: string): boolean {
  const words = after.split(/[\n.!?]/)[0].match(/\p{L}+/gu) ?? [];
  return words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w));
}
