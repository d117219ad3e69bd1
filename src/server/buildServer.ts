/**
 * The web app: a JSON API over the analysis pipeline and the corpus store, and the built UI.
 * Kept apart from listening (see listen.ts) so tests drive it with `inject`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { Ajv } from 'ajv';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { AnalyzePool, defaultThreads } from '../corpus/analyzePool.js';
import { packageRoot } from '../paths.js';
import type { Store } from '../store/Store.js';
import { bearerCheck } from './auth.js';
import { DEFAULT_LIMITS, type Limits, type RouteContext } from './context.js';
import { ApiError, envelope, errorHandler } from './errors.js';
import { collectRoute, type OpenApiRoute } from './openapi.js';
import { defaultReaders, type Readers } from './readers.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { clusterRoutes } from './routes/clusters.js';
import { disputeRoutes } from './routes/disputes.js';
import { entityRoutes } from './routes/entities.js';
import { ingestRoutes } from './routes/ingest.js';
import { networkRoutes } from './routes/network.js';
import { openApiRoutes } from './routes/openapi.js';
import { outletRoutes } from './routes/outlets.js';
import { sourceRoutes } from './routes/sources.js';
import { statsRoutes } from './routes/stats.js';
import { SECURITY_HEADERS } from './security.js';

export interface ServerOptions {
  store: Store;
  /** When set, every /api request must carry `Authorization: Bearer <token>`. */
  token?: string | null;
  /** The built UI (default dist/ui in the package); null serves the API only. */
  uiDir?: string | null;
  readers?: Readers;
  limits?: Partial<Limits>;
  logger?: FastifyServerOptions['logger'];
  /** Threads that run analyze() (default: one per core). They start on the first analysis. */
  analysisThreads?: number;
  /** Start the analysis threads and load their models now, not on the first request. */
  warmUp?: boolean;
}

export const DEFAULT_UI_DIR = join(packageRoot, 'dist', 'ui');

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx: RouteContext = {
    store: options.store,
    readers:
      options.readers ?? defaultReaders({ maxBytes: limits.analyzeBytes, timeoutMs: limits.fetchTimeoutMs }),
    limits,
    analysis: null as unknown as AnalyzePool,
  };
  const threads = options.analysisThreads ?? defaultThreads();
  ctx.analysis = new AnalyzePool(threads, { maxQueued: threads * limits.analysisQueuePerThread });
  if (options.warmUp) void ctx.analysis.warmUp();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.defaultBytes,
    // Stack traces stay in the log: the error handler answers with catalog messages only.
    return503OnClosing: true,
  });

  // Query strings and path parameters arrive as text and are coerced; JSON bodies must have the right types.
  const coercing = new Ajv({
    coerceTypes: 'array',
    useDefaults: true,
    removeAdditional: true,
    strict: false,
  });
  const exact = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: true, strict: false });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? exact : coercing).compile(schema),
  );

  app.addHook('onClose', () => ctx.analysis.close());

  const routes: OpenApiRoute[] = [];
  app.addHook('onRoute', (route) => collectRoute(routes, route));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    const body = envelope(
      'NOT_FOUND',
      `No route for ${request.method} ${request.url.split('?')[0].slice(0, 200)}`,
    );
    reply.code(404).send(body);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  if (options.token) {
    const check = bearerCheck(options.token);
    app.addHook('onRequest', async (request) => {
      if (request.url.startsWith('/api/')) check(request);
    });
  }
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) => {
      const err = new ApiError(
        'RATE_LIMITED',
        `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`,
      );
      return err;
    },
  });

  await app.register(analyzeRoutes, { ctx });
  await app.register(articleRoutes, { ctx });
  await app.register(entityRoutes, { ctx });
  for (const routes of [sourceRoutes, outletRoutes, disputeRoutes, clusterRoutes, networkRoutes, statsRoutes])
    await app.register(routes, { ctx });
  await app.register(ingestRoutes, { ctx });
  await app.register(openApiRoutes, { routes, tokenRequired: Boolean(options.token) });

  const uiDir = options.uiDir === undefined ? DEFAULT_UI_DIR : options.uiDir;
  if (uiDir && existsSync(join(uiDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: uiDir, prefix: '/', index: 'index.html', dotfiles: 'deny' });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The whosaid web UI is not built. Run `npm run build`; the API is under /api/.'),
    );
  }
  return app;
}
