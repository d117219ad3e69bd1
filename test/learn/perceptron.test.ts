import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashFeature } from '../../src/learn/hash.js';
import { AveragedPerceptron } from '../../src/learn/perceptron.js';

// A toy task the tests make themselves: is a word capitalised (class 1) or not (class 0)?
const sample = (word: string) => [
  hashFeature(0, word[0] === word[0].toUpperCase() ? 'cap' : 'low'),
  hashFeature(1, 'bias'),
];
const words = ['Libya', 'said', 'Haftar', 'the', 'Egypt', 'report', 'Benghazi', 'denied'];
const label = (w: string) => (w[0] === w[0].toUpperCase() ? 1 : 0);

describe('AveragedPerceptron', () => {
  it('learns a separable toy task and round-trips through save/load', () => {
    const model = new AveragedPerceptron(2, 10);
    for (let epoch = 0; epoch < 5; epoch++)
      for (const w of words) {
        const f = sample(w);
        model.update(label(w), model.predict(f, f.length), f, f.length);
      }
    model.average();
    for (const w of words) assert.equal(model.predict(sample(w), 2), label(w));
    const { model: loaded, meta } = AveragedPerceptron.load(model.save('toy', { epochs: 5 }), 'toy');
    assert.deepEqual(meta, { epochs: 5 });
    for (const w of words) assert.equal(loaded.predict(sample(w), 2), label(w));
    assert.throws(() => AveragedPerceptron.load(model.save('toy'), 'other'), /kind mismatch/);
  });

  it('saves the same bytes for the same training', () => {
    const train = () => {
      const m = new AveragedPerceptron(2, 8);
      for (const w of words) {
        const f = sample(w);
        m.update(label(w), m.predict(f, 2), f, 2);
      }
      m.average();
      return m.save('toy');
    };
    assert.deepEqual(train(), train());
  });

  it('saves a loaded model back to the bytes it came from', () => {
    const m = new AveragedPerceptron(3, 8);
    for (const w of words) {
      const f = sample(w);
      m.update(label(w) + (w.length > 5 ? 1 : 0), m.predict(f, 2), f, 2);
    }
    m.average();
    const bytes = m.save('toy', { note: 'x' });
    const { model: loaded } = AveragedPerceptron.load(bytes, 'toy');
    assert.deepEqual(loaded.save('toy', { note: 'x' }), bytes);
    assert.deepEqual(
      [...loaded.weights.subarray(0, 12)].map((x) => Math.sign(x)),
      [...m.weights.subarray(0, 12)].map((x) => Math.sign(x)),
    );
  });
});
