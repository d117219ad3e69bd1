/**
 * "…, and the talks broke down from there, said one delegate in the room.": a "said" after a comma,
 * with a clause before it and a bare noun phrase after it up to the sentence's end, is an inverted
 * tag. The role tagger sometimes reads it the other way round, the clause as the source and the
 * speaker as the content; the roles are swapped back. PolNeAR dev and train hold one such case each;
 * 750 BBC texts, whose ledes often end ", say researchers.", ten. With no source tagged, the clause
 * runs from the sentence's start, and a verb of remark ("…, observed the adviser.") is swapped too.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { FINITE_XPOS, UPOS_ID } from '../../language/tagsets.js';
import { buildAttribution } from './build.js';

/** Most tokens of the speaker's phrase after the tag ("the company's chief executive, Ana Ruiz"). */
const MAX_SPEAKER = 14;
/** A relative clause on a person in the source makes it a speaker's description, not a clause said. */
const RELATIVES = new Set(['who', 'whom', 'whose']);
/** Verbs of remark that close a sentence inverted ("…, observed the adviser."), besides "say". */
const INVERTED_LEMMAS = new Set(['observe', 'add', 'note', 'remark', 'comment', 'explain', 'write']);
/** Quotation marks: a quoted content is what was said, whatever its form. */
const QUOTED = /["“”]|''/;

/** Swaps in place the roles of inverted "say" tags the role tagger read back to front. */
export function swapInvertedTags(doc: Doc, found: Attribution[]): void {
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    if (a.content.length !== 1 || !/^\p{L}+$/u.test(a.cue.text)) continue;
    // "…, observed Jack Boorman, an adviser.": with no source tagged, a verb of remark as well.
    if (a.cue.lemma !== 'say' && (a.source || !INVERTED_LEMMAS.has(a.cue.lemma))) continue;
    const said = a.content[0];
    if ((a.source && a.source.end > a.cue.start) || said.start < a.cue.end || QUOTED.test(said.text))
      continue;
    // The tagger may have taken only the clause's subject for the source ("The toll on the bridge |
    // is still low, at two euros, said the council."): the clause runs from it to the comma. With
    // no source, it runs from the sentence's start.
    const from =
      a.source?.start ?? doc.tokStart[doc.sentStart[doc.sentenceOf(doc.tokenAtOrAfter(a.cue.start))]];
    const gap = doc.text.slice(a.source?.end ?? from, a.cue.start);
    if (!/,\s*$/.test(gap) || (a.source && /[.!?;:]\s/.test(gap))) continue;
    if (!/^\s*[.!?]/.test(doc.text.slice(said.end, said.end + 3))) continue;
    const clause = doc.tokensInRange(from, a.cue.start);
    while (clause.end > clause.start && doc.word(clause.end - 1) === ',') clause.end--;
    const speaker = doc.tokensInRange(said.start, said.end);
    if (speaker.end - speaker.start > MAX_SPEAKER || hasRelative(doc, clause.start, clause.end)) continue;
    if (!hasVerb(doc, clause.start, clause.end, true) || hasVerb(doc, speaker.start, speaker.end, false))
      continue;
    const swapped = buildAttribution(doc, {
      source: speaker,
      cue: doc.tokensInRange(a.cue.start, a.cue.end),
      content: [clause],
      lemma: a.cue.lemma,
      rule: a.rule,
      confidence: a.confidence,
    });
    // The attributions are numbered and chained by now: the new reading keeps its place in both.
    swapped.id = a.id;
    swapped.via = a.via;
    found[k] = swapped;
  }
}

/**
 * "…, outstripping its rival, said market analysts Tallyworks.": with no source tagged, the role
 * tagger may take the speaker after the tag as one more span of the content. The last span, a
 * bare noun phrase from the tag to the sentence's end, becomes the source.
 */
export function splitInvertedSpeakers(doc: Doc, found: Attribution[]): void {
  for (const a of found) {
    // A single word: "are said to be …" is a passive, what follows it no speaker.
    if (
      a.source ||
      a.content.length < 2 ||
      !/^\p{L}+$/u.test(a.cue.text) ||
      (a.cue.lemma !== 'say' && !INVERTED_LEMMAS.has(a.cue.lemma))
    )
      continue;
    const said = a.content[a.content.length - 1];
    const before = a.content.slice(0, -1);
    if (said.start < a.cue.end || before.some((c) => c.end > a.cue.start)) continue;
    if (!/^\s*$/.test(doc.text.slice(a.cue.end, said.start))) continue;
    if (!/,\s*$/.test(doc.text.slice(before[before.length - 1].end, a.cue.start))) continue;
    if (!/^\s*[.!?]/.test(doc.text.slice(said.end, said.end + 3)) || QUOTED.test(said.text)) continue;
    const speaker = doc.tokensInRange(said.start, said.end);
    // A finite verb makes the span what was said; a participle may name the speaker ("the planning
    // institute"), and a relative clause on it is an attribution of its own ("…, who added …").
    if (
      speaker.end - speaker.start > MAX_SPEAKER ||
      hasVerb(doc, speaker.start, speaker.end, true) ||
      hasRelative(doc, speaker.start, speaker.end)
    )
      continue;
    const swapped = buildAttribution(doc, {
      source: speaker,
      cue: doc.tokensInRange(a.cue.start, a.cue.end),
      content: before.map((c) => doc.tokensInRange(c.start, c.end)),
      lemma: a.cue.lemma,
      rule: a.rule,
      confidence: a.confidence,
    });
    a.source = swapped.source;
    a.content = swapped.content;
  }
}

/** Whether a verb (a finite one when `finite`) stands in tokens [start, end). */
function hasVerb(doc: Doc, start: number, end: number, finite: boolean): boolean {
  for (let k = start; k < end; k++)
    if (
      (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) &&
      (!finite || FINITE_XPOS.has(doc.xpos[k]))
    )
      return true;
  return false;
}

function hasRelative(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (RELATIVES.has(doc.lowerWord(k))) return true;
  return false;
}
