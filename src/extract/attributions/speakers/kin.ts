/**
 * Relatives as speakers ("his son", "her husband", "the mother of a prisoner"): the person the
 * article names as that relative, else no one named.
 */
import type { Entity } from '../../../analysis/types.js';
import { genderOfPerson, phraseGender, pronounGender } from './gender.js';
import { firstMention, nearest } from './mentions.js';

/** Nouns for someone's relatives and companions: "his son" is not "he". */
export const KIN_NOUNS = new Set([
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
  'nephew',
  'niece',
  'aunt',
  'uncle',
  'cousin',
  'friend',
  'neighbour',
  'neighbor',
  'colleague',
]);

/**
 * "Her neighbour, Sian Prothero": a name set off after someone's relative or friend is a person's;
 * so is a given name alone set off so ("His wife, Priya, who runs …").
 */
export function afterKin(phrase: string): boolean {
  const m =
    /^(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’-]+['’]s?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+),\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}|\s*,|\s*$)/u.exec(
      phrase.trim(),
    );
  return !!m && KIN_NOUNS.has(m[1].toLowerCase());
}

/**
 * "… Graham Tulloch, 58, and his son Euan, 27, …" then "His son said": the person last named right
 * after the relative's noun ("son Euan", "son, Euan"), else null: the relative is someone unnamed.
 */
export function namedAsKin(text: string, noun: string, at: number, entities: Entity[]): Entity | null {
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

export const SPOUSES = new Set(['husband', 'wife']);

/**
 * "Tom and Jenny Hartley … Jenny Hartley said …. Her husband said": a spouse no one was named as is
 * the one other person, named before, who bears the surname of the person last named whom the
 * possessive ("her", "his") fits.
 */
export function spouseBySurname(
  text: string,
  possessive: string,
  at: number,
  entities: Entity[],
): Entity | null {
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
export function relativeNamedNext(text: string, head: string, at: number, entities: Entity[]): Entity | null {
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

/** The relation the other way round, by the gender of the one named: an aunt's nephew, a father's son. */
const CONVERSE_KIN: Record<string, { female: string[]; male: string[] }> = {
  nephew: { female: ['aunt'], male: ['uncle'] },
  niece: { female: ['aunt'], male: ['uncle'] },
  son: { female: ['mother'], male: ['father'] },
  daughter: { female: ['mother'], male: ['father'] },
  grandson: { female: ['grandmother'], male: ['grandfather'] },
  granddaughter: { female: ['grandmother'], male: ['grandfather'] },
  brother: { female: ['sister'], male: ['brother'] },
  sister: { female: ['sister'], male: ['brother'] },
  cousin: { female: ['cousin'], male: ['cousin'] },
};

/** Titles before a surname that give its bearer's gender. */
const TITLE_GENDER: Record<string, 'male' | 'female'> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
};

/**
 * "Edith Kettering, 84, who is Mr Kettering's aunt. Her nephew said": a relative named the other way
 * round ("Y's aunt", of the possessive's gender) is Y, the one person of that name other than the
 * relative named just before the words.
 */
export function kinNamedConversely(
  text: string,
  possessive: string,
  noun: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const gender = possessive.toLowerCase() === 'his' ? 'male' : pronounGender(possessive);
  const converse = CONVERSE_KIN[noun];
  if (!converse || (gender !== 'male' && gender !== 'female')) return null;
  const words = converse[gender].join('|');
  const named = new RegExp(
    `(?:(Mr|Mrs|Ms|Miss)\\.?\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)['’]s\\s+(?:${words})(?!\\p{L})`,
    'gu',
  );
  const last = [...text.slice(0, at).matchAll(named)].pop();
  if (!last) return null;
  const title = last[1] ? TITLE_GENDER[last[1].toLowerCase()] : undefined;
  const name = last[2];
  // The relative is the person named last before the words; the one they relate to is another.
  const relative = nearest(entities, last.index, (e) => e.type === 'PERSON')?.entity;
  const bearers = entities.filter(
    (e) =>
      e.type === 'PERSON' &&
      e !== relative &&
      (e.name === name || e.name.endsWith(` ${name}`)) &&
      (!title || genderOfPerson(e, text) !== (title === 'male' ? 'female' : 'male')),
  );
  return bearers.length === 1 ? bearers[0] : null;
}
