/**
 * Interned word types with everything the recognizer needs about a word computed once:
 * its lower-cased form, hashes of its lower form, shape, prefix and suffixes, and flags.
 * Per token the recognizer then only reads numbers; a word type is analysed the first time
 * it is seen in the process.
 */
import { hashString } from '../../learn/hash.js';
import { loadClusters } from '../clusters/index.js';
import { brandGazetteer } from '../en/gazetteers/brands.js';
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { DATE_MODIFIERS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../en/gazetteers/dateWords.js';
import { firstNames } from '../en/gazetteers/firstNames.js';
import { PLACE_HEADS, TAGGER_ORG_HEADS } from '../en/gazetteers/nameHeads.js';
import { organisationGazetteer } from '../en/gazetteers/organisations.js';
import { HONORIFICS, OFFICES } from '../en/gazetteers/titles.js';
import { rewritable } from '../rewritable.js';
import { wordProfiles } from './wordProfiles.js';

/** The table is cleared past this many types, so long-running servers do not grow without bound. */
const MAX_TYPES = 500_000;
/**
 * A word starts a brand only when unlabeled text capitalises it mid-sentence at least this often, in
 * the profiles' fifths (3: 60%); in UNER train, capitalised brand-list words that are no entity
 * drop from 363 to 82 while gold organisations go from 80 to 74.
 */
const BRAND_MIN_CAPITALISED = 3;

export const FLAG_FIRST_NAME = 1;
export const FLAG_CAPITALISED = 2;
export const FLAG_ALL_CAPS = 4;
/** An honorific or a one-word office before a name ("Gen.", "Minister", "spokesman"). */
export const FLAG_HONORIFIC = 8;
export const FLAG_HAS_DIGIT = 16;
export const FLAG_LOWER = 32;
export const FLAG_PUNCT = 64;
export const FLAG_ORG_HEAD = 128;
export const FLAG_PLACE_HEAD = 256;
/** "of", "al", "-": words that may sit inside a multi-word name. */
export const FLAG_NAME_CONNECTOR = 512;
/** The first word of some country name, demonym or group word, or city name. */
export const FLAG_STARTS_PLACE = 1024;
export const FLAG_STARTS_PEOPLE = 2048;
export const FLAG_STARTS_CITY = 4096;
/** A word a date expression can start with (a number, a month, "last", "two"…). */
export const FLAG_DATE_WORD = 8192;
/** The first word of some well-known organisation's name. */
export const FLAG_STARTS_ORGANISATION = 16384;
/**
 * The first word of some brand's name (brands.ts), written with a capital somewhere, of two letters
 * or more, and not an ordinary word: the list holds many ("Now", "Target", "Swift"), so a word that
 * unlabeled text shows mostly in lower case mid-sentence (its profile) starts no brand.
 */
export const FLAG_STARTS_BRAND = 32768;

const DATE_START_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...RELATIVE_DAYS,
  ...DATE_MODIFIERS,
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'several', 'few', 'many'],
]);

const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  '&',
  '-',
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'du',
  'van',
  'von',
  'for',
]);

/** Per-type hashed attributes, in this order, in `Lexicon.hashes`. */
export const H_LOWER = 0;
export const H_SHAPE = 1;
export const H_PREFIX3 = 2;
export const H_SUFFIX2 = 3;
export const H_SUFFIX3 = 4;
export const H_SUFFIX4 = 5;
export const H_SHORT_SHAPE = 6;
export const H_PROFILE_CAP = 7;
export const H_PROFILE_LEFT = 8;
export const H_PROFILE_RIGHT = 9;
/** The word's packed clusters (clusters/) plus one; 0 when it has none. */
export const H_CLUSTER = 10;
const HASH_SLOTS = 11;

export class Lexicon {
  private readonly ids = new Map<string, number>();
  /** Each type's word as first interned, and lower-cased. */
  forms: string[] = [];
  lower: string[] = [];
  /** Bumped whenever `trim` forgets the types, so caches of ids know to empty too. */
  generation = 0;
  flags = new Uint32Array(1024);
  hashes = new Uint32Array(1024 * HASH_SLOTS);
  private readonly names = firstNames();
  private readonly honorifics = new Set([...HONORIFICS, ...OFFICES.filter((o) => !o.includes(' '))]);
  private readonly orgHeads = new Set(TAGGER_ORG_HEADS);
  private readonly placeHeads = new Set(PLACE_HEADS);
  private readonly profiles = wordProfiles();
  private readonly clusters = loadClusters();

  constructor() {
    // `grow` replaces them as new words come (rewritable.ts).
    rewritable(this, 'flags', 'hashes');
  }

  get size(): number {
    return this.lower.length;
  }

  /** The id of a word type, analysing it on first sight. Ids stay valid until the table resets. */
  intern(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.lower.length;
    if (id >= this.flags.length) this.grow();
    const lower = word.toLowerCase();
    this.ids.set(word, id);
    this.forms.push(word);
    this.lower.push(lower);
    const shape = wordShape(word);
    const h = id * HASH_SLOTS;
    this.hashes[h + H_LOWER] = hashString(lower);
    this.hashes[h + H_SHAPE] = hashString(shape);
    this.hashes[h + H_SHORT_SHAPE] = hashString(shape.replace(/(.)\1+/g, '$1'));
    this.hashes[h + H_PREFIX3] = hashString(lower.slice(0, 3));
    this.hashes[h + H_SUFFIX2] = hashString(lower.slice(-2));
    this.hashes[h + H_SUFFIX3] = hashString(lower.slice(-3));
    this.hashes[h + H_SUFFIX4] = hashString(lower.slice(-4));
    const profile = this.profiles.get(lower);
    this.hashes[h + H_PROFILE_CAP] = profile ? profile.cap + 1 : 0;
    this.hashes[h + H_PROFILE_LEFT] = hashString(profile ? profile.left : '');
    this.hashes[h + H_PROFILE_RIGHT] = hashString(profile ? profile.right : '');
    this.hashes[h + H_CLUSTER] = (this.clusters.classes.get(lower) ?? -1) + 1;
    let f = 0;
    if (this.names.has(lower)) f |= FLAG_FIRST_NAME;
    if (/^\p{Lu}/u.test(word)) f |= FLAG_CAPITALISED;
    if (/^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(word)) f |= FLAG_ALL_CAPS;
    if (this.honorifics.has(lower.replace(/\.$/, ''))) f |= FLAG_HONORIFIC;
    if (/\p{N}/u.test(word)) f |= FLAG_HAS_DIGIT;
    if (/^\p{Ll}/u.test(word)) f |= FLAG_LOWER;
    if (/^[^\p{L}\p{N}]+$/u.test(word)) f |= FLAG_PUNCT;
    if (this.orgHeads.has(lower)) f |= FLAG_ORG_HEAD;
    if (this.placeHeads.has(lower)) f |= FLAG_PLACE_HEAD;
    if (NAME_CONNECTORS.has(lower)) f |= FLAG_NAME_CONNECTOR;
    const { places, peoples } = countryGazetteer();
    if (places.starts(lower)) f |= FLAG_STARTS_PLACE;
    if (peoples.starts(lower)) f |= FLAG_STARTS_PEOPLE;
    if (cityGazetteer().cities.starts(lower)) f |= FLAG_STARTS_CITY;
    if (organisationGazetteer().starts(lower)) f |= FLAG_STARTS_ORGANISATION;
    if (
      word !== lower &&
      word.length >= 2 &&
      (!profile || profile.cap >= BRAND_MIN_CAPITALISED) &&
      brandGazetteer().starts(lower)
    )
      f |= FLAG_STARTS_BRAND;
    if (DATE_START_WORDS.has(lower) || /\d/.test(lower)) f |= FLAG_DATE_WORD;
    this.flags[id] = f;
    return id;
  }

  hash(id: number, slot: number): number {
    return this.hashes[id * HASH_SLOTS + slot];
  }

  private grow(): void {
    const flags = new Uint32Array(this.flags.length * 2);
    flags.set(this.flags);
    this.flags = flags;
    const hashes = new Uint32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  /** Forgets every type once the table is past MAX_TYPES; call only between documents. */
  trim(): void {
    if (this.lower.length < MAX_TYPES) return;
    this.ids.clear();
    this.forms = [];
    this.lower = [];
    this.generation++;
  }
}

/** "Haftar" → "Xxxxx", "U.S." → "X.X.", "2014" → "dddd": letters by case, digits, punctuation kept. */
export function wordShape(word: string): string {
  let out = '';
  // At most 8 code units; ASCII by code ranges, other characters by their Unicode category.
  for (let i = 0; i < word.length && out.length < 8; ) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      out += c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : word[i];
      i++;
      continue;
    }
    const ch = String.fromCodePoint(word.codePointAt(i)!);
    out += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    i += ch.length;
  }
  return out;
}

let shared: Lexicon | null = null;

/** The process-wide lexicon. */
export function sharedLexicon(): Lexicon {
  shared ??= new Lexicon();
  return shared;
}
