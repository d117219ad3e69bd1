/**
 * The three arc-hybrid moves (Kuhlmann et al. 2011), each with its preconditions, its effect and
 * its cost under the dynamic oracle of Goldberg & Nivre (2013): the number of gold arcs that the
 * move makes unreachable. `gold[i]` is word i's gold head, `n` (ROOT) for the sentence root.
 * ROOT sits at the end of the buffer and takes a dependent only when that dependent is alone on
 * the stack, so every parse has exactly one root.
 */
import type { ParseState } from './state.js';

export interface Move {
  readonly name: string;
  isValid(state: ParseState): boolean;
  apply(state: ParseState): void;
  cost(state: ParseState, gold: Int32Array): number;
}

/** Counts the words in buffer positions [from, n) whose gold head is `head`. */
function dependentsInBuffer(state: ParseState, gold: Int32Array, head: number, from: number): number {
  let count = 0;
  for (let i = from; i < state.n; i++) if (gold[i] === head) count++;
  return count;
}

/** SHIFT: moves b0 onto the stack. */
export const SHIFT: Move = {
  name: 'SHIFT',
  isValid: (state) => state.buffer < state.n,
  apply: (state) => state.push(state.buffer++),
  /** b0 can no longer take a dependent from the stack, nor a head from below s0. */
  cost(state, gold) {
    const b0 = state.buffer;
    let cost = 0;
    for (let k = 0; k < state.depth; k++) {
      const w = state.stack[k];
      if (gold[w] === b0) cost++;
      if (gold[b0] === w && k < state.depth - 1) cost++;
    }
    return cost;
  },
};

/** LEFT: s0 becomes a dependent of b0 (ROOT when the buffer is empty) and leaves the stack. */
export const LEFT: Move = {
  name: 'LEFT',
  isValid: (state) => state.depth > 0 && (state.buffer < state.n || state.depth === 1),
  apply(state) {
    state.addArc(state.buffer, state.pop());
  },
  /** s0 loses a head in s1 or deeper in the buffer, and every dependent still in the buffer. */
  cost(state, gold) {
    const s0 = state.s(0);
    const head = gold[s0];
    const b0 = state.buffer;
    const lostHead = head !== b0 && (head === state.s(1) || head > b0) ? 1 : 0;
    return lostHead + dependentsInBuffer(state, gold, s0, b0);
  },
};

/** RIGHT: s0 becomes a dependent of s1 and leaves the stack. */
export const RIGHT: Move = {
  name: 'RIGHT',
  isValid: (state) => state.depth > 1,
  apply(state) {
    const s0 = state.pop();
    state.addArc(state.s(0), s0);
  },
  /** s0 loses a head in the buffer (ROOT included), and every dependent still in the buffer. */
  cost(state, gold) {
    const s0 = state.s(0);
    const head = gold[s0];
    const b0 = state.buffer;
    const lostHead = head !== state.s(1) && head >= b0 ? 1 : 0;
    return lostHead + dependentsInBuffer(state, gold, s0, b0);
  },
};

/** Move ids are indices into this list (the perceptron's classes). */
export const MOVES: readonly Move[] = [SHIFT, LEFT, RIGHT];
