/**
 * Near-duplicate detection: MinHash signatures over word shingles, and LSH banding so that
 * candidates are found by equal band hashes instead of comparing every pair.
 * With 16 bands of 4 rows, pairs at Jaccard 0.7 collide in some band with probability ≈ 0.98,
 * pairs at 0.3 with ≈ 0.12; candidates are then checked against NEAR_DUPLICATE_JACCARD.
 */

/** Estimated Jaccard similarity (over shingles) from which two articles are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
/** Words per shingle: 3 tolerates light edits while keeping unrelated wire stories apart. */
export const SHINGLE_WORDS = 3;
export const LSH_BANDS = 16;
export const LSH_ROWS = 4;
export const SIGNATURE_LENGTH = LSH_BANDS * LSH_ROWS;
/** Texts shorter than this many words are not clustered: their shingles say too little. */
export const MIN_WORDS = 12;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A strong 32-bit mix (murmur3 finalizer), one seed per signature row. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(i + 1, 0x9e3779b9));

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The MinHash signature of a text, or null when it is too short to compare. */
export function minhash(text: string): Int32Array | null {
  const w = words(text);
  if (w.length < MIN_WORDS) return null;
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const v = mix(h, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return new Int32Array(sig.buffer);
}

/** Estimated Jaccard similarity: the share of equal signature rows. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_LENGTH;
}

/** One bucket hash per band (signed 32-bit, to fit a PostgreSQL int). */
export function bandBuckets(sig: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = mix(h ^ (sig[b * LSH_ROWS + r]! >>> 0), 0x27d4eb2f);
    out.push(h | 0);
  }
  return out;
}
