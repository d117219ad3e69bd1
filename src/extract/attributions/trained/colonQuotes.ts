/**
 * "The senator issued the following statement:" closing its paragraph, and a quotation opening the
 * next: the quotation is what the sentence before the colon introduces, whatever its verb (PolNeAR
 * train: 32 of 34 such quotations are a content, 19 of them found by no cue the taggers know, as
 * "echoed:", "made the following comment:", "went on to say:"). The taggers read one sentence
 * and never see the quotation; the rules take only a reporting verb right before the colon.
 * Token offsets until the attribution is built.
 */
import type { Attribution } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { DEPREL_ID, UPOS_ID } from '../../../language/tagsets.js';
import { buildAttribution, spanOf, type TokenSpan } from '../build.js';
import type { QuoteIndex } from '../quoteTokens.js';
import { subtreeOf } from '../sharedSubjects.js';

export const COLON_QUOTE_RULE = 'colon-quote';

const SUBJECTS = new Set([DEPREL_ID.nsubj, DEPREL_ID['nsubj:pass']]);

/** Whether a line break stands before token `k`. */
const breaksLine = (doc: Doc, k: number) => doc.text.slice(doc.tokEnd[k - 1], doc.tokStart[k]).includes('\n');

/** Adds an attribution for each such quotation no attribution's content holds yet. */
export function colonQuotes(
  doc: Doc,
  quotes: QuoteIndex,
  found: Attribution[],
  confidence: number,
): Attribution[] {
  const added: Attribution[] = [];
  for (let k = 1; k + 1 < doc.length; k++) {
    if (doc.word(k) !== ':' || !breaksLine(doc, k + 1)) continue;
    const quote = quotes.opening.get(k + 1);
    if (!quote?.closed) continue;
    const from = doc.tokStart[quote.fragments[0].start];
    const to = doc.tokEnd[quote.fragments[quote.fragments.length - 1].end - 1];
    if (found.some((a) => a.content.some((c) => c.start < to && from < c.end))) continue;
    const ss = doc.sentStart[doc.sentenceOf(k)];
    // A cue the taggers found before the colon took something else for its content: the quotation is its.
    const colonAt = doc.tokStart[k];
    const lead = found.filter((a) => a.cue.start >= doc.tokStart[ss] && a.cue.end <= colonAt);
    const roles = rolesBefore(doc, ss, k);
    if (lead.length > 0) {
      const last = lead.reduce((a, b) => (b.cue.start > a.cue.start ? b : a));
      last.content.push(
        ...quote.fragments.map((f) => spanOf(doc.text, doc.tokStart[f.start], doc.tokEnd[f.end - 1])),
      );
      continue;
    }
    if (!roles) continue;
    const built = buildAttribution(doc, {
      source: roles.source,
      cue: roles.cue,
      content: quote.fragments,
      lemma: roles.lemma,
      rule: COLON_QUOTE_RULE,
      confidence,
    });
    // "The trouble begins when …:": the clause must have a speaker for its subject, not a thing.
    if (built.source?.kind !== 'unknown') added.push(built);
  }
  return added;
}

/**
 * The subject and the verb phrase, through the colon, of the clause the colon ends: the verb the
 * parse heads the sentence with, and its subject before it. Null when the sentence has no verb
 * heading it ("Transcript as follows:") or its subject is not before the verb.
 */
function rolesBefore(doc: Doc, ss: number, colon: number) {
  let verb = -1;
  for (let t = ss; t < colon && verb < 0; t++) if (doc.head[t] < 0 && doc.upos[t] === UPOS_ID.VERB) verb = t;
  if (verb < 0) return null;
  let subject = -1;
  for (let t = ss; t < verb && subject < 0; t++)
    if (doc.head[t] === verb && SUBJECTS.has(doc.dep[t])) subject = t;
  if (subject < 0) return null;
  let { start, end } = subtreeOf(doc, subject, ss, verb);
  while (start < end && doc.upos[start] === UPOS_ID.PUNCT) start++;
  while (end > start && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
  let cueStart = verb;
  // Auxiliaries and adverbs before the verb belong to the cue ("has also said").
  while (cueStart - 1 >= end && doc.head[cueStart - 1] === verb && doc.upos[cueStart - 1] !== UPOS_ID.PUNCT)
    cueStart--;
  const source: TokenSpan | null = end > start ? { start, end } : null;
  return { source, cue: { start: cueStart, end: colon + 1 }, lemma: doc.lemma[verb] || doc.lowerWord(verb) };
}
