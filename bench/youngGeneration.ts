/**
 * The CPU cost of analyze() under two young-generation sizes, measured in one process: two worker
 * threads, one with V8's default young generation and one with `resourceLimits.maxYoungGenerationSizeMb`
 * (what AnalyzePool can set for its threads), take turns over blocks of BBC articles, B first in
 * every other block, so load from other processes falls on both alike. Only one thread works at a
 * time, so the process's CPU during a block (V8's compile and GC helper threads included) is that
 * thread's. Prints articles per CPU-second of each, B/A CPU per pass, and each thread's scavenges.
 * Usage: nice -n 10 npx tsx bench/youngGeneration.ts [--a 0] [--b 96] [--passes 2] [--block 25] [--every 1]
 * (sizes in MB, 0 for V8's default; run both orders, as for interleave.ts)
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
// Young generation sizes of threads A and B in MB, 0 for V8's default (run both orders: --a 96 --b 0).
const youngMb = [option('a', 0), option('b', 96)];
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
  // Replies that came before anyone asked wait in `arrived`: the first (ready) may come early.
  const waiting: ((m: Reply) => void)[] = [];
  const arrived: Reply[] = [];
  worker.on('message', (m: Reply) => {
    const take = waiting.shift();
    if (take) take(m);
    else arrived.push(m);
  });
  worker.on('error', (e) => {
    console.error(e);
    process.exit(1);
  });
  const next = () =>
    arrived.length > 0
      ? Promise.resolve(arrived.shift() ?? null)
      : new Promise<Reply>((r) => waiting.push(r));
  return { worker, next };
}

const sides = youngMb.map((mb) => startSide(mb > 0 ? { maxYoungGenerationSizeMb: mb } : {}));
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
  const young = (s: number) => (youngMb[s] > 0 ? `${youngMb[s]} MB` : 'default');
  const rate = (s: number) => ((texts.length / total[s]) * 1e6).toFixed(1);
  console.log(
    `pass ${pass + 1}: A (young ${young(0)}) ${rate(0)}, B (young ${young(1)}) ${rate(1)} articles per CPU-second; ` +
      `B/A CPU ${(total[1] / total[0]).toFixed(4)}`,
  );
}
for (const [s, name] of ['A', 'B'].entries())
  console.log(`${name}: ${gc[s].scavenges} scavenges, ${gc[s].scavengeMs.toFixed(0)} ms on the thread`);
for (const s of sides) await s.worker.terminate();
