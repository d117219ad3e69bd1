/**
 * "…, as one councillor put it.", "As the harbour master put it, the pier …", "The plan, as Ms Hale
 * puts it, has …": the speaker's words are the clause around the tag, before or after it. The
 * taggers, which read "put" as any verb, give it the content "it" at best. PolNeAR's cue holds the
 * "it" (train: all 9 cues of "put it").
 */
import type { Attribution, Range } from '../../analysis/types.js';
import { cueOf, sentenceEnd, sentenceStart, sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

/**
 * "as" (after a clause break or opening the sentence), a speaker of up to 8 words, "put(s) it", and
 * no particle after it ("as they put it off": a delay, not words).
 */
const AS_PUT_IT =
  /(?<=^|[\s,;(—–"“])[Aa]s\s+((?:[\p{L}\p{N}.'’-]+\s+){0,7}?[\p{L}\p{N}.'’-]+)\s+((?:has\s+|had\s+)?puts?\s+it)\b(?!\s+(?:off|down|back|away|out|up|aside|through|together|forward)\b)/gu;
export const AS_PUT_IT_RULE = 'as-put-it';
/** White space, commas, colons, dashes and quote marks at a clause's edge. */
const EDGE = /[\s,;:—–"“”‘’']/;

/** Adds or corrects the attribution of each "as X put it" in the body. */
export function asPutIt(text: string, body: Range[], attributions: Attribution[], confidence: number): void {
  for (const m of text.matchAll(AS_PUT_IT)) {
    const at = m.index;
    if (!body.some((r) => r.start <= at && at < r.end)) continue;
    const sourceStart = at + m[0].indexOf(m[1], 2);
    const cueStart = at + m[0].length - m[2].length;
    const cue = spanOf(text, cueStart, cueStart + m[2].length);
    const content = wordsAround(text, at, cue.end);
    const source = sourceOf(spanOf(text, sourceStart, sourceStart + m[1].length), classifySource(m[1]));
    const found = attributions.find((a) => a.cue.start < cue.end && cue.start < a.cue.end);
    // Words nowhere near the tag: the tagger's content stands, under the right speaker and cue.
    if (content.length === 0) {
      if (found) Object.assign(found, { source, cue: cueOf(cue, 'put', 'assert') });
      continue;
    }
    const attribution = found ?? {
      id: '',
      source,
      cue: cueOf(cue, 'put', 'assert'),
      content,
      form: 'indirect' as const,
      via: null,
      confidence,
      rule: AS_PUT_IT_RULE,
    };
    Object.assign(attribution, { source, cue: cueOf(cue, 'put', 'assert'), content });
    if (!found) attributions.push(attribution);
  }
}

/**
 * The clause before "as", and the words after the tag up to the sentence end, trimmed. The tag may
 * go on to its comma ("As she put it in a statement to the board, rents …"); with no comma before
 * the sentence ends, the words after it are the tag's alone ("…, as she put it on Monday.").
 */
function wordsAround(text: string, asAt: number, tagEnd: number) {
  const start = sentenceStart(text, asAt);
  const tagEnds = TAG_TAIL.exec(text.slice(tagEnd, tagEnd + MAX_TAG_TAIL));
  const after = tagEnds && !SENTENCE_END.test(tagEnds[0]) ? tagEnd + tagEnds[0].length : -1;
  const end = after < 0 ? after : sentenceEnd(text, after);
  return [trimmed(text, start, asAt), after < 0 ? null : trimmed(text, after, end)].filter((s) => s !== null);
}

/** Up to the comma or colon that ends the tag, on its line, past no sentence end. */
const TAG_TAIL = /^[^,:\n]*[,:]/;
/** A sentence end: not the period of an initial or a title ("Anna K. Berg", "Dr. Reyes"). */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof))[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
const MAX_TAG_TAIL = 120;

function trimmed(text: string, from: number, to: number) {
  let s = from;
  let e = to;
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return e > s ? spanOf(text, s, e) : null;
}
