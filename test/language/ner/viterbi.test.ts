import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { constrain, Transitions, viterbi } from '../../../src/language/ner/viterbi.js';

// Three labels: 0 = outside, 1 = opens a name, 2 = continues one (only after 1 or 2).
const K = 3;
const allowed = (prev: number, next: number): boolean => next !== 2 || prev !== 0;

function decode(emissions: number[], transition: number[], n: number): number[] {
  const labels = new Uint8Array(n);
  viterbi(
    n,
    K,
    Float32Array.from(emissions),
    [constrain(transition, K, allowed)],
    new Uint8Array(n),
    new Float64Array(n * K),
    new Uint8Array(n * K),
    new Uint8Array(K),
    labels,
  );
  return Array.from(labels);
}

function total(labels: number[], emissions: number[], transition: number[]): number {
  let s = 0;
  labels.forEach((c, k) => {
    s += Math.fround(emissions[k * K + c]) + transition[(k > 0 ? labels[k - 1] : 0) * K + c];
  });
  return s;
}

/** Every allowed sequence of length n, by brute force. */
function* sequences(n: number, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) {
    yield prefix;
    return;
  }
  for (let c = 0; c < K; c++)
    if (allowed(prefix.length ? prefix[prefix.length - 1] : 0, c)) yield* sequences(n, [...prefix, c]);
}

describe('Viterbi decoding', () => {
  const cases: { name: string; emissions: number[]; transition: number[]; want: number[] }[] = [
    {
      name: 'no transitions: each token its best allowed label',
      emissions: [0, 5, 1, 0, 1, 4, 3, 0, 0],
      transition: new Array(K * K).fill(0),
      want: [1, 2, 0],
    },
    {
      name: 'a continuation the token before cannot open is not taken',
      emissions: [4, 0, 0, 0, 1, 9],
      transition: new Array(K * K).fill(0),
      // 2 after 0 is forbidden; opening at token 0 costs 4 but gains 9 - 1.
      want: [1, 2],
    },
    {
      name: 'a strong transition overrides a weak token score',
      emissions: [0, 3, 0, 2, 0, 1.5],
      transition: [0, 0, 0, 0, 0, 2, 0, 0, 0],
      want: [1, 2],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      assert.deepEqual(decode(c.emissions, c.transition, c.emissions.length / K), c.want);
    });

  it('finds the best allowed sequence (checked by brute force)', () => {
    const score = fc.integer({ min: -20, max: 20 });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(score, { minLength: n * K, maxLength: n * K }),
              fc.array(score, { minLength: K * K, maxLength: K * K }),
            ),
          ),
        ([n, emissions, transition]) => {
          const got = decode(emissions, transition, n);
          for (let k = 0; k < n; k++) assert.ok(allowed(k ? got[k - 1] : 0, got[k]));
          let best = Number.NEGATIVE_INFINITY;
          for (const s of sequences(n)) best = Math.max(best, total(s, emissions, transition));
          assert.equal(total(got, emissions, transition), best);
        },
      ),
    );
  });

  it('averages transition weights over the instances they held', () => {
    const t = new Transitions(2);
    t.bump(0, 1, 1);
    t.tick();
    t.tick();
    t.bump(0, 1, -1);
    t.tick();
    t.tick();
    t.average();
    // Weight 1 for two of four instances, 0 for the rest.
    assert.equal(t.weights[1], 0.5);
    assert.equal(Transitions.mean([t, new Transitions(2, [0, 1.5, 0, 0])]).weights[1], 1);
  });
});
