/**
 * "the admiral made a public statement saying that …": the role tagger, trained on PolNeAR's flat
 * annotation, takes the statement noun ("a public statement") or the whole clause before the
 * participle for the source. The statement is what was said, not who said it: the speaker is the
 * subject of the support verb, and the cue is the verb phrase up to the participle ("made a public
 * statement saying"), as the tagger marks it in "the mayor issued a statement saying …".
 */
import type { Attribution } from '../../analysis/types.js';
import { cueOf, sentenceEnd, sentenceStart, sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

/** Support verb, then a statement noun phrase of at most three words before its head. */
const STATEMENT_PHRASE =
  /\b(?:made|makes|issued|issues|released|releases|gave|gives|delivered|delivers|put out|puts out)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|announcement|declaration|remarks|speech|address|pledge)\s*,?\s*$/iu;
/** What may stand between the tagged source and the participle cue. */
const SOURCE_TO_CUE = /^[\s,]*$/;
/** The subject: the words after the last clause boundary, ending right before the support verb. */
const SUBJECT_BEFORE = /(?:^|[,;:—–(]\s*)([^,;:—–()]*?\S)\s*$/u;
/** A subject longer than this is not a noun phrase the rule should trust. */
const MAX_SUBJECT_WORDS = 8;

export function statementSources(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (!a.source || !/^\p{L}+ing$/iu.test(a.cue.text.split(/\s+/)[0])) continue;
    if (a.source.end > a.cue.start || !SOURCE_TO_CUE.test(text.slice(a.source.end, a.cue.start))) continue;
    const from = sentenceStart(text, a.source.start);
    const phrase = STATEMENT_PHRASE.exec(text.slice(from, a.cue.start));
    if (!phrase) continue;
    const verbStart = from + phrase.index;
    // The subject is the tagged source's words before the verb, else the clause's words before it.
    const subjectFrom = a.source.start < verbStart ? a.source.start : from;
    const subject = SUBJECT_BEFORE.exec(text.slice(subjectFrom, verbStart));
    if (!subject) continue;
    const start = subjectFrom + subject.index + subject[0].indexOf(subject[1]);
    const end = start + subject[1].length;
    if (subject[1].split(/\s+/).length > MAX_SUBJECT_WORDS || !/\p{L}/u.test(subject[1])) continue;
    a.source = sourceOf(spanOf(text, start, end), classifySource(subject[1]));
    a.cue = cueOf(spanOf(text, verbStart, a.cue.end), a.cue.lemma, a.cue.stance);
  }
}

/** A support verb that may stand alone as the tagged cue ("issued", "also released"). */
const SUPPORT_VERB =
  /(?:^|\s)(?:made|makes|issued|issues|released|releases|put out|puts out|published|publishes|sent|sends|posted|posts|gave|gives|delivered|delivers)$/i;
/**
 * A content that opens with the statement the verb put out and the participle that says what it
 * did: "a press release repenting", "a statement condemning and deploring", maybe a preposition
 * the participle takes ("apologizing to").
 */
const STATEMENT_THEN_PARTICIPLE =
  /^(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|announcement|declaration|release|letter|memo|video|tweet|post|report)\s+\p{L}+ing(?:\s+(?:and|or)\s+\p{L}+ing)*(?:\s+(?:to|for|on|about|of|with|that)(?=\s))?/iu;

/**
 * "The board issued a press release condemning the vote": the role tagger leaves the cue at the
 * support verb and begins the content with the statement. The statement and what it did are the
 * cue, as PolNeAR marks them ('issued a statement saying', 'released a statement highlighting':
 * train 17 of 18), and the content is what they take, up to the end of the sentence when the
 * tagger stopped at the participle.
 */
export function statementCues(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const first = a.content[0];
    if (!first || !SUPPORT_VERB.test(a.cue.text) || !/^\s*$/.test(text.slice(a.cue.end, first.start)))
      continue;
    // Read to the sentence's end: the tagger may stop inside the participles ("repenting | and apologizing").
    const m = STATEMENT_THEN_PARTICIPLE.exec(text.slice(first.start, sentenceEnd(text, first.start)));
    if (!m) continue;
    let from = first.start + m[0].length;
    while (from < text.length && /\s/.test(text[from])) from++;
    // The tagger stopped at the participle: what it reports runs to the end of the sentence.
    let end = first.end > from ? first.end : sentenceEnd(text, from);
    while (end > from && /[\s,;:]/.test(text[end - 1])) end--;
    if (end <= from) continue;
    a.cue = cueOf(spanOf(text, a.cue.start, first.start + m[0].length), a.cue.lemma, a.cue.stance);
    a.content = [spanOf(text, from, end), ...a.content.slice(1)];
  }
}
