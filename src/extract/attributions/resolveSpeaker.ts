/**
 * Speaker resolution: points each attribution's `source.entity` at the article entity it refers
 * to — names and their variants ("Hafter" → Khalifa Haftar), pronouns (the previous compatible
 * speaker, else the nearest compatible entity before), and descriptions ("the colonel" → the person
 * last introduced with that title or appositive). Resolved sources become mentions of their entity
 * (rule `speaker-resolver`); a named source no entity matches becomes a new entity.
 * Offsets are UTF-16 (the pipeline converts at the end).
 */
import type { Attribution, Entity, EntityType, Range, SourceKind } from '../../analysis/types.js';
import {
  ANONYMOUS_PHRASES,
  DOCUMENT_WORDS,
  PERSON_PRONOUNS,
  PERSON_TITLES,
} from '../../language/en/cues/sourceWords.js';
import { PRONOUN_TYPES } from '../../language/en/cues/titles.js';
import { BUSINESS_NOUNS } from '../../language/en/gazetteers/businessNouns.js';
import { firstNames } from '../../language/en/gazetteers/firstNames.js';
import { PAPER_HEADS } from '../../language/en/gazetteers/media.js';
import { ORG_HEADS } from '../../language/en/gazetteers/nameHeads.js';
import { wordProfiles } from '../../language/ner/wordProfiles.js';
import { findEntityByName } from '../entities/index.js';
import { markAnonymousReferences } from './anonymousReferences.js';
import { genderOfPerson, phraseGender, pronounGender } from './gender.js';
import {
  apposedWith,
  clubInFocus,
  earlierHeadOfName,
  earlierNamedGroup,
  firmInFocus,
  laterIntroducedPerson,
  laterNamedOrganisation,
  latestCompany,
  modifiedGroup,
  namedAsCompany,
  namedAsPublicBody,
  namedAt,
  namesPerson,
  OUTLET_KINDS,
  OWNER_ROLES,
  organisationOpeningNextParagraph,
  organisationSpeakingNext,
  overseerInFocus,
  personOpeningNextParagraph,
  resolveDescription,
} from './resolveDescription.js';
import { resolvePronoun } from './resolvePronoun.js';
import {
  firstMention,
  lastMentionBefore,
  nearest,
  nextId,
  pluralDoersLast,
  pluralTradeLast,
  SPEAKER_RULE,
  sentenceEnds,
  speakerOrg,
} from './speakerEntities.js';

const DETERMINERS = /^(?:the|a|an)\s+/i;
const QUOTED_TITLE = /[“"]([^”"]{3,})[”"]?/;
/** Possessive determiners and the pronoun whose referent owns the thing ("its report"). */
const POSSESSIVE_OWNER: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['their', 'they'],
  ['his', 'he'],
  ['her', 'she'],
]);
const ENTITY_KIND: Partial<Record<EntityType, SourceKind>> = {
  PERSON: 'person',
  ORG: 'organization',
  MEDIA: 'media',
  // "The study's authors" speak for the study.
  WORK: 'document',
};
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** "Skyrail's chief executive": an owner's name, then a role in lower case. */
const OWNER_THEN_ROLE = /^[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)*['’]s\s+(?:\p{Ll}|\p{Lu}{2,4}\b)/u;
/** "Mr Oyelaran's office", "the mayor's campaign": a body speaking for its owner, an organisation still. */
const OWNED_BODY = /['’]s\s+(?:\p{Ll}+\s+)?(?:office|campaign|team|staff|administration|government)$/u;
/** "Montescura's regional transport authority": a name's possessive, then lower-case words ending in a head. */
const POSSESSED_BODY =
  /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*))$/u;
const ORG_HEAD_SET = new Set(ORG_HEADS);
/**
 * "The Union of Newspaper Staff's local branch", "the Kestrel Party's regional office": a body's
 * name, its possessive, then lower-case words ending in a word for one of its parts.
 */
const BODY_PART =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’.-]*?(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*?)*)(?:['’]s|(?<=s)['’])\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:branch|branches|office|chapter|section|division|wing)$/u;
/** A name of capitalised words, maybe after "the" ("the Coastline Review"). */
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*$/u;
/** Prepositions that open what a source is about, not whom it belongs to. */
const TOPIC_PREPOSITION = /\s(?:into|about|over|against|regarding|concerning)\s/;
/** Words standing for someone before an appositive name ("Another, Dev Patel"). */
const LONE_DETERMINERS = new Set(['another', 'one', 'some', 'others', 'both', 'each']);
const KIND_TYPE: Partial<Record<SourceKind, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  media: 'MEDIA',
};

/**
 * Resolves every source of `attributions` in place. `body` holds the article's running text: a
 * headline's title case is no sign of a name, so groups are looked for there only.
 */
export function resolveSpeakers(
  text: string,
  attributions: Attribution[],
  entities: Entity[],
  body: readonly Range[] = [{ start: 0, end: text.length }],
): void {
  markAnonymousReferences(text, attributions);
  let previous: Entity | null = null;
  let previousAttribution: Attribution | null = null;
  // The last speaker when it was anonymous or someone unnamed ("A government spokesman"): a
  // pronoun right after it may stand for it.
  let anonymous: { start: number; end: number; text: string; kind: SourceKind; said?: number } | null = null;
  namedBodiesFirst(text, attributions, entities);
  describedBodiesFirst(text, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sourceStarts = new Set(attributions.map((a) => a.source?.start ?? -1));
  const speaks = (start: number) => sourceStarts.has(start);
  for (const a of [...attributions].sort((x, y) => x.cue.start - y.cue.start)) {
    const source = a.source;
    if (!source) continue;
    if (source.kind === 'anonymous') {
      anonymous = { ...source, said: Math.max(source.end, ...a.content.map((c) => c.end)) };
      continue;
    }
    // "“We wrote it down, we said it …,” she said": a quoted speaker's own "we" or "I" names no one
    // and leaves the speaker in focus as it was.
    if (/^(?:i|we|you)$/i.test(source.text.trim())) continue;
    if (anonymous && standsForAnonymous(text, source, anonymous, entities)) {
      if (anonymous.kind === 'anonymous') source.kind = 'anonymous';
      continue;
    }
    // The same when the anonymous speaker's own attribution was not found.
    if (afterUnfoundAnonymous(text, source, entities)) {
      source.kind = 'anonymous';
      continue;
    }
    // "Outside court, the company": the words before the comma say where, not who.
    const opener = FRONTED_ADVERBIAL.exec(source.text);
    const spoken = opener
      ? {
          start: source.start + opener[0].length,
          end: source.end,
          text: source.text.slice(opener[0].length),
          kind: source.kind,
        }
      : source;
    const resolved: Entity | null =
      clientOfRepresentatives(text, spoken, previousAttribution, byId, sourceStarts) ??
      resolveOne(text, spoken, entities, previous, body, speaks) ??
      reportingOutlet(a, spoken, entities);
    // "A spokeswoman for Pellow Brandt" after "Pellow Brandt Restructuring": the first words of a
    // longer body's name, read as a person's with no given name, stand for that body already, so
    // that "The firm said" next finds it in focus.
    const entity: Entity | null =
      resolved?.type === 'PERSON' && !givenNameFirst(resolved.name) && SPOKESPERSON_FOR_NAME.test(spoken.text)
        ? (shortFormOwner(resolved, entities) ?? resolved)
        : resolved;
    // "Tom and Jenny Hartley, who …, said …. They said …": "they" may stand for people named together.
    anonymous =
      !entity && (unnamedPerson(spoken.text) || namedTogether(spoken, entities))
        ? { ...spoken, said: Math.max(spoken.end, ...a.content.map((c) => c.end)) }
        : null;
    if (!entity) continue;
    // "The county council's cabinet member for transport, Sunita Barve": a person's role before the
    // name makes the name a person's, whatever place the recognizer took it for.
    if (
      (entity.type === 'LOC' || entity.type === 'GPE') &&
      (afterPersonRole(spoken.text) || afterKin(spoken.text))
    )
      entity.type = 'PERSON';
    // "The club's record goalscorer, Trevor Mills, who …": a listed given name after a person's role,
    // or before "who", is a person's, whatever trade word ends it.
    if (
      entity.type === 'ORG' &&
      givenNameFirst(entity.name) &&
      (afterPersonRole(spoken.text) || /,\s*who\s/.test(spoken.text))
    )
      entity.type = 'PERSON';
    // "Kilbracken Airport said …": a place that speaks is the body that runs it, and "it" may stand for it.
    if (entity.type === 'LOC' && SPEAKING_PLACE_HEADS.has(entity.name.toLowerCase().split(/\s+/).pop() ?? ''))
      entity.type = 'ORG';
    // "Saltby Leisure, which has run the pier …": a name "which" follows is a thing's, whatever the recognizer said.
    // So is a place's that speaks ("Zipwell, which is based in Harlowe, said").
    if ((entity.type === 'PERSON' || entity.type === 'LOC') && /^[^,]*,\s*which\s/.test(spoken.text))
      entity.type = 'ORG';
    // "Sentinel Guarding, the firm that monitors …": so is a name an appositive calls a business or a group.
    if (entity.type === 'PERSON' && !givenNameFirst(entity.name) && apposedAsBody(spoken.text))
      entity.type = 'ORG';
    // "The drivers' union, Spoor": so is a name after its kind of body and a comma.
    // A plural role before one name ("The administrators, Barton Reid") makes it a firm's, given name or not.
    if (
      entity.type !== 'ORG' &&
      entity.type !== 'MEDIA' &&
      (!givenNameFirst(entity.name) || FIRMS_BY_ROLE.has(kindBefore(spoken.text, entity.name) ?? '')) &&
      bodyKindFirst(spoken.text, entity.name)
    )
      entity.type = 'ORG';
    source.entity = entity.id;
    // The entity's type outranks the words of the phrase ("Haftar" is a person, whatever its label);
    // a document keeps its kind ("a study by Dale University"), unless it is the owner's ("its report").
    const kind = ENTITY_KIND[entity.type];
    if (OWNED_BODY.test(source.text)) source.kind = 'organization';
    // "the Coastline Review" names an outlet, though "review" is also a document word; so does
    // "the paper" that is one.
    else if (
      kind &&
      (source.kind !== 'document' ||
        ownedBy(source.text) ||
        CAPITALISED_NAME.test(source.text) ||
        (entity.type === 'MEDIA' && PAPER_ALONE.test(source.text.trim())))
    )
      source.kind = kind;
    if (!byId.has(entity.id)) {
      entities.push(entity);
      byId.set(entity.id, entity);
    }
    addMention(entity, spoken.start, spoken.end, spoken.text, text);
    // "Ana Roe told staff that …, the Courier reported. She said …": an outlet relaying the speaker
    // before it leaves that speaker in focus.
    if (!(entity.type === 'MEDIA' && relaysPrevious(a, previousAttribution))) previous = entity;
    previousAttribution = a;
  }
  mergeSameNames(entities, attributions);
  mergeShortBodyNames(entities, attributions);
}

/** "the Western Farmer": "the" and a capitalised name, nothing else. */
const THE_NAME = /^the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * "…, the Western Farmer reported.": a name after "the" that reports what someone said, which
 * nothing else resolved, is an outlet (a paper by a name the recognizer does not know).
 */
function reportingOutlet(
  a: Attribution,
  source: { start: number; text: string },
  entities: Entity[],
): Entity | null {
  const name = THE_NAME.exec(source.text.trim());
  if (!name || !/\breport(?:ed|s)?$/i.test(a.cue.text.trim())) return null;
  const known = entities.find((e) => e.name === name[1]);
  if (known) return known;
  const made = speakerOrg(name[1], entities, source.start + source.text.indexOf(name[1]));
  made.type = 'MEDIA';
  return made;
}

/** "The Lavrenti regional government", "the Harlow county council": "the", a place, lower-case kind words. */
const PLACE_BODY =
  /^[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:(?:regional|provincial|state|county|city|federal|local|national)\s+)?(?:government|administration|authorities|council|assembly))$/u;

/** People who speak for a client ("her lawyers", "lawyers for the club", "Ansah's agents"). */
const REPRESENTATIVES =
  /^(?:(?:his|her|their|its|[\p{L}'’.-]+['’]s?)\s+(?:\p{Ll}+\s+)?(?:lawyers|solicitors|attorneys|barristers|representatives|agents|advisers|advisors)|(?:\p{Ll}+\s+)?(?:lawyers|solicitors|attorneys|barristers|representatives|agents|advisers|advisors)\s+(?:for|of|representing|acting\s+for)\s)/iu;
/** Sentence ends "they" may lie past the representatives it stands for. */
const REPRESENTATIVE_SENTENCES = 2;

/**
 * "Her lawyers said … They said …": "they" right after a client's representatives spoke (within
 * two sentence ends, no other speaker between) is those representatives again, and they speak for
 * the client their own attribution was given.
 */
function clientOfRepresentatives(
  text: string,
  source: { start: number; text: string },
  before: Attribution | null,
  byId: ReadonlyMap<string, Entity>,
  sourceStarts: ReadonlySet<number>,
): Entity | null {
  if (source.text.trim().toLowerCase() !== 'they' || !before?.source?.entity) return null;
  if (!REPRESENTATIVES.test(before.source.text.trim())) return null;
  const { end } = before.source;
  for (const s of sourceStarts) if (s > end && s < source.start) return null;
  if (sentenceEnds(text, before.source.end, source.start) > REPRESENTATIVE_SENTENCES) return null;
  return byId.get(before.source.entity) ?? null;
}

/**
 * Entities of one type and name are one: a name widened in place ("Acorn Foods" → "Little Acorn
 * Foods") may now be another entity's. The first keeps the mentions, variants and sources of both.
 */
function mergeSameNames(entities: Entity[], attributions: Attribution[]): void {
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
 * Heads of bodies named after their place ("Castlemoor Council", "the University of Ashworth"):
 * the place word alone names the place, not the body.
 */
const PLACE_NAMED_HEADS = new Set(
  [...ORG_HEADS, 'police', 'constabulary', 'trust', 'hospital', 'authority', 'board', 'court'].filter(
    (h) => !/^(?:corp|inc|ltd|corporation)/.test(h),
  ),
);

/**
 * "His company, Kestrel Minerals, … A spokesman for Kestrel said": a speaking body named by one
 * word only after the article named one organisation whose name that word opens is that
 * organisation, by the short form readers know it by (a word merely mentioned, "Sony" after "Sony
 * Walkman", may be another thing). Not when the word also names a place or ends a person's name in
 * the article, nor when the fuller name is a public body's named after a place ("Castlemoor
 * Council"), whose first word alone is the place.
 */
function mergeShortBodyNames(entities: Entity[], attributions: Attribution[]): void {
  const gone = new Map<string, Entity>();
  const speaking = new Set(attributions.map((a) => a.source?.entity));
  const inSource = (m: { start: number; end: number }) =>
    attributions.some((a) => a.source && a.source.start <= m.start && m.end <= a.source.end);
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

/** The one organisation or outlet named before `e` whose name `e`'s words open, not one named after a place. */
function shortFormOwner(e: Entity, entities: Entity[]): Entity | null {
  const prefix = `${e.name.toLowerCase()} `;
  const owners = entities.filter(
    (x) => x !== e && (x.type === 'ORG' || x.type === 'MEDIA') && x.name.toLowerCase().startsWith(prefix),
  );
  if (owners.length !== 1) return null;
  const [owner] = owners;
  const last = owner.name.toLowerCase().split(/\s+/).pop() ?? '';
  if (PLACE_NAMED_HEADS.has(last) || firstMention(owner) > firstMention(e)) return null;
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

/**
 * "Skerra Coastguard" read as a person's name in an article that also says "the coastguard": a name
 * of two or more words with no given name first, whose last word the article uses as a description
 * of something ("the coastguard", not a role such as "the baker"), is that body's.
 */
function describedBodiesFirst(text: string, entities: Entity[]): void {
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
function namedBodiesFirst(text: string, attributions: Attribution[], entities: Entity[]): void {
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
      described;
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
 * "the police and crime commissioner", "the chairman and chief executive": lower-case words under one
 * determiner, ending in a word that names a person by role, are one office, not two sources.
 */
function oneRoleWithAnd(phrase: string): boolean {
  const m = /^the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+)*([\p{Ll}-]+)$/u.exec(
    phrase.trim(),
  );
  return !!m && !/\s(?:and|&)\s+(?:the|a|an|its|their|his|her)\s/.test(phrase) && namesPerson(m[1]);
}

/** "Brightfield Renewables, which is based in Leeds, said": a name with "which" after it is a thing, a body here. */
function thingNamed(phrase: string): { name: string; offset: number } | null {
  const m = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}),\s*which\s/u.exec(phrase);
  if (!m) return null;
  // "Portavane's Harbour Arena, which …": the place whose it is is no part of its name, nor "The".
  const owner = /^(?:\p{Lu}[\p{L}-]*['’]s|The)\s+(?=\p{Lu})/u.exec(m[1]);
  return owner ? { name: m[1].slice(owner[0].length), offset: owner[0].length } : { name: m[1], offset: 0 };
}

/**
 * "Portavane's Harbour Arena, which was to host …, said": the name set off before "which", when the
 * recognizer found none there, is a thing's, a body here (a place's possessive before it is whose it is).
 */
function thingBeforeWhich(text: string, at: number, entities: Entity[]): Entity | null {
  const m = /(?:^|[^\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}),\s*$/u.exec(
    text.slice(Math.max(0, at - 80), at),
  );
  if (!m) return null;
  const owner = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu})/u.exec(m[1]);
  const name = owner ? m[1].slice(owner[0].length) : m[1];
  if (!/\s/.test(name) || givenNameFirst(name)) return null;
  const start = at - m[0].length + m[0].indexOf(m[1]) + (owner?.[0].length ?? 0);
  return findEntityByName(entities, name, at) ?? speakerOrg(name, entities, start);
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

/** Whether a name of two words or more has a body's head: its last word, or the last before "of" or "for". */
function bodyHeaded(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head =
    name
      .toLowerCase()
      .split(/\s+(?:of|for)\s+/)[0]
      .split(/\s+/)
      .pop() ?? '';
  return words.length >= 2 && (BODY_HEADS.has(head) || BODY_HEADS.has(words[words.length - 1]));
}

/** Whether `a`'s content holds the cue of `before` (the attribution it relays). */
function relaysPrevious(a: Attribution, before: Attribution | null): boolean {
  return !!before && a.content.some((c) => c.start <= before.cue.start && before.cue.end <= c.end);
}

/**
 * "Aurelia Cruises said … It said …": "it" in the sentence after the previous speaker, with no body
 * or outlet named in between, stands for that speaker, whom the recognizer took for a person, when the
 * name ends in a plural common noun, as a company's may ("Cruises") and a person's seldom does; the
 * speaker becomes an organisation. (Any name let "it" turn people into bodies: 7 of 750 BBC texts.)
 */
function thingSpeakingBefore(
  text: string,
  at: number,
  entities: Entity[],
  previous: Entity | null,
): Entity | null {
  if (previous?.type !== 'PERSON') return null;
  const last = lastMentionBefore(previous, at);
  if (last < 0 || sentenceEnds(text, last, at) > 1) return null;
  const between = nearest(entities, at, (e) => e !== previous && (e.type === 'ORG' || e.type === 'MEDIA'));
  if (between && between.at > last) return null;
  if (!pluralTradeLast(previous.name) && !impersonalSubject(text, previous, last, at)) return null;
  previous.type = 'ORG';
  return previous;
}

/**
 * "Estrella Maritima said its ship …. It said …": a name of two words or more that opened the
 * sentence before, never written after a person's title, with no "he", "she", "his" or "her"
 * from it to the "It", is a thing's, whatever given name opens it.
 */
function impersonalSubject(text: string, e: Entity, last: number, at: number): boolean {
  if (e.name.split(/\s+/).length < 2) return false;
  if (last > 0 && !/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, last - 4), last))) return false;
  if (/\b(?:he|she|his|her|him|hers)\b/i.test(text.slice(last, at))) return false;
  return !e.mentions.some((m) => PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

/** A person's title right before a name ("Mrs ", "Dr. ", "Councillor "). */
const PERSON_TITLE_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Councillor|Captain|Capt)\.?)\s+$/;

/**
 * A phrase of place, time or manner fronted before the speaker and set off by a comma ("Outside
 * court, the company", "In a statement, Ms Roe"), when the tagger took it into the source. (No "\b"
 * after the word: JavaScript's is ASCII's, and "Inés Carrera, who …" would open with "In".)
 */
const FRONTED_ADVERBIAL =
  /^(?:outside|inside|in|at|after|before|on|during|since|from|within|later|earlier|meanwhile|separately|afterwards|yesterday|today|tonight|asked|speaking)(?!\p{L})[^,]{0,40},\s+(?=[\p{Lu}]|(?:the|a|an|its|their|his|her)\s)/iu;

/**
 * "Residents of Millbrook Lane", "Workers at the plant", "Sources within the party", "Customers
 * who spoke to the paper": people by what they are and where, no entity.
 */
function peopleOf(phrase: string): boolean {
  // "Some residents of Fenmarket": a quantifier before the people changes nothing; nor does a
  // participle saying what befell them there ("passengers stranded at Brennholm").
  const m =
    /^(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Ff]ew)\s+)?(\p{L}+)(?:\s+\p{Ll}+(?:ed|en|ing))?\s+(?:of|at|from|in|on|near|within|inside|who)\s/u.exec(
      phrase,
    );
  if (!m || !/^\p{Lu}?\p{Ll}+s$/u.test(m[1])) return false;
  const one = m[1].toLowerCase().replace(/s$/, '');
  return namesPerson(one) || PERSON_HEADS.has(one);
}

/** First words of places' names that are no given name ("Port Askew", "Mount Farrell"). */
const PLACE_PREFIX =
  /^(?:port|mount|mt|lake|loch|river|fort|cape|north|south|east|west|upper|lower|great|little|new|old|st|saint|san|santa|glen|ben|isle|castle|bishop|kings?|queens?)$/;

/**
 * "…, the tenant, Leanne Foster, …" taken for a place, then "Foster, 29, said": a surname speaking
 * alone is the one two-word name before it that ends in that word, whatever place the recognizer
 * took the name for, when no person bears the surname and the name's first word opens no place's
 * name.
 */
function personReadAsPlace(entities: Entity[], surname: string, at: number): Entity | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(surname)) return null;
  if (entities.some((e) => e.type === 'PERSON' && e.name.split(/\s+/).pop() === surname)) return null;
  const found = entities.filter((e) => {
    const words = e.name.split(/\s+/);
    return (
      (e.type === 'LOC' || e.type === 'GPE') &&
      firstMention(e) < at &&
      words.length === 2 &&
      words[1] === surname &&
      /^\p{Lu}\p{Ll}+$/u.test(words[0]) &&
      !PLACE_PREFIX.test(words[0].toLowerCase())
    );
  });
  return found.length === 1 ? found[0] : null;
}

/** Nouns for someone's relatives and companions: "his son" is not "he". */
const KIN_NOUNS = new Set([
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'mother',
  'father',
  'brother',
  'sister',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'friend',
  'neighbour',
  'neighbor',
  'colleague',
]);

/** "Her neighbour, Sian Prothero": a name set off after someone's relative or friend is a person's. */
function afterKin(phrase: string): boolean {
  const m =
    /^(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]+['’]s?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+),\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.exec(
      phrase.trim(),
    );
  return !!m && KIN_NOUNS.has(m[1].toLowerCase());
}

/**
 * "… Graham Tulloch, 58, and his son Euan, 27, …" then "His son said": the person last named right
 * after the relative's noun ("son Euan", "son, Euan"), else null: the relative is someone unnamed.
 */
function namedAsKin(text: string, noun: string, at: number, entities: Entity[]): Entity | null {
  const before = new RegExp(`(?<!\\p{L})${noun},?\\s+$`, 'u');
  const named = nearest(
    entities,
    at,
    (e) =>
      e.type === 'PERSON' &&
      e.mentions.some((m) => m.end <= at && before.test(text.slice(Math.max(0, m.start - 20), m.start))),
  )?.entity;
  if (named) return named;
  // "his son Euan", the given name alone, which the recognizer may pass over: the person of that
  // given name, named in full later ("Euan Tulloch said").
  const given = [
    ...text.slice(0, at).matchAll(new RegExp(`(?<!\\p{L})${noun},?\\s+(\\p{Lu}\\p{Ll}+)\\b`, 'gu')),
  ].pop();
  if (!given) return null;
  const full = entities.filter((e) => e.type === 'PERSON' && e.name.split(/\s+/)[0] === given[1]);
  return full.length === 1 ? full[0] : null;
}

const SPOUSES = new Set(['husband', 'wife']);

/**
 * "Tom and Jenny Hartley … Jenny Hartley said …. Her husband said": a spouse no one was named as is
 * the one other person, named before, who bears the surname of the person last named whom the
 * possessive ("her", "his") fits.
 */
function spouseBySurname(text: string, possessive: string, at: number, entities: Entity[]): Entity | null {
  const want = possessive.toLowerCase() === 'his' ? 'male' : pronounGender(possessive);
  if (want === 'unknown') return null;
  const owner = nearest(
    entities,
    at,
    (e) =>
      e.type === 'PERSON' &&
      /\s/.test(e.name) &&
      genderOfPerson(e, text) !== (want === 'female' ? 'male' : 'female'),
  )?.entity;
  if (!owner) return null;
  const surname = owner.name.split(/\s+/).pop();
  const others = entities.filter(
    (e) =>
      e !== owner && e.type === 'PERSON' && firstMention(e) < at && e.name.split(/\s+/).pop() === surname,
  );
  return others.length === 1 ? others[0] : null;
}

/** The one person named before `at` whose surname is `surname`, else null. */
function personWithSurname(entities: Entity[], surname: string, at: number): Entity | null {
  const found = entities.filter(
    (e) => e.type === 'PERSON' && firstMention(e) < at && e.name.split(/\s+/).pop() === surname,
  );
  return found.length === 1 ? found[0] : null;
}

/** "A spokeswoman", "a company spokesman": someone speaking for a body the phrase does not name. */
const BARE_SPOKESPERSON = /^(?:an?)\s+(?:company\s+)?(?:spokes(?:man|woman|person)|representative)$/i;
/** "A party spokesman": a spokesperson with the kind of body they speak for. */
const KIND_SPOKESPERSON = /^an?\s+(\p{Ll}+)\s+(?:spokes(?:man|woman|person)|representative)$/iu;
/**
 * "A spokeswoman for the practice's owners", "a spokesman for its owner": for a body described by
 * whose it is; "a spokesman for the Office for Students and Standards": for a body by its name.
 */
const SPOKESPERSON_FOR_OWNED =
  /^[Aa]n?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+((?:the\s+[\p{L}-]+['’]s|its|their)\s+\p{Ll}[\p{L}-]*|the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)+)$/u;
/** "The older of the two brothers", "the younger of the sisters": one person of a group, by rank. */
const ONE_OF_GROUP =
  /^[Tt]he\s+(?:older|elder|eldest|oldest|younger|youngest|taller|senior|junior)\s+of\s+the\s+(?:(?:two|three|four)\s+)?\p{Ll}+$/u;
/** "A spokeswoman for Kelworth": for a one-word name, maybe a place's. */
const SPOKESPERSON_FOR_PLACE =
  /^[Aa]n?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** "A spokesman for the service": a spokesperson for a body by its kind alone. */
const SPOKESPERSON_FOR_KIND =
  /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+(\p{Ll}+)$/iu;
/** "A spokeswoman for Pellow Brandt": someone speaking for a name. */
const SPOKESPERSON_FOR_NAME = /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+\p{Lu}/iu;
/** "A spokesman for the administrators": a spokesperson for a plural kind of body. */
const SPOKESPERSON_FOR = /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+(\p{Ll}+s)$/iu;

/**
 * The entity last set off by a comma after `noun` ("Its administrators, Halden Barr,") before `at`,
 * within three sentences, when the recognizer typed it a body or a place; it becomes a body.
 */
function apposedName(text: string, noun: string, at: number, entities: Entity[]): Entity | null {
  const after = new RegExp(`(?<!\\p{L})${noun},\\s+(?:the\\s+)?$`, 'iu');
  const found = nearest(
    entities,
    at,
    (e) =>
      (e.type === 'ORG' || e.type === 'LOC' || e.type === 'GPE') &&
      e.mentions.some((m) => m.start < at && after.test(text.slice(Math.max(0, m.start - 40), m.start))),
  );
  if (!found || sentenceEnds(text, found.at, at) > 3) return null;
  found.entity.type = 'ORG';
  return found.entity;
}

/** Sentence ends a bare spokesperson may lie past the body they speak for. */
const SPOKESPERSON_SENTENCES = 2;

/**
 * "The association disputed that account. A spokeswoman said …": a spokesperson the sentence gives
 * no body speaks for the organisation in focus: the body the sentence before opens with (the
 * caller looks there first), else the previous speaker when it is an organisation, else the one
 * named last, within a sentence or two.
 */
function bodyInFocus(text: string, at: number, entities: Entity[], previous: Entity | null): Entity | null {
  const isBody = (e: Entity) => e.type === 'ORG';
  const near = (e: Entity) => {
    const last = e.mentions.reduce((max, m) => (m.end <= at ? Math.max(max, m.start) : max), -1);
    return last >= 0 && sentenceEnds(text, last, at) <= SPOKESPERSON_SENTENCES;
  };
  if (previous && isBody(previous) && near(previous)) return previous;
  const named = nearest(entities, at, isBody);
  return named && near(named.entity) ? named.entity : null;
}

/** Nouns for documents beyond DOCUMENT_WORDS' singulars ("minutes", "studies"). */
const DOCUMENT_NOUNS = new Set([
  ...DOCUMENT_WORDS,
  'minutes',
  'studies',
  'reports',
  'papers',
  'files',
  'notes',
  'letters',
]);
/** "an inspection report published …", "minutes seen by …", "a five-year study by …". */
const DESCRIBED_DOCUMENT =
  /^(?:(?:an?|the|some|several|two|three|\p{N}[\p{N},]*)\s+)?((?:[\p{Ll}\p{N}-]+\s+){0,3}?)([\p{Ll}]+)(?=$|\s+(?:by|from|of|seen|obtained|published|compiled|released|prepared|written|leaked|shared)\b)/u;

/** "the paper" and nothing else, which may be a newspaper as well as a document. */
const PAPER_ALONE = /^the\s+paper$/i;
/** "the magazine" after "the trade weekly Park World Review": an outlet by its kind, no document. */
const MAGAZINE_ALONE = /^the\s+magazine$/i;
/** A title set off by a comma after a document's phrase ("The report, titled “…”"). */
const TITLE_AFTER = /^,\s+(?:titled|entitled|called)\s+[“"]([^”"]{3,})[”"]/;
/** How far after the phrase such a title is looked for (characters). */
const TITLE_REACH = 200;

/** How far before "the paper" a name read as an organisation's may be the paper meant. */
const PAPER_REACH = 1500;

/**
 * "The minister told the Courier …, the paper said": "the paper" alone is the outlet mentioned last
 * when one was mentioned after any document; else it is a document, no one's voice.
 */
function paperMeaningOutlet(text: string, source: { start: number; text: string }, entities: Entity[]) {
  if (!PAPER_ALONE.test(source.text.trim())) return null;
  // "Solvania Post said …. Sand told the newspaper Dagbladet Nord …, the paper reported": a name
  // written after "the newspaper", nearer than any other candidate, is the paper meant, whatever a
  // company's name ending in "Post" made the recognizer call that company.
  const kindNamedAt = paperKindNamedAt(text, source.start);
  const afterKind = () => (kindNamedAt >= 0 ? paperNamedAfterKind(text, source.start, entities) : null);
  const meant = resolveDescription(text, 'paper', source.start, entities);
  if (meant?.type === 'MEDIA')
    return lastMentionBefore(meant, source.start) < kindNamedAt ? (afterKind() ?? meant) : meant;
  // "According to the Marbury Evening Star, …. The paper said": a name ending as newspapers' names
  // do, which the recognizer took for any organisation, is the paper meant.
  const paper = nearest(
    entities,
    source.start,
    (e) => e.type === 'ORG' && PAPER_HEAD_WORDS.has(e.name.toLowerCase().split(/\s+/).pop() ?? ''),
  );
  if (
    paper &&
    paper.entity.name.split(/\s+/).length >= 2 &&
    source.start - paper.at <= PAPER_REACH &&
    paper.at > kindNamedAt
  ) {
    paper.entity.type = 'MEDIA';
    return paper.entity;
  }
  return paperNamedAfterKind(text, source.start, entities);
}

/** "the regional newspaper Alpenbote": a kind of paper in lower case, then the paper's name. */
// "the newspaper La Voz de Sarena": a particle may join the name's words.
const PAPER_AFTER_KIND =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:(?:news)?paper|daily|weekly|magazine|monthly)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|della|di|da|do|dos|la|le|van|von|der|den)\s+)?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "Riedl told the regional newspaper Alpenbote …, the paper reported": a name written after the
 * kind of paper it is, within reach before "the paper", is that paper's, though the recognizer
 * found no name there (a one-word title in no gazetteer).
 */
/** Where the last name written after a kind of paper within reach before `at` starts, or -1. */
function paperKindNamedAt(text: string, at: number): number {
  const from = Math.max(0, at - PAPER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(PAPER_AFTER_KIND)) last = m;
  return last ? from + last.index + last[0].length - last[1].length : -1;
}

function paperNamedAfterKind(text: string, at: number, entities: Entity[]): Entity | null {
  const from = Math.max(0, at - PAPER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(PAPER_AFTER_KIND)) last = m;
  if (!last) return null;
  const name = last[1];
  const nameAt = from + last.index + last[0].length - name.length;
  const known = entities.find((e) => e.mentions.some((m) => m.start === nameAt));
  // "the newspaper Vestby Tidende": a name the recognizer took for a person's, with no given name
  // opening it, is the paper's; so is one the written name goes on past, all of it ("La Voz" of
  // "La Voz de Sarena", though "La" opens given names).
  const cut = known !== undefined && name.startsWith(`${known.name} `) && known.mentions.length === 1;
  if (known?.type === 'PERSON' && (cut || !firstNames().has(known.name.split(/\s+/)[0].toLowerCase()))) {
    known.type = 'MEDIA';
    if (cut) {
      known.name = name;
      known.variants = [name];
      known.mentions[0] = { ...known.mentions[0], end: nameAt + name.length, text: name };
    }
  }
  // "the daily Novi Glas on Tuesday": a place's name, written only there and with no verb after it
  // ("told the paper Brantia would …"), is the paper's.
  if (
    (known?.type === 'LOC' || known?.type === 'GPE') &&
    known.mentions.length === 1 &&
    known.name === name &&
    /^(?:,|\s+(?:on|that|last|this|earlier|in)\s)/.test(
      text.slice(nameAt + name.length, nameAt + name.length + 10),
    )
  )
    known.type = 'MEDIA';
  if (known) return known.type === 'MEDIA' || known.type === 'ORG' ? known : null;
  const made = speakerOrg(name, entities, nameAt);
  made.type = 'MEDIA';
  return made;
}

/** Whether a source is a document described, not named, whose maker is no source of its own. */
function untitledDocument(phrase: string): boolean {
  const trimmed = phrase.trim();
  // A sentence's capital ("Minutes seen by …") says nothing of a title.
  const m = DESCRIBED_DOCUMENT.exec(trimmed.charAt(0).toLowerCase() + trimmed.slice(1));
  return !!m && DOCUMENT_NOUNS.has(m[2]) && !m[1].split(/\s+/).some((w) => POSSESSIVE_OWNER.has(w));
}

/**
 * "their union", "its board": an owned organisation noun names the organisation the article names
 * with that head (the one last mentioned, else in a lede the one named next), not the owner.
 */
function ownedOrganisation(
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

/** Whether a name of two words or more starts with a listed given name ("Trevor Mills"). */
function givenNameFirst(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && firstNames().has(words[0].toLowerCase());
}

/** Whether `at` opens a sentence (its capital says nothing of a name). */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** Nouns for a body of people that take no plural ending ("Staff", "Crew"). */
const COLLECTIVE_PEOPLE = new Set(['staff', 'crew', 'personnel', 'workforce']);

/**
 * "Tenants have complained …": a word opening a sentence that is the plural of a noun for people
 * ("tenants", "villagers", "campaigners") or that running text never capitalises ("families")
 * names a group, unless running text capitalises it (a surname such as "Rogers").
 */
function peoplePlural(word: string): boolean {
  // "Staff said …": a noun for a body of people, with no plural ending.
  if (COLLECTIVE_PEOPLE.has(word.toLowerCase())) return true;
  const m = /^\p{Lu}(\p{Ll}+)s$/u.exec(word);
  if (!m || /(?:ss|us|is)$/.test(word)) return false;
  const profile = wordProfiles().get(word.toLowerCase());
  if (profile && profile.cap > 1) return false;
  // "Families said …": a plural running text never capitalises names no one, whatever its singular.
  if (profile?.cap === 0) return true;
  const one = word.slice(0, -1).toLowerCase();
  return namesPerson(one) || PERSON_HEADS.has(one) || /(?:ant|ent)$/.test(one);
}

/** "A government spokesman", "an official at the port", "a relative of …": one person, described, not named. */
function unnamedPerson(phrase: string): boolean {
  const m =
    /^(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:\s+(?:at|for|from|of|with|in|who|whom|whose)\s|\s*,|\s*$)/u.exec(
      phrase,
    );
  const head = m?.[1].split(/\s+/).pop();
  return !!head && (namesPerson(head) || PERSON_HEADS.has(head));
}
/** Nouns for one person that no title or agent ending shows. */
const PERSON_HEADS = new Set([
  'official',
  'source',
  'employee',
  'resident',
  'witness',
  'aide',
  'relative',
  'nurse',
  'analyst',
  'expert',
  'student',
  'parent',
  'neighbour',
  'neighbor',
]);

/** Sentence ends a pronoun may lie past the anonymous speaker it stands for. */
const ANONYMOUS_PRONOUN_SENTENCES = 2;
/** Words that make an anonymous source a group ("two officials", "several residents"). */
const GROUP_WORDS =
  /^(?:two|three|four|five|several|some|many|both|few|people|police|staff|sources|officials|others)$/;

/**
 * "A former supervisor, who did not want to be named, said … “…,” he said.": a pronoun right after
 * an anonymous speaker stands for that speaker (no entity), one person for "he" or "she" and a
 * group for "they", unless a person the pronoun fits was named in between.
 */
function standsForAnonymous(
  text: string,
  source: { start: number; text: string },
  anonymous: { start: number; end: number; text: string; said?: number },
  entities: Entity[],
): boolean {
  const pronoun = source.text.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they') return false;
  if (sentenceEnds(text, anonymous.end, source.start) > ANONYMOUS_PRONOUN_SENTENCES) return false;
  const words = anonymous.text
    .toLowerCase()
    .split(/,|\s(?:who|whom|whose|that|with|from|at|in|of|for|familiar|close)\s/)[0]
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const group =
    words.some((w) => GROUP_WORDS.test(w)) ||
    /[^s]s$/.test(words[words.length - 1] ?? '') ||
    words.includes('and');
  if (group !== (pronoun === 'they')) return false;
  const want = pronounGender(pronoun);
  const have = phraseGender(anonymous.text);
  if (want !== 'unknown' && have !== 'unknown' && want !== have) return false;
  // "… said one official. Ana Ruiz, the mayor, disagreed: “…,” she said": the named person; a name
  // inside the anonymous phrase ("A relative of Mr Pender") is not someone brought in.
  const named = nearest(entities, source.start, (e) => e.type === 'PERSON');
  // "… had stopped listening to Winstanley. “…,” he said": someone named in what the anonymous
  // speaker said is spoken of, not brought in.
  return !named || named.at < (anonymous.said ?? anonymous.end);
}

/** "Tom and Jenny Hartley", "Ann Pell and Joe Rudd": capitalised names joined by "and", a person's among them. */
function namedTogether(source: { start: number; text: string }, entities: Entity[]): boolean {
  const lead =
    /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=,|$)/u.exec(
      source.text.trim(),
    );
  if (!lead) return false;
  const end = source.start + lead[0].length;
  return entities.some(
    (e) => e.type === 'PERSON' && e.mentions.some((m) => m.start >= source.start && m.end <= end),
  );
}

/**
 * "A paramedic who worked that night, speaking on condition of anonymity, said … “…,” he said.":
 * "he" or "she" in the paragraph of a sentence that opens with an unnamed person made anonymous
 * ("A …", "One …"), within two sentence ends, with no person named in between.
 */
function afterUnfoundAnonymous(
  text: string,
  source: { start: number; text: string },
  entities: Entity[],
): boolean {
  const pronoun = source.text.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const paragraph = text.lastIndexOf('\n', source.start) + 1;
  const before = text.slice(paragraph, source.start);
  const starts = [...before.matchAll(/(?:^|[.!?]["”’]?\s+)(?=(?:A|An|One)\s)/g)].map(
    (m) => paragraph + m.index + m[0].length,
  );
  for (let k = starts.length - 1; k >= 0; k--) {
    const at = starts[k];
    if (sentenceEnds(text, at, source.start) > ANONYMOUS_PRONOUN_SENTENCES) return false;
    const sentence = text.slice(at, at + 300).split(/[.!?]["”’]?\s/)[0];
    const marker = ANONYMOUS_PHRASES.exec(sentence);
    // The marker says the phrase before it is someone ("A paramedic who …, speaking on condition of anonymity").
    if (!marker || !/^(?:A|An|One)\s+\p{Ll}/u.test(sentence)) continue;
    const have = phraseGender(sentence.slice(0, marker.index));
    if (have !== 'unknown' && have !== pronounGender(pronoun)) return false;
    const from = at + marker.index;
    const named = nearest(entities, source.start, (e) => e.type === 'PERSON');
    return !named || named.at < from;
  }
  return false;
}

/** "The United Nations mission in …": capitalised words, a lower-case kind, then where it is; the match is " in". */
const NAMED_KIND_IN_PLACE = /(?<=^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Ll}+)\s(?:in|at)\s/u;

/** A name a source gives itself, at its end ("… calling itself Quiet Harbour"). */
const SELF_NAMED =
  /\b(?:calling|calls|call|called)\s+(itself|themselves|himself|herself)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})$/u;

/** Capitalised names joined by "&" ("Holt & Pryce"). */
const FIRM_OF_NAMES =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+&\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

function resolveOne(
  text: string,
  source: { start: number; end: number; text: string; kind: SourceKind },
  entities: Entity[],
  previous: Entity | null,
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  // Coordinated sources ("the ministry, a firm and the council") name a group, no one entity.
  const title = QUOTED_TITLE.exec(source.text);
  if (title && source.kind === 'document') return workEntity(title[1], entities);
  // "minutes seen by the Evening Post", "a study by researchers at …": an untitled document is no
  // one's voice, whoever is named inside the phrase.
  if (!title && untitledDocument(source.text)) {
    // "The report, titled “…”, said": the title set off after the phrase names the work.
    const after = TITLE_AFTER.exec(text.slice(source.end, source.end + TITLE_REACH));
    return after ? workEntity(after[1], entities) : paperMeaningOutlet(text, source, entities);
  }
  // "police said", "Police said": the force the article names ("Castlemoor Police").
  // "police in the resort", "police in Portessa": the force, wherever it serves.
  const bare = /^\p{L}+$/u.test(source.text.trim())
    ? source.text.trim()
    : (/^(police)\s+(?:in|at|on)\s+\S/i.exec(source.text.trim())?.[1] ?? null);
  if (bare && BODY_HEADS.has(bare.toLowerCase())) {
    const force = namedBodyWithHead(text, bare.toLowerCase(), source.start, entities, body);
    if (force) return force;
  }
  // "The Lavrenti regional government": a place's body named by its lower-case kind.
  const placeBody = PLACE_BODY.exec(source.text.trim());
  if (placeBody) {
    const known = entities.find((e) => e.name === placeBody[1]);
    return known ?? speakerOrg(placeBody[1], entities, source.start + source.text.indexOf(placeBody[1]));
  }
  const bodyNamed = bodyName(source.text);
  if (bodyNamed) return bodyEntity(bodyNamed, source, entities);
  // "Portavane's Harbour Arena, which …": the name after the owning place's possessive.
  const ownedThing = thingNamed(source.text);
  if (ownedThing && ownedThing.offset > 0) return bodyEntity(ownedThing, source, entities);
  // "A group calling itself Quiet Harbour": the name it gives itself.
  const self = SELF_NAMED.exec(source.text);
  if (self) {
    const at = source.start + self.index + self[0].length - self[2].length;
    const known = findEntityByName(entities, self[2], source.start);
    if (known) return known;
    const made = speakerOrg(self[2], entities, at);
    if (self[1] === 'himself' || self[1] === 'herself') made.type = 'PERSON';
    return made;
  }
  // "A Commission spokesperson": a body's head capitalised as its name is, read as "a commission spokesperson".
  const capitalKind = /^([Aa]n?\s+)(\p{Lu}\p{Ll}+)(\s+(?:spokes(?:man|woman|person)|representative))$/u.exec(
    source.text.trim(),
  );
  if (capitalKind && BODY_HEADS.has(capitalKind[2].toLowerCase()))
    return resolveOne(
      text,
      { ...source, text: capitalKind[1] + capitalKind[2].toLowerCase() + capitalKind[3] },
      entities,
      previous,
      body,
      speaks,
    );
  const and = /\s(?:and|&)\s/.exec(source.text);
  // "Rachel Oduro, the MP for Branshaw and Fell": an "and" inside the appositive joins no sources.
  const comma = source.text.indexOf(',');
  const inAppositive =
    and && comma > 0 && and.index > comma && !source.text.slice(comma + 1, and.index).includes(',');
  // "The auction house Harwell & Pike": names joined by "&" after a kind of body are one firm's,
  // whatever people the recognizer took the names for.
  const firm = and?.[0].trim() === '&' ? KIND_THEN_NAME.exec(source.text.split(',')[0].trim()) : null;
  if (firm && (BODY_KINDS.has(firm[2]) || BUSINESS_NOUNS.has(firm[2]))) {
    const at = source.start + source.text.indexOf(firm[3]);
    return entities.find((e) => e.name === firm[3]) ?? speakerOrg(firm[3], entities, at);
  }
  if (and && !inAppositive && !oneRoleWithAnd(source.text)) {
    const at = source.start + and.index;
    const spanned = entities.some((e) => e.mentions.some((m) => m.start < at && m.end > at + and[0].length));
    if (!spanned) return null;
  }
  const { head, offset } = namePart(source.text);
  // "A spokeswoman for Kelworth" after "Kelworth University": a place's name spoken for is the one
  // body the article names after that place.
  const forPlace = SPOKESPERSON_FOR_PLACE.exec(source.text.trim());
  if (forPlace) {
    const bodies = entities.filter(
      (e) => e.type === 'ORG' && e.name.startsWith(`${forPlace[1]} `) && firstMention(e) < source.start,
    );
    const place = findEntityByName(entities, forPlace[1], source.start);
    if (bodies.length === 1 && (!place || place.type === 'LOC' || place.type === 'GPE')) return bodies[0];
  }
  // "The estate's managing agent, Holt & Pryce": names joined by "&" speak as one firm (or band).
  // (Not findEntityByName: it would take either name alone for the whole.)
  if (FIRM_OF_NAMES.test(head))
    return entities.find((e) => e.name === head) ?? speakerOrg(head, entities, source.start + offset);
  const lower = head.toLowerCase();
  // "His son said …": a relative is someone else, the one the article named with that word, else no one named.
  const kin = /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+)$/u.exec(head.trim());
  if (kin && KIN_NOUNS.has(kin[1]))
    return (
      namedAsKin(text, kin[1], source.start, entities) ??
      (SPOUSES.has(kin[1])
        ? spouseBySurname(text, head.trim().split(/\s+/)[0], source.start, entities)
        : null)
    );
  // "its report", "their statement": whoever the possessive points back to.
  const owner = ownedBy(head);
  // "Lecturers at the university will strike, their union said": the union, not its members' employer.
  const ownedBody = owner ? ownedOrganisation(text, head, source.start, entities, body, speaks) : null;
  if (ownedBody) return ownedBody;
  if (owner) {
    const pointed = resolvePronoun(
      text,
      source.start,
      owner,
      PRONOUN_TYPES.get(owner) ?? [],
      entities,
      previous,
    );
    if (pointed || (owner !== 'he' && owner !== 'she') || !inLede(body, source.start)) return pointed;
    // "A former captain of the club is suing it, his lawyers said." with no one named before: those
    // who act for someone speak for the person the next paragraph opens with, when nothing says that
    // person is of the other gender ("her family" speaks for itself).
    if (!REPRESENTATIVES.test(head.trim())) return null;
    const opening = personOpeningNextParagraph(text, 'person', source.start, entities, body);
    const other = owner === 'he' ? 'female' : 'male';
    return opening && genderOfPerson(opening, text) !== other ? opening : null;
  }
  const types = PRONOUN_TYPES.get(lower);
  if (types) {
    const subject =
      lower === 'they' || lower === 'it'
        ? groupSubjectBefore(text, source.start, entities, body, types)
        : lower === 'he' || lower === 'she'
          ? personSubjectBefore(text, source.start, lower, entities)
          : null;
    if (subject) return subject;
    return (
      resolvePronoun(text, source.start, lower, types, entities, previous) ??
      (lower === 'it' ? thingSpeakingBefore(text, source.start, entities, previous) : null)
    );
  }
  // "We", "I", "you": a quoted speaker's own voice, never a name of its own; nor is "Nobody" or "Everyone".
  if (PERSON_PRONOUNS.has(lower) || INDEFINITE_PRONOUNS.test(lower)) return null;
  // "Amal Fituri, who runs a shop, …": a relative pronoun speaks for the name right before it.
  if (RELATIVE_PRONOUNS.has(lower))
    return (
      (lower === 'who' ? personBeforeAppositive(text, entities, source.start) : null) ??
      entityEndingBefore(text, entities, source.start) ??
      (lower === 'which' ? thingBeforeWhich(text, source.start, entities) : null)
    );

  // "an inquiry into the grounding of the Marisol": what the source is about names nobody speaking.
  const topic = TOPIC_PREPOSITION.exec(head);
  const named = topic ? head.slice(0, topic.index) : head;
  // "Villagers who formed the Save Pendle Fields group": the group they formed speaks.
  const formed = FORMED_GROUP.exec(named);
  if (formed) {
    const at =
      source.start + offset + formed.index + formed[0].indexOf(formed[1], formed[0].indexOf(' the '));
    return entities.find((e) => e.name === formed[1]) ?? speakerOrg(formed[1], entities, at);
  }
  // "A senior engineer at Caddon Water", "Residents of Millbrook Lane": people there, speaking for themselves.
  if (workerAt(named) || peopleOf(named)) return null;
  // "Anand-Lowe" after "Victor Anand-Lowe", whatever the recognizer made of the hyphenated word.
  const surnamed = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+$/u.test(named)
    ? personWithSurname(entities, named, source.start)
    : null;
  if (surnamed) return surnamed;
  const group = groupNamedWhole(entities, source.start + offset, named);
  if (group) return group;
  // "The Union of Newspaper Staff's local branch": a body's branch or office speaks as the body.
  const part = BODY_PART.exec(named);
  if (part && bodyHeaded(part[1])) {
    const at = source.start + offset + named.indexOf(part[1]);
    const known = findEntityByName(entities, part[1], source.start);
    if (known && known.type !== 'PERSON') return known;
    if (!known) return speakerOrg(part[1], entities, at);
  }
  // "Montescura's regional transport authority": a body the named place or owner has, described in
  // lower case, is that body (when the article names it), not the owner.
  const possessed = POSSESSED_BODY.exec(named);
  // "Westmarch Council's licensing committee" speaks for the council: a body's own part.
  const ownerHead = possessed?.[1].split(/\s+/).pop()?.toLowerCase() ?? '';
  if (
    possessed &&
    !OWNED_BODY.test(named) &&
    ORG_HEAD_SET.has(possessed[3].toLowerCase()) &&
    !ORG_HEAD_SET.has(ownerHead)
  )
    return (
      resolveDescription(text, possessed[2], source.start, entities) ??
      // "…, Vestria's central bank said." in a lede: the body the article names next.
      (inLede(body, source.start)
        ? describedInLede(text, `the ${possessed[2]}`, source.start, entities, body, speaks)
        : null)
    );
  // "Inspector Joanne Swales of Highmoor Police": a person named before "of" heads the phrase, not the body after it.
  const of = named.indexOf(' of ');
  const person = of > 0 ? entityCovering(entities, source.start + offset, source.start + offset + of) : null;
  // "The mother of a prisoner who died at Ravensmoor": a described head ends where its complement
  // begins; a name in the complement is someone or somewhere else.
  // So does a body's name before its lower-case kind ("The United Nations mission in Karsovia").
  const complement = /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}/u.test(named)
    ? /\s(?:of|who|whom|whose|which|that)\s/.exec(named)
    : NAMED_KIND_IN_PLACE.exec(named);
  const reach = complement ? complement.index : named.length;
  const covered =
    person?.type === 'PERSON'
      ? person
      : entityCovering(entities, source.start + offset, source.start + offset + reach);
  // "the local newspaper Marvella Today": a place that only opens the name after a kind of body is
  // no speaker; the name is read below.
  const covering = covered && placeOpeningKindName(named, covered) ? null : covered;
  // "Caddon Water" where only "Caddon" was recognised: the longer name is another thing's.
  const longer = covering ? longerName(text, covering, source.start + offset, named) : null;
  if (longer) return findEntityByName(entities, longer, source.start) ?? speakerOrg(longer, entities);
  if (covering && widenedToLead(text, covering, source.start + offset, named)) return covering;
  if (covering) return fullerPerson(covering, entities, source.start) ?? covering;
  if (/^\p{Lu}/u.test(head) && !DETERMINERS.test(head)) {
    const named = findEntityByName(entities, head, source.start);
    if (named) return named;
    const placed = personReadAsPlace(entities, head, source.start);
    if (placed) {
      placed.type = 'PERSON';
      return placed;
    }
  }
  if (DETERMINERS.test(head)) {
    // "Sean Keane, 58, told …. The older of the two brothers said": one of a pair or group named by
    // rank in it is the person who spoke just before, when a person did.
    if (ONE_OF_GROUP.test(source.text.trim()) && previous?.type === 'PERSON') {
      const last = lastMentionBefore(previous, source.start);
      if (last >= 0 && sentenceEnds(text, last, source.start) <= 1) return previous;
    }
    // "The 47-year-old": the person last given that age, else the person the paragraph is about.
    const age = /^the\s+(\d{1,3})-year-old$/i.exec(head.trim());
    if (age)
      return (
        personOfAge(text, age[1], source.start, entities) ?? personOfParagraph(text, source.start, previous)
      );
    // "The consumer group Fair Banking", "the union Unify": a kind of body in lower case, then its name.
    const kindNamed = KIND_THEN_NAME.exec(named.trim());
    if (kindNamed && (BUSINESS_NOUNS.has(kindNamed[2]) || BODY_KINDS.has(kindNamed[2]))) {
      const name = kindNamed[3];
      const at = source.start + offset + named.indexOf(name);
      const known = findEntityByName(entities, name, source.start);
      // "the local newspaper Marvella Today": the town its name opens with is no body, nor the paper.
      if (known && known.type !== 'PERSON' && known.type !== 'LOC' && known.type !== 'GPE') return known;
      const made = speakerOrg(name, entities, at);
      if (OUTLET_KINDS.has(kindNamed[2])) made.type = 'MEDIA';
      return made;
    }
    // "The force", "a spokesman for the force": the police the article names.
    if (
      /^(?:an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+)?the\s+(?:force|constabulary)$/i.test(
        head,
      )
    )
      return namedBodyWithHead(text, 'police', source.start, entities, body);
    // "A council officer, speaking on condition of anonymity": one of its people, not the council;
    // in a lede, "a minister announced" may be the person named next. "A lawyer for the company"
    // speaks for it, as a spokesperson does.
    if (/^an?\s/i.test(head) && unnamedPerson(head) && !/spokes|representative|\sfor\s/i.test(head)) {
      if (!inLede(body, source.start)) return null;
      const role = head.replace(DETERMINERS, '');
      // Someone brought in so is most often the person the next paragraph opens with.
      return (
        personOpeningNextParagraph(text, role, source.start, entities, body) ??
        laterIntroducedPerson(text, role, source.start, entities)
      );
    }
    // "His party, the Progressive Alliance, said …. A party spokesman said": the body last set off
    // by a comma after that noun.
    const kindSpokesperson = KIND_SPOKESPERSON.exec(head.trim());
    const apposed = kindSpokesperson ? apposedWith(kindSpokesperson[1], source.start, entities, text) : null;
    if (apposed) return apposed;
    // "a spokeswoman for the practice's owners said" in a lede: the spokeswoman speaks as the body
    // the owned description (or the name) stands for, wherever the article names it.
    const forOwned = SPOKESPERSON_FOR_OWNED.exec(head.trim());
    if (forOwned) {
      const at = source.text.lastIndexOf(forOwned[1]);
      const owned = resolveOne(
        text,
        {
          start: source.start + at,
          end: source.start + at + forOwned[1].length,
          text: forOwned[1],
          kind: 'organization',
        },
        entities,
        previous,
        body,
        speaks,
      );
      if (owned && owned.type !== 'PERSON') return owned;
    }
    // "Its administrators, Halden Barr, said …. A spokesman for the administrators said": the name
    // set off after the noun, whatever place the recognizer took it for.
    const forNoun = SPOKESPERSON_FOR.exec(head.trim());
    const forNamed = forNoun ? apposedName(text, forNoun[1], source.start, entities) : null;
    if (forNamed) return forNamed;
    if (BARE_SPOKESPERSON.test(head))
      return (
        groupSubjectBefore(text, source.start, entities, body, ['ORG']) ??
        bodyInFocus(text, source.start, entities, previous)
      );
    const forKind = SPOKESPERSON_FOR_KIND.exec(head.trim());
    if (forKind) {
      const at = source.start + source.text.lastIndexOf(forKind[1]);
      // "Harrowgate Trading Standards said …. A spokesman for the service said": a kind of body no
      // name holds, not a business, is the public body that spoke in the sentence before, unless
      // the article wrote the noun before ("taken to hospital. A spokeswoman for the hospital").
      const last = previous ? lastMentionBefore(previous, source.start) : -1;
      if (
        previous?.type === 'ORG' &&
        !BUSINESS_NOUNS.has(forKind[1]) &&
        !namedAsCompany(previous.name) &&
        last >= 0 &&
        sentenceEnds(text, last, source.start) <= 1 &&
        !new RegExp(`\\b${forKind[1]}\\b`, 'i').test(text.slice(0, at))
      )
        return previous;
    }
    // "The study's authors" speak for the study.
    const owner = /^(?:the|a|an)\s+([\p{L}-]+)['’]s\b/iu.exec(head);
    const description = owner ? owner[1] : named.trim().replace(DETERMINERS, '');
    const described =
      firmInFocus(description, source.start, text, previous) ??
      resolveDescription(text, description, source.start, entities) ??
      earlierNamedGroup(text, description, source.start, entities, body) ??
      earlierHeadOfName(text, description, source.start, entities, body) ??
      modifiedGroup(text, description, source.start, entities) ??
      latestCompany(description, source.start, entities, text) ??
      overseerInFocus(description, previous) ??
      clubInFocus(description, source.start, text, previous) ??
      kindNamedEarlier(text, description, source.start, entities, body) ??
      (MAGAZINE_ALONE.test(head.trim()) ? paperNamedAfterKind(text, source.start, entities) : null) ??
      (inLede(body, source.start) ? describedInLede(text, head, source.start, entities, body, speaks) : null);
    if (described || owner) return described;
    return (
      sameDescription(head, source.start, entities) ??
      epithetOfPrevious(text, head, source.start, previous) ??
      relativeNamedNext(text, head, source.start, entities)
    );
  }
  // "parliament's standards watchdog": a lower-case owner's body is described, as after "the".
  const lowerOwner = /^\p{Ll}[\p{L}-]*['’]s\s+(?=\p{Ll})/u.exec(head);
  if (lowerOwner && !PRONOUN_TYPES.has(head.slice(0, head.indexOf(' ')).replace(/['’]s$/, ''))) {
    const description = head.slice(lowerOwner[0].length);
    return (
      resolveDescription(text, description, source.start, entities) ??
      earlierNamedGroup(text, description, source.start, entities, body) ??
      (inLede(body, source.start)
        ? describedInLede(text, `the ${description}`, source.start, entities, body, speaks)
        : null)
    );
  }
  // "its cabinet member for education": a role its owner's article gives, named later in a lede.
  const owned = /^(?:its|their)\s+(\S+\s+\S.*)$/i.exec(head);
  if (owned && inLede(body, source.start))
    return (
      laterIntroducedPerson(text, owned[1], source.start, entities) ??
      personOpeningNextParagraph(text, owned[1], source.start, entities, body)
    );
  // "Kestor Air, which has its base here", "Clear Skies, a campaign group …": a thing, not a person.
  const rest = source.text.slice(offset + head.length);
  const thing = /^,\s*which\s/.test(rest) || (/^,/.test(rest) && GROUP_APPOSITIVE.test(rest.slice(1)));
  const type =
    (thing && source.kind !== 'media') || businessRoleBefore(source.text, head)
      ? 'ORG'
      : KIND_TYPE[source.kind];
  if (!type || !startsName(head)) return null;
  if (opensSentence(text, source.start + offset) && peoplePlural(head)) return null;
  // "Animal welfare charity Wild Watch": what the body is, in lower case, before its name.
  const kindFirst = DESCRIBED_NAME.exec(head);
  const name = kindFirst ? head.slice(kindFirst[0].length) : head;
  if (kindFirst) {
    const known = findEntityByName(entities, name, source.start);
    if (known) return known;
  }
  return {
    id: nextId(entities),
    name,
    type:
      kindFirst && GROUP_APPOSITIVE.test(`a ${kindFirst[0].toLowerCase()}`) && source.kind !== 'media'
        ? 'ORG'
        : type,
    mentions: [],
    variants: [name],
  };
}

/**
 * A description in the lede that nothing before it fits: someone or something the article names
 * later — the person introduced with its words or opening the next paragraph, then an organisation.
 */
function describedInLede(
  text: string,
  head: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  // "the health board responsible": an adjective after the head says which, not what.
  const role = head
    .replace(DETERMINERS, '')
    .replace(/\s+(?:responsible|concerned|involved|in\s+question)$/, '');
  // "A candidate who lost …" brings in someone new, whom the next paragraph names first.
  const opening = () => personOpeningNextParagraph(text, role, at, entities, body);
  const indefinite = /^an?\s/i.test(head);
  return (
    (indefinite ? opening() : null) ??
    laterIntroducedPerson(text, role, at, entities) ??
    (indefinite ? null : opening()) ??
    laterNamedOrganisation(role, at, entities) ??
    organisationSpeakingNext(text, role, at, entities, body, speaks) ??
    ledeSubjectOrganisation(text, head, at, entities, body)
  );
}

/** Whether `e` is a place whose name is less than the name after a kind of body in `named` ("the newspaper Marvella Today"). */
function placeOpeningKindName(named: string, e: Entity): boolean {
  if (e.type !== 'LOC' && e.type !== 'GPE') return false;
  const kindNamed = KIND_THEN_NAME.exec(named.trim());
  return (
    kindNamed !== null &&
    (BUSINESS_NOUNS.has(kindNamed[2]) || BODY_KINDS.has(kindNamed[2])) &&
    kindNamed[3].startsWith(`${e.name} `)
  );
}

/**
 * "the consumer group Fair Banking": "the", lower-case words ending in a kind of body, then a
 * capitalised name, which may join its words by "of", "for" or "at" ("the charity Churches at Risk").
 */
const KIND_THEN_NAME =
  /^[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}+)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:&\s+|(?:of|for|at)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&-]*){0,4})$/u;
/**
 * "… tracked by the charity Raptor Watch …. The charity said": a description by a kind of body is
 * the name last written after "the" and that kind in the body before it, whatever the sentence
 * around it; it becomes an entity when the recognizer found none.
 */
function kindNamedEarlier(
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

/** Kinds of bodies, beyond businesses, that may stand before a body's name. */
const BODY_KINDS = new Set([
  ...OUTLET_KINDS,
  // "The auction house Harwell & Pike", "the fashion house …".
  'house',
  'group',
  'charity',
  'campaign',
  'union',
  'association',
  'society',
  'trust',
  'body',
  'watchdog',
  'regulator',
  'agency',
  'network',
  'coalition',
  'alliance',
  'party',
  'organisation',
  'organization',
]);
/** "Villagers who formed the Save Pendle Fields group": people and the named group they formed or run. */
const FORMED_GROUP =
  /^\p{L}+s\s+who\s+(?:formed|founded|set\s+up|started|run|lead)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:group|campaign|association|society|trust|coalition|alliance)\b/u;
/** A kind of body or person in lower case opening a name ("Animal welfare charity Wild Watch"). */
const DESCRIBED_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*)+\s+(?=\p{Lu})/u;
/** Last words of a public body's or organisation's proper name, beyond the recognizer's heads. */
const BODY_HEADS = new Set([
  ...ORG_HEADS,
  // "The Diocese of Wexcombe": a church's bodies.
  'diocese',
  'archdiocese',
  'executive',
  'inspectorate',
  'directorate',
  'regulator',
  'guild',
  'collective',
  'consortium',
  'syndicate',
  'observatory',
  'ombudsman',
  // "The Rail Accident Investigation Branch", "The Kestrelton Cycling Campaign".
  'branch',
  'campaign',
]);
/**
 * "The Food and Allied Workers' Union", "the Health and Safety Executive": after "the", words all
 * capitalised but for the joining words, ending in a word that heads organisations' names. A
 * person's name takes no "the", and "and" inside such a name joins no two sources.
 */
const BODY_NAME =
  /^[Tt]he\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)+)$/u;
/** An appositive that says what kind of body a name is ("…, a volunteer group that …"). */
const GROUP_APPOSITIVE =
  /^\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|charity|campaign|organi[sz]ation|association|society|coalition|alliance|network|union|trust|body|club|company|firm|business)\b/u;

/**
 * The proper name of a body that opens a source ("The X and Y Union, which …", "The Friends of the
 * Caddon, a volunteer group …"): its last word heads organisations' names, or an appositive says
 * it is a group. Else null.
 */
function bodyName(phrase: string): { name: string; offset: number } | null {
  const lead = phrase.split(/,|\s(?:which|who|that)\s/)[0].trim();
  const m = BODY_NAME.exec(lead) ?? joinedBodyName(lead);
  if (!m) return null;
  // "The Association of Independent Festivals", "The Office for Product Safety": the head stands before "of" or "for".
  const last = m[1]
    .split(/\s+(?:of|for)\s+/)[0]
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  const final = m[1].split(/\s+/).pop()!.toLowerCase();
  const comma = phrase.indexOf(',');
  // "The Friends of Penhallow Light, which raised …": a name after "the" that a "which" follows is
  // a thing's, and a thing that speaks is a body, whatever word its name ends in.
  const apposed =
    (comma > 0 && GROUP_APPOSITIVE.test(phrase.slice(comma + 1))) ||
    /^\s*,?\s*which\s/.test(phrase.slice(phrase.indexOf(lead) + lead.length));
  // "the Tarrow Herald and the Brenmoor Echo" are two papers.
  const paper = PAPER_HEAD_WORDS.has(final) && !/\s(?:and|&)\s/.test(m[1]);
  if (!BODY_HEADS.has(final) && !BODY_HEADS.has(last) && !apposed && !paper) return null;
  return { name: m[1], offset: phrase.indexOf(m[1]) };
}

/**
 * "Highmoor Fire and Rescue Service", written without "the": capitalised words joined by "and",
 * ending in a word that heads bodies' names when the words before "and" end in none ("Highmoor
 * Council and Westfell Police" are two bodies). Shaped as BODY_NAME's match.
 */
function joinedBodyName(lead: string): [string, string] | null {
  const m =
    /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:and|&)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*)$/u.exec(
      lead,
    );
  if (!m) return null;
  const before = m[1].split(/\s+/);
  if (before.length < 2 || BODY_HEADS.has(before[before.length - 1].toLowerCase())) return null;
  const head = m[2]
    .split(/\s+of\s+/)[0]
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  return BODY_HEADS.has(head) ? [lead, lead] : null;
}

/** Last words of newspapers' names ("the Northmere Star"): such a body is an outlet. */
const PAPER_HEAD_WORDS = new Set([...PAPER_HEADS.map((h) => h.toLowerCase()), 'star', 'mail']);

/** The entity of a body's proper name: one that bears or covers that name, else a new one. */
function bodyEntity(
  body: { name: string; offset: number; full?: string },
  source: { start: number; kind: SourceKind },
  entities: Entity[],
): Entity {
  const start = source.start + body.offset;
  const end = start + body.name.length;
  const full = body.full ?? body.name;
  const byFull =
    full === body.name ? undefined : entities.find((e) => e.name === full || e.variants?.includes(full));
  if (byFull) return byFull;
  const known =
    entities.find((e) => e.name === body.name || e.variants?.includes(body.name)) ??
    entities.find((e) => e.mentions.some((m) => m.start <= start && m.end >= end) && e.type !== 'PERSON');
  if (known) {
    // "Sunward", found bare, is "Sunward Travel" written in full before.
    if (full !== body.name && known.name === body.name) {
      known.variants = [...(known.variants ?? []), full];
      known.name = full;
    }
    return known;
  }
  return {
    id: nextId(entities),
    name: full,
    type:
      source.kind === 'media' || PAPER_HEAD_WORDS.has(full.split(/\s+/).pop()!.toLowerCase())
        ? 'MEDIA'
        : 'ORG',
    mentions: [],
    variants: full === body.name ? [full] : [full, body.name],
  };
}

/** The previous speaker, when a person mentioned earlier in the paragraph of `at`. */
function personOfParagraph(text: string, at: number, previous: Entity | null): Entity | null {
  if (previous?.type !== 'PERSON') return null;
  return lastMentionBefore(previous, at) >= text.lastIndexOf('\n', at) + 1 ? previous : null;
}

/** "The 47-year-old": the person last written with that age ("Gary Winstanley, 47,", "(47)", "47-year-old Gary …"). */
function personOfAge(text: string, age: string, at: number, entities: Entity[]): Entity | null {
  const after = new RegExp(`^(?:,\\s*|\\s*\\()${age}\\b`);
  const before = new RegExp(`(?<!\\d)${age}-year-old\\s+$`);
  return (
    nearest(
      entities,
      at,
      (e) =>
        e.type === 'PERSON' &&
        e.mentions.some(
          (m) =>
            m.end <= at &&
            (after.test(text.slice(m.end, m.end + 6)) ||
              before.test(text.slice(Math.max(0, m.start - 16), m.start))),
        ),
    )?.entity ?? null
  );
}

/** Heads a lede may describe a sports club by, whose own name seldom holds them. */
const CLUB_HEADS = new Set(['club', 'team', 'side']);

/**
 * "Halberton Rovers have sacked their manager …, the club said.": a lede's description of a body
 * that no body named before or after answers is the organisation whose name opens the lede's
 * sentence (after its dateline), the sentence's subject.
 */
function ledeSubjectOrganisation(
  text: string,
  head: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const noun = head.trim().toLowerCase().split(/\s+/).pop() ?? '';
  const business = BUSINESS_NOUNS.has(noun);
  if ((!business && !CLUB_HEADS.has(noun)) || !/^the\s/i.test(head.trim())) return null;
  const lede = body.find((r) => r.start <= at && at < r.end);
  if (!lede) return null;
  const line = text.slice(lede.start, at);
  const dash = /^[^—–]*?[—–]\s*/.exec(line);
  const opening = lede.start + (dash && dash[0].length < 80 ? dash[0].length : /^\s*/.exec(line)![0].length);
  const named = /^the\s+/i.exec(text.slice(opening, opening + 4));
  const nameAt = opening + (named?.[0].length ?? 0);
  const e = namedAt(entities, nameAt, (x) => x.type === 'ORG');
  // A company is no council.
  return e && !(business && namedAsPublicBody(e.name)) ? e : null;
}

/** "In a statement, the club said" after "… the club said" was resolved: the entity that description was resolved to. */
function sameDescription(head: string, at: number, entities: Entity[]): Entity | null {
  const said = head.trim().toLowerCase();
  // "the agency" after "the country's civil protection agency": a shorter description, same head.
  const noun = /^the\s+(\p{Ll}+)$/u.exec(said)?.[1];
  const same = (m: { end: number; text: string }) => {
    const written = m.text.toLowerCase();
    return (
      m.end <= at && (written === said || (!!noun && /^the\s/.test(written) && written.endsWith(` ${noun}`)))
    );
  };
  return nearest(entities, at, (e) => e.mentions.some(same))?.entity ?? null;
}

/**
 * "Captain Lee Fairbrother said … The defender, who has played …, said": a person's role no one was
 * introduced with, opening a sentence right after a person spoke in the same paragraph, is a
 * further word for that person (sports and court reports vary their names so), when its gender
 * does not say otherwise.
 */
function epithetOfPrevious(text: string, head: string, at: number, previous: Entity | null): Entity | null {
  const m = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u.exec(head.trim());
  // It opens a sentence, or the tag after a quote ('"…," the 44-year-old told …').
  const placed = opensSentence(text, at) || /[,?!][”"]\s*$/.test(text.slice(Math.max(0, at - 4), at));
  if (!m || !previous || previous.type !== 'PERSON' || !namesPerson(m[1]) || !placed) return null;
  const paragraph = text.lastIndexOf('\n', at) + 1;
  if (lastMentionBefore(previous, at) < paragraph) return null;
  const want = phraseGender(head);
  const have = genderOfPerson(previous, text);
  return want !== 'unknown' && have !== 'unknown' && want !== have ? null : previous;
}

/** Nouns for someone by a relative they lost or have ("the mother of a prisoner", "the widow of …"). */
const RELATIVE_HEADS = new Set([
  'mother',
  'father',
  'parent',
  'parents',
  'widow',
  'widower',
  'wife',
  'husband',
  'sister',
  'brother',
  'daughter',
  'son',
  'relative',
]);

/**
 * "The mother of a prisoner who died … said …. Linda Faulkner, whose son Jordan …, said": someone
 * described by a relative, whom the next sentence of the paragraph names for the first time with
 * "whose" and a relative of theirs, is that person.
 */
function relativeNamedNext(text: string, head: string, at: number, entities: Entity[]): Entity | null {
  const m = /^[Tt]he\s+(\p{Ll}+)\b/u.exec(head.trim());
  if (!m || !RELATIVE_HEADS.has(m[1])) return null;
  const end = /[.!?]["”’]?\s+/g;
  end.lastIndex = at;
  const stop = end.exec(text);
  const newline = text.indexOf('\n', at);
  if (!stop || (newline >= 0 && newline < stop.index)) return null;
  const next = stop.index + stop[0].length;
  const want = phraseGender(m[1]);
  for (const e of entities) {
    if (e.type !== 'PERSON' || firstMention(e) !== next) continue;
    const first = e.mentions.find((x) => x.start === next)!;
    if (!/^,\s*whose\s/.test(text.slice(first.end, first.end + 10))) continue;
    const have = genderOfPerson(e, text);
    if (want === 'unknown' || have === 'unknown' || want === have) return e;
  }
  return null;
}

/** Last words of the names of places run by a body that speaks for them. */
const SPEAKING_PLACE_HEADS = new Set([
  'airport',
  'port',
  'station',
  'museum',
  'gallery',
  'library',
  'hospital',
  'infirmary',
  'school',
  'academy',
  'college',
  'university',
  'prison',
  'zoo',
  'theatre',
  'stadium',
]);

/** Pronouns for no one or anyone in particular, capitalised at a sentence's or a quote's start. */
const INDEFINITE_PRONOUNS =
  /^(?:nobody|no one|no-one|someone|somebody|everyone|everybody|anyone|anybody|none|nothing|everything|something|anything)$/;

/** Titles that may stand before a person's name at a sentence's start ("Dr Nair …"). */
const OPENING_TITLE =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Councillor|Cllr|Judge|Inspector|Sergeant|Sgt|PC|DC|DS|DI|Constable|Detective(?:\s+(?:Constable|Sergeant|Inspector))?|Supt|Superintendent|Capt|Captain|Col|Colonel|Rev|Father)\.?\s+)?$/;

/**
 * "Dr Nair was not convinced. She said …": "he" or "she" opening a sentence right after one that
 * opens with a person's name stands for that person, when the name's gender does not say otherwise,
 * whoever spoke last.
 */
function personSubjectBefore(text: string, at: number, pronoun: string, entities: Entity[]): Entity | null {
  const ends = [...text.slice(Math.max(0, at - 600), at).matchAll(/[.!?]["”’]?\s+|\n+/g)];
  const from = Math.max(0, at - 600);
  const last = ends[ends.length - 1];
  if (!last || from + last.index + last[0].length !== at) return null;
  const start =
    ends.length >= 2 ? from + ends[ends.length - 2].index + ends[ends.length - 2][0].length : from;
  const want = pronounGender(pronoun);
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    // "Boyce's neighbour, farmer Tom Illingworth, said …": a possessive opens no subject of its own.
    const m = e.mentions.find(
      (x) =>
        x.start >= start &&
        x.start < at &&
        OPENING_TITLE.test(text.slice(start, x.start)) &&
        !/^['’]s?\s/.test(text.slice(x.end, x.end + 3)),
    );
    if (!m) continue;
    const have = genderOfPerson(e, text);
    return have === 'unknown' || have === want ? e : null;
  }
  return null;
}

/** "The campaign handed …", "The union is …": a sentence opening with a group's description. */
const DESCRIBED_SUBJECT = /^[\s"“]*(?:The|This)\s+(\p{Ll}[\p{L}-]+)(?![\p{L}'’-])/u;

/**
 * "The campaign handed in a petition on Monday. They said …": "they" or "it" opening a sentence
 * after one whose subject is a group's description stands for that group, when the description
 * resolves to one.
 */
function groupSubjectBefore(
  text: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
  types: readonly string[],
): Entity | null {
  const ends = [...text.slice(Math.max(0, at - 600), at).matchAll(/[.!?]["”’]?\s+|\n+/g)];
  const last = ends[ends.length - 1];
  const from = Math.max(0, at - 600);
  if (!last || from + last.index + last[0].length !== at) return null;
  const previousStart =
    ends.length >= 2 ? from + ends[ends.length - 2].index + ends[ends.length - 2][0].length : from;
  const subject = DESCRIBED_SUBJECT.exec(text.slice(previousStart, from + last.index));
  if (!subject) return null;
  const noun = subject[1];
  // "The campaign" may also be a word of someone's appositive ("…, who chairs the campaign"): a group only.
  const fits = (e: Entity | null) => (e && types.includes(e.type) ? e : null);
  return (
    fits(resolveDescription(text, noun, at, entities)) ??
    fits(earlierNamedGroup(text, noun, at, entities, body)) ??
    fits(modifiedGroup(text, noun, at, entities)) ??
    fits(latestCompany(noun, at, entities, text))
  );
}

/** Whether a phrase names a kind of business or group, then a comma and `name` ("The drivers' union, Spoor"). */
/** The lower-case word before the comma that sets off `name` ("The drivers' union, Spoor" → "union"). */
function kindBefore(phrase: string, name: string): string | null {
  const m = /^the\s[^,]*?(\p{Ll}+),\s+(.+)$/iu.exec(phrase);
  return m?.[2].startsWith(name) ? m[1] : null;
}

function bodyKindFirst(phrase: string, name: string): boolean {
  const kind = kindBefore(phrase, name);
  // "The administrators, Barton Reid": a firm named by the role it plays for a client.
  return (
    !!kind && (BUSINESS_NOUNS.has(kind) || FIRMS_BY_ROLE.has(kind) || GROUP_APPOSITIVE.test(`a ${kind}`))
  );
}

/** Plural roles a firm plays for a client, named by one name ("The administrators, Barton Reid"). */
const FIRMS_BY_ROLE = new Set(['administrators', 'liquidators', 'receivers', 'auditors', 'accountants']);

/** Whether the name opening a phrase is set off by an appositive that calls it a business or a group ("…, the security firm that …"). */
function apposedAsBody(phrase: string): boolean {
  const comma = phrase.indexOf(',');
  if (comma < 0) return false;
  const m =
    /^\s*(?:a|an|the)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)(?=\s+(?:that|which|who|of|for|at|in|on|with|from|to|based|run|owned)\b|\s*,|\s*$)/u.exec(
      phrase.slice(comma + 1),
    );
  const head = m?.[1].split(/\s+/).pop() ?? '';
  return BUSINESS_NOUNS.has(head) || GROUP_APPOSITIVE.test(`a ${head}`);
}

/**
 * "Heather Lodge's owner, Meadowbank Care": a name set off after the role of an owner, operator or
 * other business, with no given name to open it, is the business's, not a person's.
 */
function businessRoleBefore(phrase: string, name: string): boolean {
  const comma = phrase.indexOf(',');
  // "The moor's owner, the Brackenridge Estate": a body's name may keep its "the".
  const apposed = phrase
    .slice(comma + 1)
    .trimStart()
    .replace(/^the\s+/i, '');
  if (comma < 0 || givenNameFirst(name) || !apposed.startsWith(name)) return false;
  const role = phrase.slice(0, comma).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // "The administrators, Pryor Lane Restructuring": a firm named by the role it plays for a client.
  return BUSINESS_NOUNS.has(role) || OWNER_ROLES.has(role) || FIRMS_BY_ROLE.has(role);
}

/** Whether a source names someone after a role that only a person has ("The …'s cabinet member for transport, Ana Roe"). */
function afterPersonRole(phrase: string): boolean {
  const { head, offset } = namePart(phrase);
  if (offset === 0 || !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(head)) return false;
  const role = phrase.slice(0, phrase.indexOf(',')).split(/\s+(?:of|for|at|in|on|with|from|to)\s+/)[0];
  const last = role.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // "The developer, Brockley Estates": a business noun ends in "-er" too.
  return namesPerson(last) && !BUSINESS_NOUNS.has(last);
}

/** How far from a bare head ("police said") its body's full name is looked for. */
const BODY_NAME_REACH = 2000;

/**
 * "police said … Castlemoor Police said …": a bare head word stands for the organisation the article
 * names with it, the one mentioned last before, else (a lede, before the name) the first after; a
 * name written in the text ("Castlemoor Police") that no entity holds becomes one.
 */
function namedBodyWithHead(
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

/** "A senior engineer at …", "a manager from …": a person by role at a place of work, not a spokesperson. */
function workerAt(phrase: string): boolean {
  const m = /^(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:at|from|with|in)\s+\S/u.exec(
    phrase,
  );
  if (!m) return false;
  const role = m[1].split(/\s+/).pop()!;
  return namesPerson(role) && !/^spokes|representative/.test(role);
}

/**
 * The capitalised name a source holds when the entity found inside it is only its first part
 * ("Caddon Water" around "Caddon"), else null. Titles before a person's name ("Col. Qadiri") and
 * anything after a comma or "of" are not part of such a name.
 */
function longerName(text: string, e: Entity, start: number, phrase: string): string | null {
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
function widenedToLead(text: string, e: Entity, start: number, phrase: string): boolean {
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

/** The pronoun standing for the owner of a two-word possessive phrase ("its report" → "it"), or null. */
function ownedBy(phrase: string): string | null {
  const lower = phrase.trim().toLowerCase();
  const owner = POSSESSIVE_OWNER.get(lower.split(/\s+/)[0]);
  return owner && /^\S+\s+\S+$/.test(lower) ? owner : null;
}

/** Whether `at` lies in the article's first paragraph, where a role may stand before the name. */
function inLede(body: readonly Range[], at: number): boolean {
  return body.length > 0 && body[0].start <= at && at < body[0].end;
}

/**
 * Whether a phrase may be a name: "Its secretary", "Skyrail's chief executive", "Another", "One
 * resident" and "Half of them" open descriptions instead (a possessive, a lone determiner, a
 * sentence's capital before common words, a part of a group).
 */
function startsName(s: string): boolean {
  return (
    /^\p{Lu}/u.test(s) &&
    !DETERMINERS.test(s) &&
    !ownedBy(s) &&
    // "Its organiser in Westbury": a role owned, whatever capitals follow.
    !/^(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+\p{Ll}/u.test(s) &&
    !OWNER_THEN_ROLE.test(s) &&
    !LONE_DETERMINERS.has(s.toLowerCase()) &&
    !/^\S+(?:\s+\p{Ll}\S*)+$/u.test(s) &&
    !/^(?:one|two|three|some|several|many|most|each|both|all|none|few|half|any|part|the rest)\s+of\s/i.test(s)
  );
}

/** The part of a source that names it: "A company spokeswoman, Leyla Demir" → "Leyla Demir". */
function namePart(text: string): { head: string; offset: number } {
  const comma = text.indexOf(',');
  if (comma < 0) return { head: text.trim(), offset: 0 };
  const before = text.slice(0, comma).trim();
  const after = text.slice(comma + 1).trim();
  // The name ends at its own clause ("Rory Kane - who was cleared of arson …").
  const clause = after.split(/,|\s[-–—]\s|\s(?:who|whom|whose)\s/)[0].trim();
  // "Boyce's neighbour, farmer Tom Illingworth": a role in lower case before the name.
  const role = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}\p{Ll})/u.exec(clause);
  // "Its music director, the conductor Tomasz Wilk": an article and one role word before the name too.
  const titled =
    role && (!/^(?:the|a|an)\s/.test(clause) || /^(?:the|a|an)\s+\p{Ll}[\p{L}-]*\s+$/u.test(role[0]));
  const name = titled ? clause.slice(role[0].length) : clause;
  if (!startsName(before) && startsName(name) && !/\s(?:of|for|at)\s/.test(name))
    return { head: name, offset: text.indexOf(after) + (name === clause ? 0 : role![0].length) };
  // "The winning candidate, Rory Delacourt of the Progress Party": a person's name, then the body.
  const ofBody =
    /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(name);
  // Not a list ("opponents, including Lord Hale of Arden and the bishop").
  const list = /^including\s/.test(clause) || /\s(?:and|&)\s/.test(name);
  if (!startsName(before) && ofBody && !list && !BODY_HEADS.has(ofBody[1].split(/\s+/).pop()!.toLowerCase()))
    return { head: ofBody[1], offset: text.indexOf(after) + (name === clause ? 0 : role![0].length) };
  // "The regulator, the Water Services Authority": a body's name keeps its "the".
  const body = /^the\s+(?=\p{Lu})/iu.exec(name);
  if (body && !startsName(before) && /\s/.test(name.slice(body[0].length))) {
    const bare = name.slice(body[0].length);
    if (startsName(bare) && !/\s\p{Ll}/u.test(bare.replace(/\s(?:of|and|for|the)\s/g, ' ')))
      return { head: bare, offset: text.indexOf(after) + body[0].length };
  }
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
/**
 * ", chairman of the Anglers Club, " between a name and its "who": one appositive set off by
 * commas ("Roe, Ames and Hale, who …" lists a group instead).
 */
const APPOSITIVE_BETWEEN = /^\s*,(?![^,]*\b(?:and|or)\b)[^,.;:!?"“”\n]{1,80},\s*$/;

/**
 * "Liam Roe, chairman of the Anglers Club, who read …": "who" stands for a person, and past an
 * appositive for the person the appositive describes, not a group named inside it.
 */
function personBeforeAppositive(text: string, entities: Entity[], at: number): Entity | null {
  for (const e of entities)
    for (const m of e.mentions)
      if (e.type === 'PERSON' && m.end <= at && APPOSITIVE_BETWEEN.test(text.slice(m.end, at))) return e;
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
/**
 * "The Lib Dems said", "Islamists said": a group named whole, in the plural, speaks as itself. (Named as a
 * modifier, "Egyptian officials", it is not the speaker: entityCovering passes groups over.)
 */
function groupNamedWhole(entities: Entity[], start: number, named: string): Entity | null {
  // Plural: "The Kenyan said" is an athlete, not Kenyans.
  if (!/\p{Ll}s$/u.test(named.trimEnd())) return null;
  const from = start + (/^[Tt]he\s+/.exec(named)?.[0].length ?? 0);
  const to = start + named.trimEnd().length;
  for (const e of entities)
    if (e.type === 'NORP') for (const m of e.mentions) if (m.start === from && m.end === to) return e;
  return null;
}

/** The entity for a quoted title ("a study called “…”"): found by name, else a new WORK entity. */
function workEntity(title: string, entities: Entity[]): Entity {
  const known = entities.find((e) => e.name === title);
  if (known) return known;
  return { id: nextId(entities), name: title, type: 'WORK', mentions: [], variants: [title] };
}
/** The entity mentioned inside the span; the last mention wins, as the head of a phrase comes last. */
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

function addMention(e: Entity, start: number, end: number, surface: string, text: string): void {
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
