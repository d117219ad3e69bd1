/**
 * Builds the OpenAPI 3.1 document from the routes as registered: the same TypeBox schemas that
 * validate requests and serialize responses describe them, so the document cannot drift.
 */
import type { RouteOptions } from 'fastify';
import { VERSION } from '../version.js';

interface RouteSchema {
  summary?: string;
  description?: string;
  tags?: string[];
  consumes?: string[];
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  response?: Record<string, JsonSchema>;
}

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[] };

export interface OpenApiRoute {
  method: string;
  url: string;
  schema: RouteSchema;
}

/** Records API routes as they are registered (use from an onRoute hook). */
export function collectRoute(routes: OpenApiRoute[], route: RouteOptions): void {
  if (!route.url.startsWith('/api/') || !route.schema) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods) {
    if (method === 'HEAD') continue;
    routes.push({ method: method.toLowerCase(), url: route.url, schema: route.schema as RouteSchema });
  }
}

/** TypeBox schemas carry symbol keys; a JSON round trip keeps only the JSON Schema. */
const plain = (schema: JsonSchema): JsonSchema => JSON.parse(JSON.stringify(schema));

function parameters(where: 'path' | 'query', schema: JsonSchema | undefined): unknown[] {
  if (!schema?.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, s]) => {
    const { description, ...rest } = plain(s);
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function buildOpenApiDocument(routes: OpenApiRoute[], options: { tokenRequired: boolean }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, url, schema } of routes) {
    const path = url.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId: `${method}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      ...(schema.summary ? { summary: schema.summary } : {}),
      ...(schema.description ? { description: schema.description } : {}),
      ...(schema.tags ? { tags: schema.tags } : {}),
      parameters: [...parameters('path', schema.params), ...parameters('query', schema.querystring)],
      responses: Object.fromEntries(
        Object.entries(schema.response ?? {}).map(([status, s]) => {
          const { description, ...rest } = plain(s);
          return [
            status,
            {
              description: (description as string | undefined) ?? status,
              content: { 'application/json': { schema: rest } },
            },
          ];
        }),
      ),
    };
    if (schema.body || schema.consumes) {
      const types = schema.consumes ?? ['application/json'];
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(
          types.map((t) => [
            t,
            { schema: t === 'application/json' && schema.body ? plain(schema.body) : { type: 'string' } },
          ]),
        ),
      };
    }
    paths[path] ??= {};
    paths[path][method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'whosaid',
      version: VERSION,
      description:
        'Audit the sourcing of news articles: who said what, according to whom. Errors share one envelope: {ok:false, error:{code, message}, status}.',
    },
    paths,
    ...(options.tokenRequired
      ? {
          components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
          security: [{ bearer: [] }],
        }
      : {}),
  };
}
