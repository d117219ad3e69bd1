/**
 * "It was reported last week that scientists at the institute | had urged a cut": the taggers stop
 * a content where the next cue starts. When that cue has no source and follows the content with
 * nothing between, in the same sentence, the content runs on over it to its end ("… lawmakers are
 * expected to consider", "a memoir entitled …"), and the inner statement is reported inside it;
 * the words the content held after its "that" are the inner statement's subject when they are a
 * short phrase.
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';
import { isRelayCue } from './chains.js';
import { classifySource } from './sourceKind.js';

/** Words a subject phrase taken from the content may have. */
const MAX_SUBJECT_WORDS = 8;

/** Extends in place each content cut short by a sourceless cue right after it (attributions in cue order). */
export function runContentsOn(text: string, found: Attribution[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const outer = found[k];
    const inner = found[k + 1];
    const last = outer.content[outer.content.length - 1];
    if (!last || inner.source || isRelayCue(inner) || inner.content.length === 0) continue;
    if (last.end > inner.cue.start || !/^[ \t]*$/.test(text.slice(last.end, inner.cue.start))) continue;
    const innerEnd = inner.content[inner.content.length - 1].end;
    if (
      innerEnd <= inner.cue.end ||
      /[.!?]["”’]?$/.test(last.text) ||
      /[.!?]["”’]?\s/.test(text.slice(last.end, innerEnd))
    )
      continue;
    const subject = /^(?:that\s+)?(.+)$/is.exec(last.text)![1];
    if (subject.split(/\s+/).length <= MAX_SUBJECT_WORDS && /^that\s/i.test(last.text)) {
      const start = last.end - subject.length;
      inner.source = { ...spanOf(text, start, last.end), entity: null, kind: classifySource(subject) };
    }
    outer.content[outer.content.length - 1] = spanOf(text, last.start, innerEnd);
  }
}
