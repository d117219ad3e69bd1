/**
 * Pronouns that stand for an anonymous or unnamed speaker just before ("A former supervisor, who
 * did not want to be named, said … he said"), who has no entity.
 */
import type { Entity } from '../../../analysis/types.js';
import { ANONYMOUS_PHRASES } from '../../../language/en/cues/sourceWords.js';
import { phraseGender, pronounGender } from './gender.js';
import { nearest, sentenceEnds, speakerOrg } from './mentions.js';
import { oneOfPeople } from './people.js';

/** Sentence ends a pronoun may lie past the anonymous speaker it stands for. */
const ANONYMOUS_PRONOUN_SENTENCES = 2;
/** Words that make an anonymous source a group ("two officials", "several residents"). */
const GROUP_WORDS =
  /^(?:two|three|four|five|several|some|many|both|few|people|police|staff|sources|officials|others)$/;

/**
 * "A former supervisor, who did not want to be named, said … “…,” he said.": a pronoun right after
 * an anonymous speaker stands for that speaker (no entity), one person for "he" or "she" and a
 * group for "they", unless a person the pronoun fits was named in between.
 */
export function standsForAnonymous(
  text: string,
  source: { start: number; text: string },
  anonymous: { start: number; end: number; text: string; said?: number },
  entities: Entity[],
): boolean {
  const pronoun = source.text.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they') return false;
  if (sentenceEnds(text, anonymous.end, source.start) > ANONYMOUS_PRONOUN_SENTENCES) return false;
  const words = anonymous.text
    .toLowerCase()
    .split(/,|\s(?:who|whom|whose|that|with|from|at|in|of|for|familiar|close)\s/)[0]
    .split(/\s+/)
    .filter((w) => w.length > 0);
  // "One of the trust's trustees" is one person of a group.
  const group =
    !oneOfPeople(anonymous.text) &&
    (words.some((w) => GROUP_WORDS.test(w)) ||
      /[^s]s$/.test(words[words.length - 1] ?? '') ||
      words.includes('and'));
  if (group !== (pronoun === 'they')) return false;
  const want = pronounGender(pronoun);
  const have = phraseGender(anonymous.text);
  if (want !== 'unknown' && have !== 'unknown' && want !== have) return false;
  // "… said one official. Ana Ruiz, the mayor, disagreed: “…,” she said": the named person; a name
  // inside the anonymous phrase ("A relative of Mr Pender") is not someone brought in.
  const named = nearest(entities, source.start, (e) => e.type === 'PERSON');
  // "… had stopped listening to Winstanley. “…,” he said": someone named in what the anonymous
  // speaker said is spoken of, not brought in.
  return !named || named.at < (anonymous.said ?? anonymous.end);
}

/** A role opening a source and set off by a comma before the names it gives ("The owners, "). */
export const ROLE_BEFORE_NAMES =
  /^\s*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}[\p{L}-]*|(?:[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\s+\p{Ll}[^,]{0,100}),\s+/u;
/** "Tom and Jenny Hartley", "Ann Pell and Joe Rudd": capitalised names joined by "and", a person's among them. */
export function namedTogether(source: { start: number; text: string }, entities: Entity[]): boolean {
  // "The owners, Brian and Carol Ashton, who …": the names may follow a role set off by a comma.
  const role = ROLE_BEFORE_NAMES.exec(source.text)?.[0] ?? '';
  const lead =
    /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=,|$)/u.exec(
      source.text.slice(role.length).trimEnd(),
    );
  if (!lead) return false;
  const end = source.start + role.length + lead[0].length;
  return entities.some(
    (e) => e.type === 'PERSON' && e.mentions.some((m) => m.start >= source.start && m.end <= end),
  );
}

/**
 * "A paramedic who worked that night, speaking on condition of anonymity, said … “…,” he said.":
 * "he" or "she" in the paragraph of a sentence that opens with an unnamed person made anonymous
 * ("A …", "One …"), within two sentence ends, with no person named in between.
 */
export function afterUnfoundAnonymous(
  text: string,
  source: { start: number; text: string },
  entities: Entity[],
): boolean {
  const pronoun = source.text.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const paragraph = text.lastIndexOf('\n', source.start) + 1;
  const before = text.slice(paragraph, source.start);
  const starts = [...before.matchAll(/(?:^|[.!?]["”’]?\s+)(?=(?:A|An|One)\s)/g)].map(
    (m) => paragraph + m.index + m[0].length,
  );
  for (let k = starts.length - 1; k >= 0; k--) {
    const at = starts[k];
    if (sentenceEnds(text, at, source.start) > ANONYMOUS_PRONOUN_SENTENCES) return false;
    const sentence = text.slice(at, at + 300).split(/[.!?]["”’]?\s/)[0];
    const marker = ANONYMOUS_PHRASES.exec(sentence);
    // The marker says the phrase before it is someone ("A paramedic who …, speaking on condition of anonymity").
    if (!marker || !/^(?:A|An|One)\s+\p{Ll}/u.test(sentence)) continue;
    const have = phraseGender(sentence.slice(0, marker.index));
    if (have !== 'unknown' && have !== pronounGender(pronoun)) return false;
    const from = at + marker.index;
    const named = nearest(entities, source.start, (e) => e.type === 'PERSON');
    return !named || named.at < from;
  }
  return false;
}

/**
 * "who gave her name only as Ruth", "who would give only his first name, Tom", "identified only as
 * Ana", "who asked to be called Ana": all a source tells of who it is, the name it goes by, last in
 * the phrase.
 */
const NAME_GONE_BY =
  /(?:\b(?:gave|give|gives|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as|\b(?:gave|give|gives|giving)\s+only\s+(?:his|her|their)\s+(?:first|given)\s+name,|\b(?:identified|known)\s+only\s+as|\basked\s+to\s+be\s+(?:called|known\s+as|identified\s+(?:only\s+)?as))\s+(\p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * The person an anonymous source names by the name it goes by ("One tenant, who gave her name only
 * as Ruth"), when the article writes that name as a source again (`speaksAgain`): the entity the
 * recognizer found there, else a new person; null when it gives none. The name is no one else's of
 * that first name ("Ruth Amos" named before is someone else).
 */
export function nameGoneBy(
  source: { start: number; end: number; text: string },
  entities: Entity[],
  speaksAgain: (name: string) => boolean,
): Entity | null {
  const m = NAME_GONE_BY.exec(source.text.trimEnd());
  if (!m || !speaksAgain(m[1])) return null;
  const at = source.start + m.index + m[0].length - m[1].length;
  const found = entities.find((e) => e.type === 'PERSON' && e.mentions.some((x) => x.start === at));
  if (found) return found;
  const made = speakerOrg(m[1], entities, at);
  made.type = 'PERSON';
  return made;
}

/** "the latter", "The former": one of two named just before, by its place in the pair. */
const ONE_OF_PAIR = /^the\s+(former|latter)$/i;
/** Two capitalised names joined by "and" ("Ann Pell and Joe Rudd", "Orley Council and Tarrow Trust"). */
const NAMED_PAIR =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
/** How far back "the latter" looks for its pair (characters). */
const PAIR_REACH = 400;

/**
 * "…, Ann Pell and Joe Rudd, said …. The latter said …": "the former" or "the latter" is the first
 * or the second of the last two names joined by "and" before it, when an entity holds that name.
 */
export function oneOfPair(
  text: string,
  source: { start: number; text: string },
  entities: Entity[],
): Entity | null {
  const which = ONE_OF_PAIR.exec(source.text.trim());
  if (!which) return null;
  const from = Math.max(0, source.start - PAIR_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, source.start).matchAll(NAMED_PAIR)) last = m;
  if (!last) return null;
  const latter = which[1].toLowerCase() === 'latter';
  const name = latter ? last[2] : last[1];
  const at = from + last.index + (latter ? last[0].length - last[2].length : 0);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + name.length)) ?? null;
}
