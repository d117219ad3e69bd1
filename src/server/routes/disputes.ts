/** GET /api/disputes: claims and their denials across the corpus. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { DisputeRecord, LimitQuery, List } from '../schemas/corpus.js';

const Query = LimitQuery(500, 100);

export async function disputeRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/disputes',
    {
      schema: {
        summary: 'Claims and their denials across the corpus',
        tags: ['corpus'],
        querystring: Query,
        response: { 200: List(DisputeRecord, 'Newest first.'), ...errorResponses() },
      },
    },
    async (request) => ctx.store.disputes({ limit: (request.query as Static<typeof Query>).limit }),
  );
}
