/**
 * Reuters-21578 (../shared, research use: benchmarks only) converted to JSONL for the corpus benches.
 * Every <REUTERS> story becomes one record: its <BODY> (or, for briefs without one, its <TEXT>),
 * title, date and NEWID. Nothing of it is written into the repository.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where bench/ingest.bench.ts leaves the embedded store for bench/queries.bench.ts. */
export const BENCH_STORE = join(tmpdir(), 'whosaid-bench-reuters');

export const REUTERS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'news', 'reuters21578');

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#\d+;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

const tag = (story: string, name: string) =>
  new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(story)?.[1];

export interface ReutersStory {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  outlet: string;
}

export function reutersStories(): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const file of readdirSync(REUTERS_DIR)
    .filter((f) => f.endsWith('.sgm'))
    .sort()) {
    const sgml = readFileSync(join(REUTERS_DIR, file), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const story = m[2]!;
      const date = /(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(tag(story, 'DATE') ?? '');
      const body = tag(story, 'BODY');
      const title = tag(story, 'TITLE');
      stories.push({
        id: `reuters-${m[1]}`,
        title: title ? decode(title) : null,
        // A handful of stories are a title alone: the title is their text.
        text: decode(body ?? tag(story, 'TEXT') ?? '') || (title ? decode(title) : ''),
        published: date ? `${date[3]}-${MONTHS[date[2]!]}-${date[1]!.padStart(2, '0')}` : null,
        outlet: 'Reuters',
      });
    }
  }
  return stories;
}

export function writeReutersJsonl(path: string, limit = Number.POSITIVE_INFINITY): number {
  const stories = reutersStories().slice(0, limit);
  writeFileSync(path, stories.map((s) => JSON.stringify(s)).join('\n') + '\n');
  return stories.length;
}
