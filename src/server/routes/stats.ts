/** GET /api/stats: corpus totals. */
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { CorpusStats } from '../schemas/corpus.js';

export async function statsRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/stats',
    {
      schema: {
        summary: 'Corpus totals',
        tags: ['corpus'],
        response: { 200: CorpusStats, ...errorResponses() },
      },
    },
    async () => ctx.store.stats(),
  );
}
