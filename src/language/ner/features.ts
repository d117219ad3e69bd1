/**
 * Features of one token for the entity tagger, as hashed numbers: the word, its shape, affixes and
 * flags, the two words either side, the previous two predicted labels, and gazetteer membership
 * (countries, peoples, cities, outlet and date rules) coded B/I/L/U. Everything per word type
 * comes precomputed from the Lexicon; per token we only mix numbers into a reused buffer.
 */
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import type { PhraseTable } from '../en/gazetteers/phraseTable.js';
import {
  FLAG_ALL_CAPS,
  FLAG_CAPITALISED,
  FLAG_FIRST_NAME,
  FLAG_HONORIFIC,
  FLAG_LOWER,
  H_LOWER,
  H_PREFIX3,
  H_SHAPE,
  H_SHORT_SHAPE,
  H_SUFFIX2,
  H_SUFFIX3,
  H_SUFFIX4,
} from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Bumped whenever features change, so an old model file refuses to load. */
export const FEATURE_VERSION = 1;
export const MAX_FEATURES = 40;

/** Gazetteer kinds coded per token. */
const GAZ_COUNTRY = 0;
const GAZ_PEOPLE = 1;
const GAZ_CITY = 2;
const GAZ_MEDIA = 3;
const GAZ_DATE = 4;
const GAZ_KINDS = 5;

const BOUNDARY = 0x5bd1e995;
const NAME_FLAGS = FLAG_FIRST_NAME | FLAG_HONORIFIC | FLAG_CAPITALISED | FLAG_ALL_CAPS | FLAG_LOWER;

/** Murmur3's finaliser over a template id and a value. */
function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const pair = (a: number, b: number): number => (a ^ Math.imul(b, 0x27d4eb2d) ^ (b >>> 15)) >>> 0;

/** Per-sentence state reused across sentences: gazetteer codes per token, the feature buffer. */
export class FeatureScratch {
  gaz = new Uint8Array(64 * GAZ_KINDS);
  readonly features = new Uint32Array(MAX_FEATURES);
  private start = 0;
  private end = 0;

  /** Codes the gazetteer and rule spans of sentence [start, end). */
  prepare(v: TokenView, start: number, end: number, rules: readonly Candidate[]): void {
    this.start = start;
    this.end = end;
    const n = end - start;
    if (this.gaz.length < n * GAZ_KINDS) this.gaz = new Uint8Array(n * GAZ_KINDS * 2);
    this.gaz.fill(0, 0, n * GAZ_KINDS);
    const { places, peoples } = countryGazetteer();
    this.codePhrases(v, places, GAZ_COUNTRY);
    this.codePhrases(v, peoples, GAZ_PEOPLE);
    this.codePhrases(v, cityGazetteer().cities, GAZ_CITY);
    for (const r of rules) {
      if (r.start < start || r.end > end) continue;
      if (r.label === 'MEDIA') this.codeSpan(r.start, r.end, GAZ_MEDIA);
      else if (r.label === 'DATE') this.codeSpan(r.start, r.end, GAZ_DATE);
    }
  }

  private codePhrases<V>(v: TokenView, table: PhraseTable<V>, kind: number): void {
    for (let i = this.start; i < this.end; i++) {
      if (!table.starts(v.lower[i])) continue;
      const n = table.longestMatch(v.lower, i, this.end);
      if (n > 0) {
        this.codeSpan(i, i + n, kind);
        i += n - 1;
      }
    }
  }

  /** B=1, I=2, L=3, U=4. */
  private codeSpan(from: number, to: number, kind: number): void {
    for (let i = from; i < to; i++) {
      const code = to - from === 1 ? 4 : i === from ? 1 : i === to - 1 ? 3 : 2;
      this.gaz[(i - this.start) * GAZ_KINDS + kind] = code;
    }
  }

  private gazCode(i: number, kind: number): number {
    return i < this.start || i >= this.end ? 7 : this.gaz[(i - this.start) * GAZ_KINDS + kind];
  }

  /** Fills `features` for token i given the two previous labels; returns the count. */
  extract(v: TokenView, i: number, prev: number, prev2: number): number {
    const f = this.features;
    const lex = v.lexicon;
    const id = v.ids[i];
    const hashAt = (k: number, slot: number): number =>
      k < this.start || k >= this.end ? BOUNDARY + (k < this.start ? 1 : 2) : lex.hash(v.ids[k], slot);
    const flagsAt = (k: number): number =>
      k < this.start || k >= this.end ? 1 << 20 : lex.flags[v.ids[k]] & NAME_FLAGS;
    const lower = lex.hash(id, H_LOWER);
    const shape = lex.hash(id, H_SHAPE);
    const lowerM1 = hashAt(i - 1, H_LOWER);
    const lowerP1 = hashAt(i + 1, H_LOWER);
    let n = 0;
    f[n++] = mix(0, 0);
    f[n++] = mix(1, lower);
    f[n++] = mix(2, shape);
    f[n++] = mix(3, lex.hash(id, H_PREFIX3));
    f[n++] = mix(4, lex.hash(id, H_SUFFIX2));
    f[n++] = mix(5, lex.hash(id, H_SUFFIX3));
    f[n++] = mix(6, lex.hash(id, H_SUFFIX4));
    f[n++] = mix(7, lowerM1);
    f[n++] = mix(8, lowerP1);
    f[n++] = mix(9, hashAt(i - 2, H_LOWER));
    f[n++] = mix(10, hashAt(i + 2, H_LOWER));
    f[n++] = mix(11, hashAt(i - 1, H_SHAPE));
    f[n++] = mix(12, hashAt(i + 1, H_SHAPE));
    f[n++] = mix(13, pair(lowerM1, lower));
    f[n++] = mix(14, pair(lower, lowerP1));
    f[n++] = mix(15, prev);
    f[n++] = mix(16, prev * 31 + prev2);
    f[n++] = mix(17, pair(lower, prev));
    f[n++] = mix(18, pair(shape, prev));
    f[n++] = mix(19, flagsAt(i));
    f[n++] = mix(20, flagsAt(i - 1));
    f[n++] = mix(21, flagsAt(i + 1));
    f[n++] = mix(22, pair(flagsAt(i - 1), flagsAt(i)));
    for (let k = 0; k < GAZ_KINDS; k++) {
      const code = this.gazCode(i, k);
      f[n++] = mix(23 + k, code);
      f[n++] = mix(28 + k, code * 64 + this.gazCode(i - 1, k) * 8 + this.gazCode(i + 1, k));
    }
    f[n++] = mix(
      33,
      pair(pair(hashAt(i - 1, H_SHORT_SHAPE), lex.hash(id, H_SHORT_SHAPE)), hashAt(i + 1, H_SHORT_SHAPE)),
    );
    f[n++] = mix(34, pair(shape, i === this.start ? 1 : 0));
    f[n++] = mix(35, pair(lex.hash(id, H_SUFFIX3), prev));
    return n;
  }
}
