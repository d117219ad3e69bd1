/**
 * Names people work under ("sets the crossword under the name Magpie", "the artist known as Wren"):
 * when the article then gives a real name ("The setter, whose real name is Colin Ashdown"), the
 * pseudonym speaking later is that person. Offsets are UTF-16.
 */
import type { Entity } from '../../../analysis/types.js';

/** How a name someone works under is introduced, up to the name. */
const WORKS_UNDER =
  /\b(?:under\s+the\s+(?:name|pseudonym|pen\s+name)|known\s+as|writes\s+as|calling\s+(?:himself|herself))\s+$/;
/** A real name given after the pseudonym, within a sentence or two. */
const REAL_NAME =
  /\bwhose\s+(?:real|full|own|birth|legal)\s+name\s+is\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)/u;
/** How far after the pseudonym its holder's real name may come. */
const REAL_NAME_REACH = 300;

/**
 * The person whose real name the article gives after introducing `alias` as a name someone works
 * under, else null. Only a person's one-word name is read so.
 */
export function pseudonymHolder(text: string, alias: Entity, entities: Entity[]): Entity | null {
  if (alias.type !== 'PERSON' || /\s/.test(alias.name)) return null;
  for (const m of alias.mentions) {
    if (!WORKS_UNDER.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    const real = REAL_NAME.exec(text.slice(m.end, m.end + REAL_NAME_REACH));
    if (!real) continue;
    const holder = entities.find((e) => e.type === 'PERSON' && e !== alias && e.name === real[1]);
    if (holder) return holder;
  }
  return null;
}
