/** GET /api/sources: the most-cited sources across the corpus. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { SourceKind } from '../../analysis/types.js';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { List, SourceCount, SourcesQuery } from '../schemas/corpus.js';

export async function sourceRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/sources',
    {
      schema: {
        summary: 'Most-cited sources',
        tags: ['corpus'],
        querystring: SourcesQuery,
        response: { 200: List(SourceCount, 'Sources, most attributions first.'), ...errorResponses() },
      },
    },
    async (request) => {
      const { limit, kind } = request.query as Static<typeof SourcesQuery>;
      return ctx.store.topSources({ limit, kind: kind as SourceKind | undefined });
    },
  );
}
