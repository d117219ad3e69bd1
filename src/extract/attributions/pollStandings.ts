/**
 * "The mayor leads her rival by nine points in the latest Courier poll.": a clause that ends on "in"
 * and a poll or survey reports what the poll found, as an opening "In a poll, …" does
 * (pollFindings.ts): "in" is the cue, the poll the source and the clause before it the content
 * (PolNeAR annotates these mid-sentence polls too; the taggers, which read "in" as a preposition,
 * never propose them). Token offsets inside.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution } from './build.js';
import { finiteVerbIn, pollHead } from './pollFindings.js';

export const POLL_STANDING_RULE = 'poll-standing';

/** Longest participle phrase after the poll kept in the source ("released on Monday by the Post"). */
const MAX_PARTICIPLE = 6;
/** Words that open a time after the poll, kept in the source ("last week", "this month"). */
const TIME_OPENERS = new Set(['last', 'this']);
/**
 * "in a … poll" names one poll the clause is read off; "in the polls" is mostly a figure of speech for
 * standing, which PolNeAR annotates one time in four (train: 21 of 85 such clauses of any article).
 */
const INDEFINITE = new Set(['a', 'an']);
/** Lemmas of taking part in a poll ("… voted in a poll"), which tells who answered, not what it found. */
const TAKING_PART = new Set(['vote', 'participate', 'respond', 'answer']);
const takesPart = (doc: Doc, k: number) => doc.upos[k] === UPOS_ID.VERB && TAKING_PART.has(doc.lemma[k]);
/** Marks that end the clause before "in" on their left: the content starts after them. */
const CLAUSE_MARKS = new Set([';', ':', '—', '–', '(']);

/** The clause's first token: after the last subordinator or clause mark before `cue`, else the sentence's. */
function clauseStart(doc: Doc, sentStart: number, cue: number): number {
  for (let k = cue - 1; k > sentStart; k--)
    if (doc.upos[k] === UPOS_ID.SCONJ || CLAUSE_MARKS.has(doc.word(k))) return k + 1;
  return sentStart;
}

/** Where a time after the poll starts ("a survey | last spring"), which pollHead would read as its noun; else `to`. */
function timeAfter(doc: Doc, start: number, to: number): number {
  for (let k = start + 1; k < to; k++) if (TIME_OPENERS.has(doc.lowerWord(k))) return k;
  return to;
}

/** The poll's phrase, from the token after "in" to its head and what describes it (when, who ran it). */
function pollEnd(doc: Doc, head: number, to: number): number {
  let end = head + 1;
  if (end < to && doc.xpos[end] === XPOS_ID.VBN) {
    let k = end + 1;
    while (k < to && k - end < MAX_PARTICIPLE && doc.upos[k] !== UPOS_ID.PUNCT && doc.word(k) !== 'by') k++;
    if (k < to && doc.upos[k] === UPOS_ID.PUNCT) end = k;
  } else if (end + 1 < to && TIME_OPENERS.has(doc.lowerWord(end)) && doc.upos[end + 1] === UPOS_ID.NOUN)
    end += 2;
  return end;
}

/** The standings that clauses read off polls ("… leads in the polls"), where no attribution already sits. */
export function pollStandings(doc: Doc, found: Attribution[], confidence: number): Attribution[] {
  const out: Attribution[] = [];
  const taken = (start: number, end: number) =>
    found.some((a) =>
      [a.cue, ...(a.source ? [a.source] : [])].some(
        (s) => doc.tokStart[start] < s.end && s.start < doc.tokEnd[end - 1],
      ),
    );
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = doc.sentEnd[s];
    for (let cue = from + 1; cue < to; cue++) {
      if (doc.lowerWord(cue) !== 'in' || takesPart(doc, cue - 1)) continue;
      const head = pollHead(doc, cue + 1, timeAfter(doc, cue + 1, to));
      if (head < 0 || !INDEFINITE.has(doc.lowerWord(cue + 1))) continue;
      const start = clauseStart(doc, from, cue);
      let end = cue;
      while (end > start && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
      // A clause with a report of its own ("… said she leads in the polls") is that report's content.
      if (end <= start || !finiteVerbIn(doc, start, end) || taken(start, pollEnd(doc, head, to))) continue;
      out.push(
        buildAttribution(doc, {
          source: { start: cue + 1, end: pollEnd(doc, head, to) },
          cue: { start: cue, end: cue + 1 },
          content: [{ start, end }],
          lemma: 'in',
          rule: POLL_STANDING_RULE,
          confidence,
        }),
      );
    }
  }
  return out;
}
