/** GET /api/network: who relays whom, as outlet → speaker edges. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { LimitQuery, List, NetworkEdge } from '../schemas/corpus.js';

const Query = LimitQuery(500, 100);

export async function networkRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/network',
    {
      schema: {
        summary: 'Who relays whom: outlet → speaker edges',
        tags: ['corpus'],
        querystring: Query,
        response: { 200: List(NetworkEdge, 'Heaviest edges first.'), ...errorResponses() },
      },
    },
    async (request) => ctx.store.sourceNetwork({ limit: (request.query as Static<typeof Query>).limit }),
  );
}
