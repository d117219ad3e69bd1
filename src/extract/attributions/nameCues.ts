/**
 * "Lorne Claims, the adjuster that …", "the trade weekly Shelf Notes on Monday that …": a
 * capitalised one-word cue right after a capitalised word, inside a sentence in lower case, is part
 * of a name (a firm, a paper), not a verb, and so is one right before a capitalised word that running
 * text follows ("Ask Jeeves has bought …": a verb opening a sentence takes no bare name after it); the cue tagger, for which "claims" and "notes" are cues,
 * splits the name into source and cue. A headline capitalises every word but the small ones ("Mayor
 * Refuses to Quit Over Bridge") and keeps its verb; a word after a full stop opens a sentence.
 */
import type { Attribution } from '../../analysis/types.js';

/** A capitalised word of two letters or more ending just before the cue, with only spaces between. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*\p{L}[ \t]+$/u;
/** One capitalised word in mixed case: "Claims", not "CLAIMS". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * A capitalised word after the cue, then a verb of its own: "Ask Jeeves has bought …", "Ask Jeeves
 * said …". A headline's verb takes a name and a clause ("Says Clinton would …", "Blasts Drudge for
 * …"), and a title before a name ("Asked Mrs Dunne whether …") leaves the cue a verb.
 */
const NAME_WORD_NEXT =
  /^[ \t]+(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\b)\p{Lu}\p{Ll}+[ \t]+(?:has|had|have|is|was|were|are|said|\p{Ll}{2,}ed|\p{Ll}{2,}s)\b/u;
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
    const nameBefore = CAPITALISED_BEFORE.test(before) && LOWER_NEXT.test(after);
    if ((nameBefore || NAME_WORD_NEXT.test(after)) && runningText(after)) attributions.splice(k, 1);
  }
}

/** Whether the rest of the line or sentence holds a lower-case word a headline would capitalise. */
function runningText(after: string): boolean {
  const words = after.split(/[\n.!?]/)[0].match(/\p{L}+/gu) ?? [];
  return words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL_WORDS.has(w));
}
