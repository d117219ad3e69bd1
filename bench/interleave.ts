/**
 * The CPU cost of a change to analyze(), measured on a busy machine: two built trees (each a checkout
 * with `dist/` from `npx tsc -p tsconfig.build.json`, and its own `models/`) run in one process,
 * alternating in blocks of BBC articles, A first in one block and B first in the next, so load from
 * other processes and V8's warm-up fall on both alike. Separate cold runs differ by more than most
 * changes do. Prints articles per CPU-second of each tree, B/A CPU per pass, and CPU per stage
 * (milliseconds, and microseconds per token). Run it in both orders (A B, then B A) and take the
 * geometric mean of the two B/A figures: in session 10 the parse stage, identical code on both
 * sides, ran 1–12% faster in the tree loaded second in 9 of 10 runs (where its tables land in memory, it
 * seems), a bias as large as most changes.
 * Usage: nice -n 10 npx tsx bench/interleave.ts <treeA> <treeB> [--passes 2] [--block 25] [--every 1]
 * (`--every 3`: every third BBC text only).
 */
// First, as in the CLI and the worker threads: both trees run under the V8 settings every real run has.
import '../src/runtime/hugePages.js';
import '../src/runtime/v8Flags.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as pipeline from '../src/analyze.js';
import { makeDoc } from '../src/language/index.js';
import { readBbcTexts } from './bbcTexts.js';

type Analyze = typeof pipeline.analyze;
type AnalyzeStage = pipeline.AnalyzeStage;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const trees = args.filter((a, k) => !a.startsWith('--') && (k === 0 || !args[k - 1].startsWith('--')));
if (trees.length !== 2) {
  console.error('usage: interleave.ts <treeA> <treeB> [--passes N] [--block N] [--every N]');
  process.exit(2);
}
const passes = option('passes', 2);
const block = option('block', 25);
const every = option('every', 1);

const load = async (tree: string): Promise<Analyze> =>
  ((await import(pathToFileURL(resolve(tree, 'dist/src/analyze.js')).href)) as typeof pipeline).analyze;
const sides = [await load(trees[0]), await load(trees[1])];
const texts = readBbcTexts().filter((_, k) => k % every === 0);
const tokens = texts.reduce((n, t) => n + makeDoc(t).length, 0);

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
// Models load lazily: the first article of each side pays for them, outside the count.
for (const analyze of sides) analyze({ input: 'warm-up', text: texts[0] });

const stageMicros = [new Map<AnalyzeStage, number>(), new Map<AnalyzeStage, number>()];
let side = 0;
let stageStart = 0;
const onStage = (stage: AnalyzeStage) => {
  const now = cpuMicros();
  stageMicros[side].set(stage, (stageMicros[side].get(stage) ?? 0) + now - stageStart);
  stageStart = now;
};

for (let pass = 0; pass < passes; pass++) {
  const total = [0, 0];
  for (const m of stageMicros) m.clear();
  for (let start = 0; start < texts.length; start += block) {
    const chunk = texts.slice(start, start + block);
    const order = (start / block) % 2 === 0 ? [0, 1] : [1, 0];
    for (const s of order) {
      side = s;
      const before = cpuMicros();
      for (let i = 0; i < chunk.length; i++) {
        stageStart = cpuMicros();
        sides[s]({ input: `bbc-${start + i}`, text: chunk[i] }, { onStage });
      }
      total[s] += cpuMicros() - before;
    }
  }
  const rate = (s: number) => ((texts.length / total[s]) * 1e6).toFixed(1);
  console.log(
    `pass ${pass + 1}: A ${rate(0)}, B ${rate(1)} articles per CPU-second; B/A CPU ${(total[1] / total[0]).toFixed(4)}`,
  );
  const stages = [...stageMicros[0].keys()];
  const perStage = (unit: number, digits: number) =>
    stages
      .map(
        (k) =>
          `${k} ${((stageMicros[0].get(k) ?? 0) / unit).toFixed(digits)}/${((stageMicros[1].get(k) ?? 0) / unit).toFixed(digits)}`,
      )
      .join('  ');
  console.log(`  CPU ms per stage A/B: ${perStage(1000, 0)}`);
  console.log(`  CPU µs per token A/B (${tokens} tokens): ${perStage(tokens, 2)}`);
}
