/**
 * Speaker resolution on the team's own example articles (examples/*.expected.json, text files and
 * the HTML page, read as the CLI reads it): the share of
 * expected attributions found (same cue words, content starting with the expected words) and, of
 * those, the share whose source.entity names the expected entity (or none, for anonymous and
 * agentless sources). Writes eval/results/speakers.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Attribution } from '../src/analysis/types.js';
import { analyze } from '../src/analyze.js';
import { readHtml } from '../src/ingest/readHtml.js';

interface Expected {
  source: string | null;
  cue: string;
  content: string;
  entity: string | null;
}

const dir = join(import.meta.dirname, '../examples');
const rows: { file: string; expected: number; found: number; rightEntity: number }[] = [];
const misses: string[] = [];
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()) {
  const spec = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const textFile = join(dir, spec.file ?? name.replace('.expected.json', '.txt'));
  if (!existsSync(textFile) || !/\.(?:txt|html)$/.test(textFile) || !Array.isArray(spec.attributions))
    continue;
  const raw = readFileSync(textFile, 'utf8');
  // A page is read as the CLI reads it: its article text and metadata, not its markup.
  const article = textFile.endsWith('.html') ? readHtml(raw, textFile) : { input: textFile, text: raw };
  if ('error' in article) throw new Error(`${textFile}: ${article.error}`);
  const analysis = analyze(article, { published: spec.published ?? null });
  const used = new Set<Attribution>();
  let found = 0;
  let right = 0;
  for (const e of spec.attributions as Expected[]) {
    const a = analysis.attributions.find((x) => !used.has(x) && matches(x, e));
    if (!a) {
      misses.push(`${name}: not found: ${e.source ?? '(none)'} —${e.cue}→ ${e.content}`);
      continue;
    }
    used.add(a);
    found++;
    const got = entityName(analysis, a);
    if (sameEntity(analysis, a, e.entity)) right++;
    else misses.push(`${name}: ${e.source} → ${got ?? 'null'}, expected ${e.entity ?? 'null'}`);
  }
  rows.push({ file: name, expected: spec.attributions.length, found, rightEntity: right });
}

const total = rows.reduce((n, r) => n + r.expected, 0);
const found = rows.reduce((n, r) => n + r.found, 0);
const right = rows.reduce((n, r) => n + r.rightEntity, 0);
console.log('file                                   expected  found  right entity');
for (const r of rows)
  console.log(`${r.file.padEnd(40)} ${pad(r.expected)} ${pad(r.found)} ${pad(r.rightEntity)}`);
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 10);
console.log(`\nattribution match rate: ${pct(found, total)}% (${found}/${total})`);
console.log(
  `right entity, of matched: ${pct(right, found)}% (${right}/${found}); of all expected: ${pct(right, total)}%`,
);
for (const m of misses) console.log(`  ${m}`);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  join(import.meta.dirname, 'results/speakers.json'),
  `${JSON.stringify({ matchRate: pct(found, total), rightEntityOfMatched: pct(right, found), rightEntityOfAll: pct(right, total), rows }, null, 2)}\n`,
);

function matches(a: Attribution, e: Expected): boolean {
  if (!sameCue(a.cue.text, e.cue)) return false;
  const plain = (s: string) => s.replace(/["“”]/g, '').replace(/\s+/g, ' ');
  const words = plain(e.content).split(' ').slice(0, 4).join(' ');
  return plain(a.content.map((c) => c.text).join(' ')).includes(words);
}

/**
 * Cue boundaries are scored on PolNeAR (eval/attribution.eval.ts); here a cue that takes in an
 * adverb or a complement ("also denied", "said only", "declined to say") is the same cue.
 */
function sameCue(found: string, expected: string): boolean {
  const words = (s: string) => ` ${s.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const [f, e] = [words(found), words(expected)];
  return f.includes(e) || e.includes(f);
}

function entityName(analysis: Analysis, a: Attribution): string | null {
  const id = a.source?.entity;
  return id ? (analysis.entities.find((x) => x.id === id)?.name ?? null) : null;
}

function sameEntity(analysis: Analysis, a: Attribution, expected: string | null): boolean {
  const id = a.source?.entity ?? null;
  if (expected === null) return id === null;
  const entity = analysis.entities.find((x) => x.id === id);
  if (!entity) return false;
  return entity.name === expected || (entity.variants ?? []).includes(expected);
}

function pad(n: number): string {
  return String(n).padStart(8);
}
