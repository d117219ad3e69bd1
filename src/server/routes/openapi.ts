/** GET /api/openapi.json: the OpenAPI document generated from the registered route schemas. */
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument, type OpenApiRoute } from '../openapi.js';

export async function openApiRoutes(
  app: FastifyInstance,
  options: { routes: OpenApiRoute[]; tokenRequired: boolean },
): Promise<void> {
  let document: string | null = null;
  app.get('/api/openapi.json', async (_request, reply) => {
    // Built on first request, when every route has been registered.
    document ??= JSON.stringify(buildOpenApiDocument(options.routes, options));
    return reply.type('application/json; charset=utf-8').send(document);
  });
}
