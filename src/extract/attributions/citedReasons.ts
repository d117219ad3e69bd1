/**
 * "…,” the mayor said, citing rising rents.": "citing" after a report names what the speaker
 * pointed to, not someone the report was relayed from. The relay reading (chains.ts) makes "rising
 * rents" a speaker; unless the cited phrase names a person, an organisation, the media or an
 * anonymous source, this turns it back into the speaker's own attribution: the report's source,
 * "citing" as the cue, the cited phrase as the content (PolNeAR's reading: all 7 such relays in
 * train are annotated this way).
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf } from './build.js';
import { classifySource } from './sourceKind.js';

/** Kinds of cited phrase that can have said the report's words: those stay relays. */
const SPEAKING_KINDS = new Set(['person', 'organization', 'media', 'anonymous']);
/** Where a cited phrase's first noun phrase ends: a comma, a preposition, a conjunction or a relative. */
const PHRASE_END = /,|\s(?:in|of|from|on|at|by|for|with|about|to|and|or|but|who|whom|that|which|whose)\s/iu;
/** Heads that name people ("a banker", "two officials", "participants", "her daughter", "a historian"). */
const PERSON_HEAD =
  /^(?:[\p{L}-]+(?:er|or|ist|ian|ant)s?|officials?|sources?|people|persons?|aides?|experts?|witness(?:es)?|students?|residents?|presidents?|agents?|correspondents?|insiders?)$/u;
/** Words with those endings that are no nouns ("citing another reason", "the former rule"). */
const NOT_HEADS = new Set([
  'another',
  'other',
  'whether',
  'either',
  'neither',
  'rather',
  'under',
  'over',
  'after',
  'ever',
  'never',
  'together',
  'former',
  'latter',
  'major',
  'minor',
  'prior',
  'poor',
  'per',
  'for',
  'nor',
  'her',
  'their',
  'our',
  'your',
  'significant',
  'relevant',
  'important',
  'constant',
  'recent',
]);
/** Spaces and punctuation at a phrase's edges ("precedent." is cited as "precedent"). */
const EDGE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/** Unfolds the "citing" relays whose cited phrase is a reason or a record rather than a speaker. */
export function unfoldCitedReasons(attributions: Attribution[]): void {
  const byId = new Map(attributions.map((a) => [a.id, a]));
  for (const a of attributions) {
    if (!a.via || !a.source || a.cue.text.toLowerCase() !== 'citing') continue;
    const outer = byId.get(a.via);
    if (
      !outer?.source ||
      SPEAKING_KINDS.has(a.source.kind) ||
      SPEAKING_KINDS.has(classifySource(a.source.text))
    )
      continue;
    // The kinds come from word lists and names; a common noun for a person ("a banker involved in
    // the talks") is only marked anonymous later, by the speaker passes.
    const phrase = a.source.text.split(PHRASE_END)[0].toLowerCase();
    if (phrase.split(/\s+/).some((w) => PERSON_HEAD.test(w) && !NOT_HEADS.has(w))) continue;
    const cited = a.source.text;
    const text = cited.replace(EDGE, '');
    if (!text) continue;
    const start = a.source.start + (cited.match(/^[\s\p{P}]*/u)?.[0].length ?? 0);
    a.content = [{ start, end: start + text.length, text }];
    a.source = sourceOf(outer.source, outer.source.kind, outer.source.entity);
    a.via = null;
  }
}
