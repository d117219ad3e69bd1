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

/** Slots of the form table per form kept, at most (open addressing stays fast below half full). */
const SLOTS_PER_FORM = 2;
const EMPTY = 0;

/** Epochs handed out so far, across every table: an epoch names one table between two forgets. */
let epochs = 0;

export class LexemeTable {
  /**
   * Form table, open addressing on the form's hash (LEX_FORM): lexeme index + 1 per slot, EMPTY
   * for none. Looking a token up hashes its characters in the text, so no string is cut out for it.
   */
  private slots = new Int32Array(8192);
  private forms: string[] = [];
  private rows = new Int32Array(4096 * LEX_SLOTS);
  private count = 0;
  /** Bumped whenever the cache is emptied, so caches keyed by row offsets know to empty too. */
  generation = 0;
  /**
   * Like `generation`, but distinct across tables too: a row offset means one form for as long as
   * the epoch stays, so a cache keyed by rows may hold values from any table and check this alone.
   */
  epoch = ++epochs;

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
    const mask = this.slots.length - 1;
    let slot = slotOf(h, mask);
    for (let entry = this.slots[slot]; entry !== EMPTY; entry = this.slots[slot]) {
      const at = (entry - 1) * LEX_SLOTS;
      if (this.rows[at + LEX_FORM] === h && sameText(this.forms[entry - 1], text, start, end)) return at;
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end), slot);
  }

  /** Adds a new form whose probe ended at the empty `slot`. */
  private add(word: string, slot: number): number {
    const at = this.count * LEX_SLOTS;
    if (at + LEX_SLOTS > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    fillAttributes(word, this.rows, at);
    this.forms.push(word);
    this.count++;
    this.slots[slot] = this.count;
    if (this.count * SLOTS_PER_FORM > this.slots.length) this.rehash(this.slots.length * 2);
    return at;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = slotOf(this.rows[k * LEX_SLOTS + LEX_FORM], mask);
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = k + 1;
    }
  }

  /**
   * Empties the cache once it holds too many forms (call between documents, never inside one).
   * The rows move to a new array, so caches keyed by the array know that its rows changed.
   */
  forgetIfFull(): void {
    if (this.count < MAX_CACHED_FORMS) return;
    this.slots = new Int32Array(8192);
    this.forms = [];
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

function sameText(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
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
