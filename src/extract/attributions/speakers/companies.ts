/**
 * Businesses and public bodies: "the company", "the firm", "the regulator" or "the club" as the
 * body in focus, and whether a name is a company's or a public body's.
 */
import type { Entity } from '../../../analysis/types.js';
import { COMPANY_HEADS } from '../../../language/en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import {
  COMPANY_SUFFIXES,
  COMPANY_HEADS as NAME_COMPANY_HEADS,
} from '../../../language/en/gazetteers/companySuffixes.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';
import { CLUB_HEADS } from '../../../language/en/gazetteers/sportsWords.js';
import { endsInTrade } from '../../../language/ner/placeNamedBodies.js';
import { ORG_HEAD_WORDS } from './descriptions.js';
import { lastMentionBefore, nearest, nearestOrgMention, sentenceEnds, speakerOrg } from './mentions.js';
import { givenNameFirst } from './phrases.js';

/**
 * Businesses named by their kind as a company is: one its members own ("Calderbrook Dairies … The
 * co-operative said"), a games or film studio, a record label.
 */
export const CO_OPERATIVES = new Set(['co-operative', 'cooperative', 'co-op', 'studio', 'label']);

/**
 * "The company said", "a spokesperson for the company": the organisation named last before, when
 * the description is a generic business head or someone speaking for one.
 */
export function latestCompany(description: string, at: number, entities: Entity[], text = ''): Entity | null {
  // "a spokesperson for the company" speaks for it; "a senior manager at the company" is one of its
  // people speaking for themselves, no more the company than any employee.
  const lower = description.toLowerCase();
  const speaksFor =
    /^(?:\S+\s+)?(?:spokes(?:man|woman|person)|representative|statement|lawyer|lawyers)\s+(?:for|of|from)\s+the\s+(?=\S+(?:\s+\S+)?$)/;
  const words = (speaksFor.test(lower) ? lower.replace(speaksFor, '') : lower).split(/\s+/);
  if (words.length === 1 && !COMPANY_HEADS.has(words[0]) && BUSINESS_NOUNS.has(words[0]))
    return apposedWith(words[0], at, entities, text) ?? doneBy(words[0], at, entities, text);
  if (words.length === 2 && COMPANY_HEADS.has(words[1]) && /^\p{Ll}+$/u.test(words[0]))
    return describedByTrade(words[0], at, entities, text);
  if (words.length !== 1 || !(COMPANY_HEADS.has(words[0]) || CO_OPERATIVES.has(words[0]))) return null;
  // A court, a council or a union is no company: one named as a company wins, then any other
  // organisation but a public body or a union.
  const company = nearest(
    entities,
    at,
    (e) =>
      (e.type === 'ORG' && namedAsCompany(e.name)) ||
      (e.type === 'PERSON' &&
        (tradeCompounded(e.name) ||
          ownerOfSomething(e, text) ||
          carrierNamed(e.name) ||
          establishmentsNamed(e.name))),
  )?.entity;
  // "… Quillon engineers had warned …. The company said …": a business named bare in the sentence
  // just before, and since the last one named as a company, is the one meant.
  const bare = nearest(entities, at, bareNamedBusiness);
  if (bare && (!company || bare.at > lastMentionBefore(company, at)) && sentenceEnds(text, bare.at, at) <= 1)
    return bare.entity;
  // "Holloway Agrochemicals", read as a person's name: no person is named after a trade.
  if (company?.type === 'PERSON') company.type = 'ORG';
  return (
    company ??
    nearest(entities, at, (e) => e.type === 'ORG' && !namedAsPublicBody(e.name))?.entity ??
    apposedBusiness(text, at, entities)
  );
}

/**
 * "Kettlewell Taverns, which runs 60 pubs …. A spokeswoman for the pub company": a business by a
 * trade its name does not hold is the one named last whose "which" or "that" clause right after
 * its name says it deals in that trade.
 */
function describedByTrade(trade: string, at: number, entities: Entity[], text: string): Entity | null {
  // "lorry" → "lorries", "pub" → "pubs".
  const plural = /[^aeiou]y$/.test(trade) ? `${trade.slice(0, -1)}(?:y|ies)` : `${trade}(?:s|es)?`;
  const dealsIn = new RegExp(`^,\\s*(?:which|that)\\s[^.;!?]{0,60}?\\b${plural}\\b`, 'i');
  const found = nearest(
    entities,
    at,
    (e) =>
      (e.type === 'ORG' || (e.type === 'PERSON' && !givenNameFirst(e.name))) &&
      e.mentions.some((m) => m.end <= at && dealsIn.test(text.slice(m.end, m.end + 90))),
  )?.entity;
  if (found?.type === 'PERSON') found.type = 'ORG';
  return found ?? null;
}

/**
 * "the plant, which is owned by Pirotecnica Solari": a name with no listed given name first that
 * owns or runs something is a business's, whatever the recognizer made of it.
 */
function ownerOfSomething(e: Entity, text: string): boolean {
  if (firstNames().has(e.name.split(/\s+/)[0].toLowerCase()) || !/\s/.test(e.name)) return false;
  return e.mentions.some((m) =>
    /\b(?:owned|run|operated|managed)\s+by\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
}

/**
 * "Marlow Bakeries", read as a person's name: a name ending in a trade is a business's, though a
 * given name may open it when the trade is a plural one ("Bakeries"; a surname such as "Power" is no plural).
 */
function establishmentsNamed(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return /\s/.test(name) && endsInTrade(name) && (!givenNameFirst(name) || /\p{Ll}s$/u.test(last));
}

/** Last words of carriers' names ("Halvard Line", "Northsea Ferries"): shipping and ferry companies. */
const CARRIER_HEADS = new Set(['line', 'lines', 'ferries']);

/** A name opening with no listed given name and ending in a carrier's head: a company's, never a person's. */
function carrierNamed(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  return (
    words.length > 1 &&
    /^\p{Lu}/u.test(last) &&
    CARRIER_HEADS.has(last.toLowerCase()) &&
    !firstNames().has(words[0].toLowerCase())
  );
}

/** An organisation named with no word for what kind of body it is ("Quillon"), and no public body. */
function bareNamedBusiness(e: Entity): boolean {
  const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
  return e.type === 'ORG' && !ORG_HEAD_WORDS.has(last) && !namedAsPublicBody(e.name) && !/\s/.test(e.name);
}

/**
 * "The train operator, Eastmarch Trains, said …" then "a spokesperson for the operator": a business
 * by a noun of its trade is the organisation last set off by a comma after that noun.
 */
export function apposedWith(noun: string, at: number, entities: Entity[], text: string): Entity | null {
  const from = Math.max(0, at - APPOSED_BUSINESS_REACH);
  const apposed = new RegExp(`(?<!\\p{L})${noun},\\s+(?:the\\s+)?$`, 'iu');
  return nearestOrgMention(
    entities,
    at,
    (m) => m.start >= from && apposed.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
}

/**
 * "an update supplied by Brightwater Software … a spokeswoman for the supplier": a business by the
 * noun of its trade is the organisation last named as the agent of that trade's verb ("supplied by",
 * "operated by", "developed by"), within the reach of an apposition.
 */
function doneBy(noun: string, at: number, entities: Entity[], text: string): Entity | null {
  const stem = /^(\p{Ll}{4,}?)(?:ier|er|or)$/u.exec(noun)?.[1];
  const verbs = [...(stem ? [`${stem}(?:ied|ed|d)`] : []), ...(DONE_BY.get(noun) ?? [])];
  if (verbs.length === 0) return null;
  const from = Math.max(0, at - APPOSED_BUSINESS_REACH);
  const agent = new RegExp(`(?<!\\p{L})(?:${verbs.join('|')})\\s+by\\s+(?:the\\s+)?(?=\\p{Lu})`, 'gu');
  let found: Entity | null = null;
  for (const m of text.slice(from, at).matchAll(agent)) {
    const start = from + m.index + m[0].length;
    const e = entities.find((x) => x.type === 'ORG' && x.mentions.some((k) => k.start === start));
    if (e) found = e;
  }
  return found;
}

/** Verbs, beyond the noun's own, whose agent a business noun names ("run by" for the operator). */
const DONE_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['operator', ['run', 'managed']],
  ['owner', ['owned']],
  ['owners', ['owned']],
  ['landlord', ['owned']],
  ['manager', ['run', 'managed']],
  ['manufacturer', ['built', 'made']],
  ['maker', ['built', 'made']],
]);

/** A name whose last word is a trade compounded ("Agrochemicals", "Biotechnologies"): a company's, never a person's. */
function tradeCompounded(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  return words.length > 1 && [...BUSINESS_HEADS].some((h) => h.length >= 5 && last !== h && last.endsWith(h));
}

/** Characters before a description looked through for a business named in apposition. */
const APPOSED_BUSINESS_REACH = 3000;
/** "The developer, Kingsmere Homes, will build …": a business noun, then a name set off by commas. */
const APPOSED_BUSINESS =
  /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+([\p{Ll}]+),\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}),/gu;

/**
 * The business the article introduced as one in apposition ("The developer, Kingsmere Homes, …"),
 * the last before `at`, when the recognizer found no name there: it becomes an entity.
 */
function apposedBusiness(text: string, at: number, entities: Entity[]): Entity | null {
  const from = Math.max(0, at - APPOSED_BUSINESS_REACH);
  let found: { index: number; name: string } | null = null;
  for (const m of text.slice(from, at).matchAll(APPOSED_BUSINESS))
    if (BUSINESS_NOUNS.has(m[1]))
      found = { index: from + m.index + m[0].indexOf(m[2], m[0].indexOf(',')), name: m[2] };
  if (!found) return null;
  const known = entities.find((e) => e.name === found.name);
  if (known) return known.type === 'PERSON' ? null : known;
  return speakerOrg(found.name, entities, found.index);
}

/** Last words of the names of bodies that are not companies: public bodies, courts, unions, charities. */
const PUBLIC_BODY_HEADS = new Set([
  'council',
  'court',
  'ministry',
  'department',
  'union',
  'authority',
  'agency',
  'commission',
  'committee',
  'police',
  'parliament',
  'assembly',
  'government',
  'administration',
  'service',
  'executive',
  'office',
  'tribunal',
  'inquiry',
  'board',
  'trust',
  'school',
  'college',
  'university',
  'hospital',
  'forum',
  'association',
  'federation',
  'league',
  'party',
  'army',
  'navy',
  'church',
  'charity',
  'foundation',
  'institute',
  // Voluntary bodies: "the company" after "Saltby Piers Society" is not the society.
  'society',
  'club',
  'campaign',
  'coalition',
  'alliance',
  'network',
]);

/** Descriptions of a body that oversees others. */
const OVERSIGHT_WORDS = new Set(['regulator', 'watchdog', 'inspectorate', 'ombudsman']);

/**
 * "The Office of Rail Standards said …. According to the regulator, …": a body of oversight
 * described right after a public body spoke, when no name holds the word, is that body (not a
 * company, and not a union, which oversee no one).
 */
export function overseerInFocus(description: string, previous: Entity | null): Entity | null {
  const role = description.toLowerCase().split(/\s+/).pop() ?? '';
  if (!OVERSIGHT_WORDS.has(role) || previous?.type !== 'ORG') return null;
  const overseer = namedAsPublicBody(previous.name) && !/\bunion$/i.test(previous.name);
  return overseer && !namedAsCompany(previous.name) ? previous : null;
}

/**
 * "The administrators, Barton Reid, said …. A spokesman for the firm said": a firm or company (or
 * a business by its trade, "the tour operator") described, or spoken for, in the sentence after a
 * business spoke is that business, though another was named as a company before it.
 */
export function firmInFocus(
  description: string,
  at: number,
  text: string,
  previous: Entity | null,
): Entity | null {
  const role = description
    .toLowerCase()
    .replace(/^(?:\S+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+/, '');
  // "Sunward said …. The tour operator said": a business by the noun of its trade, too; "the US firm"
  // says where a firm is from, which may be another firm than the one that spoke.
  const words = role.split(/\s+/);
  const trade = words[words.length - 1];
  const business =
    role === 'firm' ||
    role === 'company' ||
    (words.length <= 2 &&
      trade !== 'firm' &&
      trade !== 'company' &&
      (BUSINESS_NOUNS.has(trade) || SHOP_NOUNS.has(trade)));
  // "Brightmart said …. The supermarket said": a lone word the recognizer took for a person's name,
  // and no given name, is the business its trade speaks for next.
  const lone =
    previous?.type === 'PERSON' &&
    /^\p{Lu}[\p{L}'’-]*$/u.test(previous.name) &&
    !firstNames().has(previous.name.toLowerCase());
  if (!business || !previous || (previous.type !== 'ORG' && !lone) || namedAsPublicBody(previous.name))
    return null;
  const last = lastMentionBefore(previous, at);
  if (last < 0 || sentenceEnds(text, last, at) > 1) return null;
  previous.type = 'ORG';
  return previous;
}

/** Shops that speak as the business that runs them ("Brightmart said …. The supermarket said"). */
const SHOP_NOUNS = new Set(['supermarket', 'grocer', 'store']);

/** Descriptions of a club, which its own name seldom holds ("Cairnmoor Fell Runners", "Halberton Rovers"). */
const CLUB_WORDS = new Set(['club', 'team', 'side']);

/**
 * "Cairnmoor Fell Runners said …. The club said …": a club described in the sentence after an
 * organisation (or a name read as a place) spoke, when the name holds no other kind of body's head (a council, a company), is
 * that organisation.
 */
export function clubInFocus(
  description: string,
  at: number,
  text: string,
  previous: Entity | null,
): Entity | null {
  const role = description.toLowerCase().split(/\s+/).pop() ?? '';
  // "Redbank Colts said …. The club denied …": a name the recognizer took for a place (not a town
  // or a country, whose word is its council's) that spoke is a body.
  if (!CLUB_WORDS.has(role) || (previous?.type !== 'ORG' && previous?.type !== 'LOC')) return null;
  const last = lastMentionBefore(previous, at);
  if (last < 0 || sentenceEnds(text, last, at) > 1) return null;
  const head = previous.name.toLowerCase().split(/\s+/).pop() ?? '';
  if (!CLUB_WORDS.has(head) && (namedAsPublicBody(previous.name) || namedAsCompany(previous.name)))
    return null;
  previous.type = 'ORG';
  return previous;
}

/** Last words of clubs' names ("Dunsby Athletic", "Orrin Rovers FC"). */
const CLUB_NAME_HEADS = new Set([...CLUB_HEADS, 'fc', 'club']);

/**
 * "A builder has agreed to buy Dunsby Athletic …. According to the club's accounts": a club
 * described when no club spoke just before is the one club the article named before, if it named
 * only one.
 */
export function soleClubNamed(description: string, at: number, entities: Entity[]): Entity | null {
  const role = description.toLowerCase().split(/\s+/).pop() ?? '';
  if (!CLUB_WORDS.has(role)) return null;
  const clubs = entities.filter(
    (e) =>
      e.type === 'ORG' &&
      CLUB_NAME_HEADS.has(e.name.toLowerCase().split(/\s+/).pop() ?? '') &&
      lastMentionBefore(e, at) >= 0,
  );
  return clubs.length === 1 ? clubs[0] : null;
}

/**
 * Whether an organisation's name has the head of a public body's, a union's or a charity's name: its
 * last word, or the last before "of" ("University of Aldwick", "Ministry of Health").
 */
export function namedAsPublicBody(name: string): boolean {
  const head =
    name
      .toLowerCase()
      .split(/\s+of\s+/)[0]
      .split(/\s+/)
      .pop() ?? '';
  return PUBLIC_BODY_HEADS.has(head) || PUBLIC_BODY_HEADS.has(name.toLowerCase().split(/\s+/).pop() ?? '');
}

const LEGAL_FORMS = new Set(COMPANY_SUFFIXES);
const BUSINESS_HEADS = new Set(NAME_COMPANY_HEADS);

/** Whether an organisation's name ends in a legal form or a trade ("Marlow Ltd", "Halden Logistics"). */
export function namedAsCompany(name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  return (
    LEGAL_FORMS.has(last) ||
    BUSINESS_HEADS.has(last) ||
    tradeCompounded(name) ||
    endsInTrade(name) ||
    carrierNamed(name)
  );
}

/**
 * "The farm's owner, Wyedale Estates, said …. The landlord denied that it …": a landlord, when no
 * one was called one before (a pub's landlord is its tenant, a person), is the body set off as the
 * owner of what it lets.
 */
export function landlordAsOwner(phrase: string, at: number, entities: Entity[], text: string): Entity | null {
  if (!/^the\s+landlords?$/i.test(phrase.trim())) return null;
  if (/\blandl(?:ord|ady)s?\b/i.test(text.slice(0, at))) return null;
  return apposedWith('owners?', at, entities, text);
}
