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

  it('cannot learn once frozen', () => {
    const net = trainXor(3, 1);
    assert.throws(() => net.learn(featuresOf(0, 1), 0, 3, 1, 0.1), /frozen/);
  });
});
