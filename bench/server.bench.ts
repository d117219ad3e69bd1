/**
 * Load run of the web app on loopback: 50 concurrent clients for 30 s against POST /api/analyze
 * (an example article) and GET /api/articles on a 10,000-article corpus, with autocannon.
 * The server runs in its own process so its peak RSS and CPU time are its own; it analyses on its
 * worker-thread pool (one thread per core). Peers measured in the same run: the same work called
 * in-process without HTTP, on one thread (analyze() in this process, store.listArticles() in the
 * server's process before it listens).
 *
 * The corpus (BBC-based analyses, duplicated with varied outlets and dates) is built once into a
 * PGlite directory under /tmp and reused. Usage: npx tsx bench/server.bench.ts
 */
import '../src/runtime/hugePages.js';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import type { ArticleInput } from '../src/ingest/article.js';
import { packageRoot } from '../src/paths.js';
import { buildServer } from '../src/server/buildServer.js';
import { type AnalysedArticle, type ArticleQuery, openStore, type Store } from '../src/store/Store.js';

/** The part of autocannon's API used here (it ships no type declarations). */
interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: { method: string; path: string }[];
}
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: LoadOptions & { connections: number; duration: number; timeout: number },
) => Promise<LoadResult>;

const CORPUS_SIZE = 10_000;
/** Distinct BBC articles analysed; the rest of the corpus is variants of them. */
const BASE_ARTICLES = 1000;
const CONNECTIONS = 50;
const DURATION_S = 30;
const DIRECT_MS = 5000;
const CORPUS_DIR = `/tmp/whosaid-bench-server-corpus-${CORPUS_SIZE}-v2`;
const BBC_DIR = join(packageRoot, '..', 'shared', 'data', 'news', 'bbc');
const EXAMPLE = join(packageRoot, 'examples', 'misrata-hospital-funds.txt');
const OUTLETS = ['Northern Ledger', 'Valley Times', 'Coastal Post', 'Metro Wire', 'Daily Lantern'];
/** Clients cycle through these listings, as the dashboard's table and filters would. */
const ARTICLE_QUERIES: ArticleQuery[] = [
  { limit: 50 },
  { limit: 50, offset: 5000 },
  { outlet: 'Valley Times', hasAnonymous: true },
  { from: '2005-03-01', to: '2005-03-31', limit: 20 },
  { q: 'government', limit: 20 },
];
/**
 * A client gives up on a request after this long. Analysis is CPU-bound, so 50 clients queue behind
 * each other: the wait is reported as latency, and only a request that never completes is an error.
 */
const CLIENT_TIMEOUT_S = 120;

function bbcInputs(): ArticleInput[] {
  const topics = readdirSync(BBC_DIR).filter((t) => !t.includes('.'));
  const perTopic = Math.ceil(BASE_ARTICLES / topics.length);
  return topics.flatMap((topic) =>
    readdirSync(join(BBC_DIR, topic))
      .sort()
      .slice(0, perTopic)
      .map((f) => {
        const text = readFileSync(join(BBC_DIR, topic, f), 'utf8');
        return { input: `bbc/${topic}/${f}`, text, title: text.split('\n')[0].trim() };
      }),
  );
}

/** Variant i of an analysed article: a trailing line makes it a distinct text; offsets stay valid. */
function variant(base: AnalysedArticle, i: number): AnalysedArticle {
  const suffix = `\n\n(syndicated copy ${i})`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  const meta = { outlet: OUTLETS[i % OUTLETS.length], published: `2005-${month}-${day}` };
  const text = base.analysis.text + suffix;
  return {
    input: { ...base.input, ...meta, input: `${base.input.input}#${i}`, text },
    analysis: { ...base.analysis, text, article: { ...base.analysis.article, ...meta } },
  };
}

async function buildCorpus(): Promise<void> {
  const marker = join(CORPUS_DIR, 'bench-complete');
  if (existsSync(marker)) return;
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  const t0 = performance.now();
  const bases = bbcInputs().map((input) => ({ input, analysis: analyze(input) }));
  console.log(`analysed ${bases.length} BBC articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const store = await openStore(CORPUS_DIR);
  try {
    for (let start = 0; start < CORPUS_SIZE; start += 500) {
      const batch = Array.from({ length: Math.min(500, CORPUS_SIZE - start) }, (_, k) =>
        variant(bases[(start + k) % bases.length], start + k),
      );
      await store.addAnalyses(batch);
      process.stdout.write(`\rstored ${start + batch.length}/${CORPUS_SIZE}`);
    }
    process.stdout.write('\n');
    await store.vacuum(); // as `whosaid ingest` does at the end
  } finally {
    await store.close();
  }
  writeFileSync(marker, new Date().toISOString());
}

/** Calls per second of `fn`, run back to back for DIRECT_MS after one warm-up call (model loading). */
async function directRate(fn: () => unknown): Promise<number> {
  await fn();
  const end = performance.now() + DIRECT_MS;
  let n = 0;
  const t0 = performance.now();
  while (performance.now() < end) {
    await fn();
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Child process: measure the listing peer, then serve until told to stop; report CPU time and peak RSS. */
async function serve(): Promise<void> {
  const store: Store = await openStore(CORPUS_DIR);
  let turn = 0;
  const articles = await directRate(() =>
    store.listArticles(ARTICLE_QUERIES[turn++ % ARTICLE_QUERIES.length]),
  );
  const app = await buildServer({ store, uiDir: null, limits: { rateMax: Number.MAX_SAFE_INTEGER } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ url, articles });
  process.on('message', async (msg) => {
    if (msg === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpuMs: (user + system) / 1000 });
      return;
    }
    await app.close();
    await store.close();
    process.send!({ maxRssMB: process.resourceUsage().maxRSS / 1024 });
    process.exit(0);
  });
}

interface Run {
  endpoint: string;
  requestsPerSec: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function load(endpoint: string, options: LoadOptions): Promise<Run> {
  const r = await autocannon({
    connections: CONNECTIONS,
    duration: DURATION_S,
    timeout: CLIENT_TIMEOUT_S,
    ...options,
  });
  return {
    endpoint,
    requestsPerSec: Math.round(r.requests.average * 10) / 10,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

const queryString = (q: ArticleQuery) =>
  new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();

async function main(): Promise<void> {
  await buildCorpus();
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'] });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const failed = (code: number | null) => reject(new Error(`the server process exited with ${code}`));
      child.once('exit', failed);
      child.once('message', (m) => {
        child.off('exit', failed);
        resolve(m as Record<string, unknown>);
      });
    });
  const { url, articles } = (await next()) as { url: string; articles: number };
  const text = readFileSync(EXAMPLE, 'utf8');
  const analyzeRate = await directRate(() => analyze({ input: 'example', text }));
  const serverCpuMs = async () => {
    child.send('cpu');
    return ((await next()) as { cpuMs: number }).cpuMs;
  };
  /** A load run, with the server process's CPU time over it. */
  const measured = async (endpoint: string, options: LoadOptions) => {
    const before = await serverCpuMs();
    const run = await load(endpoint, options);
    const cpuSeconds = ((await serverCpuMs()) - before) / 1000;
    return {
      ...run,
      serverCpuSeconds: Math.round(cpuSeconds * 10) / 10,
      perServerCpuSecond: Math.round((run.requests / cpuSeconds) * 10) / 10,
    };
  };
  // Load the models in every analysis thread first: start-up is not what this measures.
  const warmUp = await autocannon({
    url: `${url}/api/analyze`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    connections: os.availableParallelism(),
    duration: 5,
    timeout: CLIENT_TIMEOUT_S,
  });
  if (warmUp.errors + warmUp.non2xx > 0) throw new Error('the warm-up requests failed');
  const runs = [
    await measured('POST /api/analyze', {
      url: `${url}/api/analyze`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    }),
    await measured('GET /api/articles', {
      url,
      requests: ARTICLE_QUERIES.map((q) => ({ method: 'GET', path: `/api/articles?${queryString(q)}` })),
    }),
  ];
  child.send('stop');
  const { maxRssMB } = (await next()) as { maxRssMB: number };
  const peerRate = [analyzeRate, articles];
  const rows = runs.map((r, i) => ({
    ...r,
    inProcessOneThreadPerSec: Math.round(peerRate[i] * 10) / 10,
    httpVsInProcess: Math.round((r.requestsPerSec / peerRate[i]) * 100) / 100,
  }));
  console.log(
    `\n${CONNECTIONS} connections × ${DURATION_S} s on loopback, corpus of ${CORPUS_SIZE} articles\n`,
  );
  console.table(rows);
  console.log(
    `server peak RSS: ${maxRssMB.toFixed(0)} MB; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
  );
  const result = {
    connections: CONNECTIONS,
    clientTimeoutSeconds: CLIENT_TIMEOUT_S,
    loadAverageAtEnd: Math.round(os.loadavg()[0] * 10) / 10,
    cpus: os.cpus().length,
    durationSeconds: DURATION_S,
    corpusArticles: CORPUS_SIZE,
    example: 'examples/misrata-hospital-funds.txt',
    analysisThreads: os.availableParallelism(),
    runs: rows,
    serverPeakRssMB: Math.round(maxRssMB),
    date: new Date().toISOString().slice(0, 10),
  };
  mkdirSync(join(packageRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(packageRoot, 'bench', 'results', 'server.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (rows.some((r) => r.errors > 0)) {
    console.error('errors during the load run');
    process.exitCode = 1;
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
