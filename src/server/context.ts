/** What every route plugin is given: the store, the readers and the limits. */
import type { AnalyzePool } from '../corpus/analyzePool.js';
import type { Store } from '../store/Store.js';
import type { Readers } from './readers.js';

export interface Limits {
  /** Largest JSON or text body of /api/analyze, in bytes. */
  analyzeBytes: number;
  /** Largest upload to /api/ingest, in bytes. */
  ingestBytes: number;
  /** Most articles one ingest request may add (JSONL and CSV files hold many). */
  ingestArticles: number;
  /** Largest body any other route accepts. */
  defaultBytes: number;
  /** Requests per client per window on /api/analyze and /api/ingest. */
  rateMax: number;
  rateWindowMs: number;
  /** How long a URL fetch for /api/analyze may take. */
  fetchTimeoutMs: number;
  /** Articles waiting or running in the analysis threads before /api/analyze answers 503 (per thread). */
  analysisQueuePerThread: number;
}

export const DEFAULT_LIMITS: Limits = {
  analyzeBytes: 2 * 1024 * 1024,
  ingestBytes: 32 * 1024 * 1024,
  ingestArticles: 5000,
  defaultBytes: 16 * 1024,
  rateMax: 120,
  rateWindowMs: 60_000,
  fetchTimeoutMs: 15_000,
  analysisQueuePerThread: 64,
};

export interface RouteContext {
  store: Store;
  readers: Readers;
  limits: Limits;
  /** Worker threads that run analyze(): the event loop only parses, routes and answers. */
  analysis: AnalyzePool;
}

export interface RouteOptions {
  ctx: RouteContext;
}
