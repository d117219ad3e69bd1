/**
 * Planets carry gods' names that read as people or places: "Venus", "Mercury", "Saturn", and
 * astrology's lunar nodes "Rahu" and "Ketu". In an article that names two or more different planets
 * (a horoscope, a sky guide) a span of nothing but a planet's name is the planet, which UNER never
 * calls a person, an organisation or a place, and the tagger's PERSON and place spans of it are
 * dropped. One planet alone may well be a person, a town or a brand ("Venus" the tennis player,
 * "Jupiter, Florida"), so it is left alone; "Sun" and "Moon" are not counted (newspapers, people).
 */
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const PLANETS = new Set([
  'mercury',
  'venus',
  'mars',
  'jupiter',
  'saturn',
  'uranus',
  'neptune',
  'pluto',
  'rahu',
  'ketu',
]);
const DROPPED = new Set(['PERSON', 'LOC', 'GPE']);

// The lexicon's capital flag first: an integer test, cheaper than a set lookup at every token.
const isPlanet = (v: TokenView, i: number) =>
  isCapitalised(v, i) && PLANETS.has(v.lower[i]) && /^\p{Lu}\p{Ll}/u.test(v.words[i]);

/** `ents` (sorted, over the whole view) without person and place spans of planets' names. */
export function dropPlanetNames(v: TokenView, ents: Candidate[]): Candidate[] {
  let first = '';
  let several = false;
  for (let i = 0; i < v.words.length && !several; i++) {
    if (!isPlanet(v, i)) continue;
    if (!first) first = v.lower[i];
    else if (v.lower[i] !== first) several = true;
  }
  if (!several) return ents;
  return ents.filter((e) => {
    if (!DROPPED.has(e.label)) return true;
    for (let i = e.start; i < e.end; i++) if (!isPlanet(v, i)) return true;
    return false;
  });
}
