/**
 * "The club's treasurer, Ann Cole, accused …", "Sergeant Tom Reed, who leads the search, urged …":
 * a subject set off from its cue verb by an aside between commas (a name apposed to a description,
 * or a relative clause after a name). The parser often hangs such a subject wrongly, and the role
 * tagger then leaves the source empty or takes a piece of the aside for it. Token offsets.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { sourceOf, span, spanOf, type TokenSpan } from './build.js';
import { QUOTE_MARK } from './sourceExtent.js';
import { classifySource } from './sourceKind.js';

/** Longest head phrase before the aside, in tokens: a subject, not a clause. */
const MAX_HEAD_TOKENS = 8;
/** Longest apposed name. */
const MAX_NAME_TOKENS = 5;
/** Longest relative clause taken as part of a subject. */
const MAX_RELATIVE_TOKENS = 20;
/** Words a subject may open with: a determiner, a possessive, a name, a noun, a title. */
const HEAD_OPENERS: ReadonlySet<number> = new Set([
  UPOS_ID.DET,
  UPOS_ID.PRON,
  UPOS_ID.PROPN,
  UPOS_ID.NOUN,
  UPOS_ID.ADJ,
  UPOS_ID.NUM,
]);
const RELATIVES = new Set(['who', 'which']);
const TIME_OPENERS = new Set(['yesterday', 'today', 'tonight', 'last', 'this', 'next', 'earlier', 'later']);

const isVerb = (doc: Doc, t: number) => doc.upos[t] === UPOS_ID.VERB || doc.upos[t] === UPOS_ID.AUX;
const isCapitalised = (doc: Doc, t: number) => /^\p{Lu}/u.test(doc.word(t));

/**
 * The subject "head, aside," that opens the sentence right before the finite verb at `verb`, or
 * null when the words before the verb are not of that shape. The head holds no verb; the aside is
 * a capitalised name (after a description, or a description after a name) or a "who"/"which"
 * clause.
 */
export function subjectWithAside(doc: Doc, verb: number): TokenSpan | null {
  // The tagger may read a past tense right after a comma as a participle ("…, Ann Cole, accused").
  const finite = FINITE_XPOS.has(doc.xpos[verb]) || doc.xpos[verb] === XPOS_ID.VBN;
  if (!finite || doc.upos[verb] !== UPOS_ID.VERB || doc.word(verb - 1) !== ',') return null;
  const sentence = doc.sentenceOf(verb);
  let from = doc.sentStart[sentence];
  while (from < verb && QUOTE_MARK.test(doc.word(from))) from++;
  const commas: number[] = [];
  for (let t = from; t < verb - 1; t++) {
    if (doc.word(t) === ',') commas.push(t);
    else if (QUOTE_MARK.test(doc.word(t)) || /^[;:()]$/.test(doc.word(t))) return null;
  }
  if (commas.length !== 1) return null;
  const comma = commas[0];
  const head = { start: from, end: comma };
  const aside = { start: comma + 1, end: verb - 1 };
  const headLength = head.end - head.start;
  if (headLength < 1 || headLength > MAX_HEAD_TOKENS || aside.end <= aside.start) return null;
  if (!HEAD_OPENERS.has(doc.upos[head.start]) || !isCapitalised(doc, head.start)) return null;
  // "Yesterday the minister, …": a time phrase before the subject is none of it.
  if (TIME_OPENERS.has(doc.lowerWord(head.start))) return null;
  for (let t = head.start; t < head.end; t++) if (isVerb(doc, t)) return null;
  const whole = { start: head.start, end: aside.end };
  if (RELATIVES.has(doc.lowerWord(aside.start)))
    return aside.end - aside.start <= MAX_RELATIVE_TOKENS ? whole : null;
  if (aside.end - aside.start > MAX_NAME_TOKENS) return null;
  for (let t = aside.start; t < aside.end; t++) if (isVerb(doc, t)) return null;
  // A description and a name, either way round: one of the two is all capitalised words.
  const named = (s: TokenSpan) => {
    for (let t = s.start; t < s.end; t++) if (!isCapitalised(doc, t) && doc.word(t) !== '.') return false;
    return true;
  };
  return named(aside) || (named(head) && doc.upos[aside.start] !== UPOS_ID.PROPN) ? whole : null;
}

/**
 * Gives a cue verb the subject "head, aside," before it when the tagger left its source empty or
 * took for it only words of the aside; a report whose cue sits inside the aside ("which says …")
 * then stops at the aside's closing comma.
 */
export function subjectAsides(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.rule === 'agentless-passive') continue;
    const verb = doc.tokenAtOrAfter(a.cue.start);
    if (verb >= doc.length || doc.tokStart[verb] !== a.cue.start) continue;
    const subject = subjectWithAside(doc, verb);
    if (!subject) continue;
    const whole = span(doc, subject);
    // Only a source cut short is replaced: one inside the aside. A report whose content holds the
    // subject ("X, who …, is expected to …" read as agentless) is not one of these.
    let comma = subject.start;
    while (doc.word(comma) !== ',') comma++;
    const asideStart = doc.tokStart[comma + 1];
    if (a.source && !(a.source.start >= asideStart && a.source.end <= whole.end)) continue;
    if (a.content.some((c) => c.start < whole.end && c.end > whole.start)) continue;
    const label = doc.ents.find((e) => e.start < subject.end && e.end > subject.start)?.label ?? null;
    a.source = sourceOf(whole, classifySource(whole.text, label));
    // The aside's own report ends at its closing comma.
    const asideEnd = doc.tokEnd[verb - 2];
    for (const b of attributions) {
      if (b === a || b.cue.start < whole.start || b.cue.end > asideEnd) continue;
      b.content = b.content
        .filter((c) => c.start < asideEnd)
        .map((c) => (c.end > asideEnd ? spanOf(doc.text, c.start, asideEnd) : c));
    }
  }
}
