import type { ArticleInfo, Attribution, Claim, Entity } from '../analysis/types.js';
import type { Doc } from '../language/doc.js';

/**
 * What every extractor reads. Offsets in here are UTF-16 indices into `doc.text`;
 * stages run in the order of src/analyze.ts and each adds its own field.
 */
export interface ExtractionContext {
  doc: Doc;
  article: ArticleInfo;
  /** YYYY-MM-DD to resolve relative dates against, or null (dates then stay relative). */
  published: string | null;
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  /** Problems a stage met and worked around, for the analysis's `warnings` (the stage never throws). */
  warnings?: string[];
}
