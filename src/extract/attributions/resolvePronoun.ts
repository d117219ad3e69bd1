/**
 * Pronoun speakers ("he", "she", "it", "they", and the owner of "its report"): the previous
 * compatible speaker, else the nearest compatible entity before. Offsets are UTF-16.
 */
import type { Entity } from '../../analysis/types.js';
import { sameSentence } from './build.js';
import { genderFromNameOnly, genderOfPerson, pronounGender } from './gender.js';
import { firstMention, lastMentionBefore, nearest } from './speakerEntities.js';

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
  // Shouted names are datelines and headings ("HARMON FALLS"), not people a pronoun points back to.
  const fits = (e: Entity) => compatible(text, e, pronoun, types) && /\p{Ll}/u.test(e.name);
  const near = nearest(entities, at, (e) => fits(e) && known(e)) ?? nearest(entities, at, fits);
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
    return near && (!THING_PRONOUNS.has(pronoun) || closeBy(text, near.at, at)) ? near.entity : null;
  }
  // The previous speaker keeps the pronoun unless someone else was brought in later, in a
  // sentence the previous speaker is absent from ("“…” The words came from Liam Walsh. He said …").
  const last = lastMentionBefore(previous, at);
  if (near && near.entity !== previous && near.at > last && !sameSentence(text, last, near.at))
    return near.entity;
  return previous;
}
