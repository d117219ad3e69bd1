/**
 * The one pure function of whosaid: an article in, its analysis out. No I/O happens here or below
 * (models are loaded lazily, once per process, by the components that use them).
 */
import { computeScorecard } from './analysis/scorecard.js';
import { type Analysis, SCHEMA_ID } from './analysis/types.js';
import { convertOffsetsInPlace } from './doc/codePoints.js';
import { extractAttributions, extractorFor } from './extract/attributions/index.js';
import { findClaims } from './extract/claims/index.js';
import type { ExtractionContext } from './extract/context.js';
import { findDates } from './extract/dates/index.js';
import { findDisputes } from './extract/disputes/index.js';
import { extractEntities } from './extract/entities/index.js';
import type { ArticleInput } from './ingest/article.js';
import { segmentArticle } from './ingest/segment.js';
import { makeDoc } from './language/index.js';
import { annotate } from './language/pipeline.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD) to resolve relative dates; overrides the article's own. */
  published?: string | null;
  /** Called as each stage ends, with its name (for benchmarks that time the stages); costs nothing when absent. */
  onStage?: (stage: AnalyzeStage) => void;
}

/** The stages of `analyze`, in order. */
export const ANALYZE_STAGES = [
  'segment',
  'tokenize',
  'tag',
  'parse',
  'ner',
  'entities',
  'attributions',
  'dates',
  'claims',
  'disputes',
  'output',
] as const;
export type AnalyzeStage = (typeof ANALYZE_STAGES)[number];

const noStageHook = (_: AnalyzeStage) => {};

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const stageEnds = options.onStage ?? noStageHook;
  const text = input.text;
  const article = segmentArticle(input);
  if (options.published) article.published = options.published;
  stageEnds('segment');
  const doc = makeDoc(text, article.body);
  stageEnds('tokenize');
  annotate(doc, stageEnds);

  const ctx: ExtractionContext = {
    doc,
    article,
    published: article.published,
    entities: [],
    attributions: [],
    claims: [],
  };
  ctx.entities = extractEntities(ctx);
  stageEnds('entities');
  ctx.attributions = extractAttributions(ctx);
  stageEnds('attributions');
  const dates = findDates(ctx);
  stageEnds('dates');
  ctx.claims = findClaims(ctx);
  stageEnds('claims');
  const disputes = findDisputes(ctx);
  stageEnds('disputes');

  const analysis: Analysis = {
    schema: SCHEMA_ID,
    input: input.input,
    text,
    article,
    entities: ctx.entities,
    attributions: ctx.attributions,
    claims: ctx.claims,
    disputes,
    dates,
    scorecard: computeScorecard(ctx.entities, ctx.attributions, ctx.claims, disputes),
    generator: { name: 'whosaid', version: VERSION, extractor: extractorFor(doc) },
  };
  const warnings = [...(input.warnings ?? []), ...(ctx.warnings ?? [])];
  if (warnings.length) analysis.warnings = warnings;
  convertOffsetsInPlace(analysis, text);
  stageEnds('output');
  return analysis;
}
