/**
 * A second opinion on the type of each span the tagger found. The greedy tagger commits to
 * PER, ORG or LOC at a name's first word; this classifier sees the whole span at once (every
 * word, its first and last words' affixes and profiles, the words around it, gazetteer matches)
 * and overrides the tagger when it is clearly more confident (TYPE_OVERRIDE_MARGIN, tuned on dev).
 * It also knows a NONE class, learned from capitalised runs that are not entities, so it can
 * recover names the tagger left out. The weight-wise mean of averaged perceptrons trained on UNER
 * train gold spans and capitalised non-entity runs in differently shuffled orders, which steadies
 * the single typer's seed-to-seed swing; models/ner-types.bin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompactPerceptron } from '../../learn/compact.js';
import { hashString } from '../../learn/hash.js';
import { AveragedPerceptron, argmax } from '../../learn/perceptron.js';
import { modelsDir } from '../../paths.js';
import { brandGazetteer } from '../en/gazetteers/brands.js';
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { organisationGazetteer } from '../en/gazetteers/organisations.js';
import { iobSpans, type TaggedSentence } from './data.js';
import {
  FLAG_ALL_CAPS,
  FLAG_CAPITALISED,
  FLAG_FIRST_NAME,
  FLAG_HONORIFIC,
  FLAG_NAME_CONNECTOR,
  FLAG_ORG_HEAD,
  FLAG_PLACE_HEAD,
  FLAG_STARTS_BRAND,
  FLAG_STARTS_CITY,
  FLAG_STARTS_ORGANISATION,
  FLAG_STARTS_PEOPLE,
  FLAG_STARTS_PLACE,
  H_LOWER,
  H_PREFIX3,
  H_PROFILE_CAP,
  H_PROFILE_LEFT,
  H_PROFILE_RIGHT,
  H_SHORT_SHAPE,
  H_SUFFIX3,
  type Lexicon,
} from './lexicon.js';
import { type Candidate, makeTokenView, type TokenView } from './tokens.js';

export const SPAN_TYPER_KIND = 'whosaid-ner-span-types';
export const SPAN_TYPER_FILE = join(modelsDir, 'ner-types.bin');
/** NONE: a capitalised run that is not an entity (sentence starts, "I", headings). */
const TYPES = ['NONE', 'PER', 'ORG', 'LOC'];
const NONE = 0;
const SPAN_FEATURES_VERSION = 4;
const BUCKETS_LOG2 = 17;
const MAX_FEATURES = 64;
/**
 * The typer overrides the tagger's type when its score for its own choice leads by this much
 * (scanned 2–6 on UNER dev over the taggers of five seeds: 4 was best on every one, +0.1 to +0.3;
 * rescanned 4–10 in session 6 for the 3-seed mean typer at ADD_MARGIN 7: 75.88 at 4, 75.91 at 7,
 * 75.93 at 8, within the noise, so kept).
 */
export const TYPE_OVERRIDE_MARGIN = 4;
/**
 * A capitalised run the tagger left untagged becomes an entity when a type beats NONE by this much.
 * Rescanned on UNER dev in session 6 (4–10, with the tagger of that tree; the mean of six 3-seed
 * typers): 4 gave 75.64, 6 75.82, 7 75.88, 8 75.85 (spread larger); single-seed typers rose alike.
 */
export const ADD_MARGIN = 7;
/** Longest capitalised run considered as a candidate name. */
const MAX_RUN = 6;

function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const BOUNDARY = hashString('<boundary>');

/** A training span: gold PER/ORG/LOC, or a capitalised run that is none (NONE). */
interface TypeExample {
  v: TokenView;
  start: number;
  end: number;
  type: number;
}

export class SpanTyper {
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(TYPES.length);

  /** 16-bit copy for prediction (set once training is over); scores are read back in model units. */
  private compact: CompactPerceptron | null = null;

  constructor(
    readonly perceptron: AveragedPerceptron,
    frozen = false,
  ) {
    if (frozen) this.compact = CompactPerceptron.from(perceptron);
  }

  private extract(v: TokenView, start: number, end: number, sentStart: number, sentEnd: number): number {
    const f = this.features;
    const lex = v.lexicon;
    const at = (i: number, slot: number) =>
      i < sentStart || i >= sentEnd ? BOUNDARY : lex.hash(v.ids[i], slot);
    let n = 0;
    f[n++] = mix(0, 0);
    const last = end - 1;
    for (let i = start; i < end && n < MAX_FEATURES - 24; i++) {
      f[n++] = mix(1, lex.hash(v.ids[i], H_LOWER));
      f[n++] = mix(2, lex.hash(v.ids[i], H_PROFILE_CAP));
    }
    f[n++] = mix(3, lex.hash(v.ids[start], H_LOWER));
    f[n++] = mix(4, lex.hash(v.ids[last], H_LOWER));
    f[n++] = mix(5, lex.hash(v.ids[start], H_PREFIX3));
    f[n++] = mix(6, lex.hash(v.ids[last], H_SUFFIX3));
    f[n++] = mix(7, lex.hash(v.ids[start], H_SUFFIX3));
    f[n++] = mix(8, lex.hash(v.ids[start], H_PROFILE_LEFT));
    f[n++] = mix(9, lex.hash(v.ids[last], H_PROFILE_RIGHT));
    f[n++] = mix(10, at(start - 1, H_LOWER));
    f[n++] = mix(11, at(start - 2, H_LOWER));
    f[n++] = mix(12, at(end, H_LOWER));
    f[n++] = mix(13, at(end + 1, H_LOWER));
    f[n++] = mix(14, Math.min(end - start, 5));
    let shape = 0;
    for (let i = start; i < end; i++)
      shape = Math.imul(shape ^ lex.hash(v.ids[i], H_SHORT_SHAPE), 0x01000193);
    f[n++] = mix(15, shape);
    const firstFlags = lex.flags[v.ids[start]];
    const lastFlags = lex.flags[v.ids[last]];
    f[n++] = mix(16, firstFlags & (FLAG_FIRST_NAME | FLAG_ALL_CAPS));
    f[n++] = mix(17, lastFlags & (FLAG_ORG_HEAD | FLAG_PLACE_HEAD | FLAG_ALL_CAPS));
    f[n++] = mix(18, start > sentStart ? lex.flags[v.ids[start - 1]] & FLAG_HONORIFIC : 99);
    // A gazetteer can match only where its first word is some entry's first word (the lexicon's
    // flags say so without a lookup per table).
    const { places, peoples } = countryGazetteer();
    const isPlace =
      firstFlags & FLAG_STARTS_PLACE && places.longestMatch(v.lower, start, end) === end - start;
    f[n++] = mix(19, isPlace ? 1 : 0);
    const hasPeople = firstFlags & FLAG_STARTS_PEOPLE && peoples.longestMatch(v.lower, start, end) > 0;
    f[n++] = mix(20, hasPeople ? 1 : 0);
    const isCity =
      firstFlags & FLAG_STARTS_CITY &&
      cityGazetteer().cities.longestMatch(v.lower, start, end) === end - start;
    f[n++] = mix(21, isCity ? 1 : 0);
    f[n++] = mix(22, start === sentStart ? 1 : 0);
    const isOrganisation =
      firstFlags & FLAG_STARTS_ORGANISATION &&
      organisationGazetteer().longestMatch(v.lower, start, end) === end - start;
    f[n++] = mix(23, isOrganisation ? 1 : 0);
    const isBrand =
      firstFlags & FLAG_STARTS_BRAND && brandGazetteer().longestMatch(v.lower, start, end) === end - start;
    f[n++] = mix(24, isBrand ? 1 : 0);
    return n;
  }

  /** Type scores of span [start, end) in sentence [sentStart, sentEnd), in TYPES order. */
  score(v: TokenView, start: number, end: number, sentStart: number, sentEnd: number): Float32Array {
    const n = this.extract(v, start, end, sentStart, sentEnd);
    if (!this.compact) return this.perceptron.score(this.features, n, this.scores);
    this.compact.score(this.features, n, this.scores);
    for (let t = 0; t < this.scores.length; t++) this.scores[t] /= this.compact.scale;
    return this.scores;
  }

  /** Retypes the tagger's spans of one sentence in place (choosing among the entity types only). */
  retype(v: TokenView, spans: Candidate[], sentStart: number, sentEnd: number): void {
    for (const s of spans) {
      const scores = this.score(v, s.start, s.end, sentStart, sentEnd);
      let best = 1;
      for (let t = 2; t < TYPES.length; t++) if (scores[t] > scores[best]) best = t;
      const current = TYPES.indexOf(s.label);
      if (current > 0 && best !== current && scores[best] - scores[current] > TYPE_OVERRIDE_MARGIN) {
        s.label = TYPES[best];
        s.rule = 'ner-model+types';
      }
    }
  }

  /**
   * Adds capitalised runs of sentence [sentStart, sentEnd) that no name covers and that score as names.
   * A run the tagger read as UNER's OTH (never output) may still become a name, in place of the OTH
   * span: "The Harwick Philharmonic said" had "Philharmonic"/OTH and no name at all.
   */
  addMissed(
    v: TokenView,
    taken: readonly Candidate[],
    sentStart: number,
    sentEnd: number,
    out: Candidate[],
  ): void {
    for (const [start, end] of capitalisedRuns(v, sentStart, sentEnd)) {
      if (taken.some((t) => t.label !== 'OTH' && t.start < end && start < t.end)) continue;
      const scores = this.score(v, start, end, sentStart, sentEnd);
      const best = argmax(scores);
      if (best === NONE || scores[best] - scores[NONE] <= ADD_MARGIN) continue;
      for (let k = out.length - 1; k >= 0; k--)
        if (out[k].label === 'OTH' && out[k].start < end && start < out[k].end) out.splice(k, 1);
      out.push({ start, end, label: TYPES[best], rule: 'ner-model+candidates' });
    }
  }

  /**
   * Trains `members` typers on shuffle seeds seed, seed+1, … and keeps their weight-wise mean: the
   * one model scores as their average would, so the shuffle's luck is smoothed at no runtime cost.
   */
  static train(
    sentences: TaggedSentence[],
    lexicon: Lexicon,
    epochs: number,
    seed: number,
    members = 1,
  ): SpanTyper {
    const examples: TypeExample[] = [];
    for (const s of sentences) {
      const v = makeTokenView(s.words, lexicon);
      const gold = iobSpans(s.tags);
      for (const [start, end, type] of gold) examples.push({ v, start, end, type: TYPES.indexOf(type) });
      for (const [start, end] of capitalisedRuns(v, 0, s.words.length))
        if (!gold.some(([a, b]) => a < end && start < b)) examples.push({ v, start, end, type: NONE });
    }
    const trained: AveragedPerceptron[] = [];
    for (let m = 0; m < members; m++) trained.push(SpanTyper.trainOne([...examples], epochs, seed + m));
    return new SpanTyper(trained.length === 1 ? trained[0] : AveragedPerceptron.mean(trained), true);
  }

  /** One averaged perceptron over `examples`, shuffled in place each epoch by an xorshift of `seed`. */
  private static trainOne(examples: TypeExample[], epochs: number, seed: number): AveragedPerceptron {
    const typer = new SpanTyper(new AveragedPerceptron(TYPES.length, BUCKETS_LOG2));
    let state = seed >>> 0 || 1;
    const random = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 0x100000000;
    };
    const p = typer.perceptron;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = examples.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [examples[i], examples[j]] = [examples[j], examples[i]];
      }
      for (const e of examples) {
        const n = typer.extract(e.v, e.start, e.end, 0, e.v.words.length);
        p.update(e.type, p.predict(typer.features, n, typer.scores), typer.features, n);
      }
    }
    p.average();
    return p;
  }

  save(): Buffer {
    return this.perceptron.save(SPAN_TYPER_KIND, { features: SPAN_FEATURES_VERSION, types: TYPES });
  }

  static load(buffer: Buffer): SpanTyper {
    const { model, meta } = AveragedPerceptron.load(buffer, SPAN_TYPER_KIND);
    if (meta.features !== SPAN_FEATURES_VERSION)
      throw new Error('NER span typer has another feature set: retrain');
    return new SpanTyper(model, true);
  }
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Maximal runs of capitalised words ("of", "al", "-" allowed inside), up to MAX_RUN words. */
export function capitalisedRuns(v: TokenView, start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  const cap = (i: number) => (v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) !== 0;
  for (let i = start; i < end; ) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < end &&
      j - i < MAX_RUN &&
      (cap(j) || ((v.lexicon.flags[v.ids[j]] & FLAG_NAME_CONNECTOR) !== 0 && j + 1 < end && cap(j + 1)))
    )
      j++;
    // "The Harwick Philharmonic": a capitalised article opens the run but not the name.
    runs.push([j - i > 1 && ARTICLES.has(v.lower[i]) ? i + 1 : i, j]);
    i = j;
  }
  return runs;
}

let loaded: SpanTyper | null | undefined;

/** The committed span typer, loaded on first use; null before training. */
export function loadSpanTyper(): SpanTyper | null {
  if (loaded === undefined)
    loaded = existsSync(SPAN_TYPER_FILE) ? SpanTyper.load(readFileSync(SPAN_TYPER_FILE)) : null;
  return loaded;
}

export function useSpanTyper(typer: SpanTyper | null): void {
  loaded = typer;
}
