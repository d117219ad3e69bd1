import type { Claim } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';

/** Splits the body into claim units, marks which are sourced and how check-worthy each is. */
export function findClaims(_ctx: ExtractionContext): Claim[] {
  return [];
}
