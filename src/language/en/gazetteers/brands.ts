/**
 * Brand names from the `simple-icons` package (CC0): about 3,500 companies, web services, software
 * and products ("Mozilla", "Airbnb", "PayPal"), the long tail of organisation names that web text
 * mentions and no hand list keeps up with. Many are also ordinary words ("Target", "Swift", "Now")
 * or products UNER does not call ORG, so the entity tagger reads membership as a feature and learns
 * how far to trust it; it is no rule. Read from the package's data file once per process (a few ms).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PhraseTable } from './phraseTable.js';

interface BrandRecord {
  title: string;
}

/** The brand titles as the package lists them. */
export function brandsFromPackage(): string[] {
  // The package's exports do not expose its data folder, so find it beside the entry point.
  const entry = createRequire(import.meta.url).resolve('simple-icons');
  const file = join(dirname(entry), 'data', 'simple-icons.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as BrandRecord[]).map((b) => b.title);
}

let table: PhraseTable<true> | null = null;

/** The brand names as a phrase table (lower-cased, tokenized as documents are), built once. */
export function brandGazetteer(): PhraseTable<true> {
  if (!table) {
    table = new PhraseTable<true>();
    for (const title of brandsFromPackage()) table.add(title, true);
  }
  return table;
}
