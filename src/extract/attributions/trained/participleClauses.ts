/**
 * "…, adding that the spokesman also denied the report": the role tagger, trained on PolNeAR's
 * flat annotation, stops a participle cue's that-clause before the next cue and its subject, so
 * the content reads "that the spokesman" and the inner statement comes out with no source or half
 * of one. The participle reports the whole clause: its content runs to the end of the inner
 * statement, the clause's subject is the inner speaker, and linkChains makes the inner one speak
 * via the participle's attribution.
 */
import type { Attribution } from '../../../analysis/types.js';
import { sameSentence, sourceOf, spanOf } from '../build.js';
import { classifySource } from '../sourceKind.js';

/** A cue opened by a participle: "adding", "saying", "noting that". */
const PARTICIPLE = /^\p{L}+ing$/iu;
/** The complementizer opening the participle's content. */
const THAT = /^that\s+/i;
/** What may stand between the clause's subject and the inner cue: spaces and quote marks. */
const SUBJECT_TO_CUE = /^[\s"“”‘’']*$/;
/** A subject longer than this is a clause the tagger cut for another reason, not a speaker. */
const MAX_SUBJECT_WORDS = 12;

export function nestParticipleClauses(text: string, attributions: Attribution[]): void {
  for (const outer of attributions) {
    if (!PARTICIPLE.test(outer.cue.text.split(/\s+/)[0]) || outer.content.length === 0) continue;
    const first = outer.content[0];
    const that = THAT.exec(first.text);
    if (!that || first.start < outer.cue.end) continue;
    const subjectStart = first.start + that[0].length;
    const last = outer.content[outer.content.length - 1];
    const inner = innerStatement(text, attributions, outer, subjectStart, last.end);
    if (!inner) continue;
    let subjectEnd = inner.source?.end ?? last.end;
    while (subjectEnd > subjectStart && /[\s"“”‘’']/.test(text[subjectEnd - 1])) subjectEnd--;
    const subject = spanOf(text, subjectStart, subjectEnd);
    if (subject.text.length === 0 || subject.text.split(/\s+/).length > MAX_SUBJECT_WORDS) continue;
    inner.source = sourceOf(subject, classifySource(subject.text));
    const end = Math.max(inner.cue.end, ...inner.content.map((c) => c.end));
    outer.content = [spanOf(text, first.start, end)];
  }
}

/**
 * The attribution whose cue follows the participle's content in the same sentence with only
 * quote marks between, and whose source, if any, lies within the clause's subject.
 */
function innerStatement(
  text: string,
  all: Attribution[],
  outer: Attribution,
  subjectStart: number,
  contentEnd: number,
): Attribution | null {
  for (const inner of all) {
    if (inner === outer || inner.cue.start < contentEnd) continue;
    if (!sameSentence(text, outer.cue.end, inner.cue.start)) continue;
    const source = inner.source;
    const gapFrom = source && source.end > contentEnd ? source.end : contentEnd;
    if (!SUBJECT_TO_CUE.test(text.slice(gapFrom, inner.cue.start))) continue;
    if (source && (source.start < subjectStart || source.start > contentEnd)) continue;
    return inner;
  }
  return null;
}
