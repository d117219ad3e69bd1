/**
 * "She said its plans, which include a new road, would go to a vote.": the role tagger ends a
 * content at the comma opening a relative clause, which in PolNeAR's train split more often closes
 * it; but when the relative closes with a comma and a finite verb follows, the content's last words
 * were a subject, and the clause goes on to the sentence's end; likewise a participle's clause ("the
 * raid, carried out with …, followed …"). So too when the content already
 * holds such a clause, or a participle's ("the hoard, found by …,"), and stops at its closing comma.
 */
import { FINITE_XPOS, XPOS_ID } from '../../../language/tagsets.js';
import { anyCueIn, cueStartsOf } from './cueStarts.js';
import type { PredictedAttribution } from './model.js';
import type { DocView } from './view.js';

const RELATIVES = new Set(['which', 'who', 'whose']);
/** Longest relative clause bridged, in tokens. */
const MAX_RELATIVE = 25;

export function throughSubjectRelatives(v: DocView, found: PredictedAttribution[]): void {
  const { doc } = v;
  let starts: Int32Array | null = null;
  for (const a of found) {
    const last = a.content[a.content.length - 1];
    if (!last || v.lower[last.end] !== ',') continue;
    const s = doc.sentenceOf(last.end);
    let end = doc.sentEnd[s];
    while (end > last.end && (v.shape[end - 1] === 'q' || /^[.!?]$/.test(v.lower[end - 1]))) end--;
    // The tagger took in the clause but stopped at its closing comma: "the hoard, found by …, was …".
    if (closesParticipleClause(v, last, end)) {
      starts ??= cueStartsOf(found);
      if (!anyCueIn(starts, last.end, end)) a.content[a.content.length - 1] = { start: last.start, end };
      continue;
    }
    // A relative clause, or a participle's ("the raid, carried out with …, followed …"; the tagger
    // may call the participle a past tense).
    if (!RELATIVES.has(v.lower[last.end + 1]) && !participle(v, last.end + 1)) continue;
    let close = last.end + 2;
    while (
      close < end &&
      close - last.end <= MAX_RELATIVE &&
      v.lower[close] !== ',' &&
      v.shape[close] !== 'q'
    )
      close++;
    if (v.lower[close] !== ',' || close + 1 >= end || !FINITE_XPOS.has(doc.xpos[close + 1])) continue;
    starts ??= cueStartsOf(found);
    if (anyCueIn(starts, last.end, end)) continue;
    a.content[a.content.length - 1] = { start: last.start, end };
  }
}

/**
 * Whether a content ends at the comma closing a participle or relative clause set off after its
 * subject ("the hoard, found by a walker in 2030") with a finite verb after that comma.
 */
function closesParticipleClause(v: DocView, span: { start: number; end: number }, end: number): boolean {
  if (span.end + 1 >= end || !FINITE_XPOS.has(v.doc.xpos[span.end + 1])) return false;
  for (let k = span.end - 1; k > span.start && span.end - k <= MAX_RELATIVE; k--) {
    if (v.shape[k] === 'q') return false;
    if (v.lower[k] !== ',') continue;
    return v.doc.xpos[k + 1] === XPOS_ID.VBN || RELATIVES.has(v.lower[k + 1]);
  }
  return false;
}

/** A past participle, or a past tense in "-ed", which reads the same. */
function participle(v: DocView, k: number): boolean {
  const x = v.doc.xpos[k];
  return x === XPOS_ID.VBN || (x === XPOS_ID.VBD && v.lower[k].endsWith('ed'));
}
