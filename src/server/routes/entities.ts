/** GET /api/entities/:id (everything one entity is reported to have said) and name lookup. */
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { ApiError } from '../errors.js';
import { errorResponses } from '../schemas/common.js';
import { CorpusEntity, EntityDetail, EntityLookup, List, NumericId } from '../schemas/corpus.js';

export async function entityRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  app.get(
    '/api/entities',
    {
      schema: {
        summary: 'Find entities by name or alias',
        tags: ['corpus'],
        querystring: EntityLookup,
        response: {
          200: List(CorpusEntity, 'Most-quoted first.'),
          ...errorResponses(),
        },
      },
    },
    async (request) => {
      const { name, limit } = request.query as Static<typeof EntityLookup>;
      return ctx.store.findEntities(name, limit);
    },
  );

  app.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: its quotes across articles and the disputes involving it',
        tags: ['corpus'],
        params: NumericId,
        response: { 200: EntityDetail, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params as Static<typeof NumericId>;
      const entity = await ctx.store.getEntity(Number(id));
      if (!entity) throw new ApiError('NOT_FOUND', `No entity ${id}.`);
      return entity;
    },
  );
}
