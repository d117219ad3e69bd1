/**
 * The corpus query commands on the Reuters-21578 store that bench/ingest.bench.ts leaves behind
 * (built here first if it is missing): each query's median of 5 runs after one warm-up, against
 * the 200 ms budget. The peer is the cheapest possible query on the same store (a primary-key read).
 */
import '../src/runtime/hugePages.js';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import { corpusInputs } from '../src/corpus/inputs.js';
import { openStore, type Store } from '../src/store/Store.js';
import { BENCH_STORE, writeReutersJsonl } from './reuters.js';

const RUNS = 5;
const BUDGET_MS = 200;

async function ensureStore(): Promise<void> {
  if (existsSync(join(BENCH_STORE, 'PG_VERSION'))) return;
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  const jsonl = join(tmp, 'reuters.jsonl');
  writeReutersJsonl(jsonl, Number(process.env.WHOSAID_BENCH_LIMIT ?? Number.POSITIVE_INFINITY));
  const store = await openStore(BENCH_STORE);
  await ingest(store, corpusInputs([jsonl]));
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; first: number }> {
  const t0 = performance.now();
  await fn();
  const first = performance.now() - t0;
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(RUNS / 2)]!, first };
}

async function main() {
  await ensureStore();
  const store: Store = await openStore(BENCH_STORE);
  const stats = await store.stats();
  const [topPerson] = await store.topSources({ kind: 'person', limit: 1 });
  const [topOrg] = await store.topSources({ kind: 'organization', limit: 1 });
  const middle = Math.max(1, Math.floor(stats.articles / 2));
  const queries: [string, () => Promise<unknown>][] = [
    ['peer: article by primary key', () => store.getArticle(middle)],
    ['sources', () => store.topSources({ limit: 30 })],
    ['sources --kind anonymous', () => store.topSources({ limit: 30, kind: 'anonymous' })],
    [`quotes --by "${topPerson?.name ?? '?'}"`, () => store.quotesBy(topPerson?.name ?? 'nobody')],
    [`quotes --by "${topOrg?.name ?? '?'}"`, () => store.quotesBy(topOrg?.name ?? 'nobody')],
    ['outlets', () => store.outlets()],
    ['disputes', () => store.disputes({ limit: 50 })],
    ['search "oil prices"', () => store.search('oil prices')],
    ['search "central bank" interest', () => store.search('"central bank" interest')],
    [`article ${middle}`, () => store.getArticle(middle)],
    ['list --has-anonymous (page 1)', () => store.listArticles({ hasAnonymous: true, limit: 50 })],
    ['list q=coffee', () => store.listArticles({ q: 'coffee', limit: 50 })],
    [
      'entity (top person)',
      () => (topPerson?.entityId ? store.getEntity(topPerson.entityId) : Promise.resolve(null)),
    ],
    ['duplicate clusters', () => store.duplicateClusters({ limit: 50 })],
    ['source network', () => store.sourceNetwork({ limit: 200 })],
    ['stats', () => store.stats()],
  ];
  const results: { query: string; medianMs: number; firstMs: number; underBudget: boolean }[] = [];
  for (const [query, fn] of queries) {
    const { median, first } = await time(fn);
    results.push({
      query,
      medianMs: Math.round(median * 10) / 10,
      firstMs: Math.round(first * 10) / 10,
      underBudget: median < BUDGET_MS,
    });
  }
  await store.close();
  const peer = results[0]!.medianMs;
  const width = Math.max(...results.map((r) => r.query.length));
  console.log(
    `corpus: ${stats.articles} articles, ${stats.entities} entities, ${stats.attributions} attributions`,
  );
  console.log(`${'query'.padEnd(width)}  median ms  first ms  × peer  < ${BUDGET_MS} ms`);
  for (const r of results)
    console.log(
      `${r.query.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${String(r.firstMs).padStart(8)}  ${String(Math.round((r.medianMs / Math.max(peer, 0.1)) * 10) / 10).padStart(6)}  ${r.underBudget ? 'yes' : 'NO'}`,
    );
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results', 'queries.json'),
    `${JSON.stringify({ corpus: 'Reuters-21578', articles: stats.articles, extractors: stats.extractors, runs: RUNS, budgetMs: BUDGET_MS, results, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

await main();
