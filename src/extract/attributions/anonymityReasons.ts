/**
 * "A guard, who asked not to be named because he feared losing his job, said …": the because-clause
 * says why the source is unnamed; it reports nothing the guard said, and the reader is shown a
 * "he —feared→" that is only the reporter's explanation. The attribution the clause sits in is the
 * verb after it ("said"), which stays.
 */
import type { Attribution } from '../../analysis/types.js';
import { ANONYMOUS_PHRASES } from '../../language/en/cues/sourceWords.js';

/** An anonymity phrase (the wordings that make a source anonymous), then "because" and a short subject, right before the cue. */
const REASON_BEFORE_CUE = new RegExp(
  `(?:${ANONYMOUS_PHRASES.source})\\s*,?\\s+because\\s+(?:[\\p{L}'’-]+\\s+){1,4}$`,
  'iu',
);

/**
 * What a reason fears or wants without a clause ("losing his job", "for her safety"), an order the
 * source is under ("had been told not to talk to reporters", "has told staff not to speak"), an
 * intention or a promise ("hopes to work there", "had agreed to keep the talks private") or a tie
 * named by a short object that ends the aside ("still works for the owners,"). A reason with
 * a clause of its own ("because she feared her employer would find out") is a belief PolNeAR's gold
 * marks (its one such case in train), and stays.
 */
const NO_CLAUSE_AFTER_CUE =
  /^\s+(?:\p{L}+ing\b|for\b|(?:his|her|their|its)\s+(?:job|safety|life|lives|jobs)\b|(?:\p{L}+\s+)?(?:not\s+)?to\s+\p{L}+|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s*,)/iu;

/** The attributions less those whose cue opens the reason a source is not named. */
export function withoutAnonymityReasons(text: string, found: Attribution[]): Attribution[] {
  const kept = found.filter(
    (a) =>
      !REASON_BEFORE_CUE.test(text.slice(Math.max(0, a.cue.start - 100), a.cue.start)) ||
      !NO_CLAUSE_AFTER_CUE.test(text.slice(a.cue.end, a.cue.end + 30)),
  );
  return kept.length === found.length ? found : kept;
}
