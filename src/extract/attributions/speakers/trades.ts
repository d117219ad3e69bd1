/**
 * Parties to a sale the article told ("… sold its branches to Pillbrook Chemists …. The buyer
 * denied …"): a writer names a side of a deal by its part in it, not by what kind of body it is.
 */
import type { Entity } from '../../../analysis/types.js';
import { findEntityByName } from '../../entities/index.js';

const BUYERS = new Set(['buyer', 'purchaser', 'new owner', 'new owners', 'acquirer']);
const SELLERS = new Set([
  'seller',
  'vendor',
  'former owner',
  'former owners',
  'previous owner',
  'previous owners',
]);

const NAME = String.raw`(\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}'’&-]*)*)`;
/** "X (said it had) sold … to Y": a name, the verb, then "to" a name, within one sentence. */
const SOLD_TO = new RegExp(
  String.raw`${NAME}\s+(?:said\s+(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?(?:sold|sells)\b[^.\n]*?\bto\s+${NAME}`,
  'gu',
);
/** "Y (has) bought … from X". */
const BOUGHT_FROM = new RegExp(
  String.raw`${NAME}\s+(?:said\s+(?:it|they)\s+)?(?:had\s+|has\s+|have\s+)?(?:bought|buys|acquired|purchased)\b[^.\n]*?\bfrom\s+${NAME}`,
  'gu',
);

/** The body `description` ("the buyer", "the seller") names by its side of the last sale told before `at`. */
export function partyToSale(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  const role = description
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  const buyer = BUYERS.has(role);
  if (!buyer && !SELLERS.has(role)) return null;
  const before = text.slice(0, at);
  let party: string | null = null;
  let partyAt = -1;
  for (const m of before.matchAll(SOLD_TO))
    if (m.index > partyAt) [party, partyAt] = [buyer ? m[2] : m[1], m.index];
  for (const m of before.matchAll(BOUGHT_FROM))
    if (m.index > partyAt) [party, partyAt] = [buyer ? m[1] : m[2], m.index];
  const known = party ? findEntityByName(entities, party, at) : null;
  return known && known.type !== 'PERSON' ? known : null;
}
