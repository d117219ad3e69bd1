/**
 * The cue tagger's near misses: cues it leaves out by a small margin, looked at again and kept when
 * the role tagger reads them as a report (see hesitantCues).
 */
import { cueLemma, SPEECH_LEMMAS } from '../../../language/en/cues/reportingVerbs.js';
import type { TokenSpan } from '../build.js';
import { CUE, spansOf } from './data.js';
import type { GreedyTagger, Sequence } from './sequence.js';
import type { DocView } from './view.js';
import { CUE_DECODING, type StaticScores, viterbiTag } from './viterbi.js';

/**
 * Extra begin bias under which the cue tagger's near misses are decoded again (hesitantCues), and
 * the fewest content characters their roles must show to be kept (readsAsReport). First tuned on dev
 * over 8–20 and 20–50 (flat from 10 to 14 and 20 to 40); mean PolNeAR dev F1 over training seeds
 * 40–42, cue / source / content overlap / whole overlap / whole exact: 71.97 / 74.83 / 80.73 /
 * 75.43 / 46.50 -> 72.40 / 75.43 / 81.70 / 76.23 / 46.63 (whole overlap +0.7 to +0.9 per seed).
 * Retuned for the taggers of session 26, whose near misses with a short clause are right as often
 * as not: 30 -> 20 characters adds 22 attributions on dev, 11 right (whole overlap 1630 -> 1641
 * matched, F1 78.95 -> 79.07), and 206 on train, 90 right (84.37 -> 84.39). At 15 characters dev
 * gets 2 right of 9 more (78.99) while train rises (84.46); a bias of 14 with 20 gains 10 more on dev
 * (79.17) but turns one pronoun of the speakers eval to a nearer antecedent (a relative "which
 * plans …" then gets a speaker).
 */
const HESITANT_CUE_BIAS = 12;
const MIN_HESITANT_CONTENT = 20;
/**
 * The larger extra bias for a speech verb ("said", "told", "wrote", "asked": SPEECH_LEMMAS) with no
 * cue before it in its sentence: a near miss there is a report more often than elsewhere. PolNeAR
 * dev, matched cue exact / source exact / content overlap / whole overlap / whole exact, for 5 more
 * predictions: +4 / +3 / +5 / +4 / +3; train, for 27 more: +6 / +9 / +14 / +8 / +3. At 50: dev +9
 * content for 9, but train +20 for 54 (37%, below the ~42% a prediction needs to raise F1).
 */
const SPEECH_CUE_BIAS = 30;

/**
 * Cues the tagger would begin if beginning were favoured by HESITANT_CUE_BIAS more: each sentence
 * holding a token it left outside any cue by less than that margin is decoded again with the extra
 * bias (from the static scores of the first pass), and the cues that appear there and overlap none
 * found before are returned, with their margin under the usual bias. Raising the bias everywhere
 * instead adds cues right only a third of the time (PolNeAR dev, below the 36% F1 would need); those
 * whose role tagger reads a source before them and a content of some length are right about half
 * the time, so only they are kept (readsAsReport), and without the content-favouring retry.
 * A sentence whose speech verb, with no cue before it, was left out by less than SPEECH_CUE_BIAS is
 * decoded once more under that bias, and the cues there holding a speech verb are added too.
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
    let speechClose = false;
    for (let k = from; k < to && !(close && speechClose); k++) {
      if (labels[k] !== CUE.O) continue;
      close ||= margins[k] < HESITANT_CUE_BIAS;
      speechClose ||= margins[k] < SPEECH_CUE_BIAS && isSpeechVerb(v, k) && !cueBefore(labels, from, k);
    }
    const found = out.length;
    if (close) {
      scratch ??= new Float32Array(n);
      for (const cue of decodeWith(tagger, seq, scratch, statics, from, to, HESITANT_CUE_BIAS))
        if (outsideCues(labels, cue)) out.push({ cue, margin: scratch[cue.start] - HESITANT_CUE_BIAS });
    }
    if (!speechClose) continue;
    scratch ??= new Float32Array(n);
    for (const cue of decodeWith(tagger, seq, scratch, statics, from, to, SPEECH_CUE_BIAS)) {
      if (!outsideCues(labels, cue) || !holdsSpeechVerb(v, cue)) continue;
      // After a cue of the sentence it would mostly be a verb of that cue's content, which PolNeAR
      // does not annotate (train: whole exact -7 with them, +3 without).
      if (cueBefore(labels, from, cue.start)) continue;
      let free = true;
      for (let j = found; j < out.length && free; j++)
        free = out[j].cue.end <= cue.start || cue.end <= out[j].cue.start;
      if (free) out.push({ cue, margin: scratch[cue.start] - SPEECH_CUE_BIAS });
    }
  }
  return out;
}

/** The cues of one sentence decoded with `bias` more for beginning one (margins into `scratch`). */
function decodeWith(
  tagger: GreedyTagger,
  seq: Sequence,
  scratch: Float32Array,
  statics: StaticScores,
  from: number,
  to: number,
  bias: number,
): TokenSpan[] {
  tagger.bias[CUE.B] += bias;
  let again: Int8Array;
  try {
    again = viterbiTag(tagger, seq, CUE_DECODING, scratch, from, to, statics);
  } finally {
    tagger.bias[CUE.B] -= bias;
  }
  return spansOf(again.subarray(from, to), CUE.B, CUE.I, from);
}

function cueBefore(labels: Int8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (labels[k] !== CUE.O) return true;
  return false;
}

function outsideCues(labels: Int8Array, cue: TokenSpan): boolean {
  for (let k = cue.start; k < cue.end; k++) if (labels[k] !== CUE.O) return false;
  return true;
}

/** A speech verb's form; not "add", whose near misses are mostly sums ("added 300 jobs", "adding to"). */
function isSpeechVerb(v: DocView, k: number): boolean {
  const lemma = cueLemma(v.lower[k]);
  return lemma !== null && SPEECH_LEMMAS.has(lemma) && lemma !== 'add';
}

function holdsSpeechVerb(v: DocView, cue: TokenSpan): boolean {
  for (let k = cue.start; k < cue.end; k++) if (isSpeechVerb(v, k)) return true;
  return false;
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
