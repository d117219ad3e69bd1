/**
 * The analysis document, `whosaid.analysis/1`: the one output format of whosaid.
 * Every `start`/`end` is a half-open offset in Unicode code points into `text`
 * (the pipeline works in UTF-16 indices and converts once, at the end: see doc/codePoints.ts).
 * docs/format.md documents each field; docs/analysis.schema.json validates it.
 */

export const SCHEMA_ID = 'whosaid.analysis/1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

export type RemovedReason =
  | 'repeated-title'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'author-bio'
  | 'boilerplate'
  | 'caption'
  | 'related-links';

export interface ArticleInfo {
  title: Span | null;
  /** Authors; start/end are null when the name comes only from metadata, not from the text. */
  byline: { name: string; start: number | null; end: number | null }[];
  published: string | null;
  url: string | null;
  outlet: string | null;
  body: Range[];
  removed: (Range & { reason: RemovedReason })[];
}

export type EntityType = 'PERSON' | 'ORG' | 'MEDIA' | 'GPE' | 'LOC' | 'NORP' | 'WORK' | 'DATE' | 'MISC';

export interface Mention extends Span {
  /** What found this mention: a model, a gazetteer, a pattern or the speaker resolver. */
  rule?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Distinct surface forms, canonical name first. */
  variants?: string[];
}

export type SourceKind =
  | 'person'
  | 'organization'
  | 'media'
  | 'document'
  | 'anonymous'
  | 'author'
  | 'unknown';

export type Stance =
  | 'assert'
  | 'deny'
  | 'reject'
  | 'dispute'
  | 'confirm'
  | 'admit'
  | 'question'
  | 'warn'
  | 'accuse'
  | 'believe'
  | 'decline';

export interface Source extends Span {
  entity: string | null;
  kind: SourceKind;
}

export interface Cue extends Span {
  lemma: string;
  stance: Stance;
}

export type QuoteForm = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  id: string;
  source: Source | null;
  cue: Cue;
  content: Span[];
  form: QuoteForm;
  via: string | null;
  confidence: number;
  /** Which rule or model produced this attribution, for explanations. */
  rule: string;
}

export interface Claim extends Span {
  id: string;
  sourced: boolean;
  attribution: string | null;
  checkworthy: number;
  /** Opinion or framing words in the author's own voice. */
  framing?: Span[];
}

export interface Dispute {
  id: string;
  /** The attribution or claim id that is disputed. */
  claim: string;
  denials: string[];
  about: Span;
}

export interface DateMention extends Span {
  /** ISO 8601 date, month or year when resolvable; otherwise {relative}. */
  value: string | { relative: string };
  sentence: Range;
  attribution: string | null;
}

export interface Scorecard {
  attributions: number;
  distinctSources: number;
  named: { person: number; organization: number; media: number; document: number };
  anonymous: number;
  author: number;
  unknown: number;
  agentless: number;
  direct: number;
  indirect: number;
  mixed: number;
  claims: number;
  unsourcedClaims: number;
  unsourcedCheckworthy: number;
  disputes: number;
  outletsRelayed: string[];
  shares: { anonymous: number; unsourcedClaims: number; direct: number };
}

export interface Analysis {
  schema: typeof SCHEMA_ID;
  input: string;
  text: string;
  article: ArticleInfo;
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  disputes: Dispute[];
  dates: DateMention[];
  scorecard: Scorecard;
  warnings?: string[];
  generator: { name: 'whosaid'; version: string; extractor: string };
}
