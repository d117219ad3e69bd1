/**
 * "…, the trust that runs the hospital has confirmed.": a report tag in the present perfect closing
 * a sentence, its subject maybe holding a relative clause. The trailing-tag rule takes past tenses
 * with a short plain subject only, and the taggers pass over such tags. Token offsets.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { SPEECH_LEMMAS } from '../../language/en/cues/reportingVerbs.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution, type TokenSpan } from './build.js';

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
  if (!SPEECH_LEMMAS.has(doc.lemma[verb]) || doc.lemma[verb] === 'say') return null;
  let comma = verb - 2;
  while (comma > from && doc.word(comma) !== ',' && verb - 1 - comma <= MAX_SUBJECT) comma--;
  if (doc.word(comma) !== ',' || comma - from < MIN_CONTENT) return null;
  const subject = { start: comma + 1, end: verb - 1 };
  if (subject.end <= subject.start || !SUBJECT_OPENERS.has(doc.upos[subject.start])) return null;
  // A verb in the subject is a relative clause's, after its pronoun.
  let relative = false;
  for (let t = subject.start; t < subject.end; t++) {
    relative ||= RELATIVES.has(doc.lowerWord(t)) && t > subject.start;
    if ((doc.upos[t] === UPOS_ID.VERB || doc.upos[t] === UPOS_ID.AUX) && !relative) return null;
    if (/^["“”]$/.test(doc.word(t))) return null;
  }
  // The clause reported has a verb of its own.
  let clauseVerb = false;
  for (let t = from; t < comma && !clauseVerb; t++) clauseVerb = doc.upos[t] === UPOS_ID.VERB;
  return clauseVerb ? { source: subject, cue: { start: verb - 1, end: verb + 1 } } : null;
}

/** Adds the perfect tags no attribution found touches, each reporting its sentence up to its comma. */
export function perfectTags(doc: Doc, attributions: Attribution[], confidence: number): Attribution[] {
  const added: Attribution[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const tag = perfectTag(doc, s);
    if (!tag) continue;
    const from = doc.tokStart[doc.sentStart[s]];
    const to = doc.tokEnd[doc.sentEnd[s] - 1];
    const touches = (x: { start: number; end: number }) => x.start < to && from < x.end;
    if (
      attributions.some((a) => touches(a.cue) || (a.source && touches(a.source)) || a.content.some(touches))
    )
      continue;
    added.push(
      buildAttribution(doc, {
        source: tag.source,
        cue: tag.cue,
        content: [{ start: doc.sentStart[s], end: tag.source.start - 1 }],
        lemma: doc.lemma[tag.cue.end - 1],
        rule: PERFECT_TAG_RULE,
        confidence,
      }),
    );
  }
  return added;
}
