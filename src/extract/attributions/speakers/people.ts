/**
 * People described, not named ("a senior engineer at …", "residents of …", "the 47-year-old",
 * "the defender"), groups named whole, and surnames alone.
 */
import type { Entity } from '../../../analysis/types.js';
import { PERSON_NOUNS } from '../../../language/en/cues/sourceWords.js';
import { wordProfiles } from '../../../language/ner/wordProfiles.js';
import { namesPerson } from './descriptions.js';
import { genderOfPerson, phraseGender } from './gender.js';
import { firstMention, lastMentionBefore, nearest } from './mentions.js';
import { opensSentence } from './phrases.js';

/**
 * "Residents of Millbrook Lane", "Workers at the plant", "Sources within the party", "Customers
 * who spoke to the paper": people by what they are and where, no entity.
 */
export function peopleOf(phrase: string): boolean {
  // "Some residents of Fenmarket": a quantifier before the people changes nothing; nor does a
  // participle saying what befell them there ("passengers stranded at Brennholm"), nor a word or two
  // saying which ("Foster carers in Thorncastle", "Retired dairy farmers near …").
  const m =
    /^(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Ff]ew)\s+)?(?:(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose)\s)\p{L}[\p{Ll}-]*\s+){0,2}?(\p{L}+)(?:\s+\p{Ll}+(?:ed|en|ing))?\s+(?:of|at|from|in|on|near|within|inside|who)\s/u.exec(
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
export function personReadAsPlace(entities: Entity[], surname: string, at: number): Entity | null {
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

/** The one person named before `at` whose surname is `surname`, else null. */
export function personWithSurname(entities: Entity[], surname: string, at: number): Entity | null {
  const found = entities.filter(
    (e) => e.type === 'PERSON' && firstMention(e) < at && e.name.split(/\s+/).pop() === surname,
  );
  return found.length === 1 ? found[0] : null;
}

/** "The older of the two brothers", "the younger of the sisters": one person of a group, by rank. */
export const ONE_OF_GROUP =
  /^[Tt]he\s+(?:older|elder|eldest|oldest|younger|youngest|taller|senior|junior)\s+of\s+the\s+(?:(?:two|three|four)\s+)?\p{Ll}+$/u;
/** Nouns for a body of people that take no plural ending ("Staff", "Crew"). */
const COLLECTIVE_PEOPLE = new Set(['staff', 'crew', 'personnel', 'workforce']);

/**
 * "Tenants have complained …": a word opening a sentence that is the plural of a noun for people
 * ("tenants", "villagers", "campaigners") or that running text never capitalises ("families")
 * names a group, unless running text capitalises it (a surname such as "Rogers").
 */
export function peoplePlural(word: string): boolean {
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

/**
 * "A government spokesman", "an official at the port", "a relative of …", "an EBU official" (a body's
 * acronym as modifier), "a newsagent's assistant" (whose worker): one person, described, not named.
 */
export function unnamedPerson(phrase: string): boolean {
  const m =
    /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Lu}{2,6}\s+)?((?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}[\p{Ll}-]+)(?:\s+(?:at|for|from|of|with|in|who|whom|whose)\s|\s*,|\s*$)/u.exec(
      phrase,
    );
  const head = m?.[1].split(/\s+/).pop();
  return (!!head && (namesPerson(head) || PERSON_HEADS.has(head))) || oneOfPeople(phrase);
}

/**
 * "One of the trust's eleven trustees", "one of the drivers": one person, unnamed, of a group
 * named by a plural noun for people (a union or a firm among several is no person).
 */
export function oneOfPeople(phrase: string): boolean {
  const m = ONE_OF_PLURAL.exec(phrase);
  if (!m) return false;
  const one = m[1].endsWith('ies') ? `${m[1].slice(0, -3)}y` : m[1].slice(0, -1);
  return namesPerson(one) || PERSON_HEADS.has(one) || PERSON_NOUNS.has(one);
}
/** "One of the board's nine trustees": "one of", a determiner or an owner, up to two words, a plural. */
const ONE_OF_PLURAL =
  /^[Oo]ne\s+of\s+(?:the|its|their|his|her|our|[\p{L}'’-]+['’]s?)\s+(?:(?:the\s+)?[\p{Ll}'’-]+['’]s?\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+s)(?=\s*,|\s+(?:at|for|from|of|with|in|who|whom|whose)\s|\s*$)/u;
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
  'trustee',
  'member',
]);

/** The previous speaker, when a person mentioned earlier in the paragraph of `at`. */
export function personOfParagraph(text: string, at: number, previous: Entity | null): Entity | null {
  if (previous?.type !== 'PERSON') return null;
  return lastMentionBefore(previous, at) >= text.lastIndexOf('\n', at) + 1 ? previous : null;
}

/** "The 47-year-old": the person last written with that age ("Gary Winstanley, 47,", "(47)", "47-year-old Gary …"). */
export function personOfAge(text: string, age: string, at: number, entities: Entity[]): Entity | null {
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

/**
 * "Captain Lee Fairbrother said … The defender, who has played …, said": a person's role no one was
 * introduced with, opening a sentence right after a person spoke in the same paragraph, is a
 * further word for that person (sports and court reports vary their names so), when its gender
 * does not say otherwise.
 */
export function epithetOfPrevious(
  text: string,
  head: string,
  at: number,
  previous: Entity | null,
): Entity | null {
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

/** "A senior engineer at …", "a manager from …": a person by role at a place of work, not a spokesperson. */
export function workerAt(phrase: string): boolean {
  const m = /^(?:[Aa]n?|[Oo]ne)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:at|from|with|in)\s+\S/u.exec(
    phrase,
  );
  if (!m) return false;
  const role = m[1].split(/\s+/).pop()!;
  return namesPerson(role) && !/^spokes|representative/.test(role);
}

/**
 * "The Lib Dems said", "Islamists said": a group named whole, in the plural, speaks as itself. (Named as a
 * modifier, "Egyptian officials", it is not the speaker: entityCovering passes groups over.)
 */
export function groupNamedWhole(entities: Entity[], start: number, named: string): Entity | null {
  // Plural: "The Kenyan said" is an athlete, not Kenyans.
  if (!/\p{Ll}s$/u.test(named.trimEnd())) return null;
  const from = start + (/^[Tt]he\s+/.exec(named)?.[0].length ?? 0);
  const to = start + named.trimEnd().length;
  for (const e of entities)
    if (e.type === 'NORP') for (const m of e.mentions) if (m.start === from && m.end === to) return e;
  return null;
}

/** "A 54-year-old father of three from Hollinby": someone brought in by age, as a profile opens. */
const AGED_INDEFINITE = /^(?:an?|one)\s+\d{1,3}-year-old\s/i;
/** A sentence's end, before the capital that opens the next. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=\p{Lu})/gu;

/**
 * "A 54-year-old father of three from Hollinby said …. Frank Oyston said …": a person brought in
 * by age is the person named, for the first time and speaking, as the next sentence opens.
 */
export function agedPersonNamedNext(
  text: string,
  head: string,
  source: { start: number; end: number },
  entities: Entity[],
  speaks: (start: number) => boolean,
): Entity | null {
  if (!AGED_INDEFINITE.test(head.trim())) return null;
  SENTENCE_END.lastIndex = source.end;
  const stop = SENTENCE_END.exec(text);
  if (!stop) return null;
  const next = stop.index + stop[0].length;
  if (!speaks(next)) return null;
  const named = entities.find((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start === next));
  return named && firstMention(named) === next ? named : null;
}
