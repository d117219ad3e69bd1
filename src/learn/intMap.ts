/**
 * A read-only map from 32-bit integer keys (feature and word hashes) to non-negative integers,
 * in two typed arrays with linear probing. A JS Map boxes every key outside the small-integer
 * range, which half of all 32-bit hashes are, and that made word lookups a visible cost.
 */
const EMPTY = -1;

export class IntMap {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** `entries` are [key, value] pairs with value ≥ 0; a later duplicate key wins, as in a Map. */
  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(EMPTY);
    for (const [key, value] of list) {
      if (!(value >= 0)) throw new Error('IntMap values must be non-negative integers');
      let slot = this.slot(key | 0);
      while (this.values[slot] !== EMPTY && this.keys[slot] !== (key | 0)) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  private slot(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) & this.mask;
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const k = key | 0;
    let slot = this.slot(k);
    for (;;) {
      const v = this.values[slot];
      if (v === EMPTY || this.keys[slot] === k) return v;
      slot = (slot + 1) & this.mask;
    }
  }
}
