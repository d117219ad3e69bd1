/**
 * Description speakers ("the colonel", "the ministry", "the company"): the entity last introduced
 * with that title, appositive or name word; else a group named earlier with that head noun
 * ("Libya's health ministry"), which becomes an entity. Offsets are UTF-16.
 */
import type { Entity, Range } from '../../analysis/types.js';
import { COMPANY_HEADS, DOCUMENT_WORDS, PERSON_TITLES } from '../../language/en/cues/sourceWords.js';
import { TITLE_ABBREVIATIONS } from '../../language/en/cues/titles.js';
import { BUSINESS_NOUNS } from '../../language/en/gazetteers/businessNouns.js';
import {
  COMPANY_SUFFIXES,
  COMPANY_HEADS as NAME_COMPANY_HEADS,
} from '../../language/en/gazetteers/companySuffixes.js';
import { firstNames } from '../../language/en/gazetteers/firstNames.js';
import { ORG_HEADS } from '../../language/en/gazetteers/nameHeads.js';
import { endsInTrade } from '../../language/ner/placeNamedBodies.js';
import {
  firstMention,
  lastMentionBefore,
  nearest,
  pluralDoersLast,
  pluralTradeLast,
  SPEAKER_RULE,
  sentenceEnds,
  speakerOrg,
} from './speakerEntities.js';

/** A description looks this many characters back for the person it describes. */
const DESCRIPTION_REACH = 4000;
/** Characters around a mention searched for a title or appositive naming its role. */
const TITLE_WINDOW_BEFORE = 40;
const TITLE_WINDOW_AFTER = 80;
/** Capitalised words that start a sentence rather than a name ("The ministry", "This council"). */
const NOT_NAME_START = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/i;
/** How many modifiers may stand between a name and the head it qualifies ("Libya's health ministry"). */
const MAX_GROUP_MODIFIERS = 2;

/**
 * "The ministry" when no entity carries the word: the group introduced earlier by a name and that
 * head noun ("Libya's health ministry", "the Killcrane Fishermen’s Co-operative") becomes an entity.
 * Outside `body` (a headline in title case) capitals show no name: a description written in lower
 * case ("the harbour master") looks for its group in the body only.
 */
export function earlierNamedGroup(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[] = [{ start: 0, end: text.length }],
): Entity | null {
  const words = description.trim().split(/\s+/);
  const role = words[words.length - 1];
  if (!role || role.length < 3 || !/^[\p{L}-]+$/u.test(role)) return null;
  const rest = role.slice(1).toLowerCase();
  // "The Da Vinci Code" names itself in the body; the headline may then hold its name too.
  const written = /^\p{Lu}/u.test(role);
  let found: { index: number; text: string } | null = null;
  // Only the few places the head word occurs are examined, latest first.
  for (const head of [role[0].toUpperCase() + rest, role[0].toLowerCase() + rest]) {
    const { places, latest } = groupPlaces(text, head, role, written, body);
    for (let i = lastAtOrBefore(places, at - head.length); i >= 0 && places[i] > 0; i--) {
      if (found && places[i] < found.index) break;
      // A head word running on past the description's start cannot name it; earlier ones all end before it.
      if (wordEnd(text, places[i], head) > at) continue;
      const j = latest(i);
      if (j >= 0 && !(found && places[j] < found.index)) {
        const match = groupsAt.get(`${role}\u0000${places[j]}`) ?? null;
        if (match && (!found || match.index > found.index)) found = match;
      }
      break;
    }
  }
  if (!found) return null;
  const groupName = found.text.replace(/\s+/g, ' ');
  if (!holdsWords(groupName, headModifiers(description))) return null;
  // "the Ashgrove campaign": a place's or a person's name before the noun says where or whose, not what.
  if (entities.some((e) => e.type !== 'ORG' && e.type !== 'MEDIA' && e.name === groupName)) return null;
  const known = entities.find((e) => e.type === 'ORG' && e.name === groupName);
  if (known) return known;
  return speakerOrg(groupName, entities, found.index, found.text);
}

/**
 * "The university" after "the University of Keldon", which the recognizer did not find: a
 * description's head capitalised before "of" and a capitalised name, in the body before it, is
 * that body, the one written last; it becomes an entity. Else null.
 */
export function earlierHeadOfName(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const role = description.trim().split(/\s+/).pop() ?? '';
  if (!/^\p{Ll}{4,}$/u.test(role) || !ORG_HEAD_WORDS.has(role)) return null;
  const head = role[0].toUpperCase() + role.slice(1);
  // Every match starts with these letters, words the text before `at` seldom holds: one string search
  // settles most descriptions without compiling a pattern for each.
  const literal = text.indexOf(`${head} of `);
  if (literal < 0 || literal + head.length + 4 > at) return null;
  const found = lastHeadOfName(text, head, at, body);
  if (!found) return null;
  return (
    entities.find((e) => e.type === 'ORG' && e.name === found.name) ??
    speakerOrg(found.name, entities, found.index)
  );
}

interface HeadOfName {
  index: number;
  name: string;
}

/** The article whose "<Head> of <Name>" mentions were last read, by head: one scan per head and article. */
let headsRead: { text: string; body: readonly Range[]; byHead: Map<string, HeadOfName[]> } | null = null;

/**
 * The last "<Head> of <Name>" in the body that ends before `at`. Every description scanning the text
 * before it made long pages quadratic, so the whole text is read once per head; a mention running
 * over `at` would end earlier in the text before it, so that rare case is read as before.
 */
function lastHeadOfName(text: string, head: string, at: number, body: readonly Range[]): HeadOfName | null {
  if (headsRead?.text !== text || headsRead.body !== body) headsRead = { text, body, byHead: new Map() };
  let all = headsRead.byHead.get(head);
  if (!all) {
    all = headsOfNames(text, head, body);
    headsRead.byHead.set(head, all);
  }
  let found: HeadOfName | null = null;
  for (const m of all) {
    if (m.index >= at) break;
    if (m.index + m.name.length > at) return headsOfNames(text.slice(0, at), head, body).pop() ?? null;
    found = m;
  }
  return found;
}

function headsOfNames(text: string, head: string, body: readonly Range[]): HeadOfName[] {
  const name = new RegExp(
    `(?<!\\p{L})${head} of (?:the )?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?!\\p{L})`,
    'gu',
  );
  const inBody = (i: number) => body.some((r) => r.start <= i && i < r.end);
  return [...text.matchAll(name)].filter((m) => inBody(m.index)).map((m) => ({ index: m.index, name: m[0] }));
}

/**
 * Per head word of the text last asked about: where it occurs and, for each place, the latest place
 * up to it where a group name ends in it. Every description of a long page asks again, and a scan
 * back through the whole text for each made such a page quadratic.
 */
let cachedText: string | null = null;
const placesByHead = new Map<string, { places: number[]; latest: (i: number) => number }>();
const groupsAt = new Map<string, { index: number; text: string } | null>();
/** The body the places were filtered by: the caller passes the same array for one article. */
let cachedBody: readonly Range[] | null = null;

function groupPlaces(
  text: string,
  head: string,
  role: string,
  written: boolean,
  body: readonly Range[],
): { places: number[]; latest: (i: number) => number } {
  if (text !== cachedText || body !== cachedBody) {
    cachedText = text;
    cachedBody = body;
    placesByHead.clear();
    groupsAt.clear();
  }
  const key = `${head}\u0000${role}\u0000${written}`;
  let found = placesByHead.get(key);
  if (found) return found;
  const places: number[] = [];
  for (let h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) places.push(h);
  // Filled as asked, latest places first: most descriptions stop at the first place that names a group.
  const known = new Int32Array(places.length).fill(UNKNOWN);
  const latest = (i: number): number => {
    let k = i;
    let result = -1;
    for (; k >= 0; k--) {
      if (known[k] !== UNKNOWN) {
        result = known[k];
        break;
      }
      const h = places[k];
      const usable =
        h > 0 && !/\p{L}/u.test(text[h - 1]) && (written || body.some((r) => r.start <= h && h < r.end));
      const match = usable ? groupEndingAt(text, role, h, wordEnd(text, h, head)) : null;
      if (match) {
        groupsAt.set(`${role}\u0000${h}`, match);
        result = k;
        break;
      }
    }
    for (let j = i; j > k; j--) known[j] = result;
    if (k >= 0) known[k] = result;
    return result;
  };
  found = { places, latest };
  placesByHead.set(key, found);
  return found;
}

/** Not yet looked at, in groupPlaces' record of the latest place that names a group. */
const UNKNOWN = -2;

/** Where the word starting with `head` at `h` ends. */
function wordEnd(text: string, h: number, head: string): number {
  let end = h + head.length;
  while (end < text.length && /[\p{L}-]/u.test(text[end])) end++;
  return end;
}

/** Index of the last place at or before `at`, or -1. */
function lastAtOrBefore(places: number[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (places[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
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

const SPACE = /\s/;

/**
 * The last three words (runs of non-space) of text[from, head), when a space ends it; else none.
 * Read back from `head`: an anchored regex over the window retried at every start, which this
 * replaces, was a fifth of a long page's time.
 */
function wordsBefore(text: string, from: number, head: number): string[] {
  let k = head;
  if (k <= from || !SPACE.test(text[k - 1])) return [];
  const words: string[] = [];
  while (words.length < 3) {
    while (k > from && SPACE.test(text[k - 1])) k--;
    if (k === from) break;
    const end = k;
    while (k > from && !SPACE.test(text[k - 1])) k--;
    words.unshift(text.slice(k, end));
  }
  return words;
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
  const before = wordsBefore(text, from, head);
  if (before.length === 0) return null;
  const named = /^\p{Lu}/u.test(text[head])
    ? /^\p{Lu}/u.test(before[before.length - 1])
    : before.some((w) => /['’]s?$/.test(w));
  if (!named) return GROUP_NOUNS.has(role.toLowerCase()) ? namedBeforeHead(text, from, head) : null;
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

/** Characters a description looks back for its head with a modifier ("the hospital trust"). */
const MODIFIED_REACH = 4000;

/**
 * "The trust" after "Selby General Hospital … the hospital trust": a description whose head was
 * written earlier (or is written now) after a lower-case modifier that is the last word of an
 * organisation's name is that organisation, the one mentioned last before.
 */
export function modifiedGroup(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  // "the Northmere Star" is a name, not a head with a modifier.
  if (/\p{Lu}/u.test(description)) return null;
  const words = description.toLowerCase().trim().split(/\s+/);
  const role = words[words.length - 1];
  if (!role || !/^\p{L}[\p{L}-]{2,}$/u.test(role)) return null;
  const modifiers = words.length >= 2 ? [words[words.length - 2]] : modifiersBefore(text, role, at);
  for (const modifier of modifiers) {
    // "A ministry spokeswoman" for "Ministry of Justice": the name's head may stand before "of".
    const named = nearest(
      entities,
      at,
      (e) =>
        e.type === 'ORG' &&
        (e.name.toLowerCase().split(/\s+/).pop() === modifier || headedBy(e.name, modifier)) &&
        !otherKindOf(e.name, role, modifier),
    );
    if (named) return named.entity;
  }
  return null;
}

/**
 * Whether a name is headed, before "of", by another kind of body than `role` ("Varensk Department
 * of Public Health" is no "health ministry").
 */
function otherKindOf(name: string, role: string, modifier: string): boolean {
  const parts = name.toLowerCase().split(/\s+of\s+/);
  const head = parts[0].split(/\s+/).pop() ?? '';
  return parts.length > 1 && head !== role && head !== modifier && ORG_HEAD_WORDS.has(head);
}

/** "the hospital trust", "its parent company": a determiner, one lower-case modifier and the head. */
const MODIFIED_PHRASE = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(\p{Ll}[\p{L}-]+)\s+$/u;

/** The modifiers `role` was written after within MODIFIED_REACH before `at`, latest first. */
function modifiersBefore(text: string, role: string, at: number): string[] {
  const found: string[] = [];
  const from = Math.max(0, at - MODIFIED_REACH);
  // Only the few places the head word occurs are examined.
  for (let h = text.lastIndexOf(role, at - role.length); h >= from; h = text.lastIndexOf(role, h - 1)) {
    if (h === 0 || /\p{L}/u.test(text[h - 1]) || /\p{L}/u.test(text[h + role.length] ?? '')) continue;
    const m = MODIFIED_PHRASE.exec(text.slice(Math.max(from, h - 40), h));
    if (m) found.push(m[1]);
  }
  return found;
}

/** Group nouns a name may stand before in lower case ("the Save Ashgrove campaign"). */
const GROUP_NOUNS = new Set([
  'campaign',
  'group',
  'coalition',
  'alliance',
  'movement',
  'network',
  'collective',
  'forum',
]);

/**
 * "the newly formed Save Ashgrove campaign": a run of capitalised words right before a lower-case
 * group noun, inside a sentence and after "the" and at most two lower-case words, names the group
 * (the run alone). A sentence's opening capital names nothing.
 */
function namedBeforeHead(text: string, from: number, head: number): { index: number; text: string } | null {
  const m =
    /(?<![.!?]["”’]?\s)(?<=\bthe\s+(?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+$/u.exec(
      text.slice(from, head),
    );
  return m ? { index: from + m.index, text: m[1] } : null;
}

/**
 * Businesses named by their kind as a company is: one its members own ("Calderbrook Dairies … The
 * co-operative said"), a games or film studio, a record label.
 */
const CO_OPERATIVES = new Set(['co-operative', 'cooperative', 'co-op', 'studio', 'label']);

/**
 * "The company said", "a spokesperson for the company": the organisation named last before, when
 * the description is a generic business head or someone speaking for one.
 */
export function latestCompany(description: string, at: number, entities: Entity[], text = ''): Entity | null {
  // "a spokesperson for the company" speaks for it; "a senior manager at the company" is one of its
  // people speaking for themselves, no more the company than any employee.
  const lower = description.toLowerCase();
  const speaksFor =
    /^(?:\S+\s+)?(?:spokes(?:man|woman|person)|representative|statement|lawyer|lawyers)\s+(?:for|of|from)\s+the\s+(?=\S+$)/;
  const words = (speaksFor.test(lower) ? lower.replace(speaksFor, '') : lower).split(/\s+/);
  if (words.length === 1 && !COMPANY_HEADS.has(words[0]) && BUSINESS_NOUNS.has(words[0]))
    return apposedWith(words[0], at, entities, text) ?? doneBy(words[0], at, entities, text);
  if (words.length !== 1 || !(COMPANY_HEADS.has(words[0]) || CO_OPERATIVES.has(words[0]))) return null;
  // A court, a council or a union is no company: one named as a company wins, then any other
  // organisation but a public body or a union.
  const company = nearest(
    entities,
    at,
    (e) =>
      (e.type === 'ORG' && namedAsCompany(e.name)) ||
      (e.type === 'PERSON' && (tradeCompounded(e.name) || ownerOfSomething(e, text) || carrierNamed(e.name))),
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
 * "the plant, which is owned by Pirotecnica Solari": a name with no listed given name first that
 * owns or runs something is a business's, whatever the recognizer made of it.
 */
function ownerOfSomething(e: Entity, text: string): boolean {
  if (firstNames().has(e.name.split(/\s+/)[0].toLowerCase()) || !/\s/.test(e.name)) return false;
  return e.mentions.some((m) =>
    /\b(?:owned|run|operated|managed)\s+by\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
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
  return (
    nearest(
      entities,
      at,
      (e) =>
        e.type === 'ORG' &&
        e.mentions.some(
          (m) =>
            m.start >= from && m.end <= at && apposed.test(text.slice(Math.max(0, m.start - 40), m.start)),
        ),
    )?.entity ?? null
  );
}

/**
 * "an update supplied by Brightwater Software … a spokeswoman for the supplier": a business by the
 * noun of its trade is the organisation last named as the agent of that trade's verb ("supplied by",
 * "operated by", "developed by"), within the reach of an apposition.
 */
function doneBy(noun: string, at: number, entities: Entity[], text: string): Entity | null {
  const stem = /^(\p{Ll}{4,}?)(?:ier|er|or)$/u.exec(noun)?.[1];
  const verbs = [...(stem ? [`${stem}(?:ied|ed|d)`] : []), ...(DONE_BY[noun] ?? [])];
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
const DONE_BY: Record<string, string[]> = {
  operator: ['run', 'managed'],
  owner: ['owned'],
  owners: ['owned'],
  landlord: ['owned'],
  manager: ['run', 'managed'],
};

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
    (words.length <= 2 && trade !== 'firm' && trade !== 'company' && BUSINESS_NOUNS.has(trade));
  if (!business || previous?.type !== 'ORG' || namedAsPublicBody(previous.name)) return null;
  const last = lastMentionBefore(previous, at);
  return last >= 0 && sentenceEnds(text, last, at) <= 1 ? previous : null;
}

/** Descriptions of a club, which its own name seldom holds ("Cairnmoor Fell Runners", "Halberton Rovers"). */
const CLUB_WORDS = new Set(['club', 'team', 'side']);

/**
 * "Cairnmoor Fell Runners said …. The club said …": a club described in the sentence after an
 * organisation spoke, when the name holds no other kind of body's head (a council, a company), is
 * that organisation.
 */
export function clubInFocus(
  description: string,
  at: number,
  text: string,
  previous: Entity | null,
): Entity | null {
  const role = description.toLowerCase().split(/\s+/).pop() ?? '';
  if (!CLUB_WORDS.has(role) || previous?.type !== 'ORG') return null;
  const last = lastMentionBefore(previous, at);
  if (last < 0 || sentenceEnds(text, last, at) > 1) return null;
  const head = previous.name.toLowerCase().split(/\s+/).pop() ?? '';
  if (!CLUB_WORDS.has(head) && (namedAsPublicBody(previous.name) || namedAsCompany(previous.name)))
    return null;
  return previous;
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
/** A description looks this many characters ahead for the person it announces. */
const CATAPHORA_REACH = 600;
/** Description words shorter than this ("the", "new") say nothing about who is meant. */
const MIN_ROLE_WORD = 4;
/** Endings of nouns for someone who does something ("master", "inspector", "chemist", "spokeswoman"). */
const AGENT_NOUN = /(?:er|or|ist|ian|man|woman|person)$/;

/** Whether a description's head word names a person by role ("the harbour master", "the judge"). */
export function namesPerson(head: string): boolean {
  return PERSON_TITLES.has(head) || TITLE_ABBREVIATIONS.has(head) || AGENT_NOUN.test(head);
}

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

const ORG_HEAD_WORDS = new Set(ORG_HEADS);

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
const GOVERNING_ROLES: ReadonlySet<string> = new Set(['trustees', 'governors', 'directors']);

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
    BUSINESS_NOUNS.has(head) || CO_OPERATIVES.has(head) || OWNER_ROLES.has(head) || OWNER_ROLES.has(last);
  const publicBody = PUBLIC_ROLES.has(head);
  const organiser = ORGANISER_ROLES.has(head);
  // "a group representing the county's chemists", "the regional rescue service": a body said to be
  // one, or named by the head its own name ends in ("… Rescue Service"); "a group of residents" is people.
  const grouped = BODY_WORDS.has(head) && !new RegExp(`\\b${head}\\s+of\\s`, 'i').test(description);
  const headed = !business && !publicBody && !organiser && !grouped;
  if (headed && !ORG_HEAD_WORDS.has(head)) return null;
  const lede = body.findIndex((r) => r.start <= at && at < r.end);
  const next = lede >= 0 ? body[lede + 1] : undefined;
  if (!next) return null;
  const opening = next.start + (/^\s*/.exec(text.slice(next.start, next.end))?.[0].length ?? 0);
  const named = /^the\s+/i.exec(text.slice(opening, opening + 4));
  const nameAt = opening + (named?.[0].length ?? 0);
  if (!speaks(opening)) return null;
  // "the company that runs the lift said …" then "Funivie Valdoria said …": a name with no given
  // name that the recognizer took for a person's is the body the lede described. So is a club
  // that puts on an event ("the race's organisers said …", then "Cairnmoor Fell Runners said …").
  const e = namedAt(
    entities,
    nameAt,
    (x) =>
      x.type === 'ORG' ||
      (x.type === 'PERSON' &&
        (business || organiser) &&
        (!firstNames().has(x.name.split(/\s+/)[0].toLowerCase()) ||
          pluralTradeLast(x.name) ||
          pluralDoersLast(x.name) ||
          resumedAsIt(text, nameAt, next.end, speaks))),
  );
  if (!e) return business || organiser ? unrecognisedNameAt(text, nameAt, next.end, entities) : null;
  if ((business && namedAsPublicBody(e.name)) || (publicBody && namedAsCompany(e.name))) return null;
  if (headed && nameHead(e.name) !== head) return null;
  e.type = 'ORG';
  return e;
}

/**
 * The entity `accept` takes whose mention starting at `at` is longest: "Pellow Brandt
 * Restructuring", not the shorter name the recognizer also found at its start ("Pellow Brandt").
 */
export function namedAt(
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

/** Capitalised words opening a stretch of text: a name the recognizer may have missed. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}(?![\p{L}'’&-])/u;
/** Capitalised words that open a sentence without naming anything. */
const NOT_A_NAME = /^(?:the|a|an|it|its|he|she|they|their|his|her|this|that|these|those|one|some)$/i;

/**
 * "…, the company running the service said." then a paragraph opening "Pathway Autonomy said …"
 * that the recognizer found no name in: the capitalised words the report's source opens with name
 * the business, unless a given name opens them; it becomes an entity.
 */
function unrecognisedNameAt(text: string, at: number, end: number, entities: Entity[]): Entity | null {
  const run = CAPITALISED_RUN.exec(text.slice(at, end))?.[0];
  if (!run) return null;
  const first = run.split(/\s+/)[0];
  if (NOT_A_NAME.test(first) || firstNames().has(first.toLowerCase())) return null;
  return speakerOrg(run, entities, at);
}

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
  const lede = body.findIndex((r) => r.start <= at && at < r.end);
  const next = lede >= 0 ? body[lede + 1] : undefined;
  if (!next) return null;
  const opening = next.start + (/^\s*/.exec(text.slice(next.start, next.end))?.[0].length ?? 0);
  for (const e of entities) {
    // Named first there: a description the resolver already gave the person does not count.
    if (e.type !== 'PERSON' || firstNamed(e) !== opening) continue;
    const m = e.mentions.find((x) => x.start === opening)!;
    // A relative clause after the name ("Gail Roe, who stood for …, said") gives no role of its own,
    // nor does an age ("Rhodri Vaughan, 34, who …").
    if (/\s/.test(m.text) && !/^\s*,(?!\s*(?:who\s|\d{1,3},))/.test(text.slice(m.end, next.end))) return e;
  }
  return null;
}

/** Where the text first names an entity, leaving out the mentions the speaker resolver added. */
function firstNamed(e: Entity): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of e.mentions) if (m.rule !== SPEAKER_RULE && m.start < first) first = m.start;
  return first;
}

/** A past-tense verb right after a name's comma ("…, Sunita Barve, urged the company …"). */
const PREDICATE_START =
  /^\s*(?:\p{Ll}+ed|said|told|wrote|spoke|gave|took|made|went|came|saw|sent|met|became)\b/u;

/** Whether the mention carries one of `forms` in its title ("Col. Qadiri") or appositive ("Qadiri, the colonel"), up to `limit`. */
function introducedAs(
  text: string,
  m: { start: number; end: number; text: string },
  limit: number,
  forms: readonly string[],
  lesserRank = false,
): boolean {
  const before = text.slice(Math.max(0, m.start - TITLE_WINDOW_BEFORE), m.start).toLowerCase();
  const titles = m.text.toLowerCase().split(/\s+/).slice(0, -1).join(' ');
  const after = text.slice(m.end, Math.min(limit, m.end + TITLE_WINDOW_AFTER)).toLowerCase();
  // "Ana Roe, urged the company …": a verb after the comma opens the sentence's predicate, no appositive.
  const apposed =
    after.startsWith(',') && !PREDICATE_START.test(after.slice(1))
      ? after.split(/[.;:!?]|,\s*(?:said|told|added)/)[0]
      : '';
  // "The board's chairman, Declan Roche": the role may stand before the name, set off by a comma;
  // "Transport minister Sir Alasdair Keogh": or before an honorific the name was given without.
  const roleBefore = before
    .replace(/,\s*$/, '')
    .replace(/\s(?:sir|dame|lord|lady|dr|prof|mr|mrs|ms)\.?\s*$/, ' ');
  // "Ben Harlow, a sous chef", "Deputy Mayor Inge Roos": a rank below the role names another role,
  // unless the description asked for it ("the deputy mayor").
  const own = (s: string) => (lesserRank ? s : s.replace(LESSER_RANK, ' '));
  return forms.some(
    (f) =>
      hasWord(own(titles), f) ||
      endsWithWord(own(before), f) ||
      endsWithWord(own(roleBefore), f) ||
      hasWord(own(apposed), f),
  );
}

/** A description that itself names a rank below a role ("the deputy mayor"). */
const LESSER_RANK_DESCRIBED = /(?<!\p{L})(?:deputy|assistant|vice|sous|under)[\s-]/iu;
/** A rank below a role, with the role it qualifies ("sous chef", "deputy head", "vice-chair"). */
const LESSER_RANK = /(?<!\p{L})(?:deputy|assistant|vice|sous|under)[\s-]+\p{L}+/gu;

/** "the colonel" → the person last named with "Col." or described as "…, a colonel …". */
export function resolveDescription(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const words = description.toLowerCase().split(/\s+/);
  const role = words[words.length - 1];
  if (!role) return null;
  const forms = [role, ...(TITLE_ABBREVIATIONS.get(role) ?? [])];
  // An organisation named with the word ("the ministry" → "Libyan Ministry of Health") first.
  // One whose name is headed by the word ("University of Kelbridge") outranks one that merely holds
  // it ("University and College Staff Union" for "the university").
  let best: Entity | null = null;
  let bestAt = -1;
  let bestHeaded = false;
  // "the ambulance service" is no "Marport Fire and Rescue Service": a modifier of the head that
  // says what kind of body (not where it works) must be in the name too.
  const modifiers = headModifiers(description);
  for (const e of entities) {
    // "told the Ashworth Clarion …, the student newspaper reported": an outlet's kind may be
    // narrowed by its readers or its beat, which its name need not say.
    const outlet = e.type === 'MEDIA' && OUTLET_KINDS.has(role);
    if (
      e.type === 'PERSON' ||
      !(namesRole(e, role) || namedAsKind(e, role)) ||
      (!outlet && !holdsWords(e.name, modifiers))
    )
      continue;
    const last = lastMentionBefore(e, at);
    // A name of the kind ("Northwind Air" for "the airline") is headed by it as much as one ending in the word.
    const headed = headedBy(e.name, role) || (e.type !== 'MEDIA' && namedAsKind(e, role));
    if (last >= 0 && (headed && !bestHeaded ? true : headed === bestHeaded && last > bestAt)) {
      best = e;
      bestAt = last;
      bestHeaded = headed;
    }
  }
  if (best) return best;
  // "The company" is no person whose appositive mentions the company ("Ana Roe, the company's director").
  if (COMPANY_HEADS.has(role) || ORG_HEAD_WORDS.has(role)) return null;
  // Else the person last introduced with that title ("Col. Qadiri") or appositive ("Qadiri, the colonel").
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end > at || m.start < at - DESCRIPTION_REACH || m.start <= bestAt) continue;
      if (introducedAs(text, m, at, forms, LESSER_RANK_DESCRIBED.test(description))) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/**
 * The lower-case words right before a description's head that say what kind of body it is ("the
 * ambulance service" → ambulance), not where it works ("the county council") or whose it is.
 */
function headModifiers(description: string): string[] {
  const words = description.toLowerCase().trim().split(/\s+/);
  const found: string[] = [];
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k];
    if (!/^\p{Ll}+$/u.test(w) || MODIFIER_STOPS.has(w)) break;
    if (w.length >= 4 && !AREA_WORDS.has(w) && !COMPANY_HEADS.has(w)) found.push(w);
  }
  return found;
}
const MODIFIER_STOPS = new Set([
  'the',
  'a',
  'an',
  'for',
  'of',
  'at',
  'from',
  'with',
  'to',
  'and',
  'its',
  'their',
  'his',
  'her',
]);

/** Whether a name holds each word, or a word it begins with ("exam" → "Examinations"). */
function holdsWords(name: string, words: readonly string[]): boolean {
  const parts = name.toLowerCase().split(/\s+/);
  return words.every((w) => parts.some((n) => n.startsWith(w) || w.startsWith(n.replace(/s$/, ''))));
}

/** Modifiers that say where or at what level a body works, which its name may leave out ("the county council"). */
const AREA_WORDS = new Set([
  'local',
  'county',
  'city',
  'district',
  'borough',
  'parish',
  'town',
  'regional',
  'national',
  'state',
  'federal',
  'central',
  'international',
  'village',
]);

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
/** Whether a name's head, its last word or the word before "of", is `role` ("Ministry of Health"). */
function headedBy(name: string, role: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // "Department for Energy" is headed by "department" as "Ministry of Justice" is by "ministry".
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return words[words.length - 1] === role || (of > 0 && words[of - 1] === role);
}

/** Heads of bodies' names that a description by the kind of body stands for ("the charity" → "… Research Trust"). */
const AIRLINE_HEADS = ['air', 'airways', 'airlines'];
const RETAIL_HEADS = ['stores', 'shops', 'supermarkets', 'retail'];
const KIND_NAME_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['charity', ['trust', 'foundation', 'fund', 'appeal']],
  ['airline', AIRLINE_HEADS],
  ['carrier', AIRLINE_HEADS],
  ['orchestra', ['philharmonic', 'philharmonia', 'sinfonia', 'symphony']],
  // "Brightway Stores … a spokeswoman for the retailer".
  ['retailer', RETAIL_HEADS],
  ['chain', RETAIL_HEADS],
  // "Portavane's Harbour Arena … a spokeswoman for the venue".
  ['venue', ['arena', 'stadium', 'theatre', 'hall', 'centre', 'pavilion', 'dome']],
]);

/** Kinds of outlet ("the paper said", "the newspaper Orley Voice"): any outlet the recognizer found is of that kind. */
export const OUTLET_KINDS: ReadonlySet<string> = new Set([
  'newspaper',
  'paper',
  'broadcaster',
  'station',
  'website',
  'magazine',
  'channel',
  // "the trade journal Chemist Today": a trade's or a science's journal is an outlet that reports.
  'journal',
]);

/** Whether an organisation's name ends in a head of the kind `role` names, or an outlet is what it describes. */
function namedAsKind(e: Entity, role: string): boolean {
  if (e.type === 'MEDIA') return OUTLET_KINDS.has(role);
  const heads = KIND_NAME_HEADS.get(role);
  return e.type === 'ORG' && !!heads?.includes(e.name.toLowerCase().split(/\s+/).pop() ?? '');
}

/** "the co-op" names the "Fishermen's Co-operative"; "the study" the last quoted work. */
function namesRole(e: Entity, role: string): boolean {
  if (e.type === 'WORK') return DOCUMENT_WORDS.has(role);
  return e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w === role || (role.length >= 4 && w.startsWith(role)));
}
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
