import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hashFeature } from '../../src/learn/hash.js';
import { HashedMlp } from '../../src/learn/hashedMlp.js';
import { AveragedPerceptron } from '../../src/learn/perceptron.js';

// Exclusive or over two switches, each seen only as a feature of its own: class 1 when exactly one
// is on. No weighting of the four features separates it; a hidden layer can.
const cases = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
] as const;
const featuresOf = (a: number, b: number) =>
  Int32Array.of(
    hashFeature(0, `left=${a}`) | 0,
    hashFeature(1, `right=${b}`) | 0,
    hashFeature(2, 'bias') | 0,
  );
const SHAPE = { classes: 2, rowsLog2: 12, hidden: 16 };
/** The parameters of a finished network, as the constructor takes them. */
type Frozen = NonNullable<ConstructorParameters<typeof HashedMlp>[2]>;

function trainXor(seed = 3, epochs = 300): HashedMlp {
  const net = new HashedMlp(SHAPE, seed);
  for (let e = 0; e < epochs; e++) for (const [a, b, y] of cases) net.learn(featuresOf(a, b), 0, 3, y, 0.1);
  net.freeze();
  return net;
}

const best = (net: HashedMlp, x: Int32Array) => {
  const out = new Float32Array(2);
  net.predict(x, 0, x.length, out);
  return out[1] > out[0] ? 1 : 0;
};

describe('HashedMlp', () => {
  it('learns exclusive or, which a linear model over the same features cannot', () => {
    const net = trainXor();
    for (const [a, b, y] of cases) assert.equal(best(net, featuresOf(a, b)), y, `${a} xor ${b}`);
    const linear = new AveragedPerceptron(2, 12);
    for (let e = 0; e < 50; e++)
      for (const [a, b, y] of cases) {
        const x = featuresOf(a, b);
        linear.update(y, linear.predict(x, 3), x, 3);
      }
    linear.average();
    const right = cases.filter(([a, b, y]) => linear.predict(featuresOf(a, b), 3) === y).length;
    assert.ok(right < 4, 'the perceptron should get at least one case wrong');
  });

  it('scores the same after a save/load round trip, and refuses another kind', () => {
    const net = trainXor();
    const { model: loaded, meta } = HashedMlp.load(net.save('toy', { note: 'xor' }), 'toy');
    assert.deepEqual(meta, { note: 'xor' });
    const a = new Float32Array(2);
    const b = new Float32Array(2);
    for (const [x, y] of cases) {
      net.predict(featuresOf(x, y), 0, 3, a);
      loaded.predict(featuresOf(x, y), 0, 3, b);
      assert.deepEqual([...b], [...a]);
    }
    assert.throws(() => HashedMlp.load(net.save('toy'), 'other'), /kind mismatch/);
    assert.throws(() => HashedMlp.load(Buffer.from('not a model'), 'toy'));
  });

  it('trains to the same bytes from the same seed, and to other bytes from another', () => {
    assert.deepEqual(trainXor(5, 20).save('toy'), trainXor(5, 20).save('toy'));
    assert.notDeepEqual(trainXor(5, 20).save('toy'), trainXor(6, 20).save('toy'));
  });

  it('learns with feature dropout, deterministically', () => {
    const run = () => {
      const net = new HashedMlp(SHAPE, 9);
      for (let e = 0; e < 400; e++)
        for (const [a, b, y] of cases) net.learn(featuresOf(a, b), 0, 3, y, 0.1, 0.1);
      return net.save('toy');
    };
    const saved = run();
    assert.deepEqual(run(), saved);
    const { model } = HashedMlp.load(saved, 'toy');
    const right = cases.filter(([a, b, y]) => best(model, featuresOf(a, b)) === y).length;
    assert.ok(right >= 3, `${right} of 4 right`);
  });

  it('gives finite log-probabilities summing to one for any features, read from an offset', () => {
    const net = trainXor(3, 10);
    const out = new Float32Array(2);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 40 }),
        fc.nat(5),
        (xs, pad) => {
          const buffer = Int32Array.from([...new Array(pad).fill(7), ...xs]);
          net.predict(buffer, pad, xs.length, out);
          assert.ok(out.every(Number.isFinite));
          assert.ok(Math.abs(Math.exp(out[0]) + Math.exp(out[1]) - 1) < 1e-5);
        },
      ),
    );
  });

  it('sums any 8-bit rows exactly, over more features than one pass of the packed lanes holds', () => {
    // The reference: bias plus scale times each 256-feature pass's plain integer sum, in 32-bit
    // floats as the network keeps them, then ReLU, the output layer and log-softmax.
    const reference = (net: { hidden: number; classes: number }, frozen: Frozen, rows: number[]) => {
      const H = net.hidden;
      const h = Float32Array.from(frozen.hiddenBias);
      for (let first = 0; first < rows.length; first += 256)
        for (let j = 0; j < H; j++) {
          let sum = 0;
          for (const r of rows.slice(first, first + 256)) sum += frozen.rows.values[r * H + j];
          h[j] += frozen.rows.scale * sum;
        }
      const logits = Float32Array.from(frozen.outBias);
      for (let j = 0; j < H; j++)
        if (h[j] > 0)
          for (let c = 0; c < net.classes; c++) logits[c] += h[j] * frozen.out[j * net.classes + c];
      const top = Math.max(...logits);
      let total = 0;
      for (const x of logits) total += Math.exp(x - top);
      const norm = top + Math.log(total);
      return logits.map((x) => x - norm);
    };
    const extreme = fc.oneof(fc.constantFrom(-128, -127, 127, 0), fc.integer({ min: -128, max: 127 }));
    fc.assert(
      fc.property(
        fc.constantFrom(16, 32),
        fc.oneof(
          fc.array(extreme, { minLength: 8 * 32, maxLength: 8 * 32 }),
          fc.constantFrom(new Array(8 * 32).fill(127), new Array(8 * 32).fill(-128)),
        ),
        fc.oneof(
          fc.array(fc.nat(7), { maxLength: 30 }),
          fc.array(fc.nat(7), { minLength: 250, maxLength: 700 }),
        ),
        fc.integer({ min: 1, max: 1000 }),
        (hidden, weights, rows, seed) => {
          const shape = { classes: 3, rowsLog2: 3, hidden };
          const small = (k: number) => ((Math.imul(seed + k, 2654435761) >>> 20) - 2048) / 4096;
          const frozen: Frozen = {
            rows: { values: Int8Array.from(weights.slice(0, 8 * hidden)), scale: 0.01 + seed / 1e4 },
            hiddenBias: Float32Array.from({ length: hidden }, (_, j) => small(j)),
            out: Float32Array.from({ length: hidden * 3 }, (_, j) => small(100 + j)),
            outBias: Float32Array.from({ length: 3 }, (_, j) => small(900 + j)),
          };
          const net = new HashedMlp(shape, 1, frozen);
          const out = new Float32Array(3);
          net.predictRows(Int32Array.from(rows), rows.length, out);
          assert.deepEqual([...out], [...reference(net, frozen, rows)]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('cannot learn once frozen', () => {
    const net = trainXor(3, 1);
    assert.throws(() => net.learn(featuresOf(0, 1), 0, 3, 1, 0.1), /frozen/);
  });
});
