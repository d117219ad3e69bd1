/**
 * "He said the league would ask clubs to …", "According to the trust, about 40 families have asked
 * for help", "…, the report said, but were told to carry on", "She said the council had known about
 * it": a request, an instruction or a knowledge reported inside another report's content is part of
 * what that source said, not a second statement for the reader. PolNeAR's gold never marks an "ask" inside another
 * attribution's content as a cue (0 of 136 in train), though it marks most requests made in the
 * article's own voice ("Elias has asked the court to intervene"), which stay. An intention or an
 * order inside a content ("According to the paper, the trust plans to sell") is the same: PolNeAR's
 * gold nests no cue inside another's content (0 of 19,833 in train).
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID } from '../../language/tagsets.js';
import { ContentEnds, contentCutAt, giveBackWords } from './cutContents.js';

/** "asked", "had asked for", "would ask", "have now asked about", "ever asked". */
const REQUEST_CUE =
  /^(?:(?:has|have|had|would|will|could|may|might)\s+)?(?:(?:already|also|now|ever|never|since|just|not)\s+)?ask(?:s|ed|ing)?(?:\s+(?:for|about))?$/i;

/** "had been told", "were ordered", "was advised": an instruction when an infinitive follows. */
const PASSIVE_INSTRUCTION_CUE =
  /^(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:\p{L}+ly\s+)?(?:told|ordered|instructed|advised|urged|warned)$/iu;
const INFINITIVE_AFTER_CUE = /^\s+(?:not\s+)?to\s+\p{L}/u;

export const isRequestCue = (a: Attribution): boolean => REQUEST_CUE.test(a.cue.text.replace(/\s+/g, ' '));

/** "had known about", "knew", "did not know": what someone knew, as the outer source tells it. */
const KNOWLEDGE_CUE =
  /^(?:(?:has|have|had)\s+)?(?:(?:always|long|already|never|not)\s+)?(?:known|knew|knows)(?:\s+(?:about|of|for))?$|^(?:did|does|do)(?:\s+not|n['’]t)\s+know(?:\s+(?:about|of))?$/i;

/** The words a short object may be made of before an infinitive ("her", "the estate's staff"). */
const OBJECT_TAGS = new Set([
  UPOS_ID.PRON,
  UPOS_ID.DET,
  UPOS_ID.NOUN,
  UPOS_ID.PROPN,
  UPOS_ID.ADJ,
  UPOS_ID.NUM,
  UPOS_ID.PART,
]);
const LONGEST_OBJECT = 4;
const SAY_CUE = /\b(?:say|says|said|saying)$/i;

/**
 * "plans to let the car park", "had agreed to keep its talks private", "had told her to put them":
 * a cue whose complement is an infinitive, with at most a short object before it, reports an
 * intention or an order, an act with no proposition of its own for the reader to weigh.
 */
function takesInfinitive(doc: Doc, a: Attribution): boolean {
  // "said incentives to register were …": after a say-verb the noun is the clause's subject, which
  // the infinitive only modifies.
  const objectAllowed = !SAY_CUE.test(a.cue.text);
  let i = doc.tokenAtOrAfter(a.cue.end);
  for (let words = 0; i < doc.length; i++, words++) {
    if (doc.lowerWord(i) === 'not') continue;
    if (doc.lowerWord(i) === 'to')
      return i + 1 < doc.length && (doc.upos[i + 1] === UPOS_ID.VERB || doc.upos[i + 1] === UPOS_ID.AUX);
    if (!objectAllowed || words === LONGEST_OBJECT || !OBJECT_TAGS.has(doc.upos[i])) return false;
  }
  return false;
}

/**
 * 'Adding that the admiral “urged sailors to return …”': words the reporter quotes from the inner
 * source make the urging a statement of its own, relayed.
 */
function quotesWords(text: string, a: Attribution): boolean {
  const first = a.content[0];
  return first !== undefined && /["“]/.test(text.slice(a.cue.start - 2, first.start));
}

/** A request, an instruction someone was given ("staff had been told to stay away"), or what someone knew. */
function asksForAct(text: string, a: Attribution): boolean {
  const cue = a.cue.text.replace(/\s+/g, ' ');
  if (KNOWLEDGE_CUE.test(cue)) return true;
  if (REQUEST_CUE.test(cue)) return !putsQuestion(text, a);
  return (
    PASSIVE_INSTRUCTION_CUE.test(cue) && INFINITIVE_AFTER_CUE.test(text.slice(a.cue.end, a.cue.end + 20))
  );
}

/**
 * "asked whether …", "asked me if …", 'asks: "Who …?"': a question put is speech the reader is
 * told of, not a request, wherever it sits. Asking a lawyer or a council whether something can be
 * done is seeking advice, an act like a request.
 */
const QUESTION_AFTER_CUE =
  /^\s*(?:(?:(?:me|him|her|us|them|you|it|again|also)\s+)?(?:whether|if)\b|[:"“'‘]|(?:what|why|how|when|where|who)\b)/iu;

function putsQuestion(text: string, a: Attribution): boolean {
  const first = a.content[0];
  return (
    QUESTION_AFTER_CUE.test(text.slice(a.cue.end, a.cue.end + 40)) ||
    (first !== undefined && /["“'‘:]\s*$/.test(text.slice(Math.max(a.cue.end, first.start - 3), first.start)))
  );
}

/** The attributions less the requests reported inside another's content, whose words that content takes back. */
export function withoutNestedRequests(doc: Doc, found: Attribution[]): Attribution[] {
  const sentence = (at: number) => doc.sentenceOf(doc.tokenAtOrAfter(at));
  const nested = new Set<Attribution>();
  let ends: ContentEnds | null = null;
  for (const inner of found) {
    const intends = takesInfinitive(doc, inner) && !quotesWords(doc.text, inner);
    if (!intends && !asksForAct(doc.text, inner)) continue;
    const holder = found.find(
      (a) =>
        a !== inner &&
        !nested.has(a) &&
        a.content.some((c) => c.start <= inner.cue.start && inner.cue.end <= c.end),
    );
    if (holder) {
      nested.add(inner);
      continue;
    }
    if (intends && !asksForAct(doc.text, inner)) continue;
    ends ??= new ContentEnds(found);
    const outer = contentCutAt(doc, ends, inner);
    if (!outer || nested.has(outer) || sentence(outer.cue.start) !== sentence(inner.cue.start)) continue;
    giveBackWords(doc, ends, outer, inner);
    nested.add(inner);
  }
  return nested.size === 0 ? found : found.filter((a) => !nested.has(a));
}
