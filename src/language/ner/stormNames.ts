/**
 * Storms carry people's names: "Hurricane Rita", "Typhoon Haiyan", "tropical storm Alberto".
 * The tagger calls "Rita" a person wherever the article names it alone ("Rita packed winds of …").
 * A name written right after a storm word ("storm" only as "Storm" or after "tropical") anywhere in the article is the storm's, so the model's
 * spans of exactly that name are dropped throughout the article.
 */
import type { Candidate, TokenView } from './tokens.js';

const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone']);

/** Whether word i names a storm: "Storm Ciara", "tropical storm Alberto"; not "the storm Trump created". */
export function namesStorm(v: TokenView, i: number): boolean {
  const w = v.lower[i];
  if (STORM_WORDS.has(w)) return true;
  return w === 'storm' && (v.words[i] === 'Storm' || (i > 0 && v.lower[i - 1] === 'tropical'));
}

/** `ents` (sorted, over the whole view) without the model's spans of a storm's name. */
export function dropStormNames(v: TokenView, ents: Candidate[]): Candidate[] {
  let storms: Set<string> | null = null;
  for (let i = 1; i < v.words.length; i++)
    if (namesStorm(v, i - 1) && /^\p{Lu}\p{Ll}/u.test(v.words[i])) (storms ??= new Set()).add(v.words[i]);
  if (!storms) return ents;
  const named = storms;
  return ents.filter(
    (e) => !(e.rule.startsWith('ner-model') && e.end - e.start === 1 && named.has(v.words[e.start])),
  );
}
