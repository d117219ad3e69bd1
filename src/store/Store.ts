/**
 * The corpus store: the one narrow interface the CLI, the server and the workers use.
 * Only src/store/ contains SQL. `openStore` picks the engine from a location string:
 *   - a directory path (default `./whosaid-data`) → PGlite persisted there, owned by one process (lock file);
 *   - `postgres://…` / `postgresql://…` → a PostgreSQL server through `pg`;
 *   - `memory://` → an in-memory PGlite (tests).
 * Both engines run the same SQL and the same numbered migrations, applied on open.
 * Ids are integers; every offset inside an analysis document is in Unicode code points.
 */
import type { Analysis, EntityType, SourceKind, Stance } from '../analysis/types.js';
import type { ArticleInput } from '../ingest/article.js';
import type { PreparedArticle } from './prepare.js';

export const DEFAULT_STORE_LOCATION = './whosaid-data';

/** One analysed article to store: the reader's input as given, and its analysis. */
export interface AnalysedArticle {
  input: ArticleInput;
  analysis: Analysis;
}

export interface AddResult {
  inserted: number;
  /** Articles whose content hash was already stored (re-ingest is a no-op). */
  skipped: number;
  /** Ids of the newly inserted articles, in batch order. */
  ids: number[];
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface ArticleQuery {
  /** Full-text query over title, text and quotes. */
  q?: string;
  outlet?: string;
  /** Inclusive publication-date bounds, YYYY-MM-DD. */
  from?: string;
  to?: string;
  hasAnonymous?: boolean;
  hasDispute?: boolean;
  limit?: number;
  offset?: number;
}

export interface ArticleSummary {
  id: number;
  input: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  attributions: number;
  anonymous: number;
  claims: number;
  unsourcedClaims: number;
  disputes: number;
  /** The canonical article of this one's near-duplicate cluster (its own id when canonical), or null. */
  canonical: number | null;
}

export interface ArticleDetail extends ArticleSummary {
  contentHash: string;
  /** The complete `whosaid.analysis/1` document. */
  analysis: Analysis;
  /** The input as the reader produced it (metadata included). */
  raw: ArticleInput;
  /** The other members of its near-duplicate cluster, with estimated Jaccard similarity. */
  duplicates: { id: number; title: string | null; outlet: string | null; similarity: number }[];
  /** Corpus entity id for each analysis entity id ("E1" → 17). */
  entityIds: Record<string, number>;
}

/** A cross-article entity: one person, organization, outlet or place across the corpus. */
export interface CorpusEntity {
  id: number;
  name: string;
  type: EntityType;
  /** Every surface form seen, canonical name first. */
  aliases: string[];
  articles: number;
  mentions: number;
  /** Attributions whose source is this entity. */
  attributions: number;
}

/** One reported statement, located in its article. */
export interface Quote {
  articleId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  attribution: string;
  speaker: string | null;
  entityId: number | null;
  kind: SourceKind | null;
  cue: string;
  stance: Stance;
  form: 'direct' | 'indirect' | 'mixed';
  /** The content spans joined with " … ". */
  content: string;
  start: number;
  end: number;
}

export interface DisputeRecord {
  articleId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  dispute: string;
  about: string;
  /** Who made the disputed statement, if an attribution. */
  claimant: string | null;
  claimantEntityId: number | null;
  denials: {
    speaker: string | null;
    entityId: number | null;
    cue: string;
    stance: Stance;
    content: string;
  }[];
}

export interface EntityDetail extends CorpusEntity {
  quotes: Quote[];
  disputes: DisputeRecord[];
}

export interface SourceCount {
  entityId: number | null;
  name: string;
  kind: SourceKind;
  type: EntityType | null;
  attributions: number;
  articles: number;
}

export interface OutletStats {
  outlet: string;
  articles: number;
  attributions: number;
  /** Share of attributions with an anonymous source. */
  anonymousShare: number;
  /** Share of claims nobody sourced. */
  unsourcedClaimShare: number;
  /** Other outlets this one relays ("…, Reuters reported"), most relayed first. */
  relays: { outlet: string; count: number }[];
}

export interface SearchHit {
  articleId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Where the match is: the article text or a quote (then its attribution id and speaker). */
  in: 'article' | 'quote';
  attribution: string | null;
  speaker: string | null;
  snippet: string;
  rank: number;
}

export interface DuplicateCluster {
  canonical: { id: number; title: string | null; outlet: string | null; published: string | null };
  members: {
    id: number;
    title: string | null;
    outlet: string | null;
    published: string | null;
    similarity: number;
  }[];
}

/** outlet → speaker: how often an outlet quotes a source. */
export interface NetworkEdge {
  outlet: string;
  speaker: string;
  entityId: number | null;
  kind: SourceKind;
  count: number;
}

export interface CorpusStats {
  articles: number;
  entities: number;
  attributions: number;
  claims: number;
  disputes: number;
  duplicateClusters: number;
  outlets: number;
  schemaVersion: number;
  /** Extractor versions (`generator.extractor`) present in the corpus, with article counts. */
  extractors: Record<string, number>;
}

/** A unit of queued work for `whosaid worker` (PostgreSQL scale-out; works on PGlite too). */
export interface Job {
  id: number;
  input: ArticleInput;
  attempts: number;
}

export interface JobCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

export interface JobQueue {
  /** Queues inputs not yet stored nor queued (by content hash). */
  enqueue(inputs: ArticleInput[]): Promise<{ queued: number; skipped: number }>;
  /** Leases up to `limit` jobs for `leaseMs`; expired leases of dead workers are taken over. */
  claim(worker: string, limit: number, leaseMs: number): Promise<Job[]>;
  /** Stores the analyses and marks their jobs done, in one transaction. */
  complete(results: { job: number; article: AnalysedArticle | PreparedArticle }[]): Promise<AddResult>;
  /** Records a failure; the job is retried until `maxAttempts`, then marked failed. */
  fail(job: number, error: string, maxAttempts: number): Promise<void>;
  counts(): Promise<JobCounts>;
}

export interface Store {
  /** Where it is: the directory, the postgres URL without password, or memory://. */
  readonly location: string;
  readonly jobs: JobQueue;
  /** Stores analysed articles; idempotent by content hash. */
  addAnalyses(batch: AnalysedArticle[]): Promise<AddResult>;
  /** The same for articles prepared elsewhere (`prepareArticle`, run in the analysis threads). */
  addPrepared(batch: PreparedArticle[]): Promise<AddResult>;
  /**
   * After a bulk write: marks the new article rows visible to index-only scans and refreshes the
   * planner's row counts (PGlite has no autovacuum; on a PostgreSQL server this only runs it early).
   */
  vacuum(): Promise<void>;
  /** Which of these content hashes are already stored (lets a rerun skip analysis). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  listArticles(query?: ArticleQuery): Promise<Page<ArticleSummary>>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  getEntity(id: number): Promise<EntityDetail | null>;
  /** Entities by name or alias (case-insensitive), most-quoted first. */
  findEntities(name: string, limit?: number): Promise<CorpusEntity[]>;
  topSources(options?: { limit?: number; kind?: SourceKind }): Promise<SourceCount[]>;
  outlets(): Promise<OutletStats[]>;
  disputes(options?: { limit?: number }): Promise<DisputeRecord[]>;
  /** Everything a person or outlet (by name or alias) is reported to have said, newest first. */
  quotesBy(name: string, options?: { limit?: number }): Promise<Quote[]>;
  search(text: string, options?: { limit?: number }): Promise<SearchHit[]>;
  duplicateClusters(options?: { limit?: number }): Promise<DuplicateCluster[]>;
  sourceNetwork(options?: { limit?: number }): Promise<NetworkEdge[]>;
  stats(): Promise<CorpusStats>;
  /** Streams every stored analysis in id order (for exports). */
  analyses(options?: {
    batchSize?: number;
  }): AsyncGenerator<{ id: number; analysis: Analysis; raw: ArticleInput }>;
  close(): Promise<void>;
}

/** Thrown when a PGlite directory is owned by another live process. */
export class StoreLockedError extends Error {}

export async function openStore(location: string | undefined): Promise<Store> {
  const { openSqlStore } = await import('./sqlStore.js');
  return openSqlStore(location ?? DEFAULT_STORE_LOCATION);
}
