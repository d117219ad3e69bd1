/**
 * `whosaid.analysis/1` as a TypeBox schema, mirroring src/analysis/types.ts. Objects allow extra
 * properties so a field added to the format is passed through rather than silently dropped.
 */
import { type TProperties, Type } from '@sinclair/typebox';
import { Nullable } from './common.js';

const Obj = (props: TProperties, description?: string) =>
  Type.Object(props, { additionalProperties: true, ...(description ? { description } : {}) });

const Range = { start: Type.Integer(), end: Type.Integer() };
const Span = Obj({ ...Range, text: Type.String() });

const EntityType = Type.String({ description: 'PERSON, ORG, MEDIA, GPE, LOC, NORP, WORK, DATE or MISC' });

export const EntitySchema = Obj({
  id: Type.String(),
  name: Type.String(),
  type: EntityType,
  mentions: Type.Array(Obj({ ...Range, text: Type.String(), rule: Type.Optional(Type.String()) })),
  variants: Type.Optional(Type.Array(Type.String())),
});

export const AttributionSchema = Obj({
  id: Type.String(),
  source: Nullable(
    Obj({ ...Range, text: Type.String(), entity: Nullable(Type.String()), kind: Type.String() }),
  ),
  cue: Obj({ ...Range, text: Type.String(), lemma: Type.String(), stance: Type.String() }),
  content: Type.Array(Span),
  form: Type.String(),
  via: Nullable(Type.String()),
  confidence: Type.Number(),
  rule: Type.String(),
});

export const ClaimSchema = Obj({
  ...Range,
  text: Type.String(),
  id: Type.String(),
  sourced: Type.Boolean(),
  attribution: Nullable(Type.String()),
  checkworthy: Type.Number(),
  framing: Type.Optional(Type.Array(Span)),
});

export const DisputeSchema = Obj({
  id: Type.String(),
  claim: Type.String(),
  denials: Type.Array(Type.String()),
  about: Span,
});

export const DateSchema = Obj({
  ...Range,
  text: Type.String(),
  value: Type.Union([Type.String(), Obj({ relative: Type.String() })]),
  sentence: Obj(Range),
  attribution: Nullable(Type.String()),
});

const Count = Type.Integer();
export const ScorecardSchema = Obj({
  attributions: Count,
  distinctSources: Count,
  named: Obj({ person: Count, organization: Count, media: Count, document: Count }),
  anonymous: Count,
  author: Count,
  unknown: Count,
  agentless: Count,
  direct: Count,
  indirect: Count,
  mixed: Count,
  claims: Count,
  unsourcedClaims: Count,
  unsourcedCheckworthy: Count,
  disputes: Count,
  outletsRelayed: Type.Array(Type.String()),
  shares: Obj({ anonymous: Type.Number(), unsourcedClaims: Type.Number(), direct: Type.Number() }),
});

export const ArticleInfoSchema = Obj({
  title: Nullable(Span),
  byline: Type.Array(
    Obj({ name: Type.String(), start: Nullable(Type.Integer()), end: Nullable(Type.Integer()) }),
  ),
  published: Nullable(Type.String()),
  url: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  body: Type.Array(Obj(Range)),
  removed: Type.Array(Obj({ ...Range, reason: Type.String() })),
});

export const AnalysisSchema = Obj(
  {
    schema: Type.Literal('whosaid.analysis/1'),
    input: Type.String(),
    text: Type.String(),
    article: ArticleInfoSchema,
    entities: Type.Array(EntitySchema),
    attributions: Type.Array(AttributionSchema),
    claims: Type.Array(ClaimSchema),
    disputes: Type.Array(DisputeSchema),
    dates: Type.Array(DateSchema),
    scorecard: ScorecardSchema,
    warnings: Type.Optional(Type.Array(Type.String())),
    generator: Obj({ name: Type.String(), version: Type.String(), extractor: Type.String() }),
  },
  'The analysis of one article (whosaid.analysis/1).',
);
