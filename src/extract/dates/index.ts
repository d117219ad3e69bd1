import type { DateMention } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';

/** Temporal expressions, resolved against the publication date when there is one. */
export function findDates(_ctx: ExtractionContext): DateMention[] {
  return [];
}
