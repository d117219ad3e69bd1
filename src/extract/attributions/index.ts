import type { Attribution } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';
import { extractBaseline } from './baseline/index.js';

/** Name of the extractor that fills `attributions`, recorded in the document's `generator`. */
export const EXTRACTOR_NAME = 'baseline-rules';

/** Finds who said what: source, cue and content of every attribution. Never throws. */
export function extractAttributions(ctx: ExtractionContext): Attribution[] {
  try {
    return extractBaseline(ctx.doc, ctx.article.body);
  } catch {
    return [];
  }
}
