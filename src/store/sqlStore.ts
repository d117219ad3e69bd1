/** Opens a Store on PGlite (directory or memory) or PostgreSQL, migrates it, and wires the queries. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis } from '../analysis/types.js';
import type { ArticleInput } from '../ingest/article.js';
import { pgliteSql, postgresSql, type Sql } from './connection.js';
import { jobQueue } from './jobs.js';
import { acquireLock } from './lock.js';
import { migrate } from './migrations.js';
import { restoreDoc } from './prepare.js';
import * as q from './queries.js';
import type { CorpusStats, Store } from './Store.js';
import { addAnalyses, addPrepared } from './write.js';

/** Connections per process to a PostgreSQL server: a worker writes one batch at a time. */
const POOL_SIZE = 4;

async function connect(location: string): Promise<{ sql: Sql; label: string }> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: location, max: POOL_SIZE });
    const url = new URL(location);
    url.password = '';
    return { sql: postgresSql(pool), label: url.toString() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  if (location === 'memory://') return { sql: pgliteSql(await PGlite.create()), label: location };
  const dir = resolve(location);
  mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  try {
    // Creating a cluster (initdb) leaves ~400 MB of WebAssembly memory behind for the life of the
    // instance; closing and reopening the fresh directory gives it back before the real work starts.
    if (!existsSync(join(dir, 'PG_VERSION'))) await (await PGlite.create(dir)).close();
    const db = await PGlite.create(dir);
    const sql = pgliteSql(db);
    return {
      sql: {
        ...sql,
        close: async () => {
          try {
            await sql.close();
          } finally {
            release();
          }
        },
      },
      label: dir,
    };
  } catch (err) {
    release();
    throw err;
  }
}

export async function openSqlStore(location: string): Promise<Store> {
  const { sql, label } = await connect(location);
  let schemaVersion: number;
  try {
    schemaVersion = await migrate(sql);
  } catch (err) {
    await sql.close();
    throw err;
  }
  return {
    location: label,
    jobs: jobQueue(sql),
    addAnalyses: (batch) => addAnalyses(sql, batch),
    addPrepared: (batch) => addPrepared(sql, batch),
    async vacuum() {
      await sql.query('VACUUM (ANALYZE) articles');
    },
    async knownHashes(hashes) {
      if (hashes.length === 0) return new Set();
      const rows = await sql.query<{ content_hash: string }>(
        'SELECT content_hash FROM articles WHERE content_hash = ANY($1::text[])',
        [hashes],
      );
      return new Set(rows.map((r) => r.content_hash));
    },
    listArticles: (query) => q.listArticles(sql, query),
    getArticle: (id) => q.getArticle(sql, id),
    getEntity: (id) => q.getEntity(sql, id),
    findEntities: (name, limit) => q.findEntities(sql, name, limit),
    topSources: (options = {}) => q.topSources(sql, options.limit, options.kind),
    outlets: () => q.outlets(sql),
    disputes: (options = {}) => q.disputes(sql, options.limit),
    quotesBy: (name, options = {}) => q.quotesBy(sql, name, options.limit),
    search: (text, options = {}) => q.search(sql, text, options.limit),
    duplicateClusters: (options = {}) => q.duplicateClusters(sql, options.limit),
    sourceNetwork: (options = {}) => q.sourceNetwork(sql, options.limit),
    async stats(): Promise<CorpusStats> {
      const [row] = await sql.query<Omit<CorpusStats, 'schemaVersion' | 'extractors'>>(
        `SELECT t.articles, (SELECT count(*)::int FROM entities) AS entities, t.attributions, t.claims, t.disputes,
           (SELECT count(*)::int FROM articles WHERE canonical_id = id) AS "duplicateClusters",
           (SELECT count(*)::int FROM outlet_totals) AS outlets
         FROM corpus_totals t`,
      );
      const extractors = await sql.query<{ extractor: string; n: number }>(
        'SELECT extractor, count(*)::int AS n FROM articles GROUP BY extractor ORDER BY extractor',
      );
      return {
        ...row!,
        schemaVersion,
        extractors: Object.fromEntries(extractors.map((e) => [e.extractor, e.n])),
      };
    },
    async *analyses(options = {}) {
      const size = Math.max(1, options.batchSize ?? 200);
      let after = 0;
      for (;;) {
        const rows = await sql.query<{
          id: number;
          text: string;
          raw: Omit<ArticleInput, 'text'>;
          doc: Omit<Analysis, 'text'>;
        }>(
          `SELECT a.id, a.text, a.raw, n.doc FROM articles a JOIN analyses n ON n.article_id = a.id
           WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
          [after, size],
        );
        for (const r of rows)
          yield {
            id: r.id,
            analysis: restoreDoc(r.doc, r.text),
            raw: { ...r.raw, text: r.text } as ArticleInput,
          };
        if (rows.length < size) return;
        after = rows[rows.length - 1]!.id;
      }
    },
    close: () => sql.close(),
  };
}
