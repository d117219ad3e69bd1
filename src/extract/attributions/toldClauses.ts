/**
 * "Its director, Dr Moen, told the paper the survey had recommended a scheme that was never built":
 * after a recipient ("the paper") a reported clause with no "that" reads to the role tagger like
 * more of the recipient, and the content it marks starts late, at a clause further in ("that was
 * never built"). The parser still hangs the reported clause off the cue's verb: the content is
 * that whole clause.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DEPREL_ID, UPOS_ID } from '../../language/tagsets.js';
import { spanOf } from './build.js';

const CCOMP = DEPREL_ID.ccomp;
const TELL = /^(?:tell|tells|told|telling)$/i;

/** The first and last token under `root` in the parse, among the tokens from..to (its sentence). */
function subtreeOf(doc: Doc, root: number, from: number, to: number): { first: number; last: number } {
  let first = root;
  let last = root;
  for (let i = from; i < to; i++) {
    let h = i;
    for (let steps = 0; h >= 0 && h !== root && steps < doc.length; steps++) h = doc.head[h];
    if (h !== root) continue;
    if (i < first) first = i;
    if (i > last) last = i;
  }
  return { first, last };
}

const MARK = DEPREL_ID.mark;
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'expl'].map((d) => DEPREL_ID[d]));
const CLOSING_QUOTE = /^["”’']$/;
const CLAUSE_VERBS = new Set([UPOS_ID.VERB, UPOS_ID.AUX]);

/**
 * The reported clause hung off the cue's "tell", from its "that" or subject on, with the offset of
 * its verb. The recipient before it is left out even where the parser hung it inside the clause.
 */
function reportedClause(doc: Doc, a: Attribution): { start: number; end: number; verbStart: number } | null {
  const cue = doc.tokensInRange(a.cue.start, a.cue.end);
  let tell = -1;
  for (let i = cue.start; i < cue.end; i++) if (TELL.test(doc.word(i))) tell = i;
  if (tell < 0) return null;
  const sentence = doc.sentenceOf(tell);
  const from = doc.sentStart[sentence];
  const to = doc.sentEnd[sentence];
  for (let verb = tell + 1; verb < to; verb++) {
    if (doc.head[verb] !== tell || doc.dep[verb] !== CCOMP) continue;
    if (!CLAUSE_VERBS.has(doc.upos[verb])) return null;
    // The clause opens at its "that", or else at the subject nearest its verb: a recipient the
    // parser took for a second subject ("told the crowd the mayor had …") comes before it.
    let mark = -1;
    let subject = -1;
    for (let i = tell + 1; i < verb; i++) {
      if (doc.head[i] !== verb) continue;
      if (doc.dep[i] === MARK && mark < 0) mark = i;
      else if (SUBJECTS.has(doc.dep[i])) subject = i;
    }
    const opener = mark >= 0 ? mark : subject;
    const open = opener < 0 ? -1 : subtreeOf(doc, opener, from, to).first;
    if (open <= tell) return null;
    let { last } = subtreeOf(doc, verb, from, to);
    // A quote closing the clause is part of it; a comma or a period after it is not.
    while (last > open && doc.upos[last] === UPOS_ID.PUNCT && !CLOSING_QUOTE.test(doc.word(last))) last--;
    return { start: doc.tokStart[open], end: doc.tokEnd[last], verbStart: doc.tokStart[verb] };
  }
  return null;
}

/** Widens in place each tell-content that starts inside its reported clause to the whole clause. */
export function wholeToldClauses(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.content.length !== 1) continue;
    const content = a.content[0];
    const clause = reportedClause(doc, a);
    // Only a content that misses the clause's own verb: one that holds it the taggers read right.
    if (!clause || content.start <= clause.verbStart || content.end > clause.end) continue;
    a.content = [spanOf(doc.text, clause.start, Math.max(clause.end, content.end))];
  }
}
