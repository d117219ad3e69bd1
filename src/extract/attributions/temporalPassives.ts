/**
 * "… had left the register since the cut was announced": an agentless passive in a clause of time
 * dates the sentence by an event; what was announced is the clause's subject ("the cut"), not the
 * words before the conjunction, which the role tagger takes for content as it does for "X, it was
 * announced". PolNeAR marks such a cue seldom (2 of 8 in train) and then with the subject as its
 * content: the content becomes the subject.
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';

/** A passive cue without an agent: its auxiliaries and the participle. */
const PASSIVE_CUE = /^(?:was|were|is|are|(?:has|have|had) been)\s+\p{L}+ed$/iu;
/** A conjunction of time and a short noun phrase opened by a determiner, ending right before the cue. */
const TEMPORAL_SUBJECT_BEFORE =
  /\b(?:since|after|before|until|once|when)\s+((?:the|its|his|her|their|this|that|these|those|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}?)$/iu;
const REACH = 60;

/** Gives an agentless passive in a clause of time that clause's subject as its content, in place. */
export function temporalPassiveContents(text: string, found: Attribution[]): void {
  for (const a of found) {
    if (a.source || !PASSIVE_CUE.test(a.cue.text)) continue;
    const from = Math.max(0, a.cue.start - REACH);
    const m = TEMPORAL_SUBJECT_BEFORE.exec(text.slice(from, a.cue.start));
    if (!m) continue;
    const subjectStart = from + m.index + m[0].length - m[1].length;
    // Only a content the tagger took from before the cue: one after it ("… was announced that …")
    // is what was reported.
    if (a.content.some((c) => c.start >= a.cue.end)) continue;
    a.content = [spanOf(text, subjectStart, subjectStart + m[1].trimEnd().length)];
  }
}
