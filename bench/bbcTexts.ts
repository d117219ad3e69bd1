/**
 * BBC News texts for the benchmarks (research use: benchmarks only, never training), read in a fixed
 * order — topics sorted, files sorted — so every run measures the same articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export const BBC_DIR = join(packageRoot, '..', 'shared', 'data', 'news', 'bbc');

/** The first `perTopic` files of each topic, at most `limit` texts in all. */
export function readBbcTexts({
  perTopic = Number.POSITIVE_INFINITY,
  limit = Number.POSITIVE_INFINITY,
} = {}): string[] {
  const texts: string[] = [];
  for (const topic of readdirSync(BBC_DIR)
    .filter((t) => !t.includes('.'))
    .sort())
    for (const f of readdirSync(join(BBC_DIR, topic)).sort().slice(0, perTopic))
      if (texts.length < limit) texts.push(readFileSync(join(BBC_DIR, topic, f), 'latin1'));
  return texts;
}
