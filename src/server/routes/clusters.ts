/** GET /api/clusters: near-duplicate article clusters. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { DuplicateCluster, LimitQuery, List } from '../schemas/corpus.js';

const Query = LimitQuery(500, 100);

export async function clusterRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/clusters',
    {
      schema: {
        summary: 'Near-duplicate article clusters',
        tags: ['corpus'],
        querystring: Query,
        response: { 200: List(DuplicateCluster, 'Largest clusters first.'), ...errorResponses() },
      },
    },
    async (request) => ctx.store.duplicateClusters({ limit: (request.query as Static<typeof Query>).limit }),
  );
}
