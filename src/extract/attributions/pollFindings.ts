/**
 * "In a weekend poll for the Ledger, 52 percent backed the levy.": a sentence opened by "In" and a
 * poll or survey reports what that poll found, with "In" as the cue and the poll as the source
 * (PolNeAR's convention: 17 of 23 such openings in train carry it). The taggers, which read "in" as a
 * preposition, never propose it. Token offsets inside.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution } from './build.js';

/** Nouns of a count of opinion: the object of the opening "In". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Longest opening phrase, "In" to its comma, in tokens. */
const MAX_OPENING = 16;

export const POLL_FINDING_RULE = 'poll-finding';

/** The findings of polls opening sentences that no attribution already covers, built with `confidence`. */
export function pollFindings(doc: Doc, found: Attribution[], confidence: number): Attribution[] {
  const out: Attribution[] = [];
  const covered = (i: number) =>
    found.some((a) =>
      [a.cue, ...(a.source ? [a.source] : [])].some(
        (s) => doc.tokStart[i] < s.end && s.start < doc.tokEnd[i],
      ),
    );
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = doc.sentEnd[s];
    if (doc.word(from) !== 'In' || !opensOnPoll(doc, from + 1, to)) continue;
    const comma = sourceEnd(doc, from + 1, to);
    if (comma < 0) continue;
    let end = to;
    while (end > comma + 1 && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
    if (!finiteVerbIn(doc, comma + 1, end)) continue;
    // A report inside the finding ("… 40 percent said …") is PolNeAR's second attribution, nested
    // under this one (train: 9 more whole overlap matches with such clauses kept, 5 with them skipped).
    if (covered(from)) continue;
    out.push(
      buildAttribution(doc, {
        source: { start: from + 1, end: comma },
        cue: { start: from, end: from + 1 },
        content: [{ start: comma + 1, end }],
        lemma: 'in',
        rule: POLL_FINDING_RULE,
        confidence,
      }),
    );
  }
  return out;
}

/** Marks inside a pollster's name ("the Post/ABC News poll", "a Post-ABC poll"). */
const NAME_MARKS = new Set(['/', '-', '–', '&', '’s', "'s"]);
const NOMINAL = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN]);

/**
 * The poll the noun phrase from `start` ends on: its last noun before the first preposition, verb
 * or mark, when that noun is a poll ("In a poll of voters" yes; "In a memo released as polls closed"
 * and "In eight of nine states where polls …" no), else -1. Read on the surface: the parser may hang
 * "In" on the pollster's name.
 */
export function pollHead(doc: Doc, start: number, to: number): number {
  let last = -1;
  for (let k = start; k < to; k++) {
    if (NOMINAL.has(doc.upos[k])) last = k;
    else if (doc.upos[k] === UPOS_ID.PUNCT || doc.upos[k] === UPOS_ID.SYM || doc.upos[k] === UPOS_ID.PART) {
      if (!NAME_MARKS.has(doc.lowerWord(k))) break;
    } else if (doc.upos[k] !== UPOS_ID.DET && doc.upos[k] !== UPOS_ID.ADJ && doc.upos[k] !== UPOS_ID.NUM)
      break;
  }
  return last >= 0 && POLL_NOUNS.has(doc.lowerWord(last)) ? last : -1;
}

const opensOnPoll = (doc: Doc, start: number, to: number) => pollHead(doc, start, to) >= 0;

/**
 * The comma closing the opening phrase, past a participle's comma ("In the spring poll, conducted
 * in May, …"), or -1 when none comes within MAX_OPENING tokens.
 */
function sourceEnd(doc: Doc, start: number, to: number): number {
  for (let k = start; k < to && k - start < MAX_OPENING; k++) {
    if (doc.word(k) !== ',') continue;
    if (k + 1 < to && doc.xpos[k + 1] === XPOS_ID.VBN) {
      for (let j = k + 2; j < to && j - start < MAX_OPENING; j++) if (doc.word(j) === ',') return j;
      return -1;
    }
    return k;
  }
  return -1;
}

export function finiteVerbIn(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if ((doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) && FINITE_XPOS.has(doc.xpos[k]))
      return true;
  return false;
}
