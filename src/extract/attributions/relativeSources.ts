/**
 * "Keith Dunmore, whose wife is being treated at the clinic, said …": a source's relative clause on
 * "whose", set off by commas, is part of it (PolNeAR train's gold holds the whole clause: "Mr. Cruz,
 * whose … finish was widely seen as a disappointment, said"), but the role tagger may stop at the
 * clause's verb, leaving "Keith Dunmore, whose wife". The source runs on to the comma before the cue.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID } from '../../language/tagsets.js';
import { sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

/** Longest clause taken in, in words. */
const MAX_CLAUSE_WORDS = 20;
/** What no single clause between commas holds. */
const CLAUSE_BREAK = /[,;:.!?"“”()]|\s[-—–]\s/;

export function wholeRelativeSources(text: string, found: Attribution[]): void {
  for (const a of found) {
    const source = a.source;
    if (!source || source.end > a.cue.start) continue;
    const gap = text.slice(source.end, a.cue.start);
    const comma = /,\s*$/.exec(gap);
    if (!comma) continue;
    // Only a clause the tagger stopped inside ("Keith Dunmore, whose wife | is being treated …,"):
    // one it left out whole ("Sandra Mills | , whose spaniel …,") PolNeAR leaves out as often
    // (train: taking those in loses 2 exact sources).
    if (!/,\s+whose\s/i.test(source.text)) continue;
    const rest = gap.slice(0, comma.index);
    if (!rest.trim() || CLAUSE_BREAK.test(rest) || rest.trim().split(/\s+/).length > MAX_CLAUSE_WORDS)
      continue;
    a.source = sourceOf(spanOf(text, source.start, source.end + comma.index), source.kind, source.entity);
  }
}

/** Longest antecedent taken in before "who", in words ("one dealer", "Labour's Mr Livingstone"). */
const MAX_ANTECEDENT_WORDS = 6;
/** Where an antecedent starts: after a sentence's end, a clause's comma, a quote or a dash. */
const ANTECEDENT_BREAK = /(?:^|[.!?;:,"“”(]|\s[-—–]\s|\n)\s*$/;

/**
 * "One dealer, who asked not to be named, told Reuters …": the tagger may take the relative pronoun
 * for the speaker of a cue after its clause, which is the antecedent's. The source becomes the
 * antecedent with its clause, as PolNeAR's gold has it, up to the comma before the cue.
 */
export function antecedentSources(doc: Doc, found: Attribution[]): void {
  const { text } = doc;
  for (const a of found) {
    const source = a.source;
    if (!source || !/^(?:who|which)$/i.test(source.text) || source.end > a.cue.start) continue;
    // A clause set off by commas, which a restrictive one ("the firm which posted …") is not.
    if (!/,\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) continue;
    const clause = text.slice(source.end, a.cue.start);
    const comma = /,\s*$/.exec(clause);
    const rest = comma && clause.slice(0, comma.index);
    if (!rest?.trim() || CLAUSE_BREAK.test(rest) || rest.trim().split(/\s+/).length > MAX_CLAUSE_WORDS)
      continue;
    const start = antecedentStart(text, source.start);
    if (start < 0 || holdsVerb(doc, start, source.start)) continue;
    const whole = spanOf(text, start, source.end + (comma?.index ?? 0));
    a.source = sourceOf(whole, classifySource(whole.text));
  }
}

/** Whether a verb stands in [start, end): "Commentators believe Deutsche Boerse" is no noun phrase. */
function holdsVerb(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokensInRange(start, end);
  for (let k = tokens.start; k < tokens.end; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return true;
  return false;
}

/** Where the noun phrase before a relative pronoun starts ("However, | one dealer, who"), or -1. */
function antecedentStart(text: string, pronoun: number): number {
  const before = text.slice(0, pronoun).replace(/,?\s*$/, '');
  const words = /((?:[\p{L}\p{N}'’.&-]+\s+){0,5}[\p{L}\p{N}'’.&-]+)$/u.exec(before);
  if (!words) return -1;
  // The phrase runs back to the nearest break, within reach.
  const phrase = words[1].split(/\s+/);
  for (let n = phrase.length; n >= 1; n--) {
    const start = before.length - phrase.slice(-n).join(' ').length;
    if (n <= MAX_ANTECEDENT_WORDS && ANTECEDENT_BREAK.test(text.slice(0, start))) {
      const first = phrase[phrase.length - n];
      return /^[\p{Lu}\p{N}]/u.test(first) || /^(?:the|a|an|one|two|some)$/i.test(first) ? start : -1;
    }
  }
  return -1;
}
