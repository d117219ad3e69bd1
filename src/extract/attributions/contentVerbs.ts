/**
 * "He told the court that staff had reported faults": the cue tagger may take the verb of a
 * reported clause ("had reported") for a second cue of the same speaker, and the role tagger then
 * starts the second content at the clause's subject ("that staff"), where it cuts the first one or
 * not. The second cue is the content's own verb: the first content runs on over it, and the second
 * attribution goes. Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';
import { sameSentence, sentenceEnd, spanOf } from './build.js';
import { cuesByStart, type StartIndex, startingIn } from './byStart.js';

/** Words of a clause's subject cut off as a whole content ("that staff", "the flaws"). */
const MAX_SUBJECT_WORDS = 4;

/** Joins each such pair in place; returns whether any was joined. */
export function joinContentVerbs(text: string, attributions: Attribution[]): boolean {
  const dropped = new Set<Attribution>();
  // A long page holds thousands of attributions: each meets only those whose content starts where
  // its own last piece does.
  const byContentStart = new Map<number, Attribution[]>();
  for (const b of attributions) {
    const first = b.content[0];
    if (!first) continue;
    const list = byContentStart.get(first.start);
    if (list) list.push(b);
    else byContentStart.set(first.start, [b]);
  }
  for (const a of attributions) {
    const last = a.content[a.content.length - 1];
    if (!a.source || !last || last.start < a.cue.end || dropped.has(a)) continue;
    for (const b of byContentStart.get(last.start) ?? []) {
      if (b === a || dropped.has(b) || !b.source || b.source.start !== a.source.start) continue;
      if (b.source.end !== a.source.end || b.cue.start < last.start) continue;
      // The subject before the second cue: the first content cut there, or running on over it.
      const subject = text.slice(last.start, b.cue.start);
      if (subject.trim().split(/\s+/).length > MAX_SUBJECT_WORDS || /["“”]/.test(subject)) continue;
      const over = b.cue.end <= last.end;
      if (
        !over &&
        (!/^\s*$/.test(text.slice(last.end, b.cue.start)) || !sameSentence(text, last.end, b.cue.start))
      )
        continue;
      const end = Math.max(last.end, ...b.content.map((c) => c.end));
      a.content[a.content.length - 1] = spanOf(text, last.start, end);
      dropped.add(b);
      break;
    }
  }
  joinCutSubjects(text, attributions, dropped);
  joinInterruptedContents(text, attributions, dropped);
  joinApposedSubjects(text, attributions, dropped);
  const widened = joinRelativeAsides(text, attributions, dropped);
  if (dropped.size === 0 && !widened) return false;
  for (let k = attributions.length - 1; k >= 0; k--)
    if (dropped.has(attributions[k])) attributions.splice(k, 1);
  return true;
}

/** The last word of a cue that takes a noun phrase, not a clause ("talk to about", "spoke of"). */
const ENDS_ON_PREPOSITION = /\b(?:about|at|by|for|from|in|into|of|on|over|to|with)$/i;
/** A cue opened by a participle ("…, saying"): a verb of its own, not the verb of the clause before. */
const PARTICIPLE = /^\p{L}+ing\b/iu;
/** A cue opened by a regular past participle ("agreed", "approved"). */
const PAST_PARTICIPLE = /^\p{Ll}+ed\b/u;
/** ", was needed": the clause the participle interrupted goes on with its own verb after a comma. */
const VERB_AFTER_COMMA =
  /,\s+(?:was|were|is|are|has|have|had|would|will|could|should|may|might|can|must|did|does)\b/;

/** The end of the sentence a participle clause interrupted, when its own verb follows a comma; else 0. */
function clauseEnd(text: string, from: number): number {
  const end = sentenceEnd(text, from);
  return VERB_AFTER_COMMA.test(text.slice(from, end)) ? end : 0;
}

/**
 * "The ministry said the levy | , agreed with the unions in March, | was needed": the role tagger
 * may leave out a participle clause between two pieces of one content while the cue tagger reads
 * its participle as a second cue of the same speaker. The clause belongs to the content: the two
 * pieces become one, and the second attribution goes.
 */
function joinInterruptedContents(text: string, attributions: Attribution[], dropped: Set<Attribution>): void {
  for (const a of attributions) {
    if (!a.source || dropped.has(a) || a.content.length < 2) continue;
    for (let i = 0; i + 1 < a.content.length; i++) {
      const before = a.content[i];
      const after = a.content[i + 1];
      const b = attributions.find(
        (b) =>
          b !== a &&
          !dropped.has(b) &&
          b.cue.start >= before.end &&
          b.cue.end <= after.start &&
          PAST_PARTICIPLE.test(b.cue.text) &&
          /^\s*,\s*$/.test(text.slice(before.end, b.cue.start)),
      );
      // The same speaker, or a word of its name the role tagger took for the second source ("The
      // Institute of Pier and Harbour Management said councils were …" → "Management").
      if (!b?.source || b.source.start < a.source.start || b.source.end > a.source.end) continue;
      a.content.splice(i, 2, spanOf(text, before.start, after.end));
      dropped.add(b);
      break;
    }
  }
}

/**
 * "The mayor said that the council | has long opposed the plan": the cue tagger may take the
 * reported clause's verb for a second cue of the same speaker with a content of its own, after
 * the first content stopped at the clause's subject. A short subject ("that the council"), then
 * the second cue with nothing but spaces between, in the same sentence: the first content runs on
 * to the end of the second, and the second goes.
 */
function joinCutSubjects(text: string, attributions: Attribution[], dropped: Set<Attribution>): void {
  let cues: StartIndex | null = null;
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    const last = a.content[a.content.length - 1];
    if (!a.source || !last || dropped.has(a) || a.content.length > 1 || last.start < a.cue.end) continue;
    // "Donors backing the senator | have urged …": a participle after its subject is a relative clause.
    if (ENDS_ON_PREPOSITION.test(a.cue.text) || PARTICIPLE.test(a.cue.text)) continue;
    const subject = last.text.replace(/^that\s+/i, '');
    if (subject.trim().split(/\s+/).length > MAX_SUBJECT_WORDS || /["“”,;:]/.test(subject)) continue;
    // Nothing but spaces or tabs between: the second cue starts inside the blank run after the content.
    let blankEnd = last.end;
    while (text[blankEnd] === ' ' || text[blankEnd] === '\t') blankEnd++;
    // "said the levy, agreed with the unions in March, was needed": a past participle set off by a
    // comma after the subject opens a clause about it, not a second statement.
    let commaEnd = text[last.end] === ',' ? last.end + 1 : -1;
    if (commaEnd > 0) while (text[commaEnd] === ' ' || text[commaEnd] === '\t') commaEnd++;
    const interrupting = (b: Attribution) =>
      b.cue.start === commaEnd && PAST_PARTICIPLE.test(b.cue.text) && clauseEnd(text, b.cue.end) > 0;
    // Only the cues starting in the blank run or right after the comma are asked, in list order.
    cues ??= cuesByStart(attributions);
    const near = startingIn(cues, last.end + 1, blankEnd);
    if (commaEnd > 0) near.push(...startingIn(cues, commaEnd, commaEnd));
    const b = near
      .sort((x, y) => x - y)
      .map((k) => attributions[k])
      .find(
        (b) =>
          b !== a &&
          !dropped.has(b) &&
          ((b.cue.start > last.end && b.cue.start <= blankEnd) || interrupting(b)),
      );
    // The same speaker, or a word of its name the role tagger took for the second source ("The
    // Institute of Pier and Harbour Management said councils were …" → "Management").
    if (!b?.source || b.source.start < a.source.start || b.source.end > a.source.end) continue;
    if (PARTICIPLE.test(b.cue.text) || b.content.length === 0 || b.content[0].start < b.cue.end) continue;
    const end = Math.max(
      last.end,
      ...b.content.map((c) => c.end),
      b.cue.start === commaEnd ? clauseEnd(text, b.cue.end) : 0,
    );
    a.content[0] = spanOf(text, last.start, end);
    dropped.add(b);
  }
}

/** ", which survived the fire, held …": a relative clause set off by commas, then a verb of the clause it interrupted. */
const RELATIVE_ASIDE_THEN_VERB = /^,\s+(?:which|who|whose)\s[^,;:"“”]*,\s+\p{Ll}/u;

/**
 * "She said its cellars | , which survived the fire, held old timbers": the role tagger may end a
 * content at its subject when a relative clause set off by commas follows, leaving the clause's own
 * verb after the second comma unclaimed or read as a cue with no source. A short subject, then
 * such a clause and a lower-case word: the content runs on to the end of the sentence, and any
 * sourceless attribution that began in the stretch goes. Returns whether any content was widened.
 */
function joinRelativeAsides(text: string, attributions: Attribution[], dropped: Set<Attribution>): boolean {
  let widened = false;
  for (const a of attributions) {
    const last = a.content[a.content.length - 1];
    if (!a.source || !last || dropped.has(a) || a.content.length > 1 || last.start < a.cue.end) continue;
    const subject = last.text.replace(/^that\s+/i, '');
    if (subject.trim().split(/\s+/).length > MAX_SUBJECT_WORDS || /["“”,;:]/.test(subject)) continue;
    const end = sentenceEnd(text, last.end);
    if (!RELATIVE_ASIDE_THEN_VERB.test(text.slice(last.end, end))) continue;
    // Another speaker's cue in the stretch ("…, which the union disputes, said …") is left alone.
    const inside = attributions.filter(
      (b) => b !== a && !dropped.has(b) && b.cue.start >= last.end && b.cue.start < end,
    );
    if (inside.some((b) => b.source)) continue;
    a.content[0] = spanOf(text, last.start, end);
    for (const b of inside) dropped.add(b);
    widened = true;
  }
  return widened;
}

/** An indefinite noun phrase set off by commas after a subject: an appositive saying what it is. */
const INDEFINITE = /^an?\s/i;

/**
 * "The council said the buyer | , a family firm based in Arnton, | had agreed to …": the taggers may
 * cut a content at its subject and read the appositive after it as the source of a second
 * statement whose cue is the reported clause's own verb. A short subject ending at the comma, the
 * indefinite appositive as the second source, then its cue after a comma, in one sentence: the first
 * content runs on to the end of the second, and the second goes.
 */
function joinApposedSubjects(text: string, attributions: Attribution[], dropped: Set<Attribution>): void {
  for (const a of attributions) {
    const last = a.content[a.content.length - 1];
    if (!a.source || !last || dropped.has(a) || last.start < a.cue.end || text[last.end] !== ',') continue;
    if (last.text.trim().split(/\s+/).length > MAX_SUBJECT_WORDS || /["“”,;:]/.test(last.text)) continue;
    const b = attributions.find(
      (b) =>
        b !== a &&
        !dropped.has(b) &&
        b.source !== null &&
        b.source.start > last.end &&
        /^,\s*$/.test(text.slice(last.end, b.source.start)) &&
        INDEFINITE.test(b.source.text) &&
        /^\s*,\s*$/.test(text.slice(b.source.end, b.cue.start)) &&
        b.content.length > 0 &&
        b.content[0].start >= b.cue.end &&
        sameSentence(text, last.end, b.content[b.content.length - 1].end),
    );
    if (!b) continue;
    a.content[a.content.length - 1] = spanOf(text, last.start, Math.max(...b.content.map((c) => c.end)));
    dropped.add(b);
  }
}
