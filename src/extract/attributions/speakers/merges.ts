/**
 * After every source is resolved: entities of one type and name, and a body's short form ("Kestrel"
 * for "Kestrel Minerals"), become one entity.
 */
import type { Attribution, Entity } from '../../../analysis/types.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';
import { ORG_HEADS } from '../../../language/en/gazetteers/nameHeads.js';
import { oneSlipApart } from '../../../language/names/index.js';
import { firstMention } from './mentions.js';
import { givenNameFirst } from './phrases.js';

/**
 * Entities of one type and name are one: a name widened in place ("Acorn Foods" → "Little Acorn
 * Foods") may now be another entity's. The first keeps the mentions, variants and sources of both.
 */
export function mergeSameNames(entities: Entity[], attributions: Attribution[]): void {
  const first = new Map<string, Entity>();
  const gone = new Map<string, Entity>();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.name}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, e);
      continue;
    }
    for (const m of e.mentions)
      if (!kept.mentions.some((k) => k.start < m.end && m.start < k.end)) kept.mentions.push(m);
    kept.mentions.sort((x, y) => x.start - y.start);
    for (const v of e.variants ?? [])
      if (!kept.variants?.includes(v)) kept.variants = [...(kept.variants ?? []), v];
    gone.set(e.id, kept);
  }
  if (gone.size === 0) return;
  for (const a of attributions) {
    const to = a.source?.entity ? gone.get(a.source.entity) : undefined;
    if (to && a.source) a.source.entity = to.id;
  }
  for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k].id)) entities.splice(k, 1);
}

/**
 * "Sam and Priya Holt … His wife, Priya, said": a speaker known by one given name, after the article
 * named exactly one person whose name it opens, is that person, whatever the recognizer first took
 * the name for (a place, here; the clusterer joins persons' given names itself). The fuller named
 * keeps the mentions.
 */
export function mergeGivenNames(entities: Entity[], attributions: Attribution[]): void {
  const gone = new Map<string, Entity>();
  const speaking = new Set(attributions.map((a) => a.source?.entity));
  for (const e of entities) {
    if (e.type !== 'PERSON' || !speaking.has(e.id) || !/^\p{Lu}\p{Ll}+$/u.test(e.name)) continue;
    const prefix = `${e.name.toLowerCase()} `;
    const fuller = entities.filter(
      (x) => x !== e && x.type === 'PERSON' && !gone.has(x.id) && x.name.toLowerCase().startsWith(prefix),
    );
    if (fuller.length === 1 && firstMention(fuller[0]) < firstMention(e))
      gone.set(e.id, mergeInto(e, fuller[0]));
  }
  if (gone.size === 0) return;
  for (const a of attributions) {
    const to = a.source?.entity ? gone.get(a.source.entity) : undefined;
    if (to && a.source) a.source.entity = to.id;
  }
  for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k].id)) entities.splice(k, 1);
}

/** Shortest word a typing slip is read in: in shorter words one letter makes another name ("Bates", "Gates"). */
const MIN_SLIPPED_WORD = 6;

/**
 * "Penwartha Dairy … A spokeswoman for Penwarthe Dairy": two organisations or outlets whose names
 * are word for word the same but for one typing slip in one long word are one body misspelt, the
 * first named keeping the mentions; two bodies of one article are not told apart by one letter.
 */
export function mergeSlipVariants(entities: Entity[], attributions: Attribution[]): void {
  const gone = new Map<string, Entity>();
  const bodies = entities
    .filter((e) => e.type === 'ORG' || e.type === 'MEDIA')
    .sort((x, y) => firstMention(x) - firstMention(y));
  for (const [k, e] of bodies.entries()) {
    const owner = bodies
      .slice(0, k)
      .find((x) => !gone.has(x.id) && x.type === e.type && slipVariant(x.name, e.name));
    if (owner) gone.set(e.id, mergeInto(e, owner));
  }
  if (gone.size === 0) return;
  for (const a of attributions) {
    const to = a.source?.entity ? gone.get(a.source.entity) : undefined;
    if (to && a.source) a.source.entity = to.id;
  }
  for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k].id)) entities.splice(k, 1);
}

function slipVariant(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  if (wa.length !== wb.length) return false;
  const differing = wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i]]]));
  if (differing.length !== 1) return false;
  const [[x, y]] = differing;
  return Math.min(x.length, y.length) >= MIN_SLIPPED_WORD && oneSlipApart(x, y);
}

/**
 * Heads of bodies named after their place ("Castlemoor Council", "the University of Ashworth"):
 * the place word alone names the place, not the body.
 */
const PLACE_NAMED_HEADS = new Set(
  [...ORG_HEADS, 'police', 'constabulary', 'trust', 'hospital', 'authority', 'board', 'court'].filter(
    (h) => !/^(?:corp|inc|ltd|corporation)/.test(h),
  ),
);

/** Heads of firms' names, which a place may open ("Castlemoor Group") but a firm's own word as often. */
const COMMERCIAL_HEADS = new Set(['company', 'group', 'services', 'systems', 'technologies', 'network']);

/**
 * "His company, Kestrel Minerals, … A spokesman for Kestrel said": a speaking body named by one
 * word only after the article named one organisation whose name that word opens is that
 * organisation, by the short form readers know it by (a word merely mentioned, "Sony" after "Sony
 * Walkman", may be another thing). Not when the word also names a place or ends a person's name in
 * the article, nor when the fuller name is a public body's named after a place ("Castlemoor
 * Council"), whose first word alone is the place.
 */
export function mergeShortBodyNames(entities: Entity[], attributions: Attribution[]): void {
  const gone = new Map<string, Entity>();
  const speaking = new Set(attributions.map((a) => a.source?.entity));
  const inSource = insideSomeSource(attributions);
  for (const e of entities) {
    if (!speaking.has(e.id)) continue;
    // "A spokeswoman for Pryor Lane" after "Pryor Lane Restructuring": the first words of a longer
    // name, whatever the recognizer took them for, when they are only ever a speaker's name (a place
    // mentioned elsewhere in its own right is the place).
    if (
      /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)+$/u.test(e.name) &&
      (e.type !== 'PERSON' || !givenNameFirst(e.name)) &&
      e.mentions.every(inSource)
    ) {
      const owner = shortFormOwner(e, entities);
      if (owner) gone.set(e.id, mergeInto(e, owner));
      continue;
    }
    // Only a speaker's name, and not an abbreviation ("the UN" is no short form of "UN Convention").
    if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(e.name)) continue;
    const word = e.name.toLowerCase();
    // A word the recognizer took for someone's name, unless it is a given name or has a title
    // ("Mr Kestrel"): a body's short form is often read as a surname.
    const person =
      e.type === 'PERSON' && !firstNames().has(word) && e.mentions.every((m) => m.text === e.name);
    if (e.type !== 'ORG' && !person) continue;
    const clash = entities.some(
      (x) =>
        x !== e &&
        (((x.type === 'LOC' || x.type === 'GPE') && x.name.toLowerCase() === word) ||
          (x.type === 'PERSON' && x.name.toLowerCase().split(/\s+/).includes(word))),
    );
    if (clash) continue;
    const owner = shortFormOwner(e, entities);
    if (owner) gone.set(e.id, mergeInto(e, owner));
  }
  if (gone.size === 0) return;
  for (const a of attributions) {
    const to = a.source?.entity ? gone.get(a.source.entity) : undefined;
    if (!to || !a.source) continue;
    a.source.entity = to.id;
    if (a.source.kind === 'person') a.source.kind = to.type === 'MEDIA' ? 'media' : 'organization';
  }
  for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k].id)) entities.splice(k, 1);
}

/**
 * Whether a span lies inside some attribution's source: the sources by start, each with the furthest
 * end of those up to it, so a long page's mentions are not each compared with every source.
 */
function insideSomeSource(attributions: Attribution[]): (m: { start: number; end: number }) => boolean {
  const sources = attributions.flatMap((a) => (a.source ? [a.source] : [])).sort((x, y) => x.start - y.start);
  const furthestEnd: number[] = [];
  for (const s of sources) furthestEnd.push(Math.max(s.end, furthestEnd[furthestEnd.length - 1] ?? s.end));
  return (m) => {
    // How many sources start at or before the span.
    let lo = 0;
    let hi = sources.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sources[mid].start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1] >= m.end;
  };
}

/** The one organisation or outlet named before `e` whose name `e`'s words open, not one named after a place. */
export function shortFormOwner(e: Entity, entities: Entity[]): Entity | null {
  const prefix = `${e.name.toLowerCase()} `;
  const owners = entities.filter(
    (x) => x !== e && (x.type === 'ORG' || x.type === 'MEDIA') && x.name.toLowerCase().startsWith(prefix),
  );
  if (owners.length !== 1) return null;
  const [owner] = owners;
  const words = owner.name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  // "Castlemoor Group" is known by its whole name, "Castlemoor" being the place; a firm's longer name
  // ("Greenacre Estate Services") by its first word.
  const placeNamed = PLACE_NAMED_HEADS.has(last) && !(COMMERCIAL_HEADS.has(last) && words.length > 2);
  if (placeNamed || firstMention(owner) > firstMention(e)) return null;
  return owner;
}

/** Moves `e`'s mentions and name into `owner`, which the caller keeps; returns `owner`. */
function mergeInto(e: Entity, owner: Entity): Entity {
  for (const m of e.mentions)
    if (!owner.mentions.some((k) => k.start < m.end && m.start < k.end)) owner.mentions.push(m);
  owner.mentions.sort((x, y) => x.start - y.start);
  if (!owner.variants?.includes(e.name)) owner.variants = [...(owner.variants ?? [owner.name]), e.name];
  return owner;
}
