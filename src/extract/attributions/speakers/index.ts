/**
 * Speaker resolution: points each attribution's `source.entity` at the article entity it refers
 * to — names and their variants ("Hafter" → Khalifa Haftar), pronouns (the previous compatible
 * speaker, else the nearest compatible entity before), and descriptions ("the colonel" → the person
 * last introduced with that title or appositive). Resolved sources become mentions of their entity
 * (rule `speaker-resolver`); a named source no entity matches becomes a new entity.
 * Offsets are UTF-16 (the pipeline converts at the end).
 *
 * The passes, in order: anonymous references marked (anonymousReferences), bodies that sources name
 * in full made entities first (bodies), every source resolved in cue order (resolveOne, which tries
 * each shape of phrase in turn) and its entity's type set by the words around it (bodyOrPerson),
 * then entities of one name and bodies' short forms merged (merges).
 */
import type { Attribution, Entity, EntityType, Range, SourceKind } from '../../../analysis/types.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';
import {
  afterUnfoundAnonymous,
  namedTogether,
  nameGoneBy,
  oneOfPair,
  standsForAnonymous,
} from './anonymous.js';
import { markAnonymousReferences } from './anonymousReferences.js';
import { describedBodiesFirst, namedBodiesFirst } from './bodies.js';
import { OWNED_BODY } from './bodyNames.js';
import { afterPersonRole, apposedAsBody, bodyKindFirst, calledOnlyABody } from './bodyOrPerson.js';
import { afterKin } from './kin.js';
import { addMention } from './mentions.js';
import {
  mergeGivenNames,
  mergeSameNames,
  mergeShortBodyNames,
  mergeSlipVariants,
  shortFormOwner,
} from './merges.js';
import { describedAsOutlet, PAPER_ALONE, relaysPrevious, reportingOutlet, WEBSITE_ALONE } from './outlets.js';
import { peopleOf, unnamedPerson } from './people.js';
import { givenNameFirst, ownedBy } from './phrases.js';
import { pseudonymHolder } from './pseudonyms.js';
import { resolveOne } from './resolveOne.js';
import {
  bodySpokenFor,
  clientOfRepresentatives,
  SPOKESPERSON_FOR_NAME,
  spokespersonAgain,
} from './spokespeople.js';

const ENTITY_KIND: Partial<Record<EntityType, SourceKind>> = {
  PERSON: 'person',
  ORG: 'organization',
  MEDIA: 'media',
  // "The study's authors" speak for the study.
  WORK: 'document',
};
/** Labels an outlet's name may bear that its described kind outranks ("Starlight" read as a place). */
const PLACE_OR_BODY = new Set<EntityType>(['ORG', 'LOC', 'GPE']);
/** A name of capitalised words, maybe after "the" ("the Coastline Review"). */
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*$/u;
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
  // The body the last spokesperson spoke for, and their role's word: "the spokesman" may say it again.
  let spokesperson: { role: string; body: Entity } | null = null;
  namedBodiesFirst(text, attributions, entities);
  describedBodiesFirst(text, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sourceStarts = new Set(attributions.map((a) => a.source?.start ?? -1));
  const speaks = (start: number) => sourceStarts.has(start);
  for (const a of [...attributions].sort((x, y) => x.cue.start - y.cue.start)) {
    const source = a.source;
    if (!source) continue;
    // "One customer, who gave her name only as Ruth": the name the source goes by is whom "Ruth
    // said" and "She said" stand for next, and a source with an entity is a person's, not an
    // anonymous one's. Never written as a source again, the name links nothing and the source is
    // left unnamed (and anonymous, when its words say so).
    const alias = nameGoneBy(source, entities, (name) =>
      attributions.some((x) => x.source && x.source.start > source.end && x.source.text.trim() === name),
    );
    if (alias) {
      source.kind = 'person';
      source.entity = alias.id;
      if (!byId.has(alias.id)) {
        entities.push(alias);
        byId.set(alias.id, alias);
      }
      previous = alias;
      previousAttribution = a;
      anonymous = null;
      continue;
    }
    // "Morven Strachan said the family had been told by a nurse that …. She said …": an unnamed
    // source reported inside a named speaker's words is spoken of; the pronoun next is the speaker's.
    const spokenOf = !!previousAttribution?.source?.entity && sourceWithinContent(a, previousAttribution);
    if (source.kind === 'anonymous') {
      if (spokenOf) continue;
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
      speakingFor(text, spoken, entities, previous, body, speaks) ??
      oneOfPair(text, spoken, entities) ??
      spokespersonAgainLater(spoken.text, spokesperson) ??
      spokespersonAgain(text, spoken, previousAttribution, byId, entities) ??
      resolveOne(text, spoken, entities, previous, body, speaks) ??
      reportingOutlet(a, spoken, entities);
    // "A spokeswoman for Pellow Brandt" after "Pellow Brandt Restructuring": the first words of a
    // longer body's name, read as a person's with no given name, stand for that body already, so
    // that "The firm said" next finds it in focus.
    // So does a bare word no entity held before ("Starlite denied …" after "Starlite Cinemas"), so
    // that "It said" next finds the body in focus rather than a person of that name.
    const shortForm: boolean =
      resolved !== null &&
      !byId.has(resolved.id) &&
      /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(resolved.name) &&
      spoken.text.trim() === resolved.name &&
      !firstNames().has(resolved.name.toLowerCase());
    const named: Entity | null =
      (resolved?.type === 'PERSON' &&
        !givenNameFirst(resolved.name) &&
        SPOKESPERSON_FOR_NAME.test(spoken.text)) ||
      shortForm
        ? (shortFormOwner(resolved!, entities) ?? resolved)
        : resolved;
    // "Magpie said" after "under the name Magpie … whose real name is Colin Ashdown": the holder.
    const entity: Entity | null = named ? (pseudonymHolder(text, named, entities) ?? named) : null;
    // "Tom and Jenny Hartley, who …, said …. They said …": "they" may stand for people named together,
    // or for people described ("Villagers who packed the hall said …. They said …").
    // "One of the trustees … said the board had talked about …. She said": an attribution inside
    // the unnamed speaker's words leaves that speaker in focus.
    const insideUnnamed: boolean =
      anonymous !== null && spoken.start >= anonymous.end && a.cue.end <= (anonymous.said ?? anonymous.end);
    anonymous =
      !entity &&
      !spokenOf &&
      (unnamedPerson(spoken.text) || peopleOf(spoken.text) || namedTogether(spoken, entities))
        ? { ...spoken, said: Math.max(spoken.end, ...a.content.map((c) => c.end)) }
        : insideUnnamed
          ? anonymous
          : null;
    const role = SPOKESPERSON_ROLE.exec(spoken.text);
    if (role)
      spokesperson =
        entity && (entity.type === 'ORG' || entity.type === 'MEDIA')
          ? { role: role[1].toLowerCase(), body: entity }
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
      (!givenNameFirst(entity.name) || calledOnlyABody(spoken.text, entity.name)) &&
      bodyKindFirst(spoken.text, entity.name)
    )
      entity.type = 'ORG';
    // "the news agency Westwire": a body the writer calls an outlet is one, whatever the recognizer said.
    if (PLACE_OR_BODY.has(entity.type) && describedAsOutlet(source.text)) entity.type = 'MEDIA';
    source.entity = entity.id;
    // The entity's type outranks the words of the phrase ("Haftar" is a person, whatever its label);
    // a document keeps its kind ("a study by Dale University"), unless it is the owner's ("its report").
    const kind = ENTITY_KIND[entity.type];
    if (OWNED_BODY.test(source.text)) source.kind = 'organization';
    // "the Coastline Review" names an outlet, though "review" is also a document word; so do
    // "the paper" and "the website" that are one.
    else if (
      kind &&
      (source.kind !== 'document' ||
        ownedBy(source.text) ||
        CAPITALISED_NAME.test(source.text) ||
        (entity.type === 'MEDIA' &&
          (PAPER_ALONE.test(source.text.trim()) || WEBSITE_ALONE.test(source.text.trim()))))
    )
      source.kind = kind;
    if (!byId.has(entity.id)) {
      entities.push(entity);
      byId.set(entity.id, entity);
    }
    addMention(entity, spoken.start, spoken.end, spoken.text, text);
    // "Ana Roe told staff that …, the Courier reported. She said …": an outlet relaying the speaker
    // before it leaves that speaker in focus.
    // "Skyreach said it had appealed after Wealdmoor Council refused permission. It said …": a speaker
    // reported inside the words of the one before leaves that one in focus, the sentence's subject.
    const reportedWithin = previousAttribution !== null && withinContent(a, previousAttribution);
    if (!(entity.type === 'MEDIA' && relaysPrevious(a, previousAttribution)) && !reportedWithin)
      previous = entity;
    if (!reportedWithin) previousAttribution = a;
  }
  mergeSameNames(entities, attributions);
  mergeGivenNames(entities, attributions);
  mergeSlipVariants(entities, attributions);
  mergeShortBodyNames(entities, attributions);
}

/** Whether `a`'s source, whole, and its cue lie inside one stretch of `outer`'s content. */
function sourceWithinContent(a: Attribution, outer: Attribution): boolean {
  const source = a.source;
  if (!source) return false;
  const from = Math.min(source.start, a.cue.start);
  const to = Math.max(source.end, a.cue.end);
  return outer.content.some((c) => c.start <= from && to <= c.end);
}

/**
 * "Speaking for the company, the same spokesman said …": the body a spokesperson's sentence opens
 * by naming, as a body's own source would be resolved; a person's name there is no body.
 */
function speakingFor(
  text: string,
  spoken: { start: number; end: number; text: string; kind: SourceKind },
  entities: Entity[],
  previous: Entity | null,
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  const phrase = bodySpokenFor(text, spoken);
  if (!phrase) return null;
  const named = resolveOne(text, { ...phrase, kind: 'organization' }, entities, previous, body, speaks);
  return named && (named.type === 'ORG' || named.type === 'MEDIA') ? named : null;
}

/** A spokesperson's role in a source, and its gender's word. */
const SPOKESPERSON_ROLE = /(?<!\p{L})spokes(man|woman|person)(?!\p{L})/iu;
/** "The spokesman", "the same spokeswoman": one who spoke for a body before. */
const SPOKESPERSON_AGAIN = /^the\s+(?:same\s+)?spokes(man|woman|person)$/i;

/**
 * "A spokesman for Orley Council said …. Mark Dent said …. The spokesman said …": "the
 * spokesman" is the last spokesperson again when that one spoke for a body, whoever spoke between;
 * a spokesman is no spokeswoman. A named spokesperson since (no body) leaves it to the name.
 */
function spokespersonAgainLater(phrase: string, last: { role: string; body: Entity } | null): Entity | null {
  const again = SPOKESPERSON_AGAIN.exec(phrase.trim());
  if (!again || !last) return null;
  const role = again[1].toLowerCase();
  return role === last.role || role === 'person' || last.role === 'person' ? last.body : null;
}

/** Whether `a`'s source and cue lie inside `outer`'s content. */
function withinContent(a: Attribution, outer: Attribution): boolean {
  const from = a.source?.start ?? a.cue.start;
  return outer.content.some((c) => c.start <= from && a.cue.end <= c.end);
}

/**
 * A phrase of place, time or manner fronted before the speaker and set off by a comma ("Outside
 * court, the company", "In a statement, Ms Roe"), when the tagger took it into the source. (No "\b"
 * after the word: JavaScript's is ASCII's, and "Inés Carrera, who …" would open with "In".)
 */
const FRONTED_ADVERBIAL =
  /^(?:outside|inside|in|at|after|before|on|during|since|from|within|later|earlier|meanwhile|separately|afterwards|yesterday|today|tonight|asked|speaking)(?!\p{L})[^,]{0,40},\s+(?=[\p{Lu}]|(?:the|a|an|its|their|his|her)\s)/iu;

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
