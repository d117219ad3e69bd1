/**
 * A person given only a role until paragraphs later ("The school's head teacher said …", then near
 * the end "The head teacher, Helen Roscoe, said …"). Offsets are UTF-16.
 */
import type { Entity } from '../../../analysis/types.js';
import { introducedAs, namesPerson, resolveDescription } from './descriptions.js';
import { SPEAKER_RULE } from './mentions.js';

/** A definite or owned description's opening word: "the", "its", "their". */
const DEFINITE = /^(?:the|its|their)\s+/i;
/** Words that open a role's complement ("chairman of the association"); the role ends before them. */
const COMPLEMENT = /\s+(?:of|for|at|in|on|with|from|to|who|whom|whose|which|that)\s.*$/s;
/** Everything up to an owner's possessive ("the residents' association's chairman" → "chairman"). */
const OWNERS = /^.*['’]s?\s+/s;

/**
 * The role a definite description of a person gives, without its owner or complement: "the school's
 * head teacher" → "head teacher", "its manager" → "manager", "the chairman of the residents'
 * association" → "chairman". Null when the description names no person's role.
 */
export function personRole(description: string): string | null {
  const d = description.trim();
  if (!DEFINITE.test(d)) return null;
  const role = d.replace(DEFINITE, '').replace(COMPLEMENT, '').replace(OWNERS, '').toLowerCase().trim();
  const head = role.split(/\s+/).pop() ?? '';
  return /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u.test(role) && namesPerson(head) ? role : null;
}

/**
 * "The school's head teacher said …" when no one so described was named before: the first person
 * the article names after it with that role set before or after the name ("The head teacher, Helen
 * Roscoe", "Helen Roscoe, the head teacher"), however far on; a role with no holder then speaks as
 * before.
 */
export function laterRoleHolder(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const role = personRole(description);
  if (!role || resolveDescription(text, role, at, entities)) return null;
  // "The pharmacist at the Llanfor branch, Amira Haddad": the role may come back with its
  // complement before the name, so the role alone no longer ends the words before it.
  const whole = description.trim().replace(DEFINITE, '').toLowerCase();
  const forms = whole === role ? [role] : [role, whole];
  let best: Entity | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    // Named first after the description: a mention the resolver gave it does not count.
    const named = e.mentions.filter((m) => m.rule !== SPEAKER_RULE);
    const first = named.reduce((min, m) => (m.start < min.start ? m : min), named[0]);
    if (!first || first.start <= at || first.start >= bestAt) continue;
    if (introducedAs(text, first, Number.POSITIVE_INFINITY, forms)) {
      best = e;
      bestAt = first.start;
    }
  }
  return best;
}
