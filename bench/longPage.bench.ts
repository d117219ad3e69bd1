/**
 * How analyze() grows with one page's length: scrapers hand over whole live blogs, transcripts and
 * archive pages, and a step that compares every attribution, entity or description with every
 * other turns such a page into minutes. Pages of 250 to 2,000 paragraphs are built from the team's
 * own sentences (quotes, relays, denials, descriptions, new names), each timed on the compiled
 * package; the growth exponent per doubling is 1 for linear work and 2 for quadratic.
 * Writes bench/results/longPage.json.
 * Usage: nice -n 10 npx tsx bench/longPage.bench.ts
 */
import '../src/runtime/hugePages.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as pipeline from '../src/analyze.js';
import { packageRoot } from '../src/paths.js';
import { builtModule } from './builtPackage.js';

const { analyze }: typeof pipeline = await import(builtModule('analyze.js'));

const GIVEN = ['Ana', 'Bram', 'Cora', 'Dev', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const FAMILY = ['Ruiz', 'Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Kowalski', 'Brennan', 'Tanaka'];
const SIZES = [250, 500, 1000, 2000];

/** Paragraph i of a long page: a named councillor, a quote and its relay, a description, a denial. */
function paragraph(i: number): string {
  const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}${i % 3 ? '' : `-${FAMILY[i % 5]}`}`;
  return [
    `“We will not accept cuts to ward ${i},” said councillor ${name}, according to the Marsh Gazette.`,
    `${name.split(' ')[1]} added that the depot had closed twice. The ministry denied the claim on Tuesday.`,
    `Residents of Quay Street ${i} said they had not been told, the Harwick Ledger reported.`,
  ].join(' ');
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

analyze({ input: 'warm-up', text: paragraph(0) });
const rows: { paragraphs: number; characters: number; attributions: number; cpuSeconds: number }[] = [];
for (const n of SIZES) {
  const text = Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');
  const c0 = cpuSeconds();
  const a = analyze({ input: `long-${n}`, text });
  rows.push({
    paragraphs: n,
    characters: text.length,
    attributions: a.attributions.length,
    cpuSeconds: round(cpuSeconds() - c0),
  });
}
const growth = rows.slice(1).map((r, i) => round(Math.log2(r.cpuSeconds / rows[i].cpuSeconds)));

console.log('one long page, compiled package, one core');
console.log('paragraphs  characters  attributions  CPU seconds');
for (const r of rows)
  console.log(
    `${String(r.paragraphs).padStart(10)}  ${String(r.characters).padStart(10)}  ${String(r.attributions).padStart(12)}  ${String(r.cpuSeconds).padStart(11)}`,
  );
console.log(`growth exponent per doubling: ${growth.join(', ')} (1 = linear, 2 = quadratic)`);
mkdirSync(join(packageRoot, 'bench/results'), { recursive: true });
writeFileSync(
  join(packageRoot, 'bench/results/longPage.json'),
  `${JSON.stringify({ pages: rows, growthPerDoubling: growth }, null, 2)}\n`,
);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
