/**
 * Pronoun speakers ("he", "she", "it", "they", the owner of "its report", "who" and "which"): the
 * subject of the sentence before, the previous compatible speaker, else the nearest compatible
 * entity before. Offsets are UTF-16.
 */
import type { Entity, Range } from '../../../analysis/types.js';
import { findEntityByName } from '../../entities/index.js';
import { sameSentence } from '../build.js';
import { latestCompany } from './companies.js';
import { resolveDescription } from './descriptions.js';
import { genderFromNameOnly, genderOfPerson, pronounGender } from './gender.js';
import { earlierNamedGroup, modifiedGroup } from './groups.js';
import {
  firstMention,
  lastMentionBefore,
  nearest,
  pluralTradeLast,
  sentenceEnds,
  speakerOrg,
} from './mentions.js';
import { givenNameFirst } from './phrases.js';

function compatible(text: string, e: Entity, pronoun: string, types: readonly string[]): boolean {
  if (!types.includes(e.type)) return false;
  // "The Liberal Democrats … They said": a group by its members' name, in the plural ("Turkish" is no antecedent).
  if (e.type === 'NORP') return /\p{Ll}s$/u.test(e.name);
  if (e.type !== 'PERSON') return true;
  const want = pronounGender(pronoun);
  if (want === 'unknown') return true;
  const have = genderOfPerson(e, text);
  return have === 'unknown' || want === have;
}

/** Pronouns that stand for things as often as for named organisations ("It found …" of a report). */
const THING_PRONOUNS = new Set(['it', 'its']);
/** How many sentence ends may stand between "it" and a named organisation it stands for. */
const MAX_THING_SENTENCES = 2;
const SENTENCE_BREAK = /[.!?]["”’]?\s|\n/g;

/** Whether at most MAX_THING_SENTENCES sentence ends lie between two offsets. */
function closeBy(text: string, from: number, to: number): boolean {
  return sentencesBetween(text, from, to) <= MAX_THING_SENTENCES;
}

/** How many sentence ends lie between two offsets. */
function sentencesBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).match(SENTENCE_BREAK)?.length ?? 0;
}

/**
 * "he", "she", "it", "they": the previous speaker when it fits; else the nearest entity whose first
 * name shows the pronoun's gender; else the nearest one that fits at all.
 */
export function resolvePronoun(
  text: string,
  at: number,
  pronoun: string,
  types: readonly string[],
  entities: Entity[],
  previous: Entity | null,
): Entity | null {
  const usable = (e: Entity | null): e is Entity =>
    !!e && compatible(text, e, pronoun, types) && firstMention(e) < at;
  const want = pronounGender(pronoun);
  const known = (e: Entity) => want !== 'unknown' && e.type === 'PERSON' && genderOfPerson(e, text) === want;
  // "One man has kept it running …. He said …": a man or woman brought in unnamed since anyone of
  // that gender was named is the one the pronoun stands for, named later if at all.
  // Only "he" or "she" itself: "his family" speaks for itself, not for whom "his" stands for.
  const subject = /^(?:he|she)\b/i.test(text.slice(at, at + 4));
  const unnamed = want === 'unknown' || !subject ? -1 : unnamedBroughtIn(text, at, want);
  if (unnamed >= 0 && !nearest(entities, at, (e) => known(e) && lastMentionBefore(e, at) > unnamed))
    return namedLaterInParagraph(text, at, entities, known, 2);
  // Shouted names are datelines and headings ("HARMON FALLS"), not people a pronoun points back to.
  const fits = (e: Entity) => compatible(text, e, pronoun, types) && /\p{Ll}/u.test(e.name);
  // '"David has done his best," he said': whom a quote names is not who says it; the speaker is
  // sought before the quote the pronoun tags.
  const from = quoteTaggedAt(text, at)?.start ?? at;
  const near = nearest(entities, from, (e) => fits(e) && known(e)) ?? nearest(entities, from, fits);
  if (!usable(previous)) {
    const speaker = previous as Entity | null;
    // "Colonel Andrei Voicu said …. He said …": a speaker whose gender only the name lists gave
    // keeps the pronoun of the other gender when no one the pronoun fits by gender was named, rather
    // than someone of unknown gender mentioned before.
    if (
      want !== 'unknown' &&
      speaker &&
      firstMention(speaker) < at &&
      (!near || !known(near.entity)) &&
      genderFromNameOnly(speaker, text) &&
      types.includes(speaker.type) &&
      sentencesBetween(text, lastMentionBefore(speaker, at), at) <= 1
    )
      return speaker;
    if (want !== 'unknown' && subject && (!near || !known(near.entity))) {
      const later = namedLaterInParagraph(text, at, entities, known);
      if (later) return later;
    }
    return near && (!THING_PRONOUNS.has(pronoun) || closeBy(text, near.at, at)) ? near.entity : null;
  }
  // The previous speaker keeps the pronoun unless someone else was brought in later, in a
  // sentence the previous speaker is absent from ("“…” The words came from Liam Walsh. He said …").
  const last = lastMentionBefore(previous, at);
  if (near && near.entity !== previous && near.at > last && !sameSentence(text, last, near.at))
    return near.entity;
  return previous;
}
/** "One man", "a woman": one person of a gender, brought in unnamed as a sentence opens. */
const UNNAMED_OF_GENDER =
  /(?:^|\n|[.!?]["”]?\s+)(?:One|A|An|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(man|woman|boy|girl)\b/gu;

/**
 * Where the last man or woman (as `want` says) brought in unnamed opens a sentence, in the pronoun's
 * paragraph or the one before, or -1.
 */
function unnamedBroughtIn(text: string, at: number, want: string): number {
  const here = text.lastIndexOf('\n', at - 1);
  let from = here;
  while (from > 0 && text[from - 1] === '\n') from--;
  from = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
  let found = -1;
  for (const m of text.slice(from, at).matchAll(UNNAMED_OF_GENDER)) {
    const male = m[1] === 'man' || m[1] === 'boy';
    if ((want === 'male') === male) found = from + m.index + m[0].search(/(?:One|A|An|Another)\s/);
  }
  return found;
}

/**
 * "The farm's founder … still helps. She said …. "…," said Edith Kettering": with no one of the
 * pronoun's gender named before, the first person of that gender the paragraph goes on to name, for
 * the first time, is the one the writer meant.
 */
function namedLaterInParagraph(
  text: string,
  at: number,
  entities: Entity[],
  known: (e: Entity) => boolean,
  paragraphs = 1,
): Entity | null {
  let end = at;
  for (let k = 0; k < paragraphs && end < text.length; k++) {
    // Paragraphs are lines, blank lines between them.
    while (text[end] === '\n') end++;
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next;
  }
  let best: Entity | null = null;
  let bestAt = end;
  for (const e of entities) {
    const first = firstMention(e);
    if (first > at && first < bestAt && known(e)) {
      best = e;
      bestAt = first;
    }
  }
  return best;
}

/**
 * The quotation a speech tag at `at` follows ('"…," he said'), within its paragraph, or null when
 * no closing mark stands right before it.
 */
function quoteTaggedAt(text: string, at: number): Range | null {
  const close = /[,.!?]?(["”])\s*$/.exec(text.slice(Math.max(0, at - 4), at));
  if (!close) return null;
  const end = at - close[0].length + close[0].indexOf(close[1]);
  const start = text.lastIndexOf(close[1] === '”' ? '“' : '"', end - 1);
  return start >= 0 && start > text.lastIndexOf('\n', end) ? { start, end: end + 1 } : null;
}

/**
 * "Portavane's Harbour Arena, which was to host …, said": the name set off before "which", when the
 * recognizer found none there, is a thing's, a body here (a place's possessive before it is whose it is).
 */
export function thingBeforeWhich(text: string, at: number, entities: Entity[]): Entity | null {
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
 * "Aurelia Cruises said … It said …": "it" in the sentence after the previous speaker, with no body
 * or outlet named in between, stands for that speaker, whom the recognizer took for a person, when the
 * name ends in a plural common noun, as a company's may ("Cruises") and a person's seldom does; the
 * speaker becomes an organisation. (Any name let "it" turn people into bodies: 7 of 750 BBC texts.)
 */
export function thingSpeakingBefore(
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

/** Pronouns for no one or anyone in particular, capitalised at a sentence's or a quote's start. */
export const INDEFINITE_PRONOUNS =
  /^(?:nobody|no one|no-one|someone|somebody|everyone|everybody|anyone|anybody|none|nothing|everything|something|anything)$/;

/** Titles that may stand before a person's name at a sentence's start ("Dr Nair …"). */
const OPENING_TITLE =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Councillor|Cllr|Judge|Inspector|Sergeant|Sgt|PC|DC|DS|DI|Constable|Detective(?:\s+(?:Constable|Sergeant|Inspector))?|Supt|Superintendent|Capt|Captain|Col|Colonel|Rev|Father)\.?\s+)?$/;

/**
 * "Dr Nair was not convinced. She said …": "he" or "she" opening a sentence right after one that
 * opens with a person's name stands for that person, when the name's gender does not say otherwise,
 * whoever spoke last.
 */
export function personSubjectBefore(
  text: string,
  at: number,
  pronoun: string,
  entities: Entity[],
): Entity | null {
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
export function groupSubjectBefore(
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

/**
 * ", chairman of the Anglers Club, " between a name and its "who": one appositive set off by
 * commas ("Roe, Ames and Hale, who …" lists a group instead).
 */
const APPOSITIVE_BETWEEN = /^\s*,(?![^,]*\b(?:and|or)\b)[^,.;:!?"“”\n]{1,80},\s*$/;

/**
 * "Liam Roe, chairman of the Anglers Club, who read …": "who" stands for a person, and past an
 * appositive for the person the appositive describes, not a group named inside it.
 */
export function personBeforeAppositive(text: string, entities: Entity[], at: number): Entity | null {
  for (const e of entities)
    for (const m of e.mentions)
      if (e.type === 'PERSON' && m.end <= at && APPOSITIVE_BETWEEN.test(text.slice(m.end, at))) return e;
  return null;
}

/** The entity whose mention ends right before `at`, past a comma at most ("Ana Ruiz, who …"). */
export function entityEndingBefore(text: string, entities: Entity[], at: number): Entity | null {
  for (const e of entities)
    for (const m of e.mentions)
      if (m.end <= at && /^[\s,]*$/.test(text.slice(m.end, at)) && e.type !== 'GPE' && e.type !== 'NORP')
        return e;
  return null;
}
