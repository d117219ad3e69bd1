/**
 * Hashes of parser and labeller features: a template id and up to three integer attributes (word
 * hashes, tag ids, small counts) combined as a sum of odd-constant products, then one avalanche
 * step so the low bits (the table bucket) depend on every input bit. About half the
 * multiplications of a murmur-style mix per attribute, which matters at 80 features per move.
 * Two features collide before the avalanche only if their weighted sums agree modulo 2^32.
 */
const KT = 0x9e3779b1;
export const KA = 0x85ebca77;
export const KB = 0xc2b2ae3d;
export const KC = 0x27d4eb2f;

/**
 * The final step of every hash below, apart for a caller that writes the sums out itself: a
 * feature is `avalanche(templateSeeds(..)[t] + Math.imul(a, KA) + Math.imul(b, KB) + Math.imul(c, KC))`.
 */
export function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h;
}

/** The template terms of templates 0 .. count-1. */
export function templateSeeds(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, t) => Math.imul(t + 1, KT));
}

export function hash1(template: number, a: number): number {
  return avalanche(Math.imul(template + 1, KT) + Math.imul(a, KA));
}

export function hash2(template: number, a: number, b: number): number {
  return avalanche(Math.imul(template + 1, KT) + Math.imul(a, KA) + Math.imul(b, KB));
}

export function hash3(template: number, a: number, b: number, c: number): number {
  return avalanche(Math.imul(template + 1, KT) + Math.imul(a, KA) + Math.imul(b, KB) + Math.imul(c, KC));
}
