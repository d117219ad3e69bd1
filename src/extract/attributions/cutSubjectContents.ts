/**
 * "Mara said a nurse at Dunmore Infirmary had told her the wound was septic": the role tagger,
 * which never nests, may end the outer content at the inner clause's subject and give the inner
 * cue ("had told") the outer source, so the nurse's words are put in Mara's mouth. Two attributions
 * with one source, the first's content opening with a bare noun phrase right before the second's
 * telling cue, are one report and the telling inside it: the noun phrase is the inner source, and an
 * outer content cut at it runs on to the inner content's end (linkChains then sets the inner `via`).
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID } from '../../language/tagsets.js';
import { sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

const VERBAL = new Set([UPOS_ID.VERB, UPOS_ID.AUX]);
const OPENS_CLAUSE = /^\s+(?:that\s+)?$/;
/**
 * The inner cue tells a listener ("had told her", "told the family"): a verb no noun phrase takes
 * for a modifier, and whose listener stands between it and its content. Looser ("have refused",
 * "asking") it fired on subjects of verbs that report nothing in PolNeAR (dev and train).
 */
const TELLING_CUE = /^(?:(?:had|has|have)\s+)?told$/i;
/** Longest noun phrase taken for the inner subject, in tokens. */
const MAX_SUBJECT = 8;

/** Whether the tokens of `s` hold no verb and few enough words to be a subject. */
function nounPhrase(doc: Doc, s: { start: number; end: number }): boolean {
  const { start, end } = doc.tokensInRange(s.start, s.end);
  if (end - start > MAX_SUBJECT || end <= start) return false;
  for (let k = start; k < end; k++)
    if (VERBAL.has(doc.upos[k]) || doc.upos[k] === UPOS_ID.PUNCT) return false;
  return doc.upos[end - 1] === UPOS_ID.NOUN || doc.upos[end - 1] === UPOS_ID.PROPN;
}

/** Makes the outer content whole and gives the inner cue its subject, in place. */
export function cutSubjectContents(doc: Doc, found: Attribution[]): void {
  const text = doc.text;
  for (let k = 0; k + 1 < found.length; k++) {
    const outer = found[k];
    const inner = found[k + 1];
    if (!TELLING_CUE.test(inner.cue.text) || !outer.source || !inner.source || outer.content.length !== 1)
      continue;
    if (outer.source.start !== inner.source.start || outer.source.end !== inner.source.end) continue;
    const first = outer.content[0];
    // The noun phrase opens the reported clause, right after the outer cue or its "that", and ends
    // where the telling starts: the outer content stops there or already runs on past it.
    if (!OPENS_CLAUSE.test(text.slice(outer.cue.end, first.start)) || first.start >= inner.cue.start)
      continue;
    const subjectEnd = first.start + text.slice(first.start, inner.cue.start).trimEnd().length;
    if (first.end !== subjectEnd && first.end < inner.cue.end) continue;
    // The listener ("her", "the family") stands between the telling and what was told.
    if (/^\s*$/.test(text.slice(inner.cue.end, inner.content[0].start))) continue;
    const last = inner.content[inner.content.length - 1];
    const subject = spanOf(text, first.start, subjectEnd);
    if (!last || last.start < inner.cue.end || !nounPhrase(doc, subject)) continue;
    inner.source = sourceOf(subject, classifySource(subject.text, null));
    if (first.end === subjectEnd) outer.content = [spanOf(text, subject.start, last.end)];
  }
}
