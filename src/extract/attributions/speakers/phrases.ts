/**
 * What the words around a source say before any entity is looked up: its determiner or owner, a
 * given name first, a sentence's opening, the lede.
 */
import type { Range } from '../../../analysis/types.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';

export const DETERMINERS = /^(?:the|a|an)\s+/i;
/** Possessive determiners and the pronoun whose referent owns the thing ("its report"). */
export const POSSESSIVE_OWNER: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['their', 'they'],
  ['his', 'he'],
  ['her', 'she'],
]);
/** Whether a name of two words or more starts with a listed given name ("Trevor Mills"). */
export function givenNameFirst(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && firstNames().has(words[0].toLowerCase());
}

/** Whether `at` opens a sentence (its capital says nothing of a name). */
export function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The pronoun standing for the owner of a two-word possessive phrase ("its report" → "it"), or null. */
export function ownedBy(phrase: string): string | null {
  const lower = phrase.trim().toLowerCase();
  const owner = POSSESSIVE_OWNER.get(lower.split(/\s+/)[0]);
  return owner && /^\S+\s+\S+$/.test(lower) ? owner : null;
}

/** Whether `at` lies in the article's first paragraph, where a role may stand before the name. */
export function inLede(body: readonly Range[], at: number): boolean {
  return body.length > 0 && body[0].start <= at && at < body[0].end;
}
