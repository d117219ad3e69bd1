/**
 * Doc: one article's text plus one typed array per token attribute (the spaCy/wink-nlp model).
 * Tokens, sentences and entity spans are views given by indices; nothing copies the text.
 * Offsets here are UTF-16 indices into `text` (the output layer converts to code points).
 * Every array has one slot per token; components fill the ones they assign.
 */

export interface EntitySpan {
  /** Token range, half-open. */
  start: number;
  end: number;
  label: string;
  /** Which component found it: 'ner-model', 'gazetteer:countries', 'pattern:media', ... */
  rule: string;
}

export class Doc {
  readonly text: string;
  readonly length: number;
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  /** Sentence boundaries as token indices, half-open. */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Universal POS tag id per token (see tagsets.ts), 0 when untagged. */
  readonly upos: Uint8Array;
  /** Penn Treebank tag id per token. */
  readonly xpos: Uint8Array;
  readonly lemma: string[];
  /** Absolute index of the syntactic head, -1 for the root. */
  readonly head: Int32Array;
  /** Dependency relation id per token. */
  readonly dep: Uint8Array;
  ents: EntitySpan[] = [];
  /**
   * Token i's row in `lexemeAttrs` (lexeme.ts: hashes of its form, lower case, shape, affixes and
   * its flags), filled by `annotate` before the trained components run, so that any of them can
   * read these instead of computing its own. Rows stay valid for the Doc's lifetime.
   */
  lexemeRows: Int32Array = new Int32Array(0);
  lexemeAttrs: Int32Array = new Int32Array(0);
  /** The lexeme table's epoch when `lexemeRows` were filled (lexeme.ts), or -1 while they are not. */
  lexemeEpoch = -1;

  constructor(text: string, tokStart: Int32Array, tokEnd: Int32Array) {
    this.text = text;
    this.length = tokStart.length;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.sentStart = new Int32Array(0);
    this.sentEnd = new Int32Array(0);
    this.upos = new Uint8Array(this.length);
    this.xpos = new Uint8Array(this.length);
    this.lemma = new Array<string>(this.length).fill('');
    this.head = new Int32Array(this.length).fill(-1);
    this.dep = new Uint8Array(this.length);
  }

  /** The surface text of token i. */
  word(i: number): string {
    return this.text.slice(this.tokStart[i], this.tokEnd[i]);
  }

  /** Lower-cased words, cut out on first use (rules read each word several times). */
  private lowered: string[] | null = null;

  /** The surface text of token i, lower-cased. */
  lowerWord(i: number): string {
    if (this.lowered === null) this.lowered = new Array<string>(this.length);
    let w = this.lowered[i];
    if (w === undefined) {
      w = this.word(i).toLowerCase();
      this.lowered[i] = w;
    }
    return w;
  }

  /** The text covered by tokens [start, end). */
  spanText(start: number, end: number): string {
    if (end <= start) return '';
    return this.text.slice(this.tokStart[start], this.tokEnd[end - 1]);
  }

  /** Character range of tokens [start, end). */
  charRange(start: number, end: number): { start: number; end: number } {
    return { start: this.tokStart[start], end: this.tokEnd[end - 1] };
  }

  get sentenceCount(): number {
    return this.sentStart.length;
  }

  /** Index of the sentence holding token i (binary search). */
  sentenceOf(i: number): number {
    let lo = 0;
    let hi = this.sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** First token whose end is after `offset` (token at or after a character offset). */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokEnd[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Token range covering characters [start, end): every token that overlaps the range
   * (spaCy's "expand" alignment). Empty when no token overlaps.
   */
  tokensInRange(start: number, end: number): { start: number; end: number } {
    const first = this.tokenAtOrAfter(start);
    let last = first;
    while (last < this.length && this.tokStart[last] < end) last++;
    return { start: first, end: last };
  }
}
