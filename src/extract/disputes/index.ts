import type { Dispute } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';

/** Links claims and reports to the attributions that deny or contradict them. */
export function findDisputes(_ctx: ExtractionContext): Dispute[] {
  return [];
}
