/**
 * The part of a source that names someone ("A company spokeswoman, Leyla Demir" → "Leyla Demir"),
 * and whether a phrase may be a name at all.
 */
import { BODY_HEADS } from './bodyNames.js';
import { DETERMINERS, ownedBy } from './phrases.js';

/** "Skyrail's chief executive": an owner's name, then a role in lower case. */
const OWNER_THEN_ROLE = /^[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)*['’]s\s+(?:\p{Ll}|\p{Lu}{2,4}\b)/u;
/** Words standing for someone before an appositive name ("Another, Dev Patel"). */
const LONE_DETERMINERS = new Set(['another', 'one', 'some', 'others', 'both', 'each']);
/**
 * Whether a phrase may be a name: "Its secretary", "Skyrail's chief executive", "Another", "One
 * resident" and "Half of them" open descriptions instead (a possessive, a lone determiner, a
 * sentence's capital before common words, a part of a group).
 */
export function startsName(s: string): boolean {
  return (
    /^\p{Lu}/u.test(s) &&
    !DETERMINERS.test(s) &&
    !ownedBy(s) &&
    // "Its organiser in Westbury": a role owned, whatever capitals follow.
    !/^(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+\p{Ll}/u.test(s) &&
    !OWNER_THEN_ROLE.test(s) &&
    !LONE_DETERMINERS.has(s.toLowerCase()) &&
    !/^\S+(?:\s+\p{Ll}\S*)+$/u.test(s) &&
    !/^(?:one|two|three|some|several|many|most|each|both|all|none|few|half|any|part|the rest)\s+of\s/i.test(s)
  );
}

/** A clause that gives a described person's own name ("whose real name is"), before the name. */
const REAL_NAME = /^whose\s+(?:real|full|own|birth|legal)\s+name\s+is\s+(?=\p{Lu})/u;

/** The part of a source that names it: "A company spokeswoman, Leyla Demir" → "Leyla Demir". */
export function namePart(text: string): { head: string; offset: number } {
  const comma = text.indexOf(',');
  if (comma < 0) return { head: text.trim(), offset: 0 };
  const before = text.slice(0, comma).trim();
  // "The setter, whose real name is Colin Ashdown": the name a clause gives as the person's own.
  const after = text
    .slice(comma + 1)
    .trim()
    .replace(REAL_NAME, '');
  // The name ends at its own clause ("Rory Kane - who was cleared of arson …").
  const clause = after.split(/,|\s[-–—]\s|\s(?:who|whom|whose)\s/)[0].trim();
  // "Boyce's neighbour, farmer Tom Illingworth": a role in lower case before the name.
  const role = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}\p{Ll})/u.exec(clause);
  // "Its music director, the conductor Tomasz Wilk": an article and one role word before the name too.
  const titled =
    role && (!/^(?:the|a|an)\s/.test(clause) || /^(?:the|a|an)\s+\p{Ll}[\p{L}-]*\s+$/u.test(role[0]));
  const name = titled ? clause.slice(role[0].length) : clause;
  if (!startsName(before) && startsName(name) && !/\s(?:of|for|at)\s/.test(name))
    return { head: name, offset: text.indexOf(after) + (name === clause ? 0 : role![0].length) };
  // "The winning candidate, Rory Delacourt of the Progress Party": a person's name, then the body.
  const ofBody =
    /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(name);
  // Not a list ("opponents, including Lord Hale of Arden and the bishop").
  const list = /^including\s/.test(clause) || /\s(?:and|&)\s/.test(name);
  if (!startsName(before) && ofBody && !list && !BODY_HEADS.has(ofBody[1].split(/\s+/).pop()!.toLowerCase()))
    return { head: ofBody[1], offset: text.indexOf(after) + (name === clause ? 0 : role![0].length) };
  // "The regulator, the Water Services Authority": a body's name keeps its "the".
  const body = /^the\s+(?=\p{Lu})/iu.exec(name);
  if (body && !startsName(before) && /\s/.test(name.slice(body[0].length))) {
    const bare = name.slice(body[0].length);
    if (startsName(bare) && !/\s\p{Ll}/u.test(bare.replace(/\s(?:of|and|for|the)\s/g, ' ')))
      return { head: bare, offset: text.indexOf(after) + body[0].length };
  }
  return { head: before, offset: 0 };
}
