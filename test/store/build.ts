/**
 * Builds analysis documents by hand for store tests: spans are found by their text in the article
 * (first occurrence after the previous span of the same statement), offsets in code points.
 */
import { computeScorecard } from '../../src/analysis/scorecard.js';
import {
  type Analysis,
  type Attribution,
  type Claim,
  type Dispute,
  type Entity,
  type EntityType,
  SCHEMA_ID,
  type SourceKind,
  type Span,
  type Stance,
} from '../../src/analysis/types.js';
import type { AnalysedArticle } from '../../src/store/Store.js';

export interface QuoteSpec {
  source: string;
  kind: SourceKind;
  cue: string;
  content: string;
  stance?: Stance;
  entity?: string;
  via?: string;
}

export interface ArticleSpec {
  input: string;
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
  entities?: { name: string; type: EntityType; surfaces?: string[] }[];
  quotes?: QuoteSpec[];
  claims?: { text: string; sourced: boolean }[];
  /** Index of the disputed quote and indexes of the denying quotes. */
  disputes?: { claim: number; denials: number[]; about: string }[];
}

export function spanOf(text: string, needle: string, from = 0): Span {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: '${needle}' not in text`);
  const start = [...text.slice(0, i)].length;
  return { start, end: start + [...needle].length, text: needle };
}

export function makeAnalysis(spec: ArticleSpec): Analysis {
  const { text } = spec;
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `E${i + 1}`,
    name: e.name,
    type: e.type,
    mentions: (e.surfaces ?? [e.name]).map((s) => spanOf(text, s)),
    variants: [e.name, ...(e.surfaces ?? []).filter((s) => s !== e.name)],
  }));
  const attributions: Attribution[] = (spec.quotes ?? []).map((q, i) => ({
    id: `A${i + 1}`,
    source: {
      ...spanOf(text, q.source),
      kind: q.kind,
      entity: q.entity ? entities.find((e) => e.name === q.entity)!.id : null,
    },
    cue: { ...spanOf(text, q.cue), lemma: q.cue.toLowerCase(), stance: q.stance ?? 'assert' },
    content: [spanOf(text, q.content)],
    form: 'indirect',
    via: q.via ?? null,
    confidence: 0.9,
    rule: 'fixture',
  }));
  const claims: Claim[] = (spec.claims ?? []).map((c, i) => ({
    id: `C${i + 1}`,
    ...spanOf(text, c.text),
    sourced: c.sourced,
    attribution: null,
    checkworthy: 0.5,
  }));
  const disputes: Dispute[] = (spec.disputes ?? []).map((d, i) => ({
    id: `D${i + 1}`,
    claim: attributions[d.claim]!.id,
    denials: d.denials.map((k) => attributions[k]!.id),
    about: spanOf(text, d.about),
  }));
  return {
    schema: SCHEMA_ID,
    input: spec.input,
    text,
    article: {
      title: spec.title ? spanOf(text, spec.title) : null,
      byline: [],
      published: spec.published ?? null,
      url: null,
      outlet: spec.outlet ?? null,
      body: [{ start: 0, end: [...text].length }],
      removed: [],
    },
    entities,
    attributions,
    claims,
    disputes,
    dates: [],
    scorecard: computeScorecard(entities, attributions, claims, disputes),
    generator: { name: 'whosaid', version: '0.0.0-test', extractor: 'fixture' },
  };
}

export function analysed(spec: ArticleSpec): AnalysedArticle {
  return {
    input: {
      input: spec.input,
      text: spec.text,
      outlet: spec.outlet ?? null,
      published: spec.published ?? null,
    },
    analysis: makeAnalysis(spec),
  };
}
