/**
 * Whether the name a source holds is a body's or a person's, by the words around it: a person's
 * role or a kind of business before it, an appositive calling it a group.
 */
import { BUSINESS_NOUNS } from '../../../language/en/gazetteers/businessNouns.js';
import { GROUP_APPOSITIVE } from './bodyNames.js';
import { namesPerson } from './descriptions.js';
import { OWNER_ROLES } from './ledes.js';
import { namePart } from './names.js';
import { givenNameFirst } from './phrases.js';

/**
 * The lower-case word before the comma that sets off `name` ("The drivers' union, Spoor" → "union"),
 * or the head a relative clause follows ("The firm that surveyed the hall in May, Marlowe" → "firm").
 */
export function kindBefore(phrase: string, name: string): string | null {
  const m =
    /^the\s+(\p{Ll}+)\s+(?:that|which)\s[^,]*,\s+(.+)$/iu.exec(phrase) ??
    /^the\s[^,]*?(?<!\p{L})(\p{Ll}+),\s+(.+)$/iu.exec(phrase);
  return m?.[2].startsWith(name) ? m[1] : null;
}

/** Whether a phrase names a kind of business or group, then a comma and `name` ("The drivers' union, Spoor"). */
export function bodyKindFirst(phrase: string, name: string): boolean {
  const kind = kindBefore(phrase, name);
  // "The administrators, Barton Reid": a firm named by the role it plays for a client.
  return (
    !!kind && (BUSINESS_NOUNS.has(kind) || FIRMS_BY_ROLE.has(kind) || GROUP_APPOSITIVE.test(`a ${kind}`))
  );
}

/** Plural roles a firm plays for a client, named by one name ("The administrators, Barton Reid"). */
export const FIRMS_BY_ROLE = new Set([
  'administrators',
  'liquidators',
  'receivers',
  'auditors',
  'accountants',
]);

/** Kinds of business no person is called ("the firm", "the bank"), unlike "the builder" or "the developer". */
const ONLY_BUSINESSES = new Set([
  'company',
  'firm',
  'business',
  'corporation',
  'bank',
  'airline',
  'brewery',
  'chain',
  'consultancy',
  'utility',
]);

/**
 * Whether the kind of thing a phrase calls `name` is never a person's, so that a name a given name
 * opens is a firm's too ("The administrators, Barton Reid"; "The firm that …, Marlowe Structural").
 */
export function calledOnlyABody(phrase: string, name: string): boolean {
  const kind = kindBefore(phrase, name) ?? '';
  return FIRMS_BY_ROLE.has(kind) || ONLY_BUSINESSES.has(kind);
}

/** Whether the name opening a phrase is set off by an appositive that calls it a business or a group ("…, the security firm that …"). */
export function apposedAsBody(phrase: string): boolean {
  const comma = phrase.indexOf(',');
  if (comma < 0) return false;
  const m =
    /^\s*(?:a|an|the)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)(?=\s+(?:that|which|who|of|for|at|in|on|with|from|to|based|run|owned)\b|\s*,|\s*$)/u.exec(
      phrase.slice(comma + 1),
    );
  const head = m?.[1].split(/\s+/).pop() ?? '';
  return BUSINESS_NOUNS.has(head) || GROUP_APPOSITIVE.test(`a ${head}`);
}

/**
 * "Heather Lodge's owner, Meadowbank Care": a name set off after the role of an owner, operator or
 * other business, with no given name to open it, is the business's, not a person's.
 */
export function businessRoleBefore(phrase: string, name: string): boolean {
  const comma = phrase.indexOf(',');
  // "The moor's owner, the Brackenridge Estate": a body's name may keep its "the".
  const apposed = phrase
    .slice(comma + 1)
    .trimStart()
    .replace(/^the\s+/i, '');
  if (comma < 0 || givenNameFirst(name) || !apposed.startsWith(name)) return false;
  const role = phrase.slice(0, comma).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // "The administrators, Pryor Lane Restructuring": a firm named by the role it plays for a client.
  return BUSINESS_NOUNS.has(role) || OWNER_ROLES.has(role) || FIRMS_BY_ROLE.has(role);
}

/** Whether a source names someone after a role that only a person has ("The …'s cabinet member for transport, Ana Roe"). */
export function afterPersonRole(phrase: string): boolean {
  const { head, offset } = namePart(phrase);
  if (offset === 0 || !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(head)) return false;
  const role = phrase.slice(0, phrase.indexOf(',')).split(/\s+(?:of|for|at|in|on|with|from|to)\s+/)[0];
  const last = role.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  // "The developer, Brockley Estates": a business noun ends in "-er" too.
  return namesPerson(last) && !BUSINESS_NOUNS.has(last);
}
