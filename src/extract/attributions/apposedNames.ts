/**
 * "According to the harbour master, Gwen Pryce, the contract was delayed": the role tagger ends the
 * source at the first comma and puts the name set off after it into the content. A name closed by
 * a comma right after a described source is that source's appositive, so it joins the source and
 * the content starts after it. Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';
import { namesPerson } from './speakers/descriptions.js';

/** A described source: a determiner or possessive, then lower-case words ("the harbour master"). */
const DESCRIPTION = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?:\s+[\p{Ll}\p{N}’'-]+)+$/u;
/**
 * A name of two to four capitalised words (titles with a period allowed), closed by a comma. The
 * name with no comma after it is the subject of the clause ("…, Gwen Pryce delayed …"). A word
 * with a possessive makes a title, not a name ("a new book, Brown’s Britain, …"): its owner is
 * no speaker.
 */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}.-]|['’](?!s\b))*`;
const APPOSED_NAME = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s*,\s+`, 'u');
/**
 * One capitalised word closed by a comma: a name only after a description that names a person by
 * role ("the spokesman, Karim, …"); after "the weather service" it may be a day or a place.
 */
const APPOSED_WORD = new RegExp(String.raw`^(${NAME_WORD})\s*,\s+`, 'u');
/** What follows the name and its comma must open a clause, not go on describing the name. */
const NOT_A_CLAUSE = /^(?:who|whom|whose|which|and|or|but|aged|\p{N})/iu;
/**
 * A comma this close after the name closes a second appositive ("John Smith, a local builder,
 * was arrested"): the name then was the clause's subject after all.
 */
const CLAUSE_COMMA = /^(?:\S+\s+){0,4}\S*,/u;

export function apposedNames(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    const first = a.content[0];
    if (a.cue.lemma !== 'according to' || !source || source.start < a.cue.end || !first) continue;
    if (!DESCRIPTION.test(source.text) || !/^\s*,\s*$/.test(text.slice(source.end, first.start))) continue;
    const role = source.text.slice(source.text.search(/\S+$/)).toLowerCase();
    const name = APPOSED_NAME.exec(first.text) ?? (namesPerson(role) ? APPOSED_WORD.exec(first.text) : null);
    if (!name) continue;
    const rest = first.text.slice(name[0].length);
    if (!rest || NOT_A_CLAUSE.test(rest) || CLAUSE_COMMA.test(rest)) continue;
    const joined = spanOf(text, source.start, first.start + name[1].length);
    a.source = sourceOf(joined, classifySource(joined.text));
    a.content = [spanOf(text, first.start + name[0].length, first.end), ...a.content.slice(1)];
  }
}
