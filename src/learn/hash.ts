/** FNV-1a over a string's UTF-16 units: a fast, stable 32-bit hash for feature names. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes a feature given as a template id and a value, without building the joined string. */
export function hashFeature(template: number, value: string): number {
  return hashString(value, Math.imul(template + 1, 0x9e3779b1) ^ 0x811c9dc5);
}
