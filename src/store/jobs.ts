/**
 * A job queue in the corpus database itself: a `jobs` table taken with SELECT … FOR UPDATE SKIP LOCKED.
 * A claim is a lease; a worker killed mid-job simply lets its lease expire and another worker takes
 * the job again. Storing and acknowledging happen in one transaction, and the unique content hash
 * makes a retried job's second store a no-op, so each article is stored exactly once.
 */
import { contentHash } from '../corpus/contentHash.js';
import type { ArticleInput } from '../ingest/article.js';
import type { Sql } from './connection.js';
import { type PreparedArticle, prepareArticle } from './prepare.js';
import type { AddResult, AnalysedArticle, Job, JobCounts, JobQueue } from './Store.js';
import { addPrepared } from './write.js';

const prepared = (a: AnalysedArticle | PreparedArticle) => ('hash' in a ? a : prepareArticle(a));

/** A job that has been claimed this many times without finishing is marked failed (a poison input). */
export const MAX_ATTEMPTS = 5;

export function jobQueue(sql: Sql): JobQueue {
  return {
    async enqueue(inputs: ArticleInput[]) {
      if (inputs.length === 0) return { queued: 0, skipped: 0 };
      const rows = inputs.map((input) => ({ content_hash: contentHash(input.text), input }));
      const queued = await sql.query<{ id: number }>(
        `INSERT INTO jobs (content_hash, input)
         SELECT r.content_hash, r.input FROM json_to_recordset($1::json) AS r(content_hash text, input jsonb)
         WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = r.content_hash)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [JSON.stringify(rows)],
      );
      return { queued: queued.length, skipped: inputs.length - queued.length };
    },

    async claim(worker: string, limit: number, leaseMs: number): Promise<Job[]> {
      return sql.query<Job>(
        `UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $1,
           lease_until = now() + make_interval(secs => $3::float8 / 1000)
         WHERE id IN (
           SELECT id FROM jobs
           WHERE (state = 'queued' OR (state = 'running' AND lease_until < now())) AND attempts < $4
           ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id, input, attempts`,
        [worker, limit, leaseMs, MAX_ATTEMPTS],
      );
    },

    async complete(
      results: { job: number; article: AnalysedArticle | PreparedArticle }[],
    ): Promise<AddResult> {
      return sql.transaction(async (tx) => {
        const added = await addPrepared(
          tx,
          results.map((r) => prepared(r.article)),
        );
        await tx.query(
          `UPDATE jobs SET state = 'done', lease_until = NULL, error = NULL WHERE id = ANY($1::int[])`,
          [results.map((r) => r.job)],
        );
        return added;
      });
    },

    async fail(job: number, error: string, maxAttempts: number) {
      await sql.query(
        `UPDATE jobs SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END,
           error = $2, lease_until = NULL WHERE id = $1`,
        [job, error.slice(0, 2000), maxAttempts],
      );
    },

    async counts(): Promise<JobCounts> {
      const rows = await sql.query<{ state: keyof JobCounts; n: number }>(
        `SELECT CASE WHEN state = 'running' AND attempts >= $1 AND lease_until < now() THEN 'failed' ELSE state END
           AS state, count(*)::int AS n FROM jobs GROUP BY 1`,
        [MAX_ATTEMPTS],
      );
      const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
      for (const r of rows) counts[r.state] += r.n;
      return counts;
    },
  };
}
