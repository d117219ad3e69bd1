/**
 * Pronoun speakers ("he", "she", "it", "they", and the owner of "its report"): the previous
 * compatible speaker, else the nearest compatible entity before. Offsets are UTF-16.
 */
import type { Entity } from '../../analysis/types.js';
import { sameSentence } from './build.js';
import { genderOfName, pronounGender } from './gender.js';
import { firstMention, lastMentionBefore, nearest } from './speakerEntities.js';

function compatible(e: Entity, pronoun: string, types: readonly string[]): boolean {
  if (!types.includes(e.type)) return false;
  if (e.type !== 'PERSON') return true;
  const want = pronounGender(pronoun);
  const have = genderOfName(e.name);
  return want === 'unknown' || have === 'unknown' || want === have;
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
    !!e && compatible(e, pronoun, types) && firstMention(e) < at;
  const want = pronounGender(pronoun);
  const known = (e: Entity) => want !== 'unknown' && e.type === 'PERSON' && genderOfName(e.name) === want;
  // Shouted names are datelines and headings ("HARMON FALLS"), not people a pronoun points back to.
  const fits = (e: Entity) => compatible(e, pronoun, types) && /\p{Ll}/u.test(e.name);
  const near = nearest(entities, at, (e) => fits(e) && known(e)) ?? nearest(entities, at, fits);
  if (!usable(previous)) return near?.entity ?? null;
  // The previous speaker keeps the pronoun unless someone else was brought in later, in a
  // sentence the previous speaker is absent from ("“…” The words came from Liam Walsh. He said …").
  const last = lastMentionBefore(previous, at);
  if (near && near.entity !== previous && near.at > last && !sameSentence(text, last, near.at))
    return near.entity;
  return previous;
}
