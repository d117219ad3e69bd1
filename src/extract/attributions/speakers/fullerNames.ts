/**
 * Names the recognizer found only in part: "Caddon" of "Caddon Water", "Acorn Foods" of "Little
 * Acorn Foods", "Ben Amer" of "Khaled Ben Amer".
 */
import type { Entity } from '../../../analysis/types.js';
import { PERSON_TITLES } from '../../../language/en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { firstMention } from './mentions.js';
import { DETERMINERS } from './phrases.js';

/**
 * The capitalised name a source holds when the entity found inside it is only its first part
 * ("Caddon Water" around "Caddon"), else null. Titles before a person's name ("Col. Qadiri") and
 * anything after a comma or "of" are not part of such a name.
 */
export function longerName(text: string, e: Entity, start: number, phrase: string): string | null {
  const lead = phrase.split(/,|\s(?:of|for|at|from|who|which|that)\s/)[0].trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(lead)) return null;
  const end = start + phrase.indexOf(lead) + lead.length;
  const inside = e.mentions.find((m) => m.start >= start && m.end <= end);
  if (!inside || inside.end >= end || !/^\s+\p{Lu}/u.test(text.slice(inside.end, end))) return null;
  if (inside.start > start + phrase.indexOf(lead)) return null;
  return lead;
}

/**
 * "Little Acorn Foods, which is based in …" where only "Acorn Foods" was recognised (a sentence's
 * first word is no sign of a name to the recognizer): a body's name that ends a source's opening
 * run of capitalised words takes in the one or two words before it, in place. Returns whether it did.
 */
export function widenedToLead(text: string, e: Entity, start: number, phrase: string): boolean {
  if (e.type !== 'ORG' && e.type !== 'MEDIA') return false;
  const lead = phrase.split(/,|\s(?:of|for|at|from|who|which|that)\s/)[0].trim();
  if (phrase.indexOf(lead) !== 0 || !/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’&-]*){1,5}$/u.test(lead))
    return false;
  const end = start + lead.length;
  const inside = e.mentions.find((m) => m.start > start && m.end === end);
  if (!inside || inside.text !== e.name) return false;
  const extra = text.slice(start, inside.start).trim().split(/\s+/);
  if (
    extra.length > 2 ||
    extra.some((w) => DETERMINERS.test(`${w} `) || PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, '')))
  )
    return false;
  if (!e.variants?.includes(e.name)) e.variants = [...(e.variants ?? []), e.name];
  e.name = lead;
  if (!e.variants.includes(lead)) e.variants.push(lead);
  inside.start = start;
  inside.text = lead;
  return true;
}

/** "Ben Amer" recognised on its own → "Khaled Ben Amer" named earlier. */
export function fullerPerson(e: Entity, entities: Entity[], at: number): Entity | null {
  if (e.type !== 'PERSON') return null;
  const short = e.name.toLowerCase();
  for (const other of entities) {
    if (other === e || other.type !== 'PERSON' || firstMention(other) > at) continue;
    const full = other.name.toLowerCase();
    if (full.length > short.length && full.endsWith(` ${short}`)) return other;
  }
  return null;
}

/** Kinds of business, besides the trades, that a name set off after them names ("the studio, Black Heron Ink"). */
const PREMISES = new Set([
  'studio',
  'shop',
  'salon',
  'parlour',
  'restaurant',
  'cafe',
  'café',
  'pub',
  'bakery',
  'garage',
  'hotel',
  'gym',
  'agency',
  'co-operative',
  'cooperative',
  'co-op',
]);
/** "the studio, Black Heron Ink": a determiner, up to two words, a kind, a comma, then capitalised words. */
const KIND_THEN_APPOSED =
  /(?<!\p{L})(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+),\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})/gu;

/**
 * "the studio, Black Heron Ink on Market Row, …. Black Heron said": the business a name stands
 * for when the article set that name, or a longer one it opens, off after a kind of business
 * before `at` (the recognizer having found neither); null otherwise.
 */
export function businessApposedEarlier(
  text: string,
  name: string,
  at: number,
): { name: string; at: number } | null {
  for (const m of text.slice(0, at).matchAll(KIND_THEN_APPOSED)) {
    if (!BUSINESS_NOUNS.has(m[1]) && !PREMISES.has(m[1])) continue;
    const full = m[2];
    if (full === name || full.startsWith(`${name} `))
      return { name: full, at: m.index + m[0].length - full.length };
  }
  return null;
}

/** ", known to drivers simply as the ORO", ", better known as "the Yard"": what a name is known by, then the name. */
const KNOWN_AS =
  /,\s+(?:(?:also|better|widely|locally|commonly)\s+)?known\s+(?:to\s+[^,]{1,40}?\s+)?(?:simply\s+)?as\s+["“]?(?:the\s+)?/giu;

/**
 * "The Driving Standards Office, known to instructors simply as the DSO, …. The DSO denied …": the
 * entity whose mention a short name it is said to be known by follows, before `at`; null when the
 * article says no such thing of `name` ("the" and quotation marks aside).
 */
export function knownAsEarlier(text: string, name: string, at: number, entities: Entity[]): Entity | null {
  const bare = name.replace(/^the\s+/i, '').toLowerCase();
  for (const m of text.slice(0, at).matchAll(KNOWN_AS)) {
    const after = m.index + m[0].length;
    if (text.slice(after, after + bare.length).toLowerCase() !== bare) continue;
    if (!/^["”]?(?:[,.;]|\s+(?:said|says|has|had|is|was)\b)/u.test(text.slice(after + bare.length))) continue;
    const known = entities.find((e) => e.type !== 'PERSON' && e.mentions.some((x) => x.end === m.index));
    if (known) return known;
  }
  return null;
}
