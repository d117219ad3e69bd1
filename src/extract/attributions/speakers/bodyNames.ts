/**
 * The shapes of bodies' names ("The Food and Allied Workers' Union", "Brightfield Renewables, which
 * …", "the consumer group Fair Banking") and the entity such a name is.
 */
import type { Entity, SourceKind } from '../../../analysis/types.js';
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { PAPER_HEADS } from '../../../language/en/gazetteers/media.js';
import { ORG_HEADS } from '../../../language/en/gazetteers/nameHeads.js';
import { OUTLET_KINDS } from './descriptions.js';
import { nextId } from './mentions.js';

/** "Mr Oyelaran's office", "the mayor's campaign": a body speaking for its owner, an organisation still. */
export const OWNED_BODY = /['’]s\s+(?:\p{Ll}+\s+)?(?:office|campaign|team|staff|administration|government)$/u;
/** "Brightfield Renewables, which is based in Leeds, said": a name with "which" after it is a thing, a body here. */
export function thingNamed(phrase: string): { name: string; offset: number } | null {
  const m = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}),\s*which\s/u.exec(phrase);
  if (!m) return null;
  // "Portavane's Harbour Arena, which …": the place whose it is is no part of its name, nor "The".
  const owner = /^(?:\p{Lu}[\p{L}-]*['’]s|The)\s+(?=\p{Lu})/u.exec(m[1]);
  return owner ? { name: m[1].slice(owner[0].length), offset: owner[0].length } : { name: m[1], offset: 0 };
}

/** Whether a name of two words or more has a body's head: its last word, or the last before "of" or "for". */
export function bodyHeaded(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head =
    name
      .toLowerCase()
      .split(/\s+(?:of|for)\s+/)[0]
      .split(/\s+/)
      .pop() ?? '';
  return words.length >= 2 && (BODY_HEADS.has(head) || BODY_HEADS.has(words[words.length - 1]));
}

/** Whether `e` is a place whose name is less than the name after a kind of body in `named` ("the newspaper Marvella Today"). */
export function placeOpeningKindName(named: string, e: Entity): boolean {
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
export const KIND_THEN_NAME =
  /^[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?)(\p{Ll}+)\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:&\s+|(?:of|for|at)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&-]*){0,4})$/u;
/** Kinds of bodies, beyond businesses, that may stand before a body's name. */
export const BODY_KINDS = new Set([
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
export const FORMED_GROUP =
  /^\p{L}+s\s+who\s+(?:formed|founded|set\s+up|started|run|lead)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:group|campaign|association|society|trust|coalition|alliance)\b/u;
/** A kind of body or person in lower case opening a name ("Animal welfare charity Wild Watch"). */
export const DESCRIBED_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*)+\s+(?=\p{Lu})/u;
/** Last words of a public body's or organisation's proper name, beyond the recognizer's heads. */
export const BODY_HEADS = new Set([
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
  // "The Local Housing Standards Panel": bodies set up to inspect, advise or speak for others.
  'panel',
  'forum',
  'watchdog',
  'taskforce',
  // "The Corrowby Racecourse said": a place of business that speaks is the body that runs it, though
  // the recognizer's name stops at the place it is named after.
  'racecourse',
  'airport',
  'theatre',
  'playhouse',
  'zoo',
  'stadium',
]);
/**
 * "The Food and Allied Workers' Union", "the Health and Safety Executive": after "the", words all
 * capitalised but for the joining words, ending in a word that heads organisations' names. A
 * person's name takes no "the", and "and" inside such a name joins no two sources.
 */
const BODY_NAME =
  /^[Tt]he\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)+)$/u;
/** An appositive that says what kind of body a name is ("…, a volunteer group that …"). */
export const GROUP_APPOSITIVE =
  /^\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|charity|campaign|organi[sz]ation|association|society|coalition|alliance|network|union|trust|body|club|company|firm|business)\b/u;

/**
 * The proper name of a body that opens a source ("The X and Y Union, which …", "The Friends of the
 * Caddon, a volunteer group …"): its last word heads organisations' names, or an appositive says
 * it is a group. Else null.
 */
export function bodyName(phrase: string): { name: string; offset: number } | null {
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
  // "The Wessland Combine of Pigeon Racing Clubs": a body made of bodies of one kind ends in that
  // kind's plural, whatever word heads it.
  const members = BODY_HEADS.has(singular(final));
  if (!BODY_HEADS.has(final) && !BODY_HEADS.has(last) && !members && !apposed && !paper) return null;
  return { name: m[1], offset: phrase.indexOf(m[1]) };
}

/** A plural noun's singular ("clubs" → "club", "societies" → "society"); other words as they are. */
function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
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
export const PAPER_HEAD_WORDS = new Set([
  ...PAPER_HEADS.map((h) => h.toLowerCase()),
  'star',
  'mail',
  'messenger',
]);

/** The entity of a body's proper name: one that bears or covers that name, else a new one. */
export function bodyEntity(
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
