/**
 * "…, the ministry said in a statement carried by the state news agency, Varn Press.": the outlet
 * that carried the statement relays it. The statement's speaker keeps the attribution; the outlet
 * gets one of its own over the same content, and linkChains makes the speaker's go via it, as with
 * "…, reported the Herald". Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';
import { cueOf, sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

export const CARRIED_RULE = 'carried-by';

/**
 * Right after a speech cue: maybe a time, then "in a statement carried by …" (or comments
 * published, remarks broadcast …) and the outlet, up to the sentence's end, a "that" clause or a
 * clause joined by a comma.
 */
const CARRIED_BY =
  /^(?:\s+(?:on|late|early|last)\s+\p{L}+(?:\s+\p{L}+)?)?,?\s+in\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|comments|remarks|interview|message|speech|post|video|letter)s?\s+(carried|published|broadcast|aired|run|relayed)\s+by\s+((?:the\s+|a\s+|\p{Lu})[^.;!?\n"“”]{0,80}?)(?=\s*(?:[.;!?\n]|$)|,\s+(?:which|who|and|but|as|after|while)\b|\s+that\b)/u;
/** Words of an outlet's phrase ("the state news agency, Varn Press"). */
const MAX_OUTLET_WORDS = 10;

/** A cue the tagger ran on into the carrying phrase: "said in a statement carried". */
const CUE_INTO_CARRIED = /^\p{L}+(?=\s+in\s.*\b(?:carried|published|broadcast|aired|run|relayed)$)/u;
/** The speaker right before such a cue, after a comma: "…, the coastguard said in …". */
const SPEAKER_BEFORE = /,\s+((?:the\s+|\p{Lu})[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?)\s+$/u;

/**
 * When the tagger took "said in a statement carried" as the cue and the outlet after it as the
 * source, the statement's speaker is the phrase before the verb: cut the cue back to the verb and
 * give that phrase the source, so the outlet is found as the relay below.
 */
function cutCueAtCarriedPhrase(text: string, inner: Attribution): void {
  const verb = CUE_INTO_CARRIED.exec(inner.cue.text);
  if (!verb || !inner.source || inner.source.start < inner.cue.end) return;
  const verbEnd = inner.cue.start + verb[0].length;
  if (!CARRIED_BY.test(text.slice(verbEnd, verbEnd + 200))) return;
  const speaker = SPEAKER_BEFORE.exec(text.slice(Math.max(0, inner.cue.start - 80), inner.cue.start));
  if (!speaker) return;
  const speakerStart = inner.cue.start - speaker[0].length + speaker[0].indexOf(speaker[1]);
  const source = spanOf(text, speakerStart, speakerStart + speaker[1].length);
  inner.source = sourceOf(source, classifySource(source.text));
  inner.cue = cueOf(spanOf(text, inner.cue.start, verbEnd), inner.cue.lemma, inner.cue.stance);
}

/** Adds the outlet's attribution for each statement carried by one; returns whether any was added. */
export function addCarriedStatements(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  for (const inner of attributions) {
    if (inner.content.length === 0 || inner.rule === CARRIED_RULE) continue;
    cutCueAtCarriedPhrase(text, inner);
    const from = inner.source && inner.source.start > inner.cue.end ? inner.source.end : inner.cue.end;
    const m = CARRIED_BY.exec(text.slice(from, from + 200));
    if (!m || m[2].split(/\s+/).length > MAX_OUTLET_WORDS) continue;
    const verbStart = from + m.index + m[0].lastIndexOf(`${m[1]} by`);
    const outletStart = from + m[0].length - m[2].length;
    const outlet = spanOf(text, outletStart, outletStart + m[2].length);
    if (attributions.some((b) => b.cue.start < outlet.end && verbStart < b.cue.end)) continue;
    added.push({
      id: '',
      source: sourceOf(outlet, classifySource(outlet.text)),
      cue: cueOf(spanOf(text, verbStart, verbStart + m[1].length), 'report', 'assert'),
      // Copies written out field by field, as the relays write them (see build.ts on hidden classes).
      content: inner.content.map((c) => ({ start: c.start, end: c.end, text: c.text })),
      form: inner.form,
      via: null,
      confidence: inner.confidence,
      rule: CARRIED_RULE,
    });
  }
  attributions.push(...added);
  return added.length > 0;
}
