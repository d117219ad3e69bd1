/**
 * Spokespeople and representatives: the body or client they speak for ("a spokeswoman for the
 * firm", "a party spokesman", "her lawyers … They said").
 */
import type { Attribution, Entity } from '../../../analysis/types.js';
import { nearest, sentenceEnds } from './mentions.js';

/** People who speak for a client ("her lawyers", "lawyers for the club", "Ansah's agents"). */
export const REPRESENTATIVES =
  /^(?:(?:his|her|their|its|[\p{L}'’.-]+['’]s?)\s+(?:\p{Ll}+\s+)?(?:lawyers|solicitors|attorneys|barristers|representatives|agents|advisers|advisors)|(?:\p{Ll}+\s+)?(?:lawyers|solicitors|attorneys|barristers|representatives|agents|advisers|advisors)\s+(?:for|of|representing|acting\s+for)\s)/iu;
/** Sentence ends "they" may lie past the representatives it stands for. */
const REPRESENTATIVE_SENTENCES = 2;

/**
 * "Her lawyers said … They said …": "they" right after a client's representatives spoke (within
 * two sentence ends, no other speaker between) is those representatives again, and they speak for
 * the client their own attribution was given.
 */
export function clientOfRepresentatives(
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
 * "A spokeswoman for the pub company said …. She said …": "he" or "she" in the sentence after a
 * spokesperson's own attribution, of the spokesperson's gender and with no person named between
 * outside the spokesperson's own words, is that spokesperson again, speaking for the body that
 * attribution was given. Someone she talks about ("the contract with Mr Ince") does not take
 * her place.
 */
export function spokespersonAgain(
  text: string,
  source: { start: number; text: string },
  before: Attribution | null,
  byId: ReadonlyMap<string, Entity>,
  entities: Entity[],
): Entity | null {
  const pronoun = source.text.trim().toLowerCase();
  if ((pronoun !== 'he' && pronoun !== 'she') || !before?.source?.entity) return null;
  const role = /^an?\s+(?:[\p{L}-]+\s+)?spokes(man|woman|person)\b/iu.exec(before.source.text.trim());
  if (!role || (role[1] !== 'person' && (role[1] === 'woman') !== (pronoun === 'she'))) return null;
  if (sentenceEnds(text, before.source.end, source.start) > 1) return null;
  const body = byId.get(before.source.entity);
  if (!body || (body.type !== 'ORG' && body.type !== 'MEDIA')) return null;
  const spoken = (at: number) => before.content.some((c) => c.start <= at && at < c.end);
  const between = entities.some(
    (e) =>
      e.type === 'PERSON' &&
      e.mentions.some((m) => m.start >= before.source!.end && m.end <= source.start && !spoken(m.start)),
  );
  return between ? null : body;
}

/** "A spokeswoman", "a company spokesman": someone speaking for a body the phrase does not name. */
export const BARE_SPOKESPERSON = /^(?:an?)\s+(?:company\s+)?(?:spokes(?:man|woman|person)|representative)$/i;
/** "A party spokesman": a spokesperson with the kind of body they speak for. */
export const KIND_SPOKESPERSON = /^an?\s+(\p{Ll}+)\s+(?:spokes(?:man|woman|person)|representative)$/iu;
/**
 * "A spokeswoman for the practice's owners", "a spokesman for its owner": for a body described by
 * whose it is; "a spokesman for the Office for Students and Standards": for a body by its name.
 */
export const SPOKESPERSON_FOR_OWNED =
  /^[Aa]n?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+((?:the\s+[\p{L}-]+['’]s|its|their)\s+\p{Ll}[\p{L}-]*|the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)+)$/u;
/** "A spokeswoman for Kelworth": for a one-word name, maybe a place's. */
export const SPOKESPERSON_FOR_PLACE =
  /^[Aa]n?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** "A spokesman for the service": a spokesperson for a body by its kind alone. */
export const SPOKESPERSON_FOR_KIND =
  /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+(\p{Ll}+)$/iu;
/** "A spokeswoman for Pellow Brandt": someone speaking for a name. */
export const SPOKESPERSON_FOR_NAME = /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+\p{Lu}/iu;
/** "A spokesman for the administrators": a spokesperson for a plural kind of body. */
export const SPOKESPERSON_FOR =
  /^an?\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+the\s+(\p{Ll}+s)$/iu;

/**
 * The entity last set off by a comma after `noun` ("Its administrators, Halden Barr,") before `at`,
 * within three sentences, when the recognizer typed it a body or a place; it becomes a body.
 */
export function apposedName(text: string, noun: string, at: number, entities: Entity[]): Entity | null {
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
export function bodyInFocus(
  text: string,
  at: number,
  entities: Entity[],
  previous: Entity | null,
): Entity | null {
  const isBody = (e: Entity) => e.type === 'ORG';
  const near = (e: Entity) => {
    const last = e.mentions.reduce((max, m) => (m.end <= at ? Math.max(max, m.start) : max), -1);
    return last >= 0 && sentenceEnds(text, last, at) <= SPOKESPERSON_SENTENCES;
  };
  if (previous && isBody(previous) && near(previous)) return previous;
  const named = nearest(entities, at, isBody);
  return named && near(named.entity) ? named.entity : null;
}

/** "a spokeswoman for the Licensing Standards Agency": a spokesperson of a gender and the name spoken for. */
const SPOKESPERSON_OF_NAME =
  /(?<!\p{L})[Aa]n?\s+spokes(woman|man)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’-]*)*)/gu;
/** How far back the sentence before a pronoun is looked for such a spokesperson (characters). */
const SPOKESPERSON_REACH = 400;

/**
 * "The words came from a spokeswoman for the Licensing Standards Agency, which …. She said …": a
 * "she" or "he" in the sentence after one that brings in a spokesperson of that gender, with no one
 * named after them, is the spokesperson, who speaks for the body named.
 */
export function spokespersonBefore(
  text: string,
  at: number,
  pronoun: string,
  entities: Entity[],
): Entity | null {
  const from = Math.max(0, at - SPOKESPERSON_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(SPOKESPERSON_OF_NAME)) last = m;
  if (!last || (last[1] === 'woman') !== (pronoun === 'she')) return null;
  const end = from + last.index + last[0].length;
  if (sentenceEnds(text, end, at) !== 1) return null;
  const nameAt = end - last[2].length;
  if (entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start >= nameAt && m.start < at)))
    return null;
  const body = entities.find((e) => e.mentions.some((m) => m.start === nameAt));
  return body && (body.type === 'ORG' || body.type === 'MEDIA') ? body : null;
}

/** "the same spokesman", "a spokeswoman", "its press officer": someone who speaks for a body, by that role alone. */
const SPOKESPERSON_ALONE =
  /^(?:the|a|an|its|their)\s+(?:(?:same|company|council)\s+)?(?:spokes(?:man|woman|person)|representative|press\s+officer)$/i;
/** "Speaking for the company, ", "Speaking on behalf of Pier Ventures Ltd, ": the body, before the comma. */
const SPEAKING_FOR = /(?:^|[.!?]["”’]?\s+|\n)(Speaking\s+(?:for|on\s+behalf\s+of)\s+)([^,.!?\n]{2,80}),\s*$/;

/**
 * "Speaking for the company, the same spokesman said …": the phrase naming the body a spokesperson
 * speaks for, when their sentence opens with it; null for any other source.
 */
export function bodySpokenFor(
  text: string,
  source: { start: number; text: string },
): { start: number; end: number; text: string } | null {
  if (!SPOKESPERSON_ALONE.test(source.text.trim())) return null;
  const before = text.slice(Math.max(0, source.start - 160), source.start);
  const m = SPEAKING_FOR.exec(before);
  if (!m) return null;
  const start = source.start - before.length + m.index + m[0].indexOf(m[1]) + m[1].length;
  return { start, end: start + m[2].length, text: m[2] };
}
