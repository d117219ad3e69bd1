/**
 * Corpus ingest benchmark on Reuters-21578 (all 21,578 stories, converted to JSONL in a temp dir):
 *   - analysis alone on the thread pool (the peer: what ingest costs beyond analysing);
 *   - end-to-end `ingest` into the embedded PGlite store: articles/s and peak RSS;
 *   - storing alone (already-analysed documents into a fresh store): the store's own throughput;
 *   - PostgreSQL with 1 worker vs 2 workers (`whosaid worker` processes) on a subset: the speed-up.
 * The PGlite store is left at BENCH_STORE for bench/queries.bench.ts.
 * WHOSAID_BENCH_LIMIT=N runs on the first N stories only (quick checks; the recorded numbers use all).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AnalyzePool } from '../src/corpus/analyzePool.js';
import { ingest } from '../src/corpus/ingest.js';
import { corpusInputs } from '../src/corpus/inputs.js';
import { type AnalysedArticle, openStore } from '../src/store/Store.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { BENCH_STORE, reutersStories, writeReutersJsonl } from './reuters.js';

const LIMIT = Number(process.env.WHOSAID_BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
/** Stories analysed for the analysis-only peer and stored for the store-only measurement. */
const SAMPLE = Math.min(2000, LIMIT);
/** Stories for the PostgreSQL 1-vs-2-worker comparison. */
const PG_SAMPLE = Math.min(1500, LIMIT);

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000 * 10) / 10;
const mb = (kb: number) => Math.round(kb / 1024);

async function analysisOnly(stories: ReturnType<typeof reutersStories>) {
  const pool = new AnalyzePool();
  await pool.analyze({ input: 'warm-up', text: stories[0]!.text });
  const t = performance.now();
  const docs = await Promise.all(stories.map((s) => pool.analyze({ input: s.id, ...s })));
  const ms = performance.now() - t;
  await pool.close();
  return { ms, docs };
}

async function pgRun(url: string, jsonl: string, workers: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await client.end();
  const enqueue = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'ingest', jsonl, '--db', url, '--enqueue'],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((r) => enqueue.on('close', r));
  const t = performance.now();
  const procs = Array.from({ length: workers }, () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', url, '--threads', '1', '--exit-when-empty'],
      {
        stdio: 'ignore',
      },
    ),
  );
  await Promise.all(procs.map((p) => new Promise((r) => p.on('close', r))));
  return performance.now() - t;
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  const stories = reutersStories().slice(0, LIMIT);
  const jsonl = join(tmp, 'reuters.jsonl');
  writeReutersJsonl(jsonl, LIMIT);

  // 1. End to end (first, so that its peak RSS is its own) into the embedded store.
  rmSync(BENCH_STORE, { recursive: true, force: true });
  const store = await openStore(BENCH_STORE);
  const e2e = await ingest(store, corpusInputs([jsonl]), {});
  const stats = await store.stats();
  await store.close();
  const peakRssKb = process.resourceUsage().maxRSS;

  // 2. The peer: analysis alone on the same pool.
  const peer = await analysisOnly(stories.slice(0, SAMPLE));
  const extractor = peer.docs[0]!.generator.extractor;

  // 3. Storing alone: the peer's documents into a fresh store, in the ingest's batch size.
  const storeDir = join(tmp, 'store-only');
  const fresh = await openStore(storeDir);
  const batch: AnalysedArticle[] = peer.docs.map((analysis, i) => ({
    input: { input: stories[i]!.id, ...stories[i]! },
    analysis,
  }));
  const t = performance.now();
  for (let i = 0; i < batch.length; i += 200) await fresh.addAnalyses(batch.slice(i, i + 200));
  const storeMs = performance.now() - t;
  await fresh.close();

  // 4. PostgreSQL: one worker process vs two, one thread each.
  const server = await startPostgres();
  const pgJsonl = join(tmp, 'pg.jsonl');
  writeReutersJsonl(pgJsonl, PG_SAMPLE);
  let one: number;
  let two: number;
  try {
    one = await pgRun(server.url, pgJsonl, 1);
    two = await pgRun(server.url, pgJsonl, 2);
  } finally {
    await server.stop();
  }
  rmSync(tmp, { recursive: true, force: true });

  const results = {
    corpus: 'Reuters-21578',
    stories: stories.length,
    cores: availableParallelism(),
    extractor,
    analysisOnly: { articles: SAMPLE, perSecond: rate(SAMPLE, peer.ms) },
    endToEnd: {
      stored: e2e.done,
      skippedDuplicates: e2e.skipped,
      failed: e2e.failed,
      seconds: Math.round(e2e.elapsedMs / 100) / 10,
      perSecond: rate(e2e.done + e2e.skipped + e2e.failed, e2e.elapsedMs),
      peakRssMb: mb(peakRssKb),
      entities: stats.entities,
      attributions: stats.attributions,
      duplicateClusters: stats.duplicateClusters,
    },
    storeOnly: { articles: SAMPLE, perSecond: rate(SAMPLE, storeMs) },
    postgres: {
      articles: PG_SAMPLE,
      oneWorkerPerSecond: rate(PG_SAMPLE, one),
      twoWorkersPerSecond: rate(PG_SAMPLE, two),
      speedup: Math.round((one / two) * 100) / 100,
    },
    measuredAt: new Date().toISOString(),
  };
  const rows: [string, string][] = [
    ['extractor (generator.extractor)', extractor],
    [`analysis only, ${results.cores} threads (peer)`, `${results.analysisOnly.perSecond} articles/s`],
    [
      `ingest end to end, ${stories.length} stories`,
      `${results.endToEnd.perSecond} articles/s (${results.endToEnd.seconds} s)`,
    ],
    [
      '  ratio to analysis only',
      `${Math.round((results.endToEnd.perSecond / results.analysisOnly.perSecond) * 100) / 100}`,
    ],
    ['  stored / known duplicates / failed', `${e2e.done} / ${e2e.skipped} / ${e2e.failed}`],
    ['  peak RSS', `${results.endToEnd.peakRssMb} MB`],
    ['store only (PGlite, batches of 200)', `${results.storeOnly.perSecond} articles/s`],
    [`PostgreSQL 1 worker, ${PG_SAMPLE} stories`, `${results.postgres.oneWorkerPerSecond} articles/s`],
    ['PostgreSQL 2 workers', `${results.postgres.twoWorkersPerSecond} articles/s`],
    ['  speed-up 2 vs 1', `${results.postgres.speedup}×`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
