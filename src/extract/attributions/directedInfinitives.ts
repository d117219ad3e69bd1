/**
 * "The paper said the adviser told the party leader to focus on rural seats": the taggers, which
 * read PolNeAR's "led Sanders to advocate …" (the one led as source of the infinitive), may take
 * the one told for the speaker of "to focus on". After a verb of telling someone to act, the
 * teller spoke: PolNeAR train gold puts "told Jeb Bush to quiet down", "have told residents not to
 * drink …" under the cue "told", with the one told and the infinitive as content. Verbs that cause
 * ("led", "prompted", "forced") keep the taggers' reading, as gold does. Inside another's content
 * ("The paper said the adviser told …") the telling is then folded into it (withoutNestedRequests),
 * as train gold folds "The Times reported Cameron had ordered diplomats to …".
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { cueStance } from '../disputes/stance.js';
import { cueOf, entityLabelAt, sourceOf, span, spanOf } from './build.js';
import { parsedSubject } from './sharedSubjects.js';
import { classifySource } from './sourceKind.js';

/** Verbs by which a speaker tells someone to act ("told X to", "urged X to"). */
const TELLING_VERBS = new Set(['tell', 'urge', 'advise', 'order', 'instruct', 'beg', 'implore', 'exhort']);

/** Moves in place an infinitive's reading to the verb of telling before the one told, with its subject as source. */
export function directedInfinitives(doc: Doc, found: Attribution[]): void {
  for (const a of found) {
    if (!a.source || !/^to\s/i.test(a.cue.text) || !/^\s*$/.test(doc.text.slice(a.source.end, a.cue.start)))
      continue;
    const told = doc.tokenAtOrAfter(a.source.start);
    const verb = told - 1;
    if (verb < 0 || !TELLING_VERBS.has(doc.lemma[verb]) || doc.sentenceOf(verb) !== doc.sentenceOf(told))
      continue;
    const teller = parsedSubject(doc, { start: verb, end: verb + 1 });
    if (!teller) continue;
    const last = a.content[a.content.length - 1];
    if (!last) continue;
    const source = span(doc, teller);
    const cue = span(doc, { start: verb, end: verb + 1 });
    a.content = [spanOf(doc.text, a.source.start, last.end)];
    a.source = sourceOf(source, classifySource(source.text, entityLabelAt(doc, teller)));
    a.cue = cueOf(cue, doc.lemma[verb], cueStance(doc, verb, verb + 1, doc.lemma[verb]));
  }
}
