/**
 * Whether two built trees (as for interleave.ts) give byte-identical analyze() output: the JSON of
 * every example text and of every 7th BBC text, compared one by one in one process. Prints the
 * texts that differ (none for a pure-speed change) and a SHA-256 over all outputs of each tree.
 * Usage: npx tsx bench/sameOutput.ts <treeA> <treeB> [--every 7]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as pipeline from '../src/analyze.js';
import { packageRoot } from '../src/paths.js';
import { readBbcTexts } from './bbcTexts.js';

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args[everyAt + 1]) : 7;
const trees = args.filter((a, k) => !a.startsWith('--') && (k === 0 || !args[k - 1].startsWith('--')));
if (trees.length !== 2) {
  console.error('usage: sameOutput.ts <treeA> <treeB> [--every N]');
  process.exit(2);
}

const load = async (tree: string) =>
  ((await import(pathToFileURL(resolve(tree, 'dist/src/analyze.js')).href)) as typeof pipeline).analyze;
const sides = [await load(trees[0]), await load(trees[1])];

const examplesDir = join(packageRoot, 'examples');
const inputs = readdirSync(examplesDir)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(examplesDir, f), 'utf8') }));
readBbcTexts().forEach((text, k) => {
  if (k % every === 0) inputs.push({ name: `bbc-${k}`, text });
});

const digests = [createHash('sha256'), createHash('sha256')];
const differing: string[] = [];
for (const { name, text } of inputs) {
  const json = sides.map((analyze) => JSON.stringify(analyze({ input: name, text })));
  for (let s = 0; s < 2; s++) digests[s].update(json[s]);
  if (json[0] !== json[1]) differing.push(name);
}
const [a, b] = digests.map((d) => d.digest('hex').slice(0, 16));
console.log(`${inputs.length} texts, ${differing.length} differ; sha256 A ${a}, B ${b}`);
if (differing.length > 0) {
  console.log(`differ: ${differing.slice(0, 20).join(' ')}${differing.length > 20 ? ' …' : ''}`);
  process.exit(1);
}
