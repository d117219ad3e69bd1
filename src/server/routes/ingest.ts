/**
 * POST /api/ingest: upload files (multipart/form-data, or one raw body named by ?name=) holding
 * text, HTML, JSON Lines or CSV; every article in them is analysed and stored.
 */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ArticleInput } from '../../ingest/article.js';
import type { PreparedArticle } from '../../store/prepare.js';
import type { RouteOptions } from '../context.js';
import { ApiError, toEnvelope } from '../errors.js';
import { parseMultipart, type UploadedFile } from '../multipart.js';
import { errorResponses } from '../schemas/common.js';
import { IngestQuery, IngestResult } from '../schemas/corpus.js';
import { onPool } from './analyze.js';

/** Articles of one upload handed to the analysis threads at a time, per thread. */
const UPLOAD_WINDOW_PER_THREAD = 4;

const DEFAULT_NAMES: [RegExp, string][] = [
  [/html/, 'upload.html'],
  [/csv/, 'upload.csv'],
  [/ndjson|jsonl|json-seq/, 'upload.jsonl'],
  [/json/, 'upload.json'],
];

export async function ingestRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/ingest',
    {
      schema: {
        summary: 'Upload files; analyse and store every article in them',
        description:
          'multipart/form-data with one or more files, or a raw body (?name=FILE picks the reader). Text, HTML, JSON Lines and CSV. Rate limited per client.',
        tags: ['corpus'],
        consumes: ['multipart/form-data', 'text/plain', 'text/html', 'application/x-ndjson', 'text/csv'],
        querystring: IngestQuery,
        response: { 200: IngestResult, ...errorResponses(413, 429, 503) },
      },
      bodyLimit: ctx.limits.ingestBytes,
      config: { rateLimit: { max: ctx.limits.rateMax, timeWindow: ctx.limits.rateWindowMs } },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0)
        throw new ApiError('EMPTY_INPUT', 'Nothing was uploaded.');
      const contentType = request.headers['content-type'];
      const { name } = request.query as Static<typeof IngestQuery>;
      const files: UploadedFile[] = contentType?.startsWith('multipart/form-data')
        ? parseMultipart(body, contentType)
        : [{ field: 'body', filename: name ?? defaultName(contentType), contentType, data: body }];
      if (files.length === 0) throw new ApiError('EMPTY_INPUT', 'The form holds no files.');

      const failed: { input: string; code: string; message: string }[] = [];
      const inputs: ArticleInput[] = [];
      for (const file of files) {
        try {
          const read = await ctx.readers.fromBuffer(file.data, file.filename, file.contentType);
          inputs.push(...read.articles);
          for (const f of read.failed)
            failed.push({ input: f.input, code: 'UNREADABLE_INPUT', message: f.message });
        } catch (err) {
          failed.push(failure(file.filename, err));
        }
        if (inputs.length > ctx.limits.ingestArticles)
          throw new ApiError(
            'PAYLOAD_TOO_LARGE',
            `At most ${ctx.limits.ingestArticles} articles per request.`,
          );
      }

      const readable: ArticleInput[] = [];
      for (const input of inputs) {
        if (input.text.trim()) readable.push(input);
        else failed.push({ input: input.input, code: 'EMPTY_INPUT', message: 'The article text is empty.' });
      }
      // A window at a time, so one big upload leaves room in the queue for other clients' requests.
      const batch: PreparedArticle[] = [];
      const window = ctx.analysis.size * UPLOAD_WINDOW_PER_THREAD;
      for (let i = 0; i < readable.length; i += window) {
        const part = readable.slice(i, i + window);
        batch.push(
          ...(await Promise.all(part.map((input) => onPool(ctx.analysis, (pool) => pool.prepare(input))))),
        );
      }
      const stored = batch.length
        ? await ctx.store.addPrepared(batch)
        : { inserted: 0, skipped: 0, ids: [] as number[] };
      return { files: files.length, articles: inputs.length, ...stored, failed };
    },
  );
}

function defaultName(contentType: string | undefined): string {
  for (const [pattern, name] of DEFAULT_NAMES) if (contentType && pattern.test(contentType)) return name;
  return 'upload.txt';
}

/** A per-file failure, reported with the catalog's words (never the exception's own message). */
function failure(input: string, err: unknown) {
  const { error } = toEnvelope(err);
  return error.code === 'INTERNAL'
    ? { input, code: 'UNREADABLE_INPUT', message: 'The file could not be read as articles.' }
    : { input, code: error.code, message: error.message };
}
