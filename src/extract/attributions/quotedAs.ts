/**
 * "The Tribune quoted Ms Hale as saying that the fund was empty": the outlet relays what the person
 * said. PolNeAR annotates the sentence flat (the paper, "quoted", all the rest), so the taggers give
 * one attribution, or give "saying" the paper for its source; the person's statement is an
 * attribution of its own, which linkChains then makes speak via the quoting one.
 */
import type { Attribution } from '../../analysis/types.js';
import { cueOf, sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

/** The quoted speaker, at most this many characters, then "as saying" and the like. */
const QUOTED_AS = /^([^,;:"“”\n]{1,80}?)\s+as\s+(saying|telling|stating|writing|adding|warning)\b\s*/iu;
const GERUND_LEMMA: Record<string, string> = {
  saying: 'say',
  telling: 'tell',
  stating: 'state',
  writing: 'write',
  adding: 'add',
  warning: 'warn',
};
export const QUOTED_AS_RULE = 'quoted-as';

/** Gives each "quoted X as saying …" the statement of X; adds it when no attribution has its cue. */
export function quotedAsSaying(text: string, attributions: Attribution[]): void {
  const added: Attribution[] = [];
  for (const outer of attributions) {
    if (outer.cue.lemma !== 'quote' || outer.content.length === 0) continue;
    const first = outer.content[0];
    const m = first.start >= outer.cue.end ? QUOTED_AS.exec(first.text) : null;
    if (!m) continue;
    const source = sourceOf(spanOf(text, first.start, first.start + m[1].length), classifySource(m[1]));
    const verbStart = first.start + m[0].lastIndexOf(m[2]);
    const cue = spanOf(text, verbStart, verbStart + m[2].length);
    const existing = attributions.find((b) => b !== outer && b.cue.start < cue.end && cue.start < b.cue.end);
    if (existing) {
      existing.source = source;
      continue;
    }
    const rest = first.start + m[0].length;
    const content = [spanOf(text, rest, first.end), ...outer.content.slice(1)].filter((c) => c.end > c.start);
    if (content.length === 0) continue;
    added.push({
      id: '',
      source,
      cue: cueOf(cue, GERUND_LEMMA[m[2].toLowerCase()], 'assert'),
      content,
      form: 'indirect',
      via: null,
      confidence: outer.confidence,
      rule: QUOTED_AS_RULE,
    });
  }
  attributions.push(...added);
}
