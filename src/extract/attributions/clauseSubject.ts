/**
 * "Some studies found that …, he said, while others recorded …": a cue in a clause of its own,
 * opened by a joining word after the source the role tagger gave it, speaks for that clause's
 * subject ("others"), not for the speaker of the clause before. Token offsets.
 */
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import type { TokenSpan } from './build.js';

/** Words that open a clause with a subject of its own wherever they stand. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though']);
/** Words that open one only after a comma (", and others said"; "X and Y said" is one subject). */
const COMMA_JOINERS = new Set(['and', 'but']);
/** The subject between the joining word and the cue is a short noun phrase ("others", "two of the crew"). */
const MAX_SUBJECT_WORDS = 4;
const NOT_IN_SUBJECT = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.PUNCT, UPOS_ID.SCONJ, UPOS_ID.CCONJ]);

/**
 * The subject of the cue's own clause when a joining word or a semicolon stands between the tagged
 * source and the cue in the same sentence ("… a “green land grab”; supporters call it overdue": a
 * semicolon may even fall inside the tagged source), else the tagged source unchanged.
 */
export function clauseSubject(doc: Doc, source: TokenSpan | null, cue: TokenSpan): TokenSpan | null {
  if (!source || source.end > cue.start) return source;
  const sentence = doc.sentenceOf(cue.start);
  const from = Math.max(source.start, cue.start - MAX_SUBJECT_WORDS - 1);
  for (let j = cue.start - 1; j >= from; j--) {
    const inSource = j < source.end;
    const word = doc.lowerWord(j);
    const opens =
      isSemicolon(doc, j) ||
      (!inSource &&
        (CLAUSE_OPENERS.has(word) || (COMMA_JOINERS.has(word) && j > 0 && doc.word(j - 1) === ',')));
    if (!opens) {
      if (!inSource && NOT_IN_SUBJECT.has(doc.upos[j])) return source;
      continue;
    }
    if (j + 1 >= cue.start || doc.sentenceOf(j) !== sentence) return source;
    for (let k = j + 1; k < cue.start; k++) if (NOT_IN_SUBJECT.has(doc.upos[k])) return source;
    return { start: j + 1, end: cue.start };
  }
  return source;
}

/** A semicolon between clauses, not the end of an HTML entity left in the text ("Jos&#233;"). */
function isSemicolon(doc: Doc, j: number): boolean {
  if (doc.word(j) !== ';') return false;
  const at = doc.tokStart[j];
  return !/&#?[\p{L}\p{N}]+$/u.test(doc.text.slice(Math.max(0, at - 10), at));
}

/** Forms of "be" and "have" that open a passive report ("was reported", "has been said"). */
const PASSIVE_OPENERS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'be']);

/**
 * "It was reported that …": "it" right before a passive cue is the clause's placeholder subject,
 * not a speaker, so the report has no source (as PolNeAR's Attribution-no-source has it).
 */
export function isPlaceholderIt(doc: Doc, source: TokenSpan, cue: TokenSpan): boolean {
  return (
    source.end - source.start === 1 &&
    source.end === cue.start &&
    doc.lowerWord(source.start) === 'it' &&
    PASSIVE_OPENERS.has(doc.lowerWord(cue.start)) &&
    doc.xpos[cue.end - 1] === XPOS_ID.VBN
  );
}
