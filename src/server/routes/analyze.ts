/** POST /api/analyze: one article in (text, HTML or URL), its analysis out; nothing is stored. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AnalyzePool, PoolFullError } from '../../corpus/analyzePool.js';
import type { ArticleInput } from '../../ingest/article.js';
import type { RouteOptions } from '../context.js';
import { ApiError } from '../errors.js';
import { type AnalyzeBody, analyzeSchema } from '../schemas/analyze.js';

type Body = Static<typeof AnalyzeBody>;

export async function analyzeRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // Raw text and HTML bodies are checked here; the JSON schema applies to JSON bodies only.
  app.addHook('preValidation', async (request) => {
    if (typeof request.body === 'string') request.body = rawBody(request, request.body);
  });

  app.post(
    '/api/analyze',
    {
      schema: analyzeSchema,
      bodyLimit: ctx.limits.analyzeBytes,
      config: { rateLimit: { max: ctx.limits.rateMax, timeWindow: ctx.limits.rateWindowMs } },
    },
    async (request) => {
      const body = request.body as Body;
      const input = await readInput(body, ctx.readers);
      if (!input.text.trim()) throw new ApiError('EMPTY_INPUT');
      return onPool(ctx.analysis, (pool) => pool.analyze(input, body.published ?? null));
    },
  );
}

/** Runs work on the analysis threads; a full queue is a 503 with the time the queue needs to drain. */
export async function onPool<T>(pool: AnalyzePool, work: (pool: AnalyzePool) => Promise<T>): Promise<T> {
  try {
    return await work(pool);
  } catch (err) {
    if (err instanceof PoolFullError) throw new ApiError('BUSY', undefined, pool.retryAfterSeconds());
    throw err;
  }
}

function rawBody(request: FastifyRequest, body: string): Body {
  const type = request.headers['content-type'] ?? '';
  return type.startsWith('text/html') ? { html: body } : { text: body };
}

async function readInput(body: Body, readers: RouteOptions['ctx']['readers']): Promise<ArticleInput> {
  const given = [body.text, body.html, body.url].filter((v) => v !== undefined).length;
  if (given !== 1) throw new ApiError('MISSING_INPUT', 'Give exactly one of text, html or url.');
  let input: ArticleInput;
  if (body.url !== undefined) {
    if (!/^https?:\/\/[^\s]+$/i.test(body.url) || !URL.canParse(body.url)) throw new ApiError('BAD_URL');
    input = await readers.fromUrl(body.url);
  } else if (body.html !== undefined) {
    const { articles, failed } = await readers.fromBuffer(
      Buffer.from(body.html, 'utf8'),
      'pasted.html',
      'text/html',
    );
    if (!articles[0]) throw new ApiError('UNREADABLE_INPUT', failed[0]?.message);
    input = articles[0];
  } else {
    input = { input: 'pasted text', text: body.text! };
  }
  if (body.title) input = { ...input, title: body.title };
  if (body.published) input = { ...input, published: body.published };
  return input;
}
