/** Response schemas of the corpus endpoints, mirroring the Store's records (src/store/Store.ts). */
import { type TSchema, Type } from '@sinclair/typebox';
import { AnalysisSchema } from './analysis.js';
import { IsoDate, Nullable, Paging } from './common.js';

const Str = Type.String();
const NStr = Nullable(Type.String());
const Int = Type.Integer();
const NInt = Nullable(Type.Integer());

export const ArticleSummary = Type.Object({
  id: Int,
  input: Str,
  title: NStr,
  outlet: NStr,
  url: NStr,
  published: NStr,
  attributions: Int,
  anonymous: Int,
  claims: Int,
  unsourcedClaims: Int,
  disputes: Int,
  canonical: NInt,
});

export const ArticleDetail = Type.Object(
  {
    ...ArticleSummary.properties,
    contentHash: Str,
    analysis: AnalysisSchema,
    duplicates: Type.Array(Type.Object({ id: Int, title: NStr, outlet: NStr, similarity: Type.Number() })),
    entityIds: Type.Record(Type.String(), Int),
  },
  { description: 'One stored article with its full analysis.' },
);

export const ArticleQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 500, description: 'Full-text search over title, text and quotes.' }),
  ),
  outlet: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(IsoDate('Published on or after (YYYY-MM-DD).')),
  to: Type.Optional(IsoDate('Published on or before (YYYY-MM-DD).')),
  hasAnonymous: Type.Optional(
    Type.Boolean({ description: 'Only articles with (true) or without (false) anonymous sources.' }),
  ),
  hasDispute: Type.Optional(
    Type.Boolean({ description: 'Only articles with (true) or without (false) disputes.' }),
  ),
  limit: Type.Optional(Paging.limit),
  offset: Type.Optional(Paging.offset),
});

const Quote = Type.Object({
  articleId: Int,
  title: NStr,
  outlet: NStr,
  published: NStr,
  attribution: Str,
  speaker: NStr,
  entityId: NInt,
  kind: NStr,
  cue: Str,
  stance: Str,
  form: Str,
  content: Str,
  start: Int,
  end: Int,
});

export const DisputeRecord = Type.Object({
  articleId: Int,
  title: NStr,
  outlet: NStr,
  published: NStr,
  dispute: Str,
  about: Str,
  claimant: NStr,
  claimantEntityId: NInt,
  denials: Type.Array(Type.Object({ speaker: NStr, entityId: NInt, cue: Str, stance: Str, content: Str })),
});

export const CorpusEntity = Type.Object({
  id: Int,
  name: Str,
  type: Str,
  aliases: Type.Array(Str),
  articles: Int,
  mentions: Int,
  attributions: Int,
});

export const EntityDetail = Type.Object(
  {
    ...CorpusEntity.properties,
    quotes: Type.Array(Quote),
    disputes: Type.Array(DisputeRecord),
  },
  { description: 'One corpus entity with everything it is reported to have said.' },
);

export const SourceCount = Type.Object({
  entityId: NInt,
  name: Str,
  kind: Str,
  type: NStr,
  attributions: Int,
  articles: Int,
});

export const OutletStats = Type.Object({
  outlet: Str,
  articles: Int,
  attributions: Int,
  anonymousShare: Type.Number(),
  unsourcedClaimShare: Type.Number(),
  relays: Type.Array(Type.Object({ outlet: Str, count: Int })),
});

const ClusterMember = { id: Int, title: NStr, outlet: NStr, published: NStr };
export const DuplicateCluster = Type.Object({
  canonical: Type.Object(ClusterMember),
  members: Type.Array(Type.Object({ ...ClusterMember, similarity: Type.Number() })),
});

export const NetworkEdge = Type.Object({
  outlet: Str,
  speaker: Str,
  entityId: NInt,
  kind: Str,
  count: Int,
});

export const IngestResult = Type.Object(
  {
    files: Int,
    articles: Int,
    inserted: Int,
    skipped: Int,
    ids: Type.Array(Int),
    failed: Type.Array(Type.Object({ input: Str, code: Str, message: Str })),
  },
  { description: 'What was read, analysed and stored.' },
);

export const LimitQuery = (max: number, fallback: number) =>
  Type.Object({
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `At most ${max}.` }),
    ),
  });

export { AnalysisSchema };

export const NumericId = Type.Object({
  id: Type.String({ pattern: '^[0-9]{1,12}$', description: 'Numeric id.' }),
});

export const EntityLookup = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, description: 'A name or alias (case-insensitive).' }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

const SOURCE_KINDS = [
  'person',
  'organization',
  'media',
  'document',
  'anonymous',
  'author',
  'unknown',
] as const;
export const SourcesQuery = Type.Object({
  ...LimitQuery(500, 50).properties,
  kind: Type.Optional(Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k)))),
});

export const CorpusStats = Type.Object(
  {
    articles: Int,
    entities: Int,
    attributions: Int,
    claims: Int,
    disputes: Int,
    duplicateClusters: Int,
    outlets: Int,
    schemaVersion: Int,
    extractors: Type.Record(Type.String(), Int),
  },
  { description: 'Corpus totals.' },
);

export const IngestQuery = Type.Object({
  name: Type.Optional(
    Type.String({
      maxLength: 200,
      pattern: '^[^/\\\\]+$',
      description: 'File name of a raw (non-multipart) upload; its extension picks the reader.',
    }),
  ),
});

/** A JSON array response, described for the OpenAPI document. */
export const List = <T extends TSchema>(item: T, description: string) => Type.Array(item, { description });
