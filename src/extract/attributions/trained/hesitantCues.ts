/**
 * The cue tagger's near misses: cues it leaves out by a small margin, looked at again and kept when
 * the role tagger reads them as a report (see hesitantCues).
 */
import type { TokenSpan } from '../build.js';
import { CUE, spansOf } from './data.js';
import type { GreedyTagger, Sequence } from './sequence.js';
import type { DocView } from './view.js';
import { CUE_DECODING, type StaticScores, viterbiTag } from './viterbi.js';

/**
 * Extra begin bias under which the cue tagger's near misses are decoded again (hesitantCues), and
 * the fewest content characters their roles must show to be kept (readsAsReport). Tuned on dev
 * over 8–20 and 20–50 (flat from 10 to 14 and 20 to 40); mean PolNeAR dev F1 over training seeds
 * 40–42, cue / source / content overlap / whole overlap / whole exact: 71.97 / 74.83 / 80.73 /
 * 75.43 / 46.50 -> 72.40 / 75.43 / 81.70 / 76.23 / 46.63 (whole overlap +0.7 to +0.9 per seed).
 */
const HESITANT_CUE_BIAS = 12;
const MIN_HESITANT_CONTENT = 30;

/**
 * Cues the tagger would begin if beginning were favoured by HESITANT_CUE_BIAS more: each sentence
 * holding a token it left outside any cue by less than that margin is decoded again with the extra
 * bias (from the static scores of the first pass), and the cues that appear there and overlap none
 * found before are returned, with their margin under the usual bias. Raising the bias everywhere
 * instead adds cues right only a third of the time (PolNeAR dev, below the 36% F1 would need); those
 * whose role tagger reads a source before them and a content of some length are right about half
 * the time, so only they are kept (readsAsReport), and without the content-favouring retry.
 */
export function hesitantCues(
  tagger: GreedyTagger,
  v: DocView,
  seq: Sequence,
  labels: Int8Array,
  margins: Float32Array,
  statics: StaticScores,
): { cue: TokenSpan; margin: number }[] {
  const out: { cue: TokenSpan; margin: number }[] = [];
  const n = v.doc.length;
  let scratch: Float32Array | null = null;
  for (let s = 0; s < v.doc.sentenceCount; s++) {
    const from = v.doc.sentStart[s];
    const to = v.doc.sentEnd[s];
    let close = false;
    for (let k = from; k < to && !close; k++) close = labels[k] === CUE.O && margins[k] < HESITANT_CUE_BIAS;
    if (!close) continue;
    scratch ??= new Float32Array(n);
    tagger.bias[CUE.B] += HESITANT_CUE_BIAS;
    let again: Int8Array;
    try {
      again = viterbiTag(tagger, seq, CUE_DECODING, scratch, from, to, statics);
    } finally {
      tagger.bias[CUE.B] -= HESITANT_CUE_BIAS;
    }
    for (const cue of spansOf(again.subarray(from, to), CUE.B, CUE.I, from)) {
      let free = true;
      for (let k = cue.start; k < cue.end && free; k++) free = labels[k] === CUE.O;
      if (free) out.push({ cue, margin: scratch[cue.start] - HESITANT_CUE_BIAS });
    }
  }
  return out;
}

/** Roles that make a hesitant cue worth keeping: a source before it, a content of some length. */
export function readsAsReport(
  v: DocView,
  found: { cue: TokenSpan; source: TokenSpan | null; content: TokenSpan[] },
) {
  if (!found.source || found.source.end > found.cue.start) return false;
  let chars = 0;
  for (const c of found.content) chars += v.doc.tokEnd[c.end - 1] - v.doc.tokStart[c.start];
  return chars >= MIN_HESITANT_CONTENT;
}
