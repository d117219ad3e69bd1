/**
 * One source phrase to the entity it stands for, in the order its shapes are tried: a document, a
 * bare head ("police"), a body's name, a name it gives itself, relatives, possessives, pronouns,
 * relative pronouns, groups and people by role, names, descriptions; else a new entity of the name
 * it holds. Offsets are UTF-16.
 */
import type { Entity, EntityType, Range, SourceKind } from '../../../analysis/types.js';
import { PERSON_PRONOUNS } from '../../../language/en/cues/sourceWords.js';
import { PRONOUN_TYPES } from '../../../language/en/cues/titles.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { ORG_HEADS } from '../../../language/en/gazetteers/nameHeads.js';
import { findEntityByName } from '../../entities/index.js';
import { namedTogether, ROLE_BEFORE_NAMES } from './anonymous.js';
import { kindApposedEarlier, kindNamedEarlier, namedBodyWithHead, ownedOrganisation } from './bodies.js';
import {
  BODY_HEADS,
  BODY_KINDS,
  bodyEntity,
  bodyHeaded,
  bodyName,
  DESCRIBED_NAME,
  FORMED_GROUP,
  GROUP_APPOSITIVE,
  KIND_THEN_NAME,
  OWNED_BODY,
  placeOpeningKindName,
  thingNamed,
} from './bodyNames.js';
import { businessRoleBefore } from './bodyOrPerson.js';
import {
  apposedWith,
  clubInFocus,
  firmInFocus,
  landlordAsOwner,
  latestCompany,
  namedAsCompany,
  overseerInFocus,
  soleClubNamed,
} from './companies.js';
import { namesPerson, OUTLET_KINDS, resolveDescription, sameDescription } from './descriptions.js';
import {
  ownedDocumentAgain,
  QUOTED_TITLE,
  TITLE_AFTER,
  TITLE_REACH,
  untitledDocument,
  workEntity,
} from './documents.js';
import {
  businessApposedEarlier,
  fullerPerson,
  knownAsEarlier,
  longerName,
  widenedToLead,
} from './fullerNames.js';
import { genderOfPerson } from './gender.js';
import { earlierHeadOfName, earlierNamedGroup, modifiedGroup } from './groups.js';
import {
  KIN_NOUNS,
  kinNamedConversely,
  namedAsKin,
  relativeNamedNext,
  SPOUSES,
  spouseBySurname,
} from './kin.js';
import {
  describedInLede,
  GOVERNING_ROLES,
  laterIntroducedPerson,
  OWNER_ROLES,
  organisationOpeningNextParagraph,
  ownedRoleNamedNext,
  personNamedOpeningNextParagraph,
  personOpeningNextParagraph,
} from './ledes.js';
import {
  entityCovering,
  firstMention,
  lastMentionBefore,
  nextId,
  sentenceEnds,
  speakerOrg,
} from './mentions.js';
import { namePart, startsName } from './names.js';
import {
  MAGAZINE_ALONE,
  NEWSLETTER_ALONE,
  NEWSPAPER_ALONE,
  newsletterNamedBefore,
  outletJustCited,
  outletTold,
  paperMeaningOutlet,
  paperNamedAfterKind,
} from './outlets.js';
import {
  agedPersonNamedNext,
  epithetOfPrevious,
  groupNamedWhole,
  ONE_OF_GROUP,
  peopleOf,
  peoplePlural,
  personOfAge,
  personOfParagraph,
  personReadAsPlace,
  personWithSurname,
  unnamedPerson,
  workerAt,
} from './people.js';
import { DETERMINERS, inLede, opensSentence, ownedBy, relativeClauseStart } from './phrases.js';
import {
  entityEndingBefore,
  groupSubjectBefore,
  INDEFINITE_PRONOUNS,
  personBeforeAppositive,
  personSubjectBefore,
  resolvePronoun,
  thingBeforeWhich,
  thingSpeakingBefore,
} from './pronouns.js';
import { laterRoleHolder } from './roleHolders.js';
import {
  apposedName,
  BARE_SPOKESPERSON,
  bodyInFocus,
  KIND_SPOKESPERSON,
  REPRESENTATIVES,
  SPOKESPERSON_FOR,
  SPOKESPERSON_FOR_KIND,
  SPOKESPERSON_FOR_OWNED,
  SPOKESPERSON_FOR_PLACE,
  spokespersonBefore,
} from './spokespeople.js';
import { partyToSale } from './trades.js';

/** A described source that ends in a relative pronoun, its clause cut off ("the group that"). */
const DANGLING_RELATIVE = /^((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+\S.*?)\s+(?:that|which|who)\s*$/su;

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
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
/** Prepositions that open what a source is about, not whom it belongs to. */
const TOPIC_PREPOSITION = /\s(?:into|about|over|against|regarding|concerning)\s/;
const KIND_TYPE: Partial<Record<SourceKind, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  media: 'MEDIA',
};

/** "The Lavrenti regional government", "the Harlow county council": "the", a place, lower-case kind words. */
const PLACE_BODY =
  /^[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:(?:regional|provincial|state|county|city|federal|local|national)\s+)?(?:government|administration|authorities|council|assembly))$/u;

/**
 * "the police and crime commissioner", "the chairman and chief executive": lower-case words under one
 * determiner, ending in a word that names a person by role, are one office, not two sources. So are
 * they before one name set off by a comma ("Its founder and managing director, Derek Hollins").
 */
function oneRoleWithAnd(phrase: string): boolean {
  const comma = phrase.indexOf(',');
  const apposed = comma > 0 ? phrase.slice(comma + 1) : '';
  if (/\s(?:and|&)\s/.test(apposed)) return false;
  const role = comma > 0 ? phrase.slice(0, comma) : phrase;
  const m =
    /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+)*([\p{Ll}-]+)$/u.exec(
      role.trim(),
    );
  // A name after the comma says the roles are a person's, whatever the last word is ("executive").
  return (
    !!m &&
    !/\s(?:and|&)\s+(?:the|a|an|its|their|his|her)\s/i.test(role) &&
    (comma > 0 ? /^\s*\p{Lu}/u.test(apposed) : namesPerson(m[1]))
  );
}

/**
 * "The man who drove the birds to France and released them, Jean-Marc Delorme": an "and" inside a
 * relative clause, before a name set off by a comma, joins the clause's verbs, not two sources
 * (`at` is where the "and" starts). "The man who drove it and the woman who …" joins two people.
 */
function joinsClauseVerbs(phrase: string, at: number): boolean {
  const comma = phrase.indexOf(',', at);
  const relative = /\s(?:who|which|that)\s/.exec(phrase);
  return (
    comma > 0 &&
    relative !== null &&
    relative.index < at &&
    /^\s(?:and|&)\s+(?!(?:the|a|an|his|her|their|its|one|another)\s)\p{Ll}/u.test(phrase.slice(at)) &&
    /^\s*\p{Lu}/u.test(phrase.slice(comma + 1))
  );
}

/** "The United Nations mission in …": capitalised words, a lower-case kind, then where it is; the match is " in". */
const NAMED_KIND_IN_PLACE = /(?<=^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Ll}+)\s(?:in|at)\s/u;

/** A statement a body issued, up to its maker ("A statement from "); the maker follows. */
const STATEMENT_FROM =
  /^(?:[Aa]n?|[Tt]he)\s+(?:(?:brief|short|joint|written|new|later|further)\s+)?(?:statement|announcement)\s+(?:(?:issued|released)\s+)?(?:from|by)\s+(?=\S)/;

/** "Officials at the University of Corrow": a body's people, named by where they work, speak as it. */
const PEOPLE_AT =
  /^(?:[Ss]enior\s+)?(?:[Oo]fficials|[Ss]taff|[Mm]anagers|[Ee]xecutives|[Bb]osses)\s+(?:at|from)\s+(?=(?:the\s+)?\p{Lu})/u;

/** "the university's vice-chancellor": an office a body has, which a person holds. */
const OWNED_OFFICE =
  /^the\s+[\p{L}-]+['’]s\s+(?:vice-chancellor|chancellor|chairman|chairwoman|president|vice-president|captain|treasurer|principal|headteacher|head\s+teacher|mayor|bishop|dean|chief\s+executive|managing\s+director)$/iu;

/** A name a source gives itself, at its end ("… calling itself Quiet Harbour"). */
const SELF_NAMED =
  /\b(?:calling|calls|call|called)\s+(itself|themselves|himself|herself)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})$/u;

/** A name of capitalised words, maybe after "the" ("The DSO", "the Yard"). */
const CAPITALISED_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;

/** Capitalised names joined by "&" ("Holt & Pryce"). */
const FIRM_OF_NAMES =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+&\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

export function resolveOne(
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
  // "The DSO denied …" after "The Driving Standards Office, known … as the DSO": the short name's body.
  if (CAPITALISED_NAME.test(source.text.trim())) {
    const known = knownAsEarlier(text, source.text.trim(), source.start, entities);
    if (known) return known;
  }
  // "A statement from Deportivo Lorvano": what a body issues in its own words is its voice.
  const issued = STATEMENT_FROM.exec(source.text);
  if (issued) {
    const from = source.start + issued[0].length;
    return resolveOne(
      text,
      { ...source, start: from, text: text.slice(from, source.end) },
      entities,
      previous,
      body,
      speaks,
    );
  }
  const peopleAt = PEOPLE_AT.exec(source.text);
  if (peopleAt) {
    const from = source.start + peopleAt[0].length;
    const where = resolveOne(
      text,
      { ...source, start: from, text: text.slice(from, source.end), kind: 'organization' },
      entities,
      previous,
      body,
      speaks,
    );
    if (where && where.type !== 'PERSON' && where.type !== 'LOC' && where.type !== 'GPE') return where;
  }
  // "minutes seen by the Evening Post", "a study by researchers at …": an untitled document is no
  // one's voice, whoever is named inside the phrase.
  if (!title && untitledDocument(source.text)) {
    // "The report, titled “…”, said": the title set off after the phrase names the work.
    const after = TITLE_AFTER.exec(text.slice(source.end, source.end + TITLE_REACH));
    return after
      ? workEntity(after[1], entities)
      : (ownedDocumentAgain(source, entities) ?? paperMeaningOutlet(text, source, entities));
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
  // "The owners, Brian and Carol Ashton, who …": people named together after their role are no one entity.
  if (ROLE_BEFORE_NAMES.test(source.text) && namedTogether(source, entities)) return null;
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
  // "Crust & Crumb said", "Loft & Wing, a weekly paper for fanciers": capitalised words joined by "&"
  // alone (before any comma) are one name (a firm, a band, a paper); prose joins two people with "and".
  const oneName = and?.[0].trim() === '&' && FIRM_OF_NAMES.test(source.text.split(',')[0].trim());
  if (
    and &&
    !inAppositive &&
    !oneName &&
    !oneRoleWithAnd(source.text) &&
    !joinsClauseVerbs(source.text, and.index)
  ) {
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
  // "An EBU official": one of a body's people, its acronym a modifier, as "a council official" is
  // (below), not the body the acronym names.
  if (
    /^(?:An?|One)\s+\p{Lu}{2,6}\s+\p{Ll}/u.test(head) &&
    unnamedPerson(head) &&
    !/spokes|representative|\sfor\s/i.test(head)
  )
    return null;
  const lower = head.toLowerCase();
  // "His son said …": a relative is someone else, the one the article named with that word, else no one named.
  const kin = /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+)$/u.exec(head.trim());
  if (kin && KIN_NOUNS.has(kin[1]))
    return (
      namedAsKin(text, kin[1], source.start, entities) ??
      kinNamedConversely(text, head.trim().split(/\s+/)[0], kin[1], source.start, entities) ??
      (SPOUSES.has(kin[1])
        ? spouseBySurname(text, head.trim().split(/\s+/)[0], source.start, entities)
        : null)
    );
  // "its report", "their statement": whoever the possessive points back to.
  const owner = ownedBy(head);
  // "Lecturers at the university will strike, their union said": the union, not its members' employer.
  const ownedBody = owner ? ownedOrganisation(text, head, source.start, entities, body, speaks) : null;
  if (ownedBody) return ownedBody;
  // "Its manager said …" with no manager named before, then "The larder's manager, Bernadette
  // Quayle": the person, not the body "its" points back to.
  const holder = owner ? laterRoleHolder(text, head, source.start, entities) : null;
  if (holder) return holder;
  // "…, its chairman confirmed." in a lede: the person the next paragraph names, not what "its" stands for.
  const namedNext =
    (owner === 'it' || owner === 'they') && inLede(body, source.start)
      ? ownedRoleNamedNext(text, head, source.start, entities, body)
      : null;
  if (namedNext) return namedNext;
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
  // "…, the trust that runs it said": a source cut to the object of a relative clause speaks as
  // the clause's head, not as what the pronoun points back to.
  const clause = lower === 'it' || lower === 'them' ? relativeClauseStart(text, source.start) : -1;
  if (clause >= 0)
    return resolveOne(
      text,
      { ...source, start: clause, text: text.slice(clause, source.end) },
      entities,
      previous,
      body,
      speaks,
    );
  // "…, the group that pays for them said" with the source cut to "the group that": the head
  // before the relative pronoun speaks.
  const cut = DANGLING_RELATIVE.exec(source.text);
  if (cut)
    return resolveOne(
      text,
      { ...source, end: source.start + cut[1].length, text: cut[1] },
      entities,
      previous,
      body,
      speaks,
    );
  const types = PRONOUN_TYPES.get(lower);
  if (types) {
    const subject =
      lower === 'they' || lower === 'it'
        ? groupSubjectBefore(text, source.start, entities, body, types)
        : lower === 'he' || lower === 'she'
          ? (personSubjectBefore(text, source.start, lower, entities) ??
            spokespersonBefore(text, source.start, lower, entities))
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
  // So does an age's ("A 54-year-old father of three from Hollinby").
  const complement = /^(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\d]/u.test(named)
    ? /\s(?:of|who|whom|whose|which|that)\s/.exec(named)
    : NAMED_KIND_IN_PLACE.exec(named);
  const reach = complement ? complement.index : named.length;
  const covered =
    person?.type === 'PERSON'
      ? person
      : entityCovering(entities, source.start + offset, source.start + offset + reach);
  // "the local newspaper Marvella Today": a place that only opens the name after a kind of body is
  // no speaker; the name is read below.
  // "A 17-year-old from Carlowe": where someone described is from is no speaker either (a body
  // there still is: "a spokeswoman from the council").
  const from = /^(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\d]/u.test(named) ? named.search(/\sfrom\s/) : -1;
  const placeFrom =
    from >= 0 &&
    (covered?.type === 'LOC' || covered?.type === 'GPE') &&
    covered.mentions.some(
      (m) => m.start > source.start + offset + from && m.start < source.start + offset + reach,
    );
  const covering = covered && (placeOpeningKindName(named, covered) || placeFrom) ? null : covered;
  // "Caddon Water" where only "Caddon" was recognised: the longer name is another thing's.
  const longer = covering ? longerName(text, covering, source.start + offset, named) : null;
  if (longer) return findEntityByName(entities, longer, source.start) ?? speakerOrg(longer, entities);
  if (covering && widenedToLead(text, covering, source.start + offset, named)) return covering;
  if (covering) return fullerPerson(covering, entities, source.start) ?? covering;
  if (/^\p{Lu}/u.test(head) && !DETERMINERS.test(head)) {
    const named = findEntityByName(entities, head, source.start);
    if (named) return named;
    const business = businessApposedEarlier(text, head.trim(), source.start);
    if (business)
      return (
        findEntityByName(entities, business.name, source.start) ??
        speakerOrg(business.name, entities, business.at)
      );
    const placed = personReadAsPlace(entities, head, source.start);
    if (placed) {
      placed.type = 'PERSON';
      return placed;
    }
  }
  if (DETERMINERS.test(head)) {
    const described = resolveDescribed(text, source, entities, previous, body, speaks, {
      head,
      offset,
      named,
    });
    // "the university's vice-chancellor", never named: an office is a person's, not the body's.
    return described && described.type !== 'PERSON' && OWNED_OFFICE.test(head.trim()) ? null : described;
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
 * A source opened by a determiner ("the force", "a spokesman for the firm", "The 47-year-old"):
 * a described speaker, resolved by what the phrase describes and what the article said before it.
 * `head` is the phrase up to its appositive (at `offset` in the source), `named` the part of it
 * that may hold a name.
 */
function resolveDescribed(
  text: string,
  source: { start: number; end: number; text: string; kind: SourceKind },
  entities: Entity[],
  previous: Entity | null,
  body: readonly Range[],
  speaks: (start: number) => boolean,
  phrase: { head: string; offset: number; named: string },
): Entity | null {
  const { head, offset, named } = phrase;
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
  const aged = agedPersonNamedNext(text, head, source, entities, speaks);
  if (aged) return aged;
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
  // "A spokesman for Pelman Claims" after "Pellman Claims": a name the recognizer missed may be a
  // body's already named, spelt a letter apart.
  const forName =
    /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)$/iu.exec(
      head.trim(),
    );
  const spokenFor = forName ? findEntityByName(entities, forName[1], source.start) : null;
  if (spokenFor && spokenFor.type !== 'PERSON' && lastMentionBefore(spokenFor, source.start) >= 0)
    return spokenFor;
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
    // "the authority responsible for the site said …. A spokeswoman for the authority said": the
    // body that earlier description was resolved to (a bare "the firm" may have been another's).
    const described = sameDescription(`the ${forKind[1]}`, source.start, entities, true);
    if (described) return described;
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
  // "The study's authors" speak for the study; "the review board's report" for the board.
  const owner = /^(?:the|a|an)\s+((?:\p{Ll}[\p{L}-]*\s+)?[\p{L}-]+)['’]s\b/iu.exec(head);
  const description = owner ? owner[1] : named.trim().replace(DETERMINERS, '');
  // "the venue's owner told staff" in a lede: whoever owns the venue (a body or a person named as the
  // next paragraph opens), never the venue itself.
  const ownerRole = owner ? /['’]s\s+(\p{Ll}+)$/u.exec(head.trim())?.[1] : undefined;
  // "the harbour's trustees said": those who govern it speak for the body that runs it, named next.
  if (
    ownerRole &&
    (OWNER_ROLES.has(ownerRole) || GOVERNING_ROLES.has(ownerRole)) &&
    inLede(body, source.start)
  )
    return (
      organisationOpeningNextParagraph(text, ownerRole, source.start, entities, body) ??
      personNamedOpeningNextParagraph(text, source.start, entities, body)
    );
  // "The school's head teacher said …", named only later ("The head teacher, Helen Roscoe"): the
  // person, not the school the possessive names.
  // "…, the clockmaker who has wound it for 31 years said." in a lede, then a paragraph opening
  // "Walter Ince, whose family firm …": the person named as the next paragraph opens, not one
  // introduced with the same noun further on ("Another clockmaker, Priya Ramsden").
  const openingNext =
    !owner && inLede(body, source.start)
      ? personOpeningNextParagraph(text, description, source.start, entities, body)
      : null;
  if (openingNext) return openingNext;
  const holder = laterRoleHolder(text, head, source.start, entities);
  if (holder) return holder;
  // "…, the club's bailiff said." in a lede: the person the next paragraph names, not the club.
  const namedNext =
    owner && inLede(body, source.start) ? ownedRoleNamedNext(text, head, source.start, entities, body) : null;
  if (namedNext) return namedNext;
  const described =
    partyToSale(text, description, source.start, entities) ??
    landlordAsOwner(head, source.start, entities, text) ??
    firmInFocus(description, source.start, text, previous) ??
    resolveDescription(text, description, source.start, entities) ??
    earlierNamedGroup(text, description, source.start, entities, body) ??
    earlierHeadOfName(text, description, source.start, entities, body) ??
    modifiedGroup(text, description, source.start, entities) ??
    latestCompany(description, source.start, entities, text) ??
    overseerInFocus(description, previous) ??
    clubInFocus(description, source.start, text, previous) ??
    soleClubNamed(description, source.start, entities) ??
    kindNamedEarlier(text, description, source.start, entities, body) ??
    kindApposedEarlier(text, description, source.start, entities) ??
    (MAGAZINE_ALONE.test(head.trim())
      ? (paperNamedAfterKind(text, source.start, entities) ?? outletJustCited(text, source.start, previous))
      : null) ??
    (NEWSLETTER_ALONE.test(head.trim()) ? newsletterNamedBefore(text, source.start, entities) : null) ??
    (NEWSPAPER_ALONE.test(head.trim())
      ? (paperNamedAfterKind(text, source.start, entities) ??
        outletTold(text, source.start, entities) ??
        outletJustCited(text, source.start, previous))
      : null) ??
    (inLede(body, source.start) ? describedInLede(text, head, source.start, entities, body, speaks) : null);
  if (described) return described;
  // "the charity that runs it said" …. "the charity's own figures": the owner the article's
  // description of it was resolved to.
  if (owner) return sameDescription(`the ${owner[1].split(/\s+/).pop()}`, source.start, entities);
  return (
    sameDescription(head, source.start, entities) ??
    epithetOfPrevious(text, head, source.start, previous) ??
    relativeNamedNext(text, head, source.start, entities)
  );
}
