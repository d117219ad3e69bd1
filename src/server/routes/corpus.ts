/** Corpus-wide views: sources, outlets, disputes, near-duplicate clusters, the source network, stats. */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { SourceKind } from '../../analysis/types.js';
import type { RouteOptions } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import {
  DisputeRecord,
  DuplicateCluster,
  LimitQuery,
  NetworkEdge,
  OutletStats,
  SourceCount,
} from '../schemas/corpus.js';

const SOURCE_KINDS = [
  'person',
  'organization',
  'media',
  'document',
  'anonymous',
  'author',
  'unknown',
] as const;
const SourcesQuery = Type.Object({
  ...LimitQuery(500, 50).properties,
  kind: Type.Optional(Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k)))),
});
const Limit100 = LimitQuery(500, 100);
type LimitQ = Static<typeof Limit100>;

const Stats = Type.Object({
  articles: Type.Integer(),
  entities: Type.Integer(),
  attributions: Type.Integer(),
  claims: Type.Integer(),
  disputes: Type.Integer(),
  duplicateClusters: Type.Integer(),
  outlets: Type.Integer(),
  schemaVersion: Type.Integer(),
  extractors: Type.Record(Type.String(), Type.Integer()),
});

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Array(item, { description });

export async function corpusRoutes(app: FastifyInstance, { ctx }: RouteOptions): Promise<void> {
  const { store } = ctx;
  app.get(
    '/api/sources',
    {
      schema: {
        summary: 'Most-cited sources',
        tags: ['corpus'],
        querystring: SourcesQuery,
        response: { 200: list(SourceCount, 'Sources, most attributions first.'), ...errorResponses() },
      },
    },
    async (request) => {
      const { limit, kind } = request.query as Static<typeof SourcesQuery>;
      return store.topSources({ limit, kind: kind as SourceKind | undefined });
    },
  );
  app.get(
    '/api/outlets',
    {
      schema: {
        summary: 'Per-outlet sourcing: anonymous-source share, unsourced-claim share, relays',
        tags: ['corpus'],
        response: { 200: list(OutletStats, 'One row per outlet.'), ...errorResponses() },
      },
    },
    async () => store.outlets(),
  );
  app.get(
    '/api/disputes',
    {
      schema: {
        summary: 'Claims and their denials across the corpus',
        tags: ['corpus'],
        querystring: Limit100,
        response: { 200: list(DisputeRecord, 'Newest first.'), ...errorResponses() },
      },
    },
    async (request) => store.disputes({ limit: (request.query as LimitQ).limit }),
  );
  app.get(
    '/api/clusters',
    {
      schema: {
        summary: 'Near-duplicate article clusters',
        tags: ['corpus'],
        querystring: Limit100,
        response: { 200: list(DuplicateCluster, 'Largest clusters first.'), ...errorResponses() },
      },
    },
    async (request) => store.duplicateClusters({ limit: (request.query as LimitQ).limit }),
  );
  app.get(
    '/api/network',
    {
      schema: {
        summary: 'Who relays whom: outlet → speaker edges',
        tags: ['corpus'],
        querystring: Limit100,
        response: { 200: list(NetworkEdge, 'Heaviest edges first.'), ...errorResponses() },
      },
    },
    async (request) => store.sourceNetwork({ limit: (request.query as LimitQ).limit }),
  );
  app.get(
    '/api/stats',
    {
      schema: {
        summary: 'Corpus totals',
        tags: ['corpus'],
        response: { 200: Type.Object(Stats.properties, { description: 'Counts.' }), ...errorResponses() },
      },
    },
    async () => store.stats(),
  );
}
