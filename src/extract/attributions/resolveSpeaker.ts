/**
 * Speaker resolution: points each attribution's `source.entity` at the article entity it refers
 * to — names and their variants ("Hafter" → Khalifa Haftar), pronouns (the previous compatible
 * speaker, else the nearest compatible entity before), and descriptions ("the colonel" → the person
 * last introduced with that title or appositive). Resolved sources become mentions of their entity
 * (rule `speaker-resolver`); a named source no entity matches becomes a new entity.
 * Offsets are UTF-16 (the pipeline converts at the end).
 */
import type { Attribution, Entity, EntityType, SourceKind } from '../../analysis/types.js';
import { COMPANY_HEADS, DOCUMENT_WORDS } from '../../language/en/cues/sourceWords.js';
import { PRONOUN_TYPES, TITLE_ABBREVIATIONS } from '../../language/en/cues/titles.js';
import { findEntityByName } from '../entities/index.js';
import { sameSentence } from './build.js';
import { genderOfName, pronounGender } from './gender.js';

const RULE = 'speaker-resolver';
/** A description looks this many characters back for the person it describes. */
const DESCRIPTION_REACH = 4000;
/** Characters around a mention searched for a title or appositive naming its role. */
const TITLE_WINDOW_BEFORE = 40;
const TITLE_WINDOW_AFTER = 80;
const DETERMINERS = /^(?:the|a|an)\s+/i;
const QUOTED_TITLE = /[“"]([^”"]{3,})[”"]?/;
/** Possessive determiners and the pronoun whose referent owns the thing ("its report"). */
const POSSESSIVE_OWNER: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['their', 'they'],
  ['his', 'he'],
  ['her', 'she'],
]);
/** Capitalised words that start a sentence rather than a name ("The ministry", "This council"). */
const NOT_NAME_START = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/i;
/** How many modifiers may stand between a name and the head it qualifies ("Libya's health ministry"). */
const MAX_GROUP_MODIFIERS = 2;
const ENTITY_KIND: Partial<Record<EntityType, SourceKind>> = {
  PERSON: 'person',
  ORG: 'organization',
  MEDIA: 'media',
};
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const KIND_TYPE: Partial<Record<SourceKind, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  media: 'MEDIA',
};

export function resolveSpeakers(text: string, attributions: Attribution[], entities: Entity[]): void {
  let previous: Entity | null = null;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const a of [...attributions].sort((x, y) => x.cue.start - y.cue.start)) {
    const source = a.source;
    if (!source || source.kind === 'anonymous') continue;
    const entity = resolveOne(text, source, entities, previous);
    if (!entity) continue;
    source.entity = entity.id;
    // The entity's type outranks the words of the phrase ("Haftar" is a person, whatever its label).
    const kind = ENTITY_KIND[entity.type];
    if (kind && source.kind !== 'document') source.kind = kind;
    if (!byId.has(entity.id)) {
      entities.push(entity);
      byId.set(entity.id, entity);
    }
    addMention(entity, source.start, source.end, source.text, text);
    previous = entity;
  }
}

function resolveOne(
  text: string,
  source: { start: number; end: number; text: string; kind: SourceKind },
  entities: Entity[],
  previous: Entity | null,
): Entity | null {
  // Coordinated sources ("the ministry, a firm and the council") name a group, no one entity.
  const title = QUOTED_TITLE.exec(source.text);
  if (title && source.kind === 'document') return workEntity(title[1], entities);
  const and = /\s(?:and|&)\s/.exec(source.text);
  if (and) {
    const at = source.start + and.index;
    const spanned = entities.some((e) => e.mentions.some((m) => m.start < at && m.end > at + and[0].length));
    if (!spanned) return null;
  }
  const { head, offset } = namePart(source.text);
  const lower = head.toLowerCase();
  // "its report", "their statement": whoever the possessive points back to.
  const owner = POSSESSIVE_OWNER.get(lower.split(/\s+/)[0]);
  if (owner && /^\S+\s+\S+$/.test(lower))
    return resolvePronoun(text, source.start, owner, PRONOUN_TYPES.get(owner) ?? [], entities, previous);
  const types = PRONOUN_TYPES.get(lower);
  if (types) return resolvePronoun(text, source.start, lower, types, entities, previous);
  // "Amal Fituri, who runs a shop, …": a relative pronoun speaks for the name right before it.
  if (RELATIVE_PRONOUNS.has(lower)) return entityEndingBefore(text, entities, source.start);

  const covering = entityCovering(entities, source.start + offset, source.start + offset + head.length);
  if (covering) return fullerPerson(covering, entities, source.start) ?? covering;
  if (/^\p{Lu}/u.test(head) && !DETERMINERS.test(head)) {
    const named = findEntityByName(entities, head, source.start);
    if (named) return named;
  }
  if (DETERMINERS.test(head)) {
    // "The study's authors" speak for the study.
    const owner = /^(?:the|a|an)\s+([\p{L}-]+)['’]s\b/iu.exec(head);
    const description = owner ? owner[1] : head.replace(DETERMINERS, '');
    return (
      resolveDescription(text, description, source.start, entities) ??
      earlierNamedGroup(text, description, source.start, entities) ??
      latestCompany(description, source.start, entities)
    );
  }
  const type = KIND_TYPE[source.kind];
  if (!type || !/^\p{Lu}/u.test(head)) return null;
  return {
    id: nextId(entities),
    name: head,
    type,
    mentions: [],
    variants: [head],
  };
}

/** The part of a source that names it: "A company spokeswoman, Leyla Demir" → "Leyla Demir". */
function namePart(text: string): { head: string; offset: number } {
  const comma = text.indexOf(',');
  if (comma < 0) return { head: text.trim(), offset: 0 };
  const before = text.slice(0, comma).trim();
  const after = text.slice(comma + 1).trim();
  const startsName = (s: string) => /^\p{Lu}/u.test(s) && !DETERMINERS.test(s);
  if (!startsName(before) && startsName(after) && !/\s(?:of|for|at)\s/.test(after))
    return { head: after.split(',')[0].trim(), offset: text.indexOf(after) };
  return { head: before, offset: 0 };
}

/** "Ben Amer" recognised on its own → "Khaled Ben Amer" named earlier. */
function fullerPerson(e: Entity, entities: Entity[], at: number): Entity | null {
  if (e.type !== 'PERSON') return null;
  const short = e.name.toLowerCase();
  for (const other of entities) {
    if (other === e || other.type !== 'PERSON' || firstMention(other) > at) continue;
    const full = other.name.toLowerCase();
    if (full.length > short.length && full.endsWith(` ${short}`)) return other;
  }
  return null;
}

function compatible(e: Entity, pronoun: string, types: readonly string[]): boolean {
  if (!types.includes(e.type)) return false;
  if (e.type !== 'PERSON') return true;
  const want = pronounGender(pronoun);
  const have = genderOfName(e.name);
  return want === 'unknown' || have === 'unknown' || want === have;
}

/**
 * "he", "she", "it", "they": the previous speaker when it fits; else the nearest entity whose first
 * name shows the pronoun's gender; else the nearest one that fits at all.
 */
function resolvePronoun(
  text: string,
  at: number,
  pronoun: string,
  types: readonly string[],
  entities: Entity[],
  previous: Entity | null,
): Entity | null {
  const usable = (e: Entity | null): e is Entity =>
    !!e && compatible(e, pronoun, types) && firstMention(e) < at;
  const want = pronounGender(pronoun);
  const known = (e: Entity) => want !== 'unknown' && e.type === 'PERSON' && genderOfName(e.name) === want;
  // Shouted names are datelines and headings ("HARMON FALLS"), not people a pronoun points back to.
  const fits = (e: Entity) => compatible(e, pronoun, types) && /\p{Ll}/u.test(e.name);
  const near = nearest(entities, at, (e) => fits(e) && known(e)) ?? nearest(entities, at, fits);
  if (!usable(previous)) return near?.entity ?? null;
  // The previous speaker keeps the pronoun unless someone else was brought in later, in a
  // sentence the previous speaker is absent from ("“…” The words came from Liam Walsh. He said …").
  const last = lastMentionBefore(previous, at);
  if (near && near.entity !== previous && near.at > last && !sameSentence(text, last, near.at))
    return near.entity;
  return previous;
}

/** The entity mentioned last before `at` among those that pass `accept`, and where. */
function nearest(
  entities: Entity[],
  at: number,
  accept: (e: Entity) => boolean,
): { entity: Entity; at: number } | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (!accept(e)) continue;
    for (const m of e.mentions)
      if (m.end <= at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
  }
  return best ? { entity: best, at: bestAt } : null;
}

/**
 * "The ministry" when no entity carries the word: the group introduced earlier by a name and that
 * head noun ("Libya's health ministry", "the Killcrane Fishermen’s Co-operative") becomes an entity.
 */
function earlierNamedGroup(text: string, description: string, at: number, entities: Entity[]): Entity | null {
  const words = description.trim().split(/\s+/);
  const role = words[words.length - 1];
  if (!role || role.length < 3 || !/^[\p{L}-]+$/u.test(role)) return null;
  const rest = role.slice(1).toLowerCase();
  let found: { index: number; text: string } | null = null;
  // Only the few places the head word occurs are examined, latest first.
  for (const head of [role[0].toUpperCase() + rest, role[0].toLowerCase() + rest]) {
    for (let h = text.lastIndexOf(head, at - head.length); h > 0; h = text.lastIndexOf(head, h - 1)) {
      if (found && h < found.index) break;
      if (/\p{L}/u.test(text[h - 1])) continue;
      let end = h + head.length;
      while (end < text.length && /[\p{L}-]/u.test(text[end])) end++;
      if (end > at) continue;
      const match = groupEndingAt(text, role, h, end);
      if (match && (!found || match.index > found.index)) found = match;
      if (match) break;
    }
  }
  if (!found) return null;
  const groupName = found.text.replace(/\s+/g, ' ');
  const known = entities.find((e) => e.type === 'ORG' && e.name === groupName);
  if (known) return known;
  const entity: Entity = {
    id: nextId(entities),
    name: groupName,
    type: 'ORG',
    mentions: [],
    variants: [groupName],
  };
  entity.mentions.push({
    start: found.index,
    end: found.index + found.text.length,
    text: found.text,
    rule: RULE,
  });
  return entity;
}

/** Characters before a head word searched for the name it ends. */
const GROUP_WINDOW = 80;
const MAX_CACHED_PHRASES = 512;
const groupPhrases = new Map<string, RegExp>();

/**
 * A proper name ending in the head ("Killcrane Fishermen’s Co-operative") or a possessive name
 * with plain modifiers ("Libya's health ministry"), compiled once per head word.
 */
function groupPhrase(role: string): RegExp {
  let re = groupPhrases.get(role);
  if (re) return re;
  const name = `\\p{Lu}[\\p{L}-]*(?:['’]s?)?`;
  const rest = escapeRegExp(role.slice(1).toLowerCase());
  const proper = `${name}(?:\\s+${name}){0,${MAX_GROUP_MODIFIERS}}\\s+${role[0].toUpperCase()}${rest}[\\p{L}-]*`;
  const possessive = `\\p{Lu}[\\p{L}-]*['’]s(?:\\s+\\p{Ll}[\\p{L}-]*){0,${MAX_GROUP_MODIFIERS}}\\s+${role[0].toLowerCase()}${rest}[\\p{L}-]*`;
  re = new RegExp(`(?<!\\p{L})(?:${proper}|${possessive})(?!\\p{L})`, 'gu');
  if (groupPhrases.size >= MAX_CACHED_PHRASES) groupPhrases.clear();
  groupPhrases.set(role, re);
  return re;
}

/** The longest group name that ends at `end` with the head at `head`, not opening with "The". */
function groupEndingAt(
  text: string,
  role: string,
  head: number,
  end: number,
): { index: number; text: string } | null {
  const from = Math.max(0, head - GROUP_WINDOW);
  // Most heads follow an ordinary word ("the government"): no name can end there.
  const before = /(?:(\S+)\s+)?(?:(\S+)\s+)?(\S+)\s+$/.exec(text.slice(from, head));
  if (!before) return null;
  const named = /^\p{Lu}/u.test(text[head])
    ? /^\p{Lu}/u.test(before[3])
    : before.slice(1).some((w) => w !== undefined && /['’]s?$/.test(w));
  if (!named) return null;
  const window = text.slice(from, end);
  const phrase = groupPhrase(role);
  phrase.lastIndex = 0;
  for (let m = phrase.exec(window); m; m = phrase.exec(window)) {
    if (from + m.index + m[0].length === end && !NOT_NAME_START.test(m[0].split(/\s/)[0]))
      return { index: from + m.index, text: m[0] };
    phrase.lastIndex = m.index + 1;
  }
  return null;
}

/** The entity whose mention ends right before `at`, past a comma at most ("Ana Ruiz, who …"). */
function entityEndingBefore(text: string, entities: Entity[], at: number): Entity | null {
  for (const e of entities)
    for (const m of e.mentions)
      if (m.end <= at && /^[\s,]*$/.test(text.slice(m.end, at)) && e.type !== 'GPE' && e.type !== 'NORP')
        return e;
  return null;
}

/** "The company said": the organisation named last before, when the description is a generic business head. */
function latestCompany(description: string, at: number, entities: Entity[]): Entity | null {
  const words = description.toLowerCase().split(/\s+/);
  if (words.length !== 1 || !COMPANY_HEADS.has(words[0])) return null;
  return nearest(entities, at, (e) => e.type === 'ORG')?.entity ?? null;
}

/** "the colonel" → the person last named with "Col." or described as "…, a colonel …". */
function resolveDescription(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const words = description.toLowerCase().split(/\s+/);
  const role = words[words.length - 1];
  if (!role) return null;
  const forms = [role, ...(TITLE_ABBREVIATIONS.get(role) ?? [])];
  const hasForm = (s: string) => forms.some((f) => hasWord(s, f));
  const endsWithForm = (s: string) => forms.some((f) => endsWithWord(s, f));
  // An organisation named with the word ("the ministry" → "Libyan Ministry of Health") first.
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (e.type === 'PERSON' || !namesRole(e, role)) continue;
    const last = lastMentionBefore(e, at);
    if (last > bestAt) {
      best = e;
      bestAt = last;
    }
  }
  if (best) return best;
  // Else the person last introduced with that title ("Col. Qadiri") or appositive ("Qadiri, the colonel").
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end > at || m.start < at - DESCRIPTION_REACH || m.start <= bestAt) continue;
      const before = text.slice(Math.max(0, m.start - TITLE_WINDOW_BEFORE), m.start).toLowerCase();
      const titled =
        hasForm(m.text.toLowerCase().split(/\s+/).slice(0, -1).join(' ')) || endsWithForm(before);
      const after = text.slice(m.end, Math.min(at, m.end + TITLE_WINDOW_AFTER)).toLowerCase();
      const appositive = after.startsWith(',') && hasForm(after.split(/[.;:!?]|,\s*(?:said|told|added)/)[0]);
      if (titled || appositive) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}

const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/** Whether `word` stands in `s` with no letter touching it on either side (a role in a title or appositive). */
export function hasWord(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1))
    if (!letterBefore(s, at) && !LETTER_AT_START.test(s.slice(at + word.length, at + word.length + 2)))
      return true;
  return false;
}

/** Whether `s` ends with `word`, maybe a dot and spaces after it, and no letter before it ("… Col."). */
export function endsWithWord(s: string, word: string): boolean {
  const t = s.trimEnd();
  if (t.endsWith(word) && !letterBefore(t, t.length - word.length)) return true;
  const at = t.length - 1 - word.length;
  return t.endsWith(`${word}.`) && !letterBefore(t, at);
}

/** Whether the character (code point) just before `at` is a letter. */
function letterBefore(s: string, at: number): boolean {
  return at > 0 && LETTER_AT_END.test(s.slice(Math.max(0, at - 2), at));
}

/** The entity mentioned inside the span; the last mention wins, as the head of a phrase comes last. */
/** "the co-op" names the "Fishermen's Co-operative"; "the study" the last quoted work. */
function namesRole(e: Entity, role: string): boolean {
  if (e.type === 'WORK') return DOCUMENT_WORDS.has(role);
  return e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w === role || (role.length >= 4 && w.startsWith(role)));
}

/** The entity for a quoted title ("a study called “…”"): found by name, else a new WORK entity. */
function workEntity(title: string, entities: Entity[]): Entity {
  const known = entities.find((e) => e.name === title);
  if (known) return known;
  return { id: nextId(entities), name: title, type: 'WORK', mentions: [], variants: [title] };
}

function entityCovering(entities: Entity[], start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities)
    for (const m of e.mentions)
      if (m.start >= start && m.end <= end && m.end > bestEnd && e.type !== 'GPE' && e.type !== 'NORP') {
        best = e;
        bestEnd = m.end;
      }
  return best;
}

function addMention(e: Entity, start: number, end: number, surface: string, text: string): void {
  if (e.mentions.some((m) => m.start < end && m.end > start)) return;
  const name = e.type === 'WORK' ? e.name : surface.split(',')[0].trim();
  if (surface.indexOf(name) < 0) return;
  const s = start + surface.indexOf(name);
  if (text.slice(s, s + name.length) !== name) return;
  e.mentions.push({ start: s, end: s + name.length, text: name, rule: RULE });
  e.mentions.sort((a, b) => a.start - b.start);
  if (
    e.variants &&
    !e.variants.includes(name) &&
    /^\p{Lu}/u.test(name) &&
    !PRONOUN_TYPES.has(name.toLowerCase())
  )
    e.variants.push(name);
}

function lastMentionBefore(e: Entity, at: number): number {
  return e.mentions.reduce((max, m) => (m.start < at ? Math.max(max, m.start) : max), -1);
}

function firstMention(e: Entity): number {
  return e.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

function nextId(entities: Entity[]): string {
  let max = 0;
  for (const e of entities) max = Math.max(max, Number(e.id.slice(1)) || 0);
  return `E${max + 1}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
