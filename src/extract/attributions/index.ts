import type { Attribution } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';

/** Name of the extractor that fills `attributions`, recorded in the document's `generator`. */
export const EXTRACTOR_NAME = 'none';

/** Finds who said what: source, cue and content of every attribution. */
export function extractAttributions(_ctx: ExtractionContext): Attribution[] {
  return [];
}
