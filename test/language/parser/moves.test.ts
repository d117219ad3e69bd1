import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LEFT, MOVES, RIGHT, SHIFT } from '../../../src/language/parser/moves.js';
import { ParseState } from '../../../src/language/parser/state.js';
import { isProjective, liftToProjective } from '../../../src/language/parser/train.js';

/** A state over n words after pushing `stack` (bottom first) with the buffer starting at `buffer`. */
function stateWith(n: number, stack: number[], buffer: number): ParseState {
  const s = new ParseState();
  s.reset(n);
  for (const w of stack) s.push(w);
  s.buffer = buffer;
  return s;
}

/** Gold heads with ROOT written as n, the way the oracle reads them. */
const gold = (heads: number[]) => Int32Array.from(heads, (h) => (h < 0 ? heads.length : h));

describe('arc-hybrid moves', () => {
  it('SHIFT needs a word in the buffer (ROOT cannot be shifted)', () => {
    assert.equal(SHIFT.isValid(stateWith(3, [], 0)), true);
    assert.equal(SHIFT.isValid(stateWith(3, [0, 1, 2], 3)), false);
  });

  it('RIGHT needs two stack items; LEFT onto ROOT needs s0 alone', () => {
    assert.equal(RIGHT.isValid(stateWith(3, [0], 1)), false);
    assert.equal(RIGHT.isValid(stateWith(3, [0, 1], 2)), true);
    assert.equal(LEFT.isValid(stateWith(3, [0, 1], 3)), false);
    assert.equal(LEFT.isValid(stateWith(3, [1], 3)), true);
  });

  it('LEFT makes s0 a dependent of b0; RIGHT makes s0 a dependent of s1', () => {
    const s = stateWith(4, [0, 1], 2);
    LEFT.apply(s);
    assert.equal(s.heads[1], 2);
    assert.deepEqual(Array.from(s.stack.subarray(0, s.depth)), [0]);
    SHIFT.apply(s);
    RIGHT.apply(s);
    assert.equal(s.heads[2], 0);
    assert.equal(s.right1[0], 2);
    assert.equal(s.left1[2], 1);
  });

  // "She left early": She ← left → early, left is the root.
  const sheLeftEarly = gold([1, -1, 1]);
  it('costs: shifting b0 over its own dependent on the stack loses that arc', () => {
    const s = stateWith(3, [0], 1);
    assert.equal(SHIFT.cost(s, sheLeftEarly), 1);
    assert.equal(LEFT.cost(s, sheLeftEarly), 0);
  });

  it('costs: attaching s0 to the wrong head loses its gold head and its dependents in the buffer', () => {
    const s = stateWith(3, [0, 1], 2);
    // s0 = "left" (root, head of "early" in the buffer): RIGHT gives it head "She".
    assert.equal(RIGHT.cost(s, sheLeftEarly), 2);
    assert.equal(SHIFT.cost(s, sheLeftEarly), 0);
  });

  it('following the cheapest move always rebuilds a projective gold tree', () => {
    fc.assert(
      fc.property(projectiveTree(), (heads) => {
        const n = heads.length;
        const g = gold(heads);
        const s = new ParseState();
        s.reset(n);
        while (!s.isFinal) {
          let best = -1;
          let bestCost = Number.POSITIVE_INFINITY;
          for (let m = 0; m < MOVES.length; m++) {
            if (!MOVES[m].isValid(s)) continue;
            const c = MOVES[m].cost(s, g);
            if (c < bestCost) [best, bestCost] = [m, c];
          }
          assert.equal(bestCost, 0);
          MOVES[best].apply(s);
        }
        assert.deepEqual(Array.from(s.heads.subarray(0, n)), Array.from(g));
      }),
      { numRuns: 300 },
    );
  });

  it('tells projective trees from crossing ones', () => {
    assert.equal(isProjective(Int32Array.from([1, -1, 1])), true);
    // 0 → 2 and 1 → 3 cross.
    assert.equal(isProjective(Int32Array.from([-1, 3, 0, 0])), false);
  });
});

/**
 * Random projective trees: a span picks its head word; the words on each side are cut into
 * consecutive sub-spans, each a subtree hanging off that head.
 */
function projectiveTree(): fc.Arbitrary<number[]> {
  return fc.array(fc.nat(1000), { minLength: 1, maxLength: 14 }).map((choices) => {
    const n = choices.length;
    const heads = new Array<number>(n).fill(-1);
    let c = 0;
    const next = (k: number) => choices[c++ % n] % k;
    const build = (from: number, to: number, head: number) => {
      if (from >= to) return;
      const root = from + next(to - from);
      heads[root] = head;
      for (let start = from; start < root; ) {
        const end = start + 1 + next(root - start);
        build(start, end, root);
        start = end;
      }
      for (let start = root + 1; start < to; ) {
        const end = start + 1 + next(to - start);
        build(start, end, root);
        start = end;
      }
    };
    build(0, n, -1);
    return heads;
  });
}

/** A random tree over n words: heads[i] in [-1, n), exactly one root, no cycles. */
const trees = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .tuple(
      fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      fc.array(fc.nat(), { minLength: n, maxLength: n }),
    )
    .map(([order, picks]) => {
      // Attach each word to one placed before it in a random order: a tree rooted at order[0].
      const heads = new Int32Array(n);
      heads[order[0]] = -1;
      for (let k = 1; k < n; k++) heads[order[k]] = order[picks[k] % k];
      return heads;
    }),
);

describe('lifting to a projective tree', () => {
  it('leaves a projective tree alone', () => {
    const heads = Int32Array.from([1, -1, 3, 1]);
    assert.deepEqual(liftToProjective(heads), heads);
  });

  it("re-attaches the crossing dependent to its head's head", () => {
    // 0 ← 1 root, 3 ← 1, 2 ← 0: arc 0→2 spans word 1, which does not descend from 0.
    const heads = Int32Array.from([1, -1, 0, 1]);
    assert.equal(isProjective(heads), false);
    assert.deepEqual(Array.from(liftToProjective(heads)), [1, -1, 1, 1]);
  });

  it('always ends projective, still one tree with the same root, each word under an ancestor of its old head', () => {
    fc.assert(
      fc.property(trees, (heads) => {
        const lifted = liftToProjective(heads);
        assert.ok(isProjective(lifted));
        assert.equal(lifted.indexOf(-1), heads.indexOf(-1));
        for (let i = 0; i < heads.length; i++) {
          let a = heads[i];
          while (a !== lifted[i] && a !== -1) a = heads[a];
          assert.equal(a, lifted[i]);
        }
      }),
    );
  });
});
