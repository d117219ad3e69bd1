/**
 * Corpus ingest benchmark on Reuters-21578 (all 21,578 stories, converted to JSONL in a temp dir):
 *   1. end-to-end `ingest` into the embedded PGlite store: articles/s, articles per CPU-second, how
 *      busy each core was, the main thread's time in store transactions, and peak RSS;
 *   2. the peers: analysis alone on the same thread pool, and storing alone (prepared articles into a
 *      fresh store, on the main thread) — what ingest would be if the other half cost nothing;
 *   3. PostgreSQL with 1 worker process vs 2 on the same stories: a cluster started by the bench,
 *      workers started and warmed up *before* the queue is filled, timed from enqueue to drained.
 * On a machine shared with other jobs, wall-clock rates move with their load: compare the
 * per-CPU-second rates and look at the core-busy shares (the whole machine's, from /proc/stat).
 * The PGlite store is left at BENCH_STORE for bench/queries.bench.ts.
 * WHOSAID_BENCH_LIMIT=N runs on the first N stories only (quick checks; the recorded numbers use all).
 */
import '../src/runtime/hugePages.js';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AnalyzePool } from '../src/corpus/analyzePool.js';
import { ingest } from '../src/corpus/ingest.js';
import { corpusInputs } from '../src/corpus/inputs.js';
import type { ArticleInput } from '../src/ingest/article.js';
import type { PreparedArticle } from '../src/store/prepare.js';
import { openStore } from '../src/store/Store.js';
import { startPostgres, type TestPostgres } from '../test/helpers/postgres.js';
import { BENCH_STORE, reutersStories, writeReutersJsonl } from './reuters.js';

const LIMIT = Number(process.env.WHOSAID_BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
/** Stories analysed for the analysis-only peer and stored for the store-only measurement. */
const SAMPLE = Math.min(2000, LIMIT);
/** Stories for the PostgreSQL 1-vs-2-worker comparison. */
const PG_SAMPLE = Math.min(3000, LIMIT);
const STORE_BATCH = 200;
/** How often the bench polls the PostgreSQL queue while workers drain it. */
const POLL_MS = 100;
/** Stories put on the queue per INSERT (the workers start on the first batch). */
const ENQUEUE_BATCH = 100;

const round1 = (x: number) => Math.round(x * 10) / 10;
const rate = (n: number, ms: number) => round1((n / ms) * 1000);
const mb = (kb: number) => Math.round(kb / 1024);
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** Busy and total jiffies of each core, machine-wide. */
function coreTimes(): { busy: number; total: number }[] {
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((l) => /^cpu\d+ /.test(l))
    .map((l) => {
      const f = l.trim().split(/\s+/).slice(1).map(Number);
      const idle = f[3]! + f[4]!;
      const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
      return { busy: total - idle, total };
    });
}

/** Share of time each core was busy (any process) since `before`. */
function coreBusy(before: { busy: number; total: number }[]): number[] {
  return coreTimes().map((c, i) => round1((100 * (c.busy - before[i]!.busy)) / (c.total - before[i]!.total)));
}

/** Fields of /proc/PID/stat after the command name (field 3 onwards), or null once it has ended. */
function procStat(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by one PostgreSQL server: its postmaster, the backends it has reaped
 * (their time is in its cutime/cstime) and the backends still running (its children). Other
 * clusters on the machine are not counted.
 */
function serverCpuSeconds(postmaster: number): number {
  const own = procStat(postmaster);
  if (!own) return 0;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const f = procStat(pid);
    if (f && Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / 100;
}

function cpuSecondsOfPid(pid: number): number {
  const f = procStat(pid);
  return f ? (Number(f[11]) + Number(f[12])) / 100 : 0;
}

async function endToEnd(jsonl: string) {
  rmSync(BENCH_STORE, { recursive: true, force: true });
  const cores = coreTimes();
  const cpu0 = process.cpuUsage();
  const store = await openStore(BENCH_STORE);
  const summary = await ingest(store, corpusInputs([jsonl]), {});
  const cpu = cpuMs(process.cpuUsage(cpu0));
  const busy = coreBusy(cores);
  const stats = await store.stats();
  await store.close();
  return { summary, cpu, busy, stats, peakRssKb: process.resourceUsage().maxRSS };
}

async function analysisOnly(stories: ReturnType<typeof reutersStories>) {
  const pool = new AnalyzePool();
  await pool.warmUp();
  const cores = coreTimes();
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const prepared = await Promise.all(stories.map((s) => pool.prepare({ input: s.id, ...s })));
  const ms = performance.now() - t;
  const cpu = cpuMs(process.cpuUsage(cpu0));
  const busy = coreBusy(cores);
  const sample = await pool.analyze({ input: stories[0]!.id, ...stories[0]! });
  await pool.close();
  return { ms, cpu, busy, prepared, extractor: sample.generator.extractor, threads: pool.size };
}

async function storeOnly(prepared: PreparedArticle[], dir: string) {
  const store = await openStore(dir);
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < prepared.length; i += STORE_BATCH)
    await store.addPrepared(prepared.slice(i, i + STORE_BATCH));
  const ms = performance.now() - t;
  const cpu = cpuMs(process.cpuUsage(cpu0));
  await store.close();
  return { ms, cpu };
}

const cli = (args: string[]): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
const exited = (p: ChildProcess) => new Promise((r) => p.on('close', r));

/** N `whosaid worker` processes (one thread each), warmed up, then the queue filled and drained. */
async function pgRun(server: TestPostgres, jsonl: string, workers: number, articles: number) {
  const { url } = server;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  // Create the schema once, before the workers race to migrate it.
  await (await openStore(url)).close();
  const procs = Array.from({ length: workers }, () =>
    cli(['worker', '--db', url, '--threads', '1', '--lease', '600']),
  );
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve, reject) => {
          let err = '';
          p.stderr!.on('data', (d: Buffer) => {
            err += d;
            if (err.includes('ready')) resolve();
          });
          p.on('close', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err}`)));
        }),
    ),
  );
  const cores = coreTimes();
  const workerCpu0 = procs.map((p) => cpuSecondsOfPid(p.pid!));
  const serverCpu0 = serverCpuSeconds(server.pid);
  const t = performance.now();
  const queue = await openStore(url);
  let batch: ArticleInput[] = [];
  for await (const item of corpusInputs([jsonl])) {
    if ('error' in item) continue;
    batch.push(item.article);
    if (batch.length >= ENQUEUE_BATCH) {
      await queue.jobs.enqueue(batch);
      batch = [];
    }
  }
  await queue.jobs.enqueue(batch);
  await queue.close();
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM jobs WHERE state IN ('queued', 'running')",
    );
    if (rows[0]!.n === 0) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const ms = performance.now() - t;
  const busy = coreBusy(cores);
  const workerCpu = procs.reduce((sum, p, i) => sum + cpuSecondsOfPid(p.pid!) - workerCpu0[i]!, 0);
  const serverCpu = serverCpuSeconds(server.pid) - serverCpu0;
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
  await client.end();
  for (const p of procs) p.kill('SIGTERM');
  await Promise.all(procs.map(exited));
  return {
    workers,
    stored: rows[0]!.n,
    seconds: round1(ms / 1000),
    perSecond: rate(articles, ms),
    workerCpuSeconds: round1(workerCpu),
    serverCpuSeconds: round1(serverCpu),
    perCpuSecond: round1(articles / (workerCpu + serverCpu)),
    coreBusyPercent: busy,
  };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  const stories = reutersStories().slice(0, LIMIT);
  const jsonl = join(tmp, 'reuters.jsonl');
  writeReutersJsonl(jsonl, LIMIT);
  const load0 = loadavg()[0]!;

  // 1. End to end (first, so that its peak RSS is its own) into the embedded store.
  const e2e = await endToEnd(jsonl);
  const s = e2e.summary;
  const handled = s.done + s.skipped + s.failed;

  // 2. The peers: analysis (and row preparation) alone on the same pool; storing alone.
  const peer = await analysisOnly(stories.slice(0, SAMPLE));
  const alone = await storeOnly(peer.prepared, join(tmp, 'store-only'));

  // 3. PostgreSQL: one worker process vs two, one thread each, same stories.
  const server = await startPostgres();
  const pgJsonl = join(tmp, 'pg.jsonl');
  const pgArticles = writeReutersJsonl(pgJsonl, PG_SAMPLE);
  let one: Awaited<ReturnType<typeof pgRun>>;
  let two: Awaited<ReturnType<typeof pgRun>>;
  try {
    one = await pgRun(server, pgJsonl, 1, pgArticles);
    two = await pgRun(server, pgJsonl, 2, pgArticles);
  } finally {
    await server.stop();
  }
  rmSync(tmp, { recursive: true, force: true });

  const results = {
    corpus: 'Reuters-21578',
    stories: stories.length,
    cores: availableParallelism(),
    loadAverage: { atStart: round1(load0), atEnd: round1(loadavg()[0]!) },
    extractor: peer.extractor,
    endToEnd: {
      stored: s.done,
      skippedDuplicates: s.skipped,
      failed: s.failed,
      seconds: round1(s.elapsedMs / 1000),
      perSecond: rate(handled, s.elapsedMs),
      cpuSeconds: round1(e2e.cpu / 1000),
      perCpuSecond: rate(handled, e2e.cpu),
      coreBusyPercent: e2e.busy,
      storeTransactionSeconds: round1(s.storeMs / 1000),
      peakRssMb: mb(e2e.peakRssKb),
      entities: e2e.stats.entities,
      attributions: e2e.stats.attributions,
      duplicateClusters: e2e.stats.duplicateClusters,
    },
    analysisOnly: {
      articles: SAMPLE,
      threads: peer.threads,
      perSecond: rate(SAMPLE, peer.ms),
      perCpuSecond: rate(SAMPLE, peer.cpu),
      coreBusyPercent: peer.busy,
    },
    storeOnly: {
      articles: SAMPLE,
      batch: STORE_BATCH,
      perSecond: rate(SAMPLE, alone.ms),
      perCpuSecond: rate(SAMPLE, alone.cpu),
    },
    postgres: {
      articles: pgArticles,
      oneWorker: one,
      twoWorkers: two,
      speedup: Math.round((two.perSecond / one.perSecond) * 100) / 100,
    },
    measuredAt: new Date().toISOString(),
  };
  const e = results.endToEnd;
  const rows: [string, string][] = [
    ['extractor (generator.extractor)', peer.extractor],
    ['load average at start / end', `${results.loadAverage.atStart} / ${results.loadAverage.atEnd}`],
    [
      `ingest end to end, ${stories.length} stories`,
      `${e.perSecond} articles/s (${e.seconds} s); ${e.perCpuSecond} per CPU-second`,
    ],
    ['  cores busy (whole machine)', e.coreBusyPercent.map((p) => `${p}%`).join(', ')],
    ['  main thread in store transactions', `${e.storeTransactionSeconds} s of ${e.seconds} s`],
    ['  stored / known duplicates / failed', `${s.done} / ${s.skipped} / ${s.failed}`],
    ['  peak RSS', `${e.peakRssMb} MB`],
    [
      `analysis only, ${peer.threads} threads (peer)`,
      `${results.analysisOnly.perSecond} articles/s; ${results.analysisOnly.perCpuSecond} per CPU-second`,
    ],
    [
      `store only (PGlite, batches of ${STORE_BATCH})`,
      `${results.storeOnly.perSecond} articles/s; ${results.storeOnly.perCpuSecond} per CPU-second`,
    ],
    [
      '  ingest ÷ analysis only (per CPU-second)',
      `${round1(e.perCpuSecond / results.analysisOnly.perCpuSecond)}`,
    ],
    ...[one, two].map((r): [string, string] => [
      `PostgreSQL, ${r.workers} worker${r.workers > 1 ? 's' : ''}, ${pgArticles} stories`,
      `${r.perSecond} articles/s; ${r.perCpuSecond} per CPU-second (workers ${r.workerCpuSeconds} s + server ${r.serverCpuSeconds} s); cores ${r.coreBusyPercent.map((p) => `${p}%`).join(', ')}`,
    ]),
    ['  speed-up 2 vs 1 workers', `${results.postgres.speedup}×`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
