/** GET /api/outlets: sourcing per outlet (anonymous-source share, unsourced-claim share, relays). */
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { List, OutletStats } from '../schemas/corpus.js';

export async function outletRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/outlets',
    {
      schema: {
        summary: 'Per-outlet sourcing: anonymous-source share, unsourced-claim share, relays',
        tags: ['corpus'],
        response: { 200: List(OutletStats, 'One row per outlet.'), ...errorResponses() },
      },
    },
    async () => ctx.store.outlets(),
  );
}
