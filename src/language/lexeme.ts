/**
 * Word-level attributes as integer hashes, computed once per distinct word form and cached:
 * the tagger and the parser combine these ids into features with integer mixing (learn/hash.ts),
 * so no feature string is ever built. Ids are hashes, so they mean the same thing in every process.
 */
import { hashString } from '../learn/hash.js';
import { rewritable } from './rewritable.js';

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

/** Slots of the form table per form kept, at most (open addressing stays fast below half full). */
const SLOTS_PER_FORM = 2;
const EMPTY = 0;
/** Characters of the forms kept, to start with (the store doubles as it fills). */
const INITIAL_CHARS = 1 << 16;

/** Epochs handed out so far, across every table: an epoch names one table between two forgets. */
let epochs = 0;

export class LexemeTable {
  /**
   * Form table, open addressing on the form's hash: per slot the hash, then lexeme index + 1
   * (EMPTY for none). Looking a token up hashes its characters in the text and compares them with
   * the form's in `chars`, so no string is cut out for it and a probe reads two places in memory.
   */
  private slots = new Int32Array(2 * 8192);
  /** Every kept form's characters, one after another: form k is chars[charStart[k], charStart[k + 1]). */
  private chars = new Uint16Array(INITIAL_CHARS);
  private charStart = new Int32Array(4097);
  private rows = new Int32Array(4096 * LEX_SLOTS);
  private count = 0;
  /** Bumped whenever the cache is emptied, so caches keyed by row offsets know to empty too. */
  generation = 0;
  /**
   * Like `generation`, but distinct across tables too: a row offset means one form for as long as
   * the epoch stays, so a cache keyed by rows may hold values from any table and check this alone.
   */
  epoch = ++epochs;

  constructor() {
    // Replaced as the table fills and when it forgets (rewritable.ts).
    rewritable(this, 'slots', 'chars', 'charStart', 'rows');
  }

  /**
   * Row offset (into `attrs`) of the word's attributes, computing them on first sight. Rows stay
   * valid until the next `forgetIfFull`, and a row's values never change while `attrs` is the
   * same array.
   */
  lookup(word: string): number {
    return this.lookupIn(word, 0, word.length);
  }

  /** `lookup(text.slice(start, end))`, without the slice when the form is known. */
  lookupIn(text: string, start: number, end: number): number {
    // hashString's FNV-1a, over the characters in place.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h |= 0;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = slotOf(h, mask);
    for (let entry = slots[2 * slot + 1]; entry !== EMPTY; entry = slots[2 * slot + 1]) {
      if (slots[2 * slot] === h && this.sameText(entry - 1, text, start, end)) return (entry - 1) * LEX_SLOTS;
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end), h, slot);
  }

  /** Whether form k is text[start, end). */
  private sameText(k: number, text: string, start: number, end: number): boolean {
    const from = this.charStart[k];
    if (this.charStart[k + 1] - from !== end - start) return false;
    const chars = this.chars;
    for (let i = start; i < end; i++) if (chars[from + i - start] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Adds a new form, whose hash is `h`, whose probe ended at the empty `slot`. */
  private add(word: string, h: number, slot: number): number {
    const at = this.count * LEX_SLOTS;
    if (at + LEX_SLOTS > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
      const starts = new Int32Array(this.charStart.length * 2);
      starts.set(this.charStart);
      this.charStart = starts;
    }
    fillAttributes(word, this.rows, at);
    const from = this.charStart[this.count];
    if (from + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, from + word.length));
      grown.set(this.chars);
      this.chars = grown;
    }
    for (let i = 0; i < word.length; i++) this.chars[from + i] = word.charCodeAt(i);
    this.charStart[this.count + 1] = from + word.length;
    this.count++;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = this.count;
    if (this.count * SLOTS_PER_FORM > this.slots.length >> 1) this.rehash(this.slots.length);
    return at;
  }

  /** Rebuilds the form table with `size` slots. */
  private rehash(size: number): void {
    this.slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let k = 0; k < this.count; k++) {
      const h = this.rows[k * LEX_SLOTS + LEX_FORM];
      let slot = slotOf(h, mask);
      while (this.slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[2 * slot] = h;
      this.slots[2 * slot + 1] = k + 1;
    }
  }

  /**
   * Empties the cache once it holds too many forms (call between documents, never inside one).
   * The rows move to a new array, so caches keyed by the array know that its rows changed.
   */
  forgetIfFull(): void {
    if (this.count < MAX_CACHED_FORMS) return;
    this.slots = new Int32Array(2 * 8192);
    this.chars = new Uint16Array(INITIAL_CHARS);
    this.charStart = new Int32Array(4097);
    this.count = 0;
    this.rows = new Int32Array(4096 * LEX_SLOTS);
    this.generation++;
    this.epoch = ++epochs;
  }

  get attrs(): Int32Array {
    return this.rows;
  }
}

/** A slot from a form hash: the hash's high bits mixed into the low ones the mask keeps. */
function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
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
