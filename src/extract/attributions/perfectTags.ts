/**
 * "…, the trust that runs the hospital has confirmed.": a report tag in the present perfect closing
 * a sentence, its subject maybe holding a relative clause. The trailing-tag rule takes past tenses
 * with a short plain subject only, and the taggers pass over such tags. Token offsets.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { SPEECH_LEMMAS } from '../../language/en/cues/reportingVerbs.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution, spanOf, type TokenSpan } from './build.js';

export const PERFECT_TAG_RULE = 'perfect-tag';
/** Longest subject, a relative clause included. */
const MAX_SUBJECT = 10;
/** Fewest tokens of the clause reported. */
const MIN_CONTENT = 5;
const SUBJECT_OPENERS: ReadonlySet<number> = new Set([
  UPOS_ID.DET,
  UPOS_ID.PRON,
  UPOS_ID.PROPN,
  UPOS_ID.NOUN,
]);
const RELATIVES = new Set(['that', 'who', 'which']);
/** "…, an inquiry has found.": a finding is reported as speech is. */
const isTagLemma = (lemma: string) => SPEECH_LEMMAS.has(lemma) || lemma === 'find';

/**
 * The tag "<subject> has|have <reporting verb>" that ends the sentence holding token `at` after a
 * comma, as its subject and cue; null when the sentence does not end so.
 */
export function perfectTag(doc: Doc, sentence: number): { source: TokenSpan; cue: TokenSpan } | null {
  const from = doc.sentStart[sentence];
  let end = doc.sentEnd[sentence];
  while (end > from && (doc.upos[end - 1] === UPOS_ID.PUNCT || /^["“”’']+$/.test(doc.word(end - 1)))) {
    if (doc.word(end - 1) === ',') return null;
    end--;
  }
  const verb = end - 1;
  const aux = doc.lowerWord(verb - 1);
  if (verb - 1 <= from || (aux !== 'has' && aux !== 'have') || doc.xpos[verb] !== XPOS_ID.VBN) return null;
  if (!isTagLemma(doc.lemma[verb])) return null;
  let comma = verb - 2;
  while (comma > from && doc.word(comma) !== ',' && verb - 1 - comma <= MAX_SUBJECT) comma--;
  if (doc.word(comma) !== ',' || comma - from < MIN_CONTENT) return null;
  const subject = { start: comma + 1, end: verb - 1 };
  if (subject.end <= subject.start || !SUBJECT_OPENERS.has(doc.upos[subject.start])) return null;
  // A verb in the subject is a relative clause's, after its pronoun.
  let relative = false;
  for (let t = subject.start; t < subject.end; t++) {
    relative ||= RELATIVES.has(doc.lowerWord(t)) && t > subject.start;
    // "an inquiry commissioned by the council": a participle with its agent modifies the subject.
    const modifier = doc.xpos[t] === XPOS_ID.VBN && doc.lowerWord(t + 1) === 'by';
    if ((doc.upos[t] === UPOS_ID.VERB || doc.upos[t] === UPOS_ID.AUX) && !relative && !modifier) return null;
    if (/^["“”]$/.test(doc.word(t))) return null;
  }
  // The clause reported has a verb of its own.
  let clauseVerb = false;
  for (let t = from; t < comma && !clauseVerb; t++) clauseVerb = doc.upos[t] === UPOS_ID.VERB;
  return clauseVerb ? { source: subject, cue: { start: verb - 1, end: verb + 1 } } : null;
}

/** The end of a span from `start` cut at `at`, less the marks before it. */
function endBefore(text: string, start: number, at: number): number {
  let end = at;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/**
 * Adds the perfect tags, each reporting its sentence up to its comma. Attributions inside that
 * clause stay, reported within it ("…, after readers found that …, the publisher has said"); the
 * taggers' reading of the tag itself takes the whole clause for its content (they end it at the
 * inner report, or take the inner one's). Any other attribution in the sentence keeps the taggers'
 * reading and no tag is added.
 */
export function perfectTags(doc: Doc, attributions: Attribution[], confidence: number): Attribution[] {
  const added: Attribution[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const tag = perfectTag(doc, s);
    if (!tag) continue;
    const from = doc.tokStart[doc.sentStart[s]];
    const to = doc.tokEnd[doc.sentEnd[s] - 1];
    const comma = doc.tokStart[tag.source.start - 1];
    const cue = doc.charRange(tag.cue.start, tag.cue.end);
    const touches = (x: { start: number; end: number }) => x.start < to && from < x.end;
    const inSentence = attributions.filter(
      (a) => touches(a.cue) || (a.source && touches(a.source)) || a.content.some(touches),
    );
    const own = inSentence.find((a) => a.cue.start < cue.end && cue.start < a.cue.end);
    const inside = (x: { start: number; end: number }) => from <= x.start && x.end <= comma;
    // An inner content the taggers ran on over the tag ends at its comma.
    const nested = (a: Attribution) =>
      inside(a.cue) &&
      (!a.source || inside(a.source)) &&
      a.content.every((c) => from <= c.start && c.start < comma);
    if (!inSentence.every((a) => a === own || nested(a))) continue;
    for (const a of inSentence)
      if (a !== own)
        a.content = a.content.map((c) =>
          c.end > comma ? spanOf(doc.text, c.start, endBefore(doc.text, c.start, comma)) : c,
        );
    const clause = { start: doc.sentStart[s], end: tag.source.start - 1 };
    if (own) {
      if (own.source && own.source.start < comma) continue;
      own.content = [spanOf(doc.text, from, doc.charRange(clause.start, clause.end).end)];
      continue;
    }
    // "has said" the taggers passed over is rare, and alone in its sentence is the taggers' to miss.
    if (doc.lemma[tag.cue.end - 1] === 'say' && inSentence.length === 0) continue;
    added.push(
      buildAttribution(doc, {
        source: tag.source,
        cue: tag.cue,
        content: [clause],
        lemma: doc.lemma[tag.cue.end - 1],
        rule: PERFECT_TAG_RULE,
        confidence,
      }),
    );
  }
  return added;
}
