/**
 * "The Guild of Hill Shepherds' northern branch accused the abattoir of …": a sentence that opens
 * with a bare noun phrase and goes on with a past-tense cue and its object. The parser reads the
 * verb as a participle modifying the noun ("the branch accused of …"), the role tagger then finds
 * no subject, and the report is left without a source. The noun phrase before the cue is it.
 * Token offsets inside, UTF-16 offsets on the attributions.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { sourceOf, span } from './build.js';
import { NOUN_PHRASE_TAGS } from './modifiedSubjects.js';
import { classifySource } from './sourceKind.js';

/**
 * Words a plain noun phrase opening a sentence is made of, the possessive mark included ("Shepherds'
 * branch"), with the "of" and "and" inside a body's name ("Union of Bakers and Millers").
 */
const OPENING_PHRASE_TAGS = new Set([...NOUN_PHRASE_TAGS, UPOS_ID.ADP, UPOS_ID.CCONJ]);
const HEAD_NOUNS = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN]);
const PAST_FORMS = new Set([XPOS_ID.VBD, XPOS_ID.VBN]);

/**
 * The span of the noun phrase that opens the cue's sentence and runs up to the cue, or null when
 * anything but a plain noun phrase stands there (a verb, a comma, a pronoun).
 */
function openingNounPhrase(doc: Doc, cue: number): { start: number; end: number } | null {
  const from = doc.sentStart[doc.sentenceOf(cue)];
  if (cue === from || !HEAD_NOUNS.has(doc.upos[cue - 1])) return null;
  for (let k = from; k < cue; k++) if (!OPENING_PHRASE_TAGS.has(doc.upos[k])) return null;
  // A phrase opening with a preposition or a conjunction is an adverbial ("In March …"), no subject.
  if (doc.upos[from] === UPOS_ID.ADP || doc.upos[from] === UPOS_ID.CCONJ) return null;
  return { start: from, end: cue };
}

/** Gives a sourceless past-tense cue the noun phrase that opens its sentence. */
export function openingNounSources(doc: Doc, found: Attribution[]): void {
  for (const a of found) {
    if (a.source || a.content.length === 0) continue;
    const { start: first, end } = doc.tokensInRange(a.cue.start, a.cue.end);
    if (end - first !== 1 || doc.upos[first] !== UPOS_ID.VERB || !PAST_FORMS.has(doc.xpos[first])) continue;
    // The object follows the cue: a preposition there ("accused of fraud", "named in the report")
    // makes the verb the noun's participle after all.
    const next = doc.tokenAtOrAfter(a.content[0].start);
    if (next !== end || doc.upos[next] === UPOS_ID.ADP || doc.upos[next] === UPOS_ID.SCONJ) continue;
    const phrase = openingNounPhrase(doc, first);
    if (!phrase) continue;
    const s = span(doc, phrase);
    a.source = sourceOf(s, classifySource(s.text, null));
  }
}
