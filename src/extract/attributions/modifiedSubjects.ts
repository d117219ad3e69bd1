/**
 * "She said the plan announced on Monday was final"; "The museum said the vase, showing two hares,
 * had been bought in 1910": a participle right after the noun that opens a reported clause, with
 * the clause's own verb after it, modifies that noun and reports nothing. The cue tagger takes the
 * participle for a cue all the same, and the role tagger, which never nests, ends the outer content
 * at the noun. The content runs on to the end of its clause, and the participle's reading goes.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { sentenceEnd, spanOf } from './build.js';

/** Longest participle phrase between the noun and the clause's verb ("announced on Monday"), in tokens. */
const MAX_PHRASE = 10;

const HEAD_NOUNS = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN]);
const PHRASE_BREAK_TAGS = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.SCONJ, UPOS_ID.PRON]);
/** Words of a noun phrase, walked back from its head to see what stands before it. */
export const NOUN_PHRASE_TAGS = new Set([
  UPOS_ID.DET,
  UPOS_ID.ADJ,
  UPOS_ID.NOUN,
  UPOS_ID.PROPN,
  UPOS_ID.NUM,
  UPOS_ID.PART,
]);

/**
 * Whether the noun phrase ending at `noun` follows a conjunction ("… top drama and Joey, starring …,
 * was"): the clause after the participle may then be a second one, not the content's.
 */
function coordinated(doc: Doc, noun: number, from: number): boolean {
  let k = noun;
  while (k > from && NOUN_PHRASE_TAGS.has(doc.upos[k])) k--;
  return doc.upos[k] === UPOS_ID.CCONJ;
}
/** Tokens that end the participle phrase without the clause going on ("… showing that", a quote). */
const PHRASE_BREAKS = /^(?:[.;:!?"“”()]|that|and|but|or|who|which|whose)$/;

/**
 * The participle and the clause's finite verb when a participle phrase right after `noun` modifies
 * it: ", showing …, had" (commas round the phrase) or "announced on Monday was" (no commas); else null.
 */
function modifierAfter(doc: Doc, noun: number, sentEnd: number): { participle: number; verb: number } | null {
  let k = noun + 1;
  const aside = k < sentEnd && doc.word(k) === ',';
  if (aside) k++;
  const participle = doc.xpos[k];
  if (k >= sentEnd || (participle !== XPOS_ID.VBN && !(aside && participle === XPOS_ID.VBG))) return null;
  for (let j = k + 1; j < sentEnd && j - k <= MAX_PHRASE; j++) {
    const word = doc.lowerWord(j);
    if (aside && word === ',')
      return j + 1 < sentEnd && isFiniteVerb(doc, j + 1) ? { participle: k, verb: j + 1 } : null;
    if (!aside && isFiniteVerb(doc, j)) return { participle: k, verb: j };
    // A verb, a subordinator or a pronoun opens a clause of its own ("called off its plan until …").
    if (word === ',' || PHRASE_BREAKS.test(word) || PHRASE_BREAK_TAGS.has(doc.upos[j])) return null;
  }
  return null;
}

const isFiniteVerb = (doc: Doc, i: number) => FINITE_XPOS.has(doc.xpos[i]);

/** Extends in place the contents cut at a modified noun, and removes the participles' readings. */
export function modifiedSubjects(doc: Doc, found: Attribution[]): void {
  const { text } = doc;
  const participles = new Set<Attribution>();
  // Looked up once: only contents change below, and a long page has thousands of sources.
  const sourceEnds = new Set(found.flatMap((b) => (b.source ? [b.source.end] : [])));
  for (const a of found) {
    const last = a.content[a.content.length - 1];
    if (!last || last.start < a.cue.end || participles.has(a)) continue;
    const noun = doc.tokenAtOrAfter(last.end - 1);
    if (!HEAD_NOUNS.has(doc.upos[noun]) || coordinated(doc, noun, doc.tokenAtOrAfter(last.start))) continue;
    // The noun is another speaker's subject the content ran on over ("… the hospital | called off").
    if (sourceEnds.has(last.end)) continue;
    const modifier = modifierAfter(doc, noun, doc.sentEnd[doc.sentenceOf(noun)]);
    if (!modifier) continue;
    const participleAt = doc.charRange(modifier.participle, modifier.participle + 1).start;
    const verbAt = doc.charRange(modifier.verb, modifier.verb + 1).start;
    let end = sentenceEnd(text, last.end);
    // A tag of another speaker later in the sentence ("…, her deputy added") keeps its own words.
    for (const b of found) {
      const from = Math.min(b.cue.start, b.source?.start ?? b.cue.start);
      if (b !== a && from > verbAt && from < end) end = from;
    }
    // Less the marks and the conjunction that join the other speaker's clause ("…, but her deputy …").
    end =
      verbAt + text.slice(verbAt, end).replace(/(?:[\s,;—–-]+(?:and|but|or|while)\b)?[\s,;—–-]*$/, '').length;
    if (end <= verbAt) continue;
    a.content[a.content.length - 1] = spanOf(text, last.start, end);
    for (const b of found)
      if (b !== a && b.cue.start >= participleAt && b.cue.end <= verbAt) participles.add(b);
  }
  for (let k = found.length - 1; k >= 0; k--) if (participles.has(found[k])) found.splice(k, 1);
}
