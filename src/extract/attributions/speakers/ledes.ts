/**
 * A lede's description of someone the article names later ("the harbour master said …", then
 * "Capt. Yusuf Darwish …"): the person or organisation the next paragraph or so introduces.
 */
import type { Entity, Range } from '../../../analysis/types.js';
import { TITLE_ABBREVIATIONS } from '../../../language/en/cues/titles.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';
import { FIRMS_BY_ROLE } from './bodyOrPerson.js';
import { CO_OPERATIVES, namedAsCompany, namedAsPublicBody } from './companies.js';
import {
  introducedAs,
  KIND_NAME_HEADS,
  LESSER_RANK_DESCRIBED,
  namesPerson,
  ORG_HEAD_WORDS,
} from './descriptions.js';
import { firstMention, pluralDoersLast, pluralTradeLast, SPEAKER_RULE, speakerOrg } from './mentions.js';
import { DETERMINERS } from './phrases.js';
import { personRole } from './roleHolders.js';
import { KIND_SPOKESPERSON } from './spokespeople.js';

/**
 * A description in the lede that nothing before it fits: someone or something the article names
 * later — the person introduced with its words or opening the next paragraph, then an organisation.
 */
export function describedInLede(
  text: string,
  head: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  // "…, a council spokesman said" then "Hepton City Council said …": a spokesperson by the kind of
  // body they speak for is that body, named later; the kind is no word of a person's appositive.
  // "…, a spokeswoman for the organisers said": a spokesperson for a described body speaks as that
  // body, named later, never the lede's own subject (which may be the one it answers).
  const forDescribed = SPOKESPERSON_FOR_DESCRIBED.exec(head.trim());
  if (forDescribed) {
    const described = forDescribed[1].replace(DETERMINERS, '');
    return (
      laterNamedOrganisation(described, at, entities) ??
      organisationSpeakingNext(text, described, at, entities, body, speaks)
    );
  }
  const spokesperson = KIND_SPOKESPERSON.exec(head.trim());
  if (spokesperson)
    return (
      laterNamedOrganisation(spokesperson[1], at, entities) ??
      organisationSpeakingNext(text, spokesperson[1], at, entities, body, speaks)
    );
  // "the health board responsible", "the authority responsible for the site": an adjective after
  // the head (and what it is responsible for) says which, not what.
  const role = head
    .replace(DETERMINERS, '')
    .replace(/\s+(?:(?:responsible|concerned|involved)(?:\s+(?:for|with|in)\s.*)?|in\s+question)$/s, '');
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

/** "a spokeswoman for the organisers": a spokesperson, then the body they speak for, described in lower case. */
const SPOKESPERSON_FOR_DESCRIBED =
  /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(the\s+\p{Ll}.*)$/isu;
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

/** A description looks this many characters ahead for the person it announces. */
const CATAPHORA_REACH = 600;
/** Description words shorter than this ("the", "new") say nothing about who is meant. */
const MIN_ROLE_WORD = 4;
/**
 * A lede names a role before the person ("the harbour master said …", then "Capt. Yusuf
 * Darwish, who has run the harbour for eleven years, said …"): when nothing before it fits, a
 * description of a person is the first person named within the next paragraph or so whose title
 * or appositive carries one of its words. The caller keeps this to the first paragraph.
 */
export function laterIntroducedPerson(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const words = description
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= MIN_ROLE_WORD && /^[\p{L}-]+$/u.test(w));
  if (words.length === 0 || !namesPerson(words[words.length - 1])) return null;
  const forms = words.flatMap((w) => [w, ...(TITLE_ABBREVIATIONS.get(w) ?? [])]);
  let best: Entity | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const first = firstMention(e);
    if (first <= at || first > at + CATAPHORA_REACH || first >= bestAt) continue;
    const m = e.mentions.find((x) => x.start === first)!;
    if (introducedAs(text, m, Number.POSITIVE_INFINITY, forms, LESSER_RANK_DESCRIBED.test(description))) {
      best = e;
      bestAt = first;
    }
  }
  return best;
}

/**
 * "…, its owners said." in a lede, then a paragraph opening "Saltby Leisure, which has run the pier
 * …, said": a lede's owner, operator or employer no one named before is the organisation whose
 * name opens the next paragraph. The caller keeps this to the first paragraph.
 */
export function organisationOpeningNextParagraph(
  text: string,
  role: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  if (!OWNER_ROLES.has(role.toLowerCase()) && !GOVERNING_ROLES.has(role.toLowerCase())) return null;
  const lede = body.findIndex((r) => r.start <= at && at < r.end);
  const next = lede >= 0 ? body[lede + 1] : undefined;
  if (!next) return null;
  // "The Halloway Museum said …": the name after the paragraph's "The", which no person's name takes.
  const the = /^\s*(?:The\s+(?=\p{Lu}))?/u.exec(text.slice(next.start, next.end))?.[0] ?? '';
  const opening = next.start + the.length;
  // "Tidewell Media, which owns 23 local titles, said": a name "which" follows is a thing's, whatever
  // place or person the recognizer took it for.
  const thing = (e: Entity, end: number) =>
    e.type === 'ORG' ||
    ((e.type === 'LOC' || e.type === 'PERSON') &&
      !firstNames().has(e.name.split(/\s+/)[0].toLowerCase()) &&
      (/^,\s*which\s/.test(text.slice(end, end + 8)) || /The\s+$/.test(the)));
  const e = namedAt(entities, opening, (x, end) => thing(x, end));
  if (e) e.type = 'ORG';
  return e ?? null;
}

/** Those who govern a body and speak for it ("its trustees announced"), named in a lede before it. */
export const GOVERNING_ROLES: ReadonlySet<string> = new Set(['trustees', 'governors', 'directors']);

/** Who owns, runs or employs: roles a business plays that a lede may give before its name. */
export const OWNER_ROLES: ReadonlySet<string> = new Set([
  'owner',
  'owners',
  'operator',
  'operators',
  'landlord',
  'landlords',
  'employer',
  'maker',
  'makers',
  'manufacturer',
  'developer',
  'developers',
]);

/** Heads of a lede's description of a public body that its name need not hold ("the care regulator"). */
// "the village administration" then "The Grauwald Municipal Council said": a place's governing body.
const PUBLIC_ROLES = new Set([
  'regulator',
  'watchdog',
  'agency',
  'authority',
  'inspectorate',
  'body',
  'administration',
]);
/**
 * Trades whose plural names a firm ("the auctioneers who run it" → "Pask Tolley"): a firm of
 * them is named after its partners, one by one they are people.
 */
const PLURAL_TRADE_FIRMS = new Set(['auctioneers', 'solicitors', 'architects', 'surveyors']);
/** A relative clause saying that the people described run, organise or manage something, or did. */
const RUNNING_CLAUSE =
  /\s(?:who|that)\s+(?:organi[sz]ed?|run|ran|manag(?:e|ed)|operated?)\s+(?:it|them|the\s)/i;
/** Heads of a description of whoever puts on an event, business or not ("its organisers"). */
const ORGANISER_ROLES = new Set(['organiser', 'organizer', 'promoter', 'organisation', 'organization']);

/**
 * "…, the care regulator announced." in a lede, then a paragraph opening "The Eastvale Care
 * Standards Board said …": a lede's description of a body by what it does ("the company that runs
 * the bridge", "the government's animal health agency"), which no body named before or after
 * answers by its words, is the organisation whose name opens the next paragraph as the subject of
 * its first report (`speaks` says whether a source starts at an offset). A company is no public
 * body, nor a regulator a company. The caller keeps this to the first paragraph.
 */
export function organisationSpeakingNext(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
  speaks: (start: number) => boolean,
): Entity | null {
  const words = description
    .toLowerCase()
    // "the company building the rocket", "a group representing local traders": a participle after
    // the head says what the body does; "the publisher behind them", what it stands behind.
    .split(
      /\s+(?:that|which|who|of|for|at|in|on|with|from|to|behind)\s|\s+\p{Ll}+ing\s+(?=(?:the|a|an|its|their)\s|(?:them|it)$)|(?<=\b(?:group|body|organi[sz]ation))\s+\p{Ll}+ing\s/u,
    )[0]
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const head = /[^s]s$/.test(last) && !BUSINESS_NOUNS.has(last) ? last.slice(0, -1) : last;
  const business =
    BUSINESS_NOUNS.has(head) ||
    CO_OPERATIVES.has(head) ||
    OWNER_ROLES.has(head) ||
    OWNER_ROLES.has(last) ||
    FIRMS_BY_ROLE.has(last) ||
    PLURAL_TRADE_FIRMS.has(last);
  const publicBody = PUBLIC_ROLES.has(head);
  // "the volunteers who organise it": people by what they run speak as the body that runs it.
  // "according to the federation that organised it": the clause may follow a source cut before it.
  const organiser =
    ORGANISER_ROLES.has(head) || RUNNING_CLAUSE.test(description) || runningClauseAfter(text, at);
  // "a group representing the county's chemists", "the regional rescue service": a body said to be
  // one, or named by the head its own name ends in ("… Rescue Service"); "a group of residents" is people.
  const grouped = BODY_WORDS.has(head) && !new RegExp(`\\b${head}\\s+of\\s`, 'i').test(description);
  // "the club that owns the ground" → "Deportivo Lorvano": a club's name seldom holds its kind.
  const club = CLUB_HEADS.has(head);
  // "the charity that runs it" → "The Coastal Lifeboat Service": a charity is named by its cause;
  // so is a trust ("the trust that runs both schools" → "Hexley Learning Partnership").
  const charity = CAUSE_NAMED.has(head);
  const headed = !business && !publicBody && !organiser && !grouped && !club && !charity;
  if (headed && !ORG_HEAD_WORDS.has(head)) return null;
  const lede = body.findIndex((r) => r.start <= at && at < r.end);
  const next = lede >= 0 ? body[lede + 1] : undefined;
  if (!next) return null;
  const opening = next.start + (/^\s*/.exec(text.slice(next.start, next.end))?.[0].length ?? 0);
  const named = /^the\s+/i.exec(text.slice(opening, opening + 4));
  const nameAt = opening + (named?.[0].length ?? 0);
  // "The Orley Lantern Federation, which …, lit 400 lanterns. It said …": a body whose sentence the
  // next resumes as a speaking "It" speaks there as well.
  if (!speaks(opening) && !resumedAsIt(text, nameAt, next.end, speaks)) return null;
  // "the company that runs the lift said …" then "Funivie Valdoria said …": a name with no given
  // name that the recognizer took for a person's is the body the lede described. So is a club
  // that puts on an event ("the race's organisers said …", then "Cairnmoor Fell Runners said …"),
  // or one the lede called a club ("Deportivo Lorvano").
  const e = namedAt(
    entities,
    nameAt,
    (x) =>
      x.type === 'ORG' ||
      (x.type === 'PERSON' &&
        (business || organiser || club) &&
        (!firstNames().has(x.name.split(/\s+/)[0].toLowerCase()) ||
          pluralTradeLast(x.name) ||
          pluralDoersLast(x.name) ||
          resumedAsIt(text, nameAt, next.end, speaks))),
  );
  // "the group that pays for them said" then "Wrenham Business Partnership said": so may a body
  // said only to be one.
  // So may a charity ("Tellbury Community Larder said"), named as no council or company is.
  if (!e)
    return business || organiser || grouped || charity
      ? unrecognisedNameAt(text, nameAt, next.end, entities, (name) => !charity || charityName(name))
      : null;
  if ((business && namedAsPublicBody(e.name)) || (publicBody && namedAsCompany(e.name))) return null;
  if (club && !CLUB_HEADS.has(nameHead(e.name)) && (namedAsPublicBody(e.name) || namedAsCompany(e.name)))
    return null;
  if (charity && !charityName(e.name)) return null;
  if (headed && nameHead(e.name) !== head) return null;
  e.type = 'ORG';
  return e;
}

/** Characters of a lede's sentence after a description's start searched for its relative clause. */
const CLAUSE_REACH = 120;

/** Whether the clause right after a description starting at `at`, up to a comma or the sentence's end, says it runs something. */
function runningClauseAfter(text: string, at: number): boolean {
  const clause = text.slice(at, at + CLAUSE_REACH).split(/[,;.!?]/)[0];
  return RUNNING_CLAUSE.test(clause);
}

/**
 * The entity `accept` takes whose mention starting at `at` is longest: "Pellow Brandt
 * Restructuring", not the shorter name the recognizer also found at its start ("Pellow Brandt").
 */
function namedAt(
  entities: Entity[],
  at: number,
  accept: (e: Entity, end: number) => boolean = () => true,
): Entity | undefined {
  let best: { entity: Entity; end: number } | undefined;
  for (const e of entities)
    for (const m of e.mentions)
      if (m.start === at && (!best || m.end > best.end) && accept(e, m.end)) best = { entity: e, end: m.end };
  return best?.entity;
}

/**
 * "Estrella Maritima said …. It said …": a name whose sentence the next one resumes as "It", a
 * source, is a thing's, though a given name opens it.
 */
function resumedAsIt(text: string, at: number, end: number, speaks: (start: number) => boolean): boolean {
  const stop = /[.!?]["”’]?\s+(?=\p{Lu})/gu;
  stop.lastIndex = at;
  const m = stop.exec(text.slice(0, end));
  if (!m) return false;
  const next = m.index + m[0].length;
  return /^It\s/.test(text.slice(next, next + 3)) && speaks(next);
}

/** A charity's name may end as a public body's does ("… Service", "… Trust"), never as a state's or a company's. */
function charityName(name: string): boolean {
  return !STATE_HEADS.has(nameHead(name)) && !namedAsCompany(name);
}

/** Capitalised words opening a stretch of text: a name the recognizer may have missed. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}(?![\p{L}'’&-])/u;
/** Capitalised words that open a sentence without naming anything. */
const NOT_A_NAME = /^(?:the|a|an|it|its|he|she|they|their|his|her|this|that|these|those|one|some)$/i;

/**
 * "…, the company running the service said." then a paragraph opening "Pathway Autonomy said …"
 * that the recognizer found no name in: the capitalised words the report's source opens with name
 * the business, unless a given name opens them; it becomes an entity.
 */
function unrecognisedNameAt(
  text: string,
  at: number,
  end: number,
  entities: Entity[],
  accept: (name: string) => boolean = () => true,
): Entity | null {
  const run = CAPITALISED_RUN.exec(text.slice(at, end))?.[0];
  if (!run || !accept(run)) return null;
  const first = run.split(/\s+/)[0];
  if (NOT_A_NAME.test(first) || firstNames().has(first.toLowerCase())) return null;
  return speakerOrg(run, entities, at);
}

/** Heads of the state's bodies' names, which no charity's takes. */
const STATE_HEADS = new Set([
  'council',
  'ministry',
  'department',
  'police',
  'parliament',
  'assembly',
  'government',
  'court',
  'tribunal',
  'executive',
]);

/** Kinds of body named by their cause or work, whose names seldom hold the kind. */
const CAUSE_NAMED = new Set(['charity', 'trust']);

/** Heads that say only that a body is one, of whatever kind ("the body that owned it"). */
const BODY_WORDS = new Set(['body', 'group', 'organisation', 'organization']);

/** The word a body's name is headed by: its last, or the last before "of" ("Office for Product Safety"). */
function nameHead(name: string): string {
  return (
    name
      .split(/\s+(?:of|for)\s+/)[0]
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? ''
  );
}

/** Heads of descriptions of a business that its own name seldom holds. */
const GENERIC_BUSINESS = new Set([
  'company',
  'firm',
  'business',
  'operator',
  'utility',
  'provider',
  'supplier',
]);

/** A plural owner opening a description ("growers' association", "the drivers' union"). */
const PLURAL_OWNER = /^(?:the\s+)?\p{Ll}[\p{L}-]*s['’]\s+(?=\p{Ll})/u;

/**
 * "…, the fire service said." in a lede, then "Kellshire Fire and Rescue Service said …": a lede's
 * description of a body no one named before is the first organisation named after it, within a
 * paragraph or so, whose name holds every word of the description. The caller keeps this to the
 * first paragraph.
 */
export function laterNamedOrganisation(description: string, at: number, entities: Entity[]): Entity | null {
  // "the mountain rescue team that found them": the relative clause says what the body did, not its name.
  // "the students' union" → "Ardley Students' Union": a plural's apostrophe is no part of the word.
  const bare = (w: string) => w.replace(/['’]s?$/, '');
  let words = description
    .toLowerCase()
    .split(/\s+(?:that|which|who)\s/)[0]
    // "the country's chess federation" → "Ardmore Chess Federation": whose it is is in no name.
    .replace(/^[\p{L}-]+['’]s\s+(?=\S)/u, '')
    .split(/\s+/)
    .map(bare)
    .filter((w) => w.length >= 3);
  if (words.length === 0 || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return null;
  // "the water company" → "Fenmoor Water", "the bus operator" → "Kestrel Buses": a business's generic
  // head is in no name, but what it supplies is.
  if (words.length > 1 && GENERIC_BUSINESS.has(words[words.length - 1])) words = words.slice(0, -1);
  let best: Entity | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  // "the charity that runs the railway" → "Brackwater Valley Railway Trust": a kind whose names end in
  // other heads ("charity": "… Trust", "… Foundation").
  const kindHeads = words.length === 1 ? KIND_NAME_HEADS.get(words[0]) : undefined;
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const first = firstMention(e);
    if (first <= at || first > at + CATAPHORA_REACH || first >= bestAt) continue;
    const name = e.name.toLowerCase().split(/\s+/).map(bare);
    if (
      kindHeads?.includes(name[name.length - 1]) ||
      words.every((w) =>
        // "exam" → "Examinations", "bus" → "Buses": a word the name's word begins with.
        name.some((n) => n === w || (n.startsWith(w) && (w.length >= 4 || n.length <= w.length + 2))),
      )
    ) {
      best = e;
      bestAt = first;
    }
  }
  // "the growers' association" → "Ardle Valley Vineyards Association": whose members a body is
  // for may be no word of its name, when no name holds it.
  if (!best && PLURAL_OWNER.test(description))
    return laterNamedOrganisation(description.replace(PLURAL_OWNER, ''), at, entities);
  return best;
}

/**
 * "…, its cabinet member for education said on Tuesday" then a paragraph opening "Rhys Penhale told
 * a meeting …": a lede's role with no name is the person whose full name opens the next paragraph,
 * named there for the first time and given no role of their own (an appositive after the name
 * would be another person's role; a clause opened by "who" is none). The caller keeps this to the
 * first paragraph.
 */
export function personOpeningNextParagraph(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const head = description
    .toLowerCase()
    .split(/\s+(?:of|for|at|in|on|with|from|to|who|whom|whose|which|that)\s+/)[0]
    .split(/\s+/)
    .pop();
  if (!head || !namesPerson(head)) return null;
  return personNamedOpeningNextParagraph(text, at, entities, body);
}

/** Roles whose holder speaks for the body that has them, whoever holds them ("the club's spokeswoman"). */
const VOICE_ROLES = /spokes|representative|lawyer|solicitor|attorney|barrister|agent|advis[eo]r/;

/**
 * "…, the club's water keeper said." or "…, its chairman confirmed." in a lede, then a paragraph
 * opening "Nia Trevellick, who has walked the banks for the club since 2030, said": a person's role
 * the lede gives by whose it is is the person named in full as the next paragraph opens with no role
 * of their own, not the body the role belongs to. A spokesperson or a lawyer speaks for the body.
 * The caller keeps this to the first paragraph, after looking for a holder named with the role.
 */
export function ownedRoleNamedNext(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const role = personRole(description);
  if (!role || VOICE_ROLES.test(role)) return null;
  return personNamedOpeningNextParagraph(text, at, entities, body);
}

/** Paragraphs after a lede that may go on describing its person by a pronoun before naming them. */
const MAX_DESCRIBING_PARAGRAPHS = 2;

/**
 * The person named in full as the paragraph after the lede (holding `at`) opens, when no role is set
 * off after the name: whom a lede's description of a person ("the bridge inspector", "the venue's
 * owner") stands for. Paragraphs that open with "She" or "He" go on describing the lede's person
 * ("She started with two ponies …"), and the name may come after them.
 */
export function personNamedOpeningNextParagraph(
  text: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const lede = body.findIndex((r) => r.start <= at && at < r.end);
  if (lede < 0) return null;
  let k = lede + 1;
  while (
    k < body.length &&
    k - lede <= MAX_DESCRIBING_PARAGRAPHS &&
    /^\s*(?:She|He)\s/.test(text.slice(body[k].start, body[k].end))
  )
    k++;
  const next = body[k];
  if (!next) return null;
  const opening = next.start + (/^\s*/.exec(text.slice(next.start, next.end))?.[0].length ?? 0);
  for (const e of entities) {
    // Named first there: a description the resolver already gave the person does not count.
    if (e.type !== 'PERSON' || firstNamed(e) !== opening) continue;
    const m = e.mentions.find((x) => x.start === opening)!;
    // A relative clause after the name ("Gail Roe, who stood for …, said", "Sam Pell, whose firm …")
    // gives no role of its own, nor does an age ("Rhodri Vaughan, 34, who …").
    if (/\s/.test(m.text) && !/^\s*,(?!\s*(?:who(?:se)?\s|\d{1,3},))/.test(text.slice(m.end, next.end)))
      return e;
  }
  return null;
}

/** Where the text first names an entity, leaving out the mentions the speaker resolver added. */
function firstNamed(e: Entity): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of e.mentions) if (m.rule !== SPEAKER_RULE && m.start < first) first = m.start;
  return first;
}
