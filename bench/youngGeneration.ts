/**
 * The CPU cost of analyze() under two young-generation sizes, measured in one process: two worker
 * threads, one with V8's default young generation and one with `resourceLimits.maxYoungGenerationSizeMb`
 * (what AnalyzePool can set for its threads), take turns over blocks of BBC articles, B first in
 * every other block, so load from other processes falls on both alike. Only one thread works at a
 * time, so the process's CPU during a block (V8's compile and GC helper threads included) is that
 * thread's. Prints articles per CPU-second of each, B/A CPU per pass, and each thread's scavenges.
 * Usage: nice -n 10 npx tsx bench/youngGeneration.ts [--mb 96] [--passes 2] [--block 25] [--every 1]
 * (the tree's dist/ must be built: `npx tsc -p tsconfig.build.json`).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../src/paths.js';
import { readBbcTexts } from './bbcTexts.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const youngMb = option('mb', 96);
const passes = option('passes', 2);
const block = option('block', 25);
const every = option('every', 1);

const analyzeUrl = pathToFileURL(join(packageRoot, 'dist', 'src', 'analyze.js')).href;
// The thread analyses the texts it is sent and answers with its scavenges so far (count, ms).
const threadCode = `
const { parentPort } = require('node:worker_threads');
const { PerformanceObserver, constants } = require('node:perf_hooks');
let scavenges = 0, scavengeMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) { scavenges++; scavengeMs += e.duration; }
}).observe({ entryTypes: ['gc'] });
import(${JSON.stringify(analyzeUrl)}).then(({ analyze }) => {
  parentPort.on('message', (texts) => {
    for (let i = 0; i < texts.length; i++) analyze({ input: 'bbc', text: texts[i] });
    setImmediate(() => parentPort.postMessage({ scavenges, scavengeMs }));
  });
  parentPort.postMessage(null);
});`;

type Reply = { scavenges: number; scavengeMs: number } | null;

interface Side {
  worker: Worker;
  next: () => Promise<Reply>;
}

function startSide(resourceLimits: { maxYoungGenerationSizeMb?: number }): Side {
  const worker = new Worker(threadCode, { eval: true, resourceLimits });
  const waiting: ((m: Reply) => void)[] = [];
  worker.on('message', (m: Reply) => waiting.shift()?.(m));
  worker.on('error', (e) => {
    console.error(e);
    process.exit(1);
  });
  return { worker, next: () => new Promise((resolve) => waiting.push(resolve)) };
}

const sides = [startSide({}), startSide({ maxYoungGenerationSizeMb: youngMb })];
for (const s of sides) await s.next();
const texts = readBbcTexts().filter((_, k) => k % every === 0);
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
// Models load lazily: the first article of each side pays for them, outside the count.
for (const s of sides) {
  s.worker.postMessage([texts[0]]);
  await s.next();
}

const gc = [
  { scavenges: 0, scavengeMs: 0 },
  { scavenges: 0, scavengeMs: 0 },
];
for (let pass = 0; pass < passes; pass++) {
  const total = [0, 0];
  for (let start = 0; start < texts.length; start += block) {
    const chunk = texts.slice(start, start + block);
    for (const s of (start / block) % 2 === 0 ? [0, 1] : [1, 0]) {
      const before = cpuMicros();
      sides[s].worker.postMessage(chunk);
      const stats = await sides[s].next();
      total[s] += cpuMicros() - before;
      if (stats) gc[s] = stats;
    }
  }
  const rate = (s: number) => ((texts.length / total[s]) * 1e6).toFixed(1);
  console.log(
    `pass ${pass + 1}: A (default) ${rate(0)}, B (young ${youngMb} MB) ${rate(1)} articles per CPU-second; ` +
      `B/A CPU ${(total[1] / total[0]).toFixed(4)}`,
  );
}
for (const [s, name] of ['A', 'B'].entries())
  console.log(`${name}: ${gc[s].scavenges} scavenges, ${gc[s].scavengeMs.toFixed(0)} ms on the thread`);
for (const s of sides) await s.worker.terminate();
