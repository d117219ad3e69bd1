const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units: a fast, stable 32-bit hash for feature names. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** The FNV state a feature of `template` starts from: hashFeature(template, v) hashes v on from it. */
export function featureSeed(template: number): number {
  return Math.imul(template + 1, 0x9e3779b1) ^ FNV_OFFSET;
}

/** Hashes a feature given as a template id and a value, without building the joined string. */
export function hashFeature(template: number, value: string): number {
  return hashString(value, featureSeed(template));
}

/**
 * `hashFeature(template, [a, b, c].join(' '))` (c optional) without building the string: FNV-1a
 * reads characters one after another, so hashing on from where the last part ended is the same.
 */
export function hashFeatureJoined(template: number, a: string, b: string, c?: string): number {
  let h = hashString(' ', hashFeature(template, a));
  h = hashString(b, h);
  return c === undefined ? h : hashString(c, hashString(' ', h));
}

/**
 * Mixes integer feature parts into one 32-bit hash (a murmur3-style finalizer per step), so feature
 * combinations like (template, previous tag, word id) cost a few multiplications and no strings.
 */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche so that the low bits (the bucket index) depend on every input bit. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Hash of a feature template id with one value. */
export function feat1(template: number, a: number): number {
  return finish(mix(0x3c6ef372 ^ template, a));
}

/** Hash of a feature template id with two values. */
export function feat2(template: number, a: number, b: number): number {
  return finish(mix(mix(0x3c6ef372 ^ template, a), b));
}

/** Hash of a feature template id with three values. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(0x3c6ef372 ^ template, a), b), c));
}
