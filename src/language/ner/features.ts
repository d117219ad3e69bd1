/**
 * Features of one token for the entity tagger, as hashed numbers: the word, its shape, affixes and
 * flags, the two words either side, the previous two predicted labels, gazetteer membership
 * (countries, peoples, cities, outlet and date rules) coded B/I/L/U, and what the run of
 * capitalised words around the token ends with (an organisation or place head word, and the head word
 * itself with the token's place in the run, so unlisted heads such as "Fabrics" are learned too),
 * and the word clusters of the word and its neighbours.
 * `prepare` copies each sentence's per-word numbers into reused typed arrays once; `extract`
 * then only mixes numbers into a reused buffer.
 */
import { coarseOf, fineOf, midOf } from '../clusters/index.js';
import { brandGazetteer } from '../en/gazetteers/brands.js';
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { organisationGazetteer } from '../en/gazetteers/organisations.js';
import type { PhraseTable } from '../en/gazetteers/phraseTable.js';
import {
  FLAG_ALL_CAPS,
  FLAG_CAPITALISED,
  FLAG_FIRST_NAME,
  FLAG_HONORIFIC,
  FLAG_LOWER,
  FLAG_NAME_CONNECTOR,
  FLAG_ORG_HEAD,
  FLAG_PLACE_HEAD,
  FLAG_PUNCT,
  FLAG_STARTS_BRAND,
  FLAG_STARTS_CITY,
  FLAG_STARTS_ORGANISATION,
  FLAG_STARTS_PEOPLE,
  FLAG_STARTS_PLACE,
  H_CLUSTER,
  H_LOWER,
  H_PREFIX3,
  H_PROFILE_CAP,
  H_PROFILE_LEFT,
  H_PROFILE_RIGHT,
  H_SHAPE,
  H_SHORT_SHAPE,
  H_SUFFIX2,
  H_SUFFIX3,
  H_SUFFIX4,
  type Lexicon,
} from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Bumped whenever features change, so an old model file refuses to load. */
export const FEATURE_VERSION = 11;
export const MAX_FEATURES = 58;

/** Gazetteer kinds coded per token. */
const GAZ_COUNTRY = 0;
const GAZ_PEOPLE = 1;
const GAZ_CITY = 2;
const GAZ_MEDIA = 3;
const GAZ_DATE = 4;
const GAZ_ORGANISATION = 5;
const GAZ_BRAND = 6;
const GAZ_KINDS = 7;
/** Context positions on each side of a token; the per-sentence arrays are padded by this much. */
const PAD = 2;
/** Longest capitalised run whose head word is looked for. */
const MAX_RUN = 8;

const NAME_FLAGS = FLAG_FIRST_NAME | FLAG_HONORIFIC | FLAG_CAPITALISED | FLAG_ALL_CAPS | FLAG_LOWER;
const BOUNDARY_FLAGS = 1 << 20;

/**
 * Murmur3's finaliser over a template id and a value. Signed: features are stored in an Int32Array
 * (the same bits), and a call V8 does not inline returns a small integer instead of a boxed number.
 */
function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Two values as one (signed, as `mix`: every use reads its 32 bits alike). */
function pair(a: number, b: number): number {
  return a ^ Math.imul(b, 0x27d4eb2d) ^ (b >>> 15);
}

/** Per-sentence state reused across sentences. Arrays are indexed by token − start + PAD. */
export class FeatureScratch {
  readonly features = new Int32Array(MAX_FEATURES);
  private capacity = 0;
  private lower = new Uint32Array(0);
  private shape = new Uint32Array(0);
  private shortShape = new Uint32Array(0);
  private flags = new Uint32Array(0);
  private run = new Uint32Array(0);
  /** Per token in a capitalised run: the lower-cased hash of the run's last word (its head), else 0. */
  private runHead = new Uint32Array(0);
  private gaz = new Uint8Array(0);
  /** Per token: 1 + its fine word cluster (clusters/), 0 when it has none; sentence bounds have their own codes. */
  private fineCluster = new Uint32Array(0);
  private start = 0;
  private end = 0;

  private ensure(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = n * 2;
    this.lower = new Uint32Array(this.capacity);
    this.shape = new Uint32Array(this.capacity);
    this.shortShape = new Uint32Array(this.capacity);
    this.flags = new Uint32Array(this.capacity);
    this.run = new Uint32Array(this.capacity);
    this.runHead = new Uint32Array(this.capacity);
    this.gaz = new Uint8Array(this.capacity * GAZ_KINDS);
    this.fineCluster = new Uint32Array(this.capacity);
  }

  /** Copies the per-word numbers of sentence [start, end) and codes its gazetteer and rule spans. */
  prepare(v: TokenView, start: number, end: number, rules: readonly Candidate[]): void {
    this.start = start;
    this.end = end;
    const size = end - start + 2 * PAD;
    this.ensure(size);
    const lex = v.lexicon;
    // One fill for the sentence's gazetteer codes rather than a call per token; the padding gets 7.
    this.gaz.fill(0, 0, size * GAZ_KINDS);
    for (let j = 0; j < size; j++) {
      const i = start + j - PAD;
      if (i < start || i >= end) {
        const side = i < start ? 1 : 2;
        this.lower[j] = 0x5bd1e995 + side;
        this.shape[j] = 0x5bd1e995 + side;
        this.shortShape[j] = 0x5bd1e995 + side;
        this.flags[j] = BOUNDARY_FLAGS;
        this.gaz.fill(7, j * GAZ_KINDS, (j + 1) * GAZ_KINDS);
        this.fineCluster[j] = 0xffffff00 + side;
      } else {
        const id = v.ids[i];
        this.lower[j] = lex.hash(id, H_LOWER);
        this.shape[j] = lex.hash(id, H_SHAPE);
        this.shortShape[j] = lex.hash(id, H_SHORT_SHAPE);
        this.flags[j] = lex.flags[id];
        const cluster = lex.hash(id, H_CLUSTER);
        this.fineCluster[j] = cluster === 0 ? 0 : 1 + fineOf(cluster - 1);
      }
      this.run[j] = 0;
      this.runHead[j] = 0;
    }
    const { places, peoples } = countryGazetteer();
    this.codePhrases(v, places, FLAG_STARTS_PLACE, GAZ_COUNTRY);
    this.codePhrases(v, peoples, FLAG_STARTS_PEOPLE, GAZ_PEOPLE);
    this.codePhrases(v, cityGazetteer().cities, FLAG_STARTS_CITY, GAZ_CITY);
    this.codePhrases(v, organisationGazetteer(), FLAG_STARTS_ORGANISATION, GAZ_ORGANISATION);
    this.codePhrases(v, brandGazetteer(), FLAG_STARTS_BRAND, GAZ_BRAND);
    for (const r of rules) {
      if (r.start < start || r.end > end) continue;
      if (r.label === 'MEDIA') this.codeSpan(r.start, r.end, GAZ_MEDIA);
      else if (r.label === 'DATE') this.codeSpan(r.start, r.end, GAZ_DATE);
    }
    this.codeRuns();
  }

  private codePhrases<V>(v: TokenView, table: PhraseTable<V>, startFlag: number, kind: number): void {
    for (let i = this.start; i < this.end; i++) {
      if ((v.lexicon.flags[v.ids[i]] & startFlag) === 0) continue;
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
      this.gaz[(i - this.start + PAD) * GAZ_KINDS + kind] = code;
    }
  }

  /**
   * Codes each run of capitalised words (connectors such as "of" and "al" allowed inside) with
   * its head: the kind of its last word (organisation, place), whether it starts with a first
   * name or follows an honorific, and the token's position in it.
   */
  private codeRuns(): void {
    const f = this.flags;
    const last = this.end - this.start + PAD;
    for (let j = PAD; j < last; ) {
      if ((f[j] & FLAG_CAPITALISED) === 0) {
        j++;
        continue;
      }
      let k = j + 1;
      while (
        k < last &&
        k - j < MAX_RUN &&
        ((f[k] & FLAG_CAPITALISED) !== 0 ||
          ((f[k] & FLAG_NAME_CONNECTOR) !== 0 && k + 1 < last && (f[k + 1] & FLAG_CAPITALISED) !== 0))
      )
        k++;
      const head = f[k - 1];
      let kind = (head & FLAG_ORG_HEAD ? 1 : 0) | (head & FLAG_PLACE_HEAD ? 2 : 0);
      if (f[j] & FLAG_FIRST_NAME) kind |= 4;
      if (f[j - 1] & FLAG_HONORIFIC) kind |= 8;
      const length = Math.min(k - j, 4);
      for (let m = j; m < k; m++) {
        const position = k - j === 1 ? 0 : m === j ? 1 : m === k - 1 ? 3 : 2;
        this.run[m] = 1 + kind * 64 + length * 8 + position;
        this.runHead[m] = pair(this.lower[k - 1], position);
      }
      j = k;
    }
  }

  /**
   * Whether token i cannot start an entity, so the tagger may call it O without scoring:
   * punctuation, or a lower-case word that unlabeled text shows almost never capitalised
   * mid-sentence ("the", "said"), unless it is a name connector ("al", "of") or in a gazetteer.
   * Most tokens are such words; skipping them keeps the tagger fast.
   */
  cannotStart(v: TokenView, i: number): boolean {
    const j = i - this.start + PAD;
    const f = this.flags[j];
    // Connectors ("of", "-") only join names; this is asked only where no name is open, so they too.
    // Lower-case words only when unlabeled text shows them almost never capitalised mid-sentence.
    const neverCapitalised = (f & FLAG_LOWER) !== 0 && v.lexicon.hash(v.ids[i], H_PROFILE_CAP) === 1;
    if (!neverCapitalised && (f & FLAG_PUNCT) === 0) return false;
    for (let k = j * GAZ_KINDS; k < (j + 1) * GAZ_KINDS; k++) if (this.gaz[k] !== 0) return false;
    return true;
  }

  /** The profile capitalisation bucket of the word before i (a sentence start counts as its own bucket). */
  private capM1(v: TokenView, i: number): number {
    return i > this.start ? v.lexicon.hash(v.ids[i - 1], H_PROFILE_CAP) : 99;
  }

  /**
   * The features of `extract` that read nothing but the word itself: the same at every occurrence
   * of the word type, so the tagger scores them once per type. Written into `features`; returns
   * the count.
   */
  typeFeatures(lex: Lexicon, id: number): number {
    const out = this.features;
    const lower = lex.hash(id, H_LOWER);
    const shape = lex.hash(id, H_SHAPE);
    const suffix3 = lex.hash(id, H_SUFFIX3);
    const cap = lex.hash(id, H_PROFILE_CAP);
    const cluster = lex.hash(id, H_CLUSTER);
    let n = 0;
    out[n++] = mix(0, 0);
    out[n++] = mix(1, lower);
    out[n++] = mix(2, shape);
    out[n++] = mix(3, lex.hash(id, H_PREFIX3));
    out[n++] = mix(4, lex.hash(id, H_SUFFIX2));
    out[n++] = mix(5, suffix3);
    out[n++] = mix(6, lex.hash(id, H_SUFFIX4));
    out[n++] = mix(15, 0);
    out[n++] = mix(16, 0);
    out[n++] = mix(17, pair(lower, 0));
    out[n++] = mix(18, pair(shape, 0));
    out[n++] = mix(19, lex.flags[id] & NAME_FLAGS);
    out[n++] = mix(35, pair(suffix3, 0));
    out[n++] = mix(41, cap);
    out[n++] = mix(42, pair(cap, shape));
    out[n++] = mix(43, lex.hash(id, H_PROFILE_LEFT));
    out[n++] = mix(44, lex.hash(id, H_PROFILE_RIGHT));
    out[n++] = mix(56, cluster === 0 ? 0 : 1 + fineOf(cluster - 1));
    out[n++] = mix(57, cluster === 0 ? 0 : 1 + midOf(cluster - 1));
    out[n++] = mix(58, cluster === 0 ? 0 : 1 + coarseOf(cluster - 1));
    return n;
  }

  /**
   * The rest of `extract`'s features, those that read the words around token i, written into
   * `features` from index `at`; returns the index after the last.
   */
  contextFeatures(v: TokenView, i: number, history: number, at = 0): number {
    const out = this.features;
    const j = i - this.start + PAD;
    const lower = this.lower[j];
    const shape = this.shape[j];
    const flags = this.flags[j] & NAME_FLAGS;
    const flagsM1 = this.flags[j - 1] & (NAME_FLAGS | BOUNDARY_FLAGS);
    let n = at;
    out[n++] = mix(7, this.lower[j - 1]);
    out[n++] = mix(8, this.lower[j + 1]);
    out[n++] = mix(9, this.lower[j - 2]);
    out[n++] = mix(10, this.lower[j + 2]);
    out[n++] = mix(11, this.shape[j - 1]);
    out[n++] = mix(12, this.shape[j + 1]);
    out[n++] = mix(13, pair(this.lower[j - 1], lower));
    out[n++] = mix(14, pair(lower, this.lower[j + 1]));
    out[n++] = mix(20, flagsM1);
    out[n++] = mix(21, this.flags[j + 1] & (NAME_FLAGS | BOUNDARY_FLAGS));
    out[n++] = mix(22, pair(flagsM1, flags));
    const g = j * GAZ_KINDS;
    for (let k = 0; k < GAZ_KINDS; k++) {
      const code = this.gaz[g + k];
      const around = code * 64 + this.gaz[g - GAZ_KINDS + k] * 8 + this.gaz[g + GAZ_KINDS + k];
      // No match of this kind on the token or beside it, as for most tokens: no feature (cheaper).
      if (around === 0) continue;
      const template = k < GAZ_ORGANISATION ? 23 + k : k === GAZ_ORGANISATION ? 48 : 61;
      out[n++] = mix(template, code);
      out[n++] = mix(template + (k < GAZ_ORGANISATION ? 5 : 1), around);
    }
    out[n++] = mix(33, pair(pair(this.shortShape[j - 1], this.shortShape[j]), this.shortShape[j + 1]));
    out[n++] = mix(34, pair(shape, i === this.start ? 1 : 0));
    const run = this.run[j];
    out[n++] = mix(36, run);
    out[n++] = mix(37, pair(run, 0));
    out[n++] = mix(38, pair(run, this.run[j + 1]));
    out[n++] = mix(39, pair(this.lower[j + 1], this.shape[j]));
    out[n++] = mix(40, pair(this.shape[j + 1], this.shape[j + 2]));
    out[n++] = mix(45, pair(v.lexicon.hash(v.ids[i], H_PROFILE_CAP), this.capM1(v, i)));
    out[n++] = mix(46, history);
    out[n++] = mix(47, history * 32);
    if (this.runHead[j] !== 0) out[n++] = mix(50, this.runHead[j]);
    out[n++] = mix(59, this.fineCluster[j - 1]);
    out[n++] = mix(60, this.fineCluster[j + 1]);
    return n;
  }

  /**
   * Fills `features` for token i given the word's prediction history in this document (0 none,
   * else 1 + type); returns the count. The label history is not a feature here: Viterbi scores
   * label transitions (model.ts), so the previous-label templates read 0.
   */
  extract(v: TokenView, i: number, history: number): number {
    return this.contextFeatures(v, i, history, this.typeFeatures(v.lexicon, v.ids[i]));
  }
}
