/**
 * "The carmaker posted a record loss", "The chain has posted a 9% rise in sales", "She recorded the
 * album in 1979": a firm posting its results, or an artist recording a song, is an event the
 * article tells, not a statement of a source. "Posted" stays a cue for what is put online ("posted
 * a photo on her page"): PolNeAR's train split marks 8 of 13 "posted a …" as cues, none of them a
 * result.
 */
import type { Attribution } from '../../analysis/types.js';

const POSTED_CUE = /^(?:(?:has|have|had|also|just|again)\s+)*(?:posted|recorded)$/i;
/** A short object whose head is a business result or a piece of music ("a 222% rise in annual profit"). */
const RESULT_OBJECT =
  /^\s+(?:[\p{L}\p{N}$£€%.,'’-]+\s+){0,4}?(?:profits?|loss(?:es)?|results|sales|revenues?|earnings|turnover|surplus|deficit|growth|rise|fall|drop|jump|gain|decline|album|songs?|single|track)\b/iu;

/** The attributions less those whose "posted" or "recorded" reports results or music, not words. */
export function withoutPostedResults(text: string, found: Attribution[]): Attribution[] {
  const kept = found.filter(
    (a) =>
      !POSTED_CUE.test(a.cue.text.replace(/\s+/g, ' ')) ||
      !RESULT_OBJECT.test(text.slice(a.cue.end, a.cue.end + 80)),
  );
  return kept.length === found.length ? found : kept;
}
