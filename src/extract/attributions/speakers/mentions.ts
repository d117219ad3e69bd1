/**
 * What the speaker resolvers share about the article's entities: where they are mentioned, the
 * next free id, the rule their new mentions carry, and how a resolved source becomes a mention.
 * Offsets are UTF-16.
 */
import type { Entity } from '../../../analysis/types.js';
import { PRONOUN_TYPES } from '../../../language/en/cues/titles.js';
import { wordProfiles } from '../../../language/ner/wordProfiles.js';
import { DETERMINERS } from './phrases.js';

/** The rule of every mention speaker resolution adds. */
export const SPEAKER_RULE = 'speaker-resolver';

/** The entity mentioned last before `at` among those that pass `accept`, and where. */
export function nearest(
  entities: Entity[],
  at: number,
  accept: (e: Entity) => boolean,
): { entity: Entity; at: number } | null {
  let best: Entity | null = null;
  let bestAt = -1;
  // Only an entity mentioned as late as the best so far is asked about (`accept` may read its mentions'
  // surroundings, and a long page has thousands), from the last back: entities come in order of first
  // mention, so those mentioned just before `at` come first. At a tie the earlier in the list wins.
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k];
    let last = -1;
    for (const m of e.mentions) if (m.end <= at && m.start > last) last = m.start;
    if (last < 0 || last < bestAt || !accept(e)) continue;
    best = e;
    bestAt = last;
  }
  return best ? { entity: best, at: bestAt } : null;
}

/** The organisation mentioned last before `at` by a mention, ending before `at`, that `fits` (read its surroundings). */
export function nearestOrgMention(
  entities: Entity[],
  at: number,
  fits: (m: Entity['mentions'][number]) => boolean,
): Entity | null {
  return (
    nearest(entities, at, (e) => e.type === 'ORG' && e.mentions.some((m) => m.end <= at && fits(m)))
      ?.entity ?? null
  );
}

export function lastMentionBefore(e: Entity, at: number): number {
  return e.mentions.reduce((max, m) => (m.start < at ? Math.max(max, m.start) : max), -1);
}

export function firstMention(e: Entity): number {
  return e.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
}

export function nextId(entities: Entity[]): string {
  let max = 0;
  for (const e of entities) max = Math.max(max, Number(e.id.slice(1)) || 0);
  return `E${max + 1}`;
}

/**
 * A new organisation the resolver names from the text (not yet among `entities`), with the mention it
 * was found by when `at` is given: `written` as it stands there, white space and all.
 */
export function speakerOrg(name: string, entities: Entity[], at?: number, written = name): Entity {
  const entity: Entity = { id: nextId(entities), name, type: 'ORG', mentions: [], variants: [name] };
  if (at !== undefined)
    entity.mentions.push({ start: at, end: at + written.length, text: written, rule: SPEAKER_RULE });
  return entity;
}

/** How many sentence ends (a stop, maybe a closing quote, then space) lie between two offsets. */
export function sentenceEnds(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/[.!?]["”’]?\s/g) ?? []).length;
}

/**
 * Whether a name of two or more words ends in the plural of a noun for people by what they do, a
 * word the profiles never met ("Brackley Wheelers", "Tolland Cyclists"); surnames so shaped
 * ("Summers", "Rogers") the profiles know capitalised.
 */
export function pluralDoersLast(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  return (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+(?:er|or|ist)s$/u.test(last) &&
    !wordProfiles().has(last.toLowerCase())
  );
}

/** Whether a name of two or more words ends in a plural common noun ("Aurelia Cruises"). */
export function pluralTradeLast(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+s$/u.test(last)) return false;
  const profile = wordProfiles().get(last.toLowerCase());
  return profile !== undefined && profile.cap <= 1;
}
/** The entity mentioned inside the span; the last mention wins, as the head of a phrase comes last. */
export function entityCovering(entities: Entity[], start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities) {
    if (e.type === 'GPE' || e.type === 'NORP') continue;
    for (const m of e.mentions)
      if (m.start >= start && m.end <= end && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
  }
  return best;
}

/**
 * "The drivers' union, Spoor": the kind of body before a body's name set off by a comma is a
 * mention of it too, so "the union" later finds it (sameDescription).
 */
function addKindMention(e: Entity, start: number, surface: string): void {
  if (e.type !== 'ORG' && e.type !== 'MEDIA') return;
  const comma = surface.indexOf(`, ${e.name}`);
  const kind = surface.slice(0, comma);
  if (comma <= 0 || !/^the\s[^,]*\s\p{Ll}+$/iu.test(kind)) return;
  if (e.mentions.some((m) => m.start < start + comma && m.end > start)) return;
  e.mentions.push({ start, end: start + comma, text: kind, rule: SPEAKER_RULE });
  e.mentions.sort((a, b) => a.start - b.start);
}

export function addMention(e: Entity, start: number, end: number, surface: string, text: string): void {
  addKindMention(e, start, surface);
  if (e.mentions.some((m) => m.start < end && m.end > start)) return;
  // "Heather Lodge's owner, Meadowbank Care": the name after a role's comma is the mention, not the role.
  const apposed = surface.indexOf(`, ${e.name}`) >= 0;
  const name = e.type === 'WORK' || apposed ? e.name : surface.split(',')[0].trim();
  if (surface.indexOf(name) < 0) return;
  const s = start + surface.indexOf(name);
  if (text.slice(s, s + name.length) !== name) return;
  e.mentions.push({ start: s, end: s + name.length, text: name, rule: SPEAKER_RULE });
  e.mentions.sort((a, b) => a.start - b.start);
  if (
    e.variants &&
    !e.variants.includes(name) &&
    /^\p{Lu}/u.test(name) &&
    !DETERMINERS.test(name) &&
    !PRONOUN_TYPES.has(name.toLowerCase())
  )
    e.variants.push(name);
}
