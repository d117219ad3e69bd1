/**
 * Bodies found in the text rather than among the recognizer's entities: names sources write in full
 * (a pass before any source is resolved), a bare head ("police"), an owned body ("their union"), a
 * kind of body named earlier ("the charity Raptor Watch").
 */
import type { Attribution, Entity, Range } from '../../../analysis/types.js';
import { DOCUMENT_WORDS } from '../../../language/en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { ORG_HEADS } from '../../../language/en/gazetteers/nameHeads.js';
import { findEntityByName } from '../../entities/index.js';
import { BODY_KINDS, bodyEntity, bodyName, thingNamed } from './bodyNames.js';
import { namesPerson, OUTLET_KINDS } from './descriptions.js';
import { longerName } from './fullerNames.js';
import {
  laterNamedOrganisation,
  organisationOpeningNextParagraph,
  organisationSpeakingNext,
} from './ledes.js';
import {
  addMention,
  nearest,
  nearestOrgMention,
  pluralDoersLast,
  pluralTradeLast,
  speakerOrg,
} from './mentions.js';
import { givenNameFirst, inLede } from './phrases.js';

/**
 * "Skerra Coastguard" read as a person's name in an article that also says "the coastguard": a name
 * of two or more words with no given name first, whose last word the article uses as a description
 * of something ("the coastguard", not a role such as "the baker"), is that body's.
 */
export function describedBodiesFirst(text: string, entities: Entity[]): void {
  for (const e of entities) {
    const words = e.name.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (
      e.type !== 'PERSON' ||
      words.length < 2 ||
      givenNameFirst(e.name) ||
      head.length < 4 ||
      namesPerson(head)
    )
      continue;
    // The pattern holds `the <head>` literally when the head has no pattern syntax, so a text without
    // that string cannot match: most heads are then settled without compiling a pattern per name.
    if (!REGEXP_SYNTAX.test(head) && !text.includes(`the ${head}`)) continue;
    if (new RegExp(`(?<!\\p{L})the ${head}(?!\\p{L})`, 'u').test(text)) e.type = 'ORG';
  }
}

/** A character with a meaning of its own in a regular expression. */
const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|]/;

/**
 * "…, the fire service said." in a lede, then "Highmoor Fire and Rescue Service said …": bodies a
 * source names in full become entities before any source is resolved, so that a lede's description
 * may find the name written after it though the recognizer found none.
 */
export function namedBodiesFirst(text: string, attributions: Attribution[], entities: Entity[]): void {
  const kindNamed = kindNamesIn(text);
  for (const a of attributions) {
    const source = a.source;
    if (!source || source.kind === 'anonymous') continue;
    const described = kindNamedBefore(kindNamed, source.text, source.start);
    const body =
      bodyName(source.text) ??
      thingNamed(source.text) ??
      pluralNamed(source.text, source.start, entities) ??
      spokenForName(source.text) ??
      described ??
      fullerBodyName(text, source, entities);
    if (!body) continue;
    const entity = bodyEntity(body, source, entities);
    // "The supermarket chain Freshway has agreed …. Freshway said": whatever the recognizer made of it.
    if (body === described && entity.type !== 'MEDIA') entity.type = 'ORG';
    if (!entities.includes(entity)) entities.push(entity);
    const start = source.start + body.offset;
    addMention(entity, start, start + body.name.length, body.name, text);
  }
}

/**
 * "Pellow Brandt Restructuring said …" where the recognizer found only "Pellow Brandt" (as a body's
 * name, or a person's with no given name first): the name a
 * source writes in full over the start of a body's shorter name, so that a lede's description before
 * it ("the firm appointed to wind it up said") takes the full name, not its first words.
 */
function fullerBodyName(
  text: string,
  source: { start: number; text: string },
  entities: Entity[],
): { name: string; offset: number } | null {
  for (const e of entities) {
    // The recognizer often reads a firm's name of surnames as a person's.
    if (e.type !== 'ORG' && e.type !== 'MEDIA' && (e.type !== 'PERSON' || givenNameFirst(e.name))) continue;
    const name = longerName(text, e, source.start, source.text);
    if (name) return { name, offset: source.text.indexOf(name) };
  }
  return null;
}

/**
 * "Freshway said …" after "The supermarket chain Freshway has agreed …": a speaker's bare name that
 * the article wrote before after "the" and a kind of business or body in lower case is that body's.
 */
function kindNamedBefore(
  kindNamed: Map<string, { end: number; full: string }>,
  phrase: string,
  at: number,
): { name: string; offset: number; full: string } | null {
  const name = phrase.trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(name) || givenNameFirst(name)) return null;
  const known = kindNamed.get(name);
  // "the tour company Sunward Travel …. Sunward said": the name written in full is the body's.
  return known && known.end <= at ? { name, offset: phrase.indexOf(name), full: known.full } : null;
}

/** "the <words> <kind> <Name>" anywhere in a text: a lower-case kind word, then one to three capitalised words. */
const KIND_NAMED_IN_TEXT =
  /(?:^|[^\p{L}])[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/dgu;

/**
 * Every name written after "the" and a kind of business or body ("the supermarket chain Freshway
 * Group": "Freshway" and "Freshway Group"), with the end of its first such mention. Read once per
 * article: a pattern per speaker over the text before it made long pages quadratic.
 */
function kindNamesIn(text: string): Map<string, { end: number; full: string }> {
  const firstEnd = new Map<string, { end: number; full: string }>();
  for (const m of text.matchAll(KIND_NAMED_IN_TEXT)) {
    if (!BUSINESS_NOUNS.has(m[1]) && !BODY_KINDS.has(m[1])) continue;
    const start = m.indices![2][0];
    for (const word of m[2].matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
      const name = m[2].slice(0, word.index + word[0].length);
      if (!firstEnd.has(name)) firstEnd.set(name, { end: start + name.length, full: m[2] });
    }
  }
  return firstEnd;
}

/** "A spokesman for the Office for Students and Standards": the body named after "for". */
function spokenForName(phrase: string): { name: string; offset: number } | null {
  const m = /^[Aa]n?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(?=the\s)/.exec(phrase);
  const body = m ? bodyName(phrase.slice(m[0].length)) : null;
  return body ? { name: body.name, offset: m![0].length + body.offset } : null;
}

/**
 * "Cairnmoor Fell Runners said …": a speaker's name the recognizer did not find, of capitalised
 * words ending in a plural common noun and opening with no given name, is a body's (a club, a
 * firm), as a person's seldom is.
 */
function pluralNamed(
  phrase: string,
  at: number,
  entities: Entity[],
): { name: string; offset: number } | null {
  const m = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}$/u.exec(phrase.trim());
  if (!m || /^the\s/i.test(m[0]) || givenNameFirst(m[0])) return null;
  if (!pluralTradeLast(m[0]) && !pluralDoersLast(m[0])) return null;
  const offset = phrase.indexOf(m[0]);
  const start = at + offset;
  const end = start + m[0].length;
  if (entities.some((e) => e.mentions.some((x) => x.start < end && x.end > start))) return null;
  return { name: m[0], offset };
}

/**
 * "their union", "its board": an owned organisation noun names the organisation the article names
 * with that head (the one last mentioned, else in a lede the one named next), not the owner.
 */
export function ownedOrganisation(
  text: string,
  head: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  const noun = head.trim().split(/\s+/)[1]?.toLowerCase() ?? '';
  if (inLede(body, at)) {
    const owner =
      organisationOpeningNextParagraph(text, noun, at, entities, body) ??
      organisationSpeakingNext(text, noun, at, entities, body, speaks);
    if (owner) return owner;
  }
  if (!ORG_HEADS.includes(noun) || DOCUMENT_WORDS.has(noun)) return null;
  const named = nearest(
    entities,
    at,
    (e) => e.type === 'ORG' && e.name.toLowerCase().split(/\s+/).pop() === noun,
  );
  if (named) return named.entity;
  return inLede(body, at) ? laterNamedOrganisation(noun, at, entities) : null;
}

/**
 * "… tracked by the charity Raptor Watch …. The charity said": a description by a kind of body is
 * the name last written after "the" and that kind in the body before it, whatever the sentence
 * around it; it becomes an entity when the recognizer found none.
 */
export function kindNamedEarlier(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const kind = description.trim().toLowerCase();
  if (!/^\p{Ll}+$/u.test(kind) || (!BUSINESS_NOUNS.has(kind) && !BODY_KINDS.has(kind))) return null;
  if (!text.includes(` ${kind} `)) return null;
  const named = new RegExp(
    `(?:^|[^\\p{L}])[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${kind}\\s+(\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){0,3})`,
    'gu',
  );
  let found: { index: number; name: string } | null = null;
  for (const m of text.slice(0, at).matchAll(named)) {
    const index = m.index + m[0].length - m[1].length;
    if (body.some((r) => r.start <= index && index < r.end)) found = { index, name: m[1] };
  }
  if (!found) return null;
  const known = findEntityByName(entities, found.name, at);
  if (known && known.type !== 'PERSON' && known.type !== 'LOC' && known.type !== 'GPE') return known;
  const made = speakerOrg(found.name, entities, found.index);
  if (OUTLET_KINDS.has(kind)) made.type = 'MEDIA';
  return made;
}

/** Kinds of body an appositive may give a name ("…, a club with 400 members,"), beyond BODY_KINDS. */
const APPOSED_KINDS = new Set(['club', 'team', 'company', 'firm', 'business']);

/**
 * "The Glenarrow Trail Riders, a club with 400 members, said …. According to the club, …": a
 * description by a kind of body is the body last named with that kind set off after it by a comma
 * ("…, a club", "…, the local tourism body"), whatever other body spoke between.
 */
export function kindApposedEarlier(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const kind = description.trim().toLowerCase();
  if (!/^\p{Ll}+$/u.test(kind) || (!BODY_KINDS.has(kind) && !APPOSED_KINDS.has(kind))) return null;
  const apposed = new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${kind}(?![\\p{L}-])`, 'u');
  return nearestOrgMention(entities, at, (m) => apposed.test(text.slice(m.end, m.end + 60)));
}

/** How far from a bare head ("police said") its body's full name is looked for. */
const BODY_NAME_REACH = 2000;

/**
 * "police said … Castlemoor Police said …": a bare head word stands for the organisation the article
 * names with it, the one mentioned last before, else (a lede, before the name) the first after; a
 * name written in the text ("Castlemoor Police") that no entity holds becomes one.
 */
export function namedBodyWithHead(
  text: string,
  head: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const ends = (e: Entity) =>
    e.type === 'ORG' && e.name.toLowerCase().split(/\s+/).pop() === head && e.name.includes(' ');
  const before = nearest(entities, at, ends);
  if (before) return before.entity;
  const capital = head[0].toUpperCase() + head.slice(1);
  const name = new RegExp(`(?<!\\p{L})(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}${capital}(?!\\p{L})`, 'gu');
  const inBody = (i: number) => body.some((r) => r.start <= i && i < r.end);
  let best: { index: number; text: string } | null = null;
  for (const m of text.slice(Math.max(0, at - BODY_NAME_REACH), at + BODY_NAME_REACH).matchAll(name)) {
    const index = Math.max(0, at - BODY_NAME_REACH) + m.index;
    if (!inBody(index) || /^(?:The|A|An|This|That)\s/.test(m[0])) continue;
    if (!best || Math.abs(index - at) < Math.abs(best.index - at)) best = { index, text: m[0] };
  }
  if (!best) return null;
  const known = entities.find((e) => e.name === best.text);
  if (known) return known;
  return speakerOrg(best.text, entities, best.index);
}
