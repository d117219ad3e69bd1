/**
 * Arc-hybrid parser state over one sentence of n words plus a virtual ROOT at position n (the end
 * of the buffer). Arrays are reused across sentences; children are tracked only as far as the
 * features need (two outermost on each side, and counts).
 */
import { rewritable } from '../rewritable.js';

export const NONE = -1;

export class ParseState {
  n = 0;
  /** Front of the buffer (next word to shift); `n` means only ROOT is left. */
  buffer = 0;
  depth = 0;
  stack = new Int32Array(64);
  /** Head of each word as found so far: NONE, another word, or `n` for ROOT. */
  heads = new Int32Array(64);
  /** Outermost and second-outermost left children (in arc-hybrid the newest left child is outermost). */
  left1 = new Int32Array(64);
  left2 = new Int32Array(64);
  right1 = new Int32Array(64);
  right2 = new Int32Array(64);
  leftCount = new Int32Array(64);
  rightCount = new Int32Array(64);

  constructor() {
    // `grow` replaces them for a long sentence (rewritable.ts).
    rewritable(this, 'stack', 'heads', 'left1', 'left2', 'right1', 'right2', 'leftCount', 'rightCount');
  }

  reset(n: number): void {
    if (this.stack.length < n + 1) this.grow(n + 1);
    this.n = n;
    this.buffer = 0;
    this.depth = 0;
    this.heads.fill(NONE, 0, n + 1);
    this.left1.fill(NONE, 0, n + 1);
    this.left2.fill(NONE, 0, n + 1);
    this.right1.fill(NONE, 0, n + 1);
    this.right2.fill(NONE, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
  }

  /** Stack item `k` from the top (0 = s0), or NONE. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k] : NONE;
  }

  /** Buffer item `k` from the front (0 = b0, possibly ROOT = n), or NONE past ROOT. */
  b(k: number): number {
    const i = this.buffer + k;
    return i <= this.n ? i : NONE;
  }

  get isFinal(): boolean {
    return this.buffer >= this.n && this.depth === 0;
  }

  push(word: number): void {
    this.stack[this.depth++] = word;
  }

  pop(): number {
    return this.stack[--this.depth];
  }

  addArc(head: number, child: number): void {
    this.heads[child] = head;
    if (child < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = child;
      this.leftCount[head]++;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = child;
      this.rightCount[head]++;
    }
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.stack.length * 2);
    this.stack = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.left1 = new Int32Array(cap);
    this.left2 = new Int32Array(cap);
    this.right1 = new Int32Array(cap);
    this.right2 = new Int32Array(cap);
    this.leftCount = new Int32Array(cap);
    this.rightCount = new Int32Array(cap);
  }
}
