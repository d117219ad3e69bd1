import type { Entity } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';

/** Clusters the Doc's entity spans into article entities with canonical names. */
export function extractEntities(_ctx: ExtractionContext): Entity[] {
  return [];
}
