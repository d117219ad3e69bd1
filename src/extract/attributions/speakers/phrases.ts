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

/**
 * A description ending in a relative clause whose verb (and its particle) comes right before `at`
 * ("the trust that runs ", "the diocese that looks after "), within the same sentence.
 */
const RELATIVE_CLAUSE_BEFORE =
  /(?:^|[\s,(—–])((?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}'’-]+\s+){1,4}(?:that|which|who)\s+\p{Ll}+(?:\s+(?:after|over|up|out|on|for|into))?\s+)$/u;
/** How far before a pronoun a relative clause's description may start. */
const RELATIVE_CLAUSE_REACH = 90;

/**
 * Where the description starts whose relative clause the object pronoun at `at` ends ("the trust
 * that runs it said"), or -1: a source cut to that pronoun speaks as the description.
 */
export function relativeClauseStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - RELATIVE_CLAUSE_REACH), at);
  const sentence = before.slice(before.search(/[.!?]["”’]?\s+(?=\p{Lu})[^.!?]*$/u) + 1);
  const m = RELATIVE_CLAUSE_BEFORE.exec(sentence);
  return m ? at - sentence.length + m.index + m[0].indexOf(m[1]) : -1;
}
