/**
 * Word-level attributes as integer hashes, computed once per distinct word form and cached:
 * the tagger and the parser combine these ids into features with integer mixing (learn/hash.ts),
 * so no feature string is ever built. Ids are hashes, so they mean the same thing in every process.
 */
import { hashString } from '../learn/hash.js';

/** Attribute slots of a lexeme row. */
export const LEX_FORM = 0;
export const LEX_LOWER = 1;
export const LEX_SHAPE = 2;
export const LEX_PREFIX1 = 3;
export const LEX_SUFFIX1 = 4;
export const LEX_SUFFIX2 = 5;
export const LEX_SUFFIX3 = 6;
export const LEX_SUFFIX4 = 7;
export const LEX_FLAGS = 8;
export const LEX_SLOTS = 9;

/** Flag bits in LEX_FLAGS. */
export const FLAG_TITLE = 1;
export const FLAG_UPPER = 2;
export const FLAG_DIGIT = 4;
export const FLAG_HYPHEN = 8;
export const FLAG_ALPHA = 16;

/** Forgetting the cache past this many forms bounds memory on endless input. */
const MAX_CACHED_FORMS = 200_000;

/** The word shape with runs capped at 3: "Benghazi" → "Xxxx", "1,200" → "d,ddd", "U.S." → "X.X.". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) run++;
    else {
      last = c;
      run = 1;
    }
    if (run <= 3) out += c;
  }
  return out;
}

export class LexemeTable {
  private readonly ids = new Map<string, number>();
  private rows = new Int32Array(4096 * LEX_SLOTS);
  private count = 0;
  /** Bumped whenever the cache is emptied, so caches keyed by row offsets know to empty too. */
  generation = 0;

  /**
   * Row offset (into `attrs`) of the word's attributes, computing them on first sight. Rows stay
   * valid until the next `forgetIfFull`, and a row's values never change while `attrs` is the
   * same array.
   */
  lookup(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const at = this.count * LEX_SLOTS;
    if (at + LEX_SLOTS > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    fillAttributes(word, this.rows, at);
    this.ids.set(word, at);
    this.count++;
    return at;
  }

  /**
   * Empties the cache once it holds too many forms (call between documents, never inside one).
   * The rows move to a new array, so caches keyed by the array know that its rows changed.
   */
  forgetIfFull(): void {
    if (this.count < MAX_CACHED_FORMS) return;
    this.ids.clear();
    this.count = 0;
    this.rows = new Int32Array(4096 * LEX_SLOTS);
    this.generation++;
  }

  get attrs(): Int32Array {
    return this.rows;
  }
}

function fillAttributes(word: string, out: Int32Array, at: number): void {
  const lower = word.toLowerCase();
  const n = lower.length;
  out[at + LEX_FORM] = hashString(word);
  out[at + LEX_LOWER] = hashString(lower);
  out[at + LEX_SHAPE] = hashString(wordShape(word));
  out[at + LEX_PREFIX1] = word.charCodeAt(0);
  out[at + LEX_SUFFIX1] = hashString(lower.slice(Math.max(0, n - 1)));
  out[at + LEX_SUFFIX2] = hashString(lower.slice(Math.max(0, n - 2)));
  out[at + LEX_SUFFIX3] = hashString(lower.slice(Math.max(0, n - 3)));
  out[at + LEX_SUFFIX4] = hashString(lower.slice(Math.max(0, n - 4)));
  let flags = 0;
  const first = word[0];
  if (first !== first.toLowerCase()) flags |= FLAG_TITLE;
  if (word === word.toUpperCase() && word !== lower) flags |= FLAG_UPPER;
  if (/\d/.test(word)) flags |= FLAG_DIGIT;
  if (word.includes('-')) flags |= FLAG_HYPHEN;
  if (/^\p{L}+$/u.test(word)) flags |= FLAG_ALPHA;
  out[at + LEX_FLAGS] = flags;
}

let shared: LexemeTable | undefined;

/** The process-wide lexeme cache used when annotating documents. */
export function sharedLexemes(): LexemeTable {
  shared ??= new LexemeTable();
  shared.forgetIfFull();
  return shared;
}
