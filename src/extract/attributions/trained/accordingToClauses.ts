/**
 * "According to the officer, the company had been warned in writing.": the role tagger stops a
 * content before a word that often opens a cue ("warned"), but a sentence led by "According to X,"
 * reports all that follows the comma, unless another cue stands in it.
 */
import { anyCueIn, cueStartsOf } from './cueStarts.js';
import type { PredictedAttribution } from './model.js';
import type { DocView } from './view.js';

export function wholeAccordingToClauses(v: DocView, found: PredictedAttribution[]): void {
  const { doc } = v;
  let starts: Int32Array | null = null;
  for (const a of found) {
    const { cue, source, content } = a;
    if (cue.end - cue.start !== 2 || v.lower[cue.start] !== 'according' || v.lower[cue.start + 1] !== 'to')
      continue;
    const s = doc.sentenceOf(cue.start);
    if (cue.start !== doc.sentStart[s] || !source || v.lower[source.end] !== ',' || content.length !== 1)
      continue;
    let end = doc.sentEnd[s];
    while (end > source.end + 1 && (v.shape[end - 1] === 'q' || /^[.!?]$/.test(v.lower[end - 1]))) end--;
    const only = content[0];
    if (only.start !== source.end + 1 || only.end >= end) continue;
    starts ??= cueStartsOf(found);
    if (anyCueIn(starts, only.end, end, cue.start)) continue;
    a.content = [{ start: only.start, end }];
  }
}
