import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AveragedPerceptron } from '../../src/learn/perceptron.js';

describe('AveragedPerceptron.mean', () => {
  it('scores like the mean of the models it averages', () => {
    const a = new AveragedPerceptron(3, 4);
    const b = new AveragedPerceptron(3, 4);
    a.weights.set([1, 2, 3], 0);
    b.weights.set([3, 0, -3], 0);
    a.weights[5] = 4;
    const mean = AveragedPerceptron.mean([a, b]);
    const scores = new Float32Array(3);
    assert.deepEqual(Array.from(mean.score([0], 1, scores)), [2, 1, 0]);
    assert.deepEqual(Array.from(mean.score([1], 1, scores)), [0, 0, 2]);
  });

  it('scoreSome fills only the classes asked for', () => {
    const m = new AveragedPerceptron(4, 3);
    m.weights.set([1, 2, 3, 4], 0);
    const scores = new Float32Array([9, 9, 9, 9]);
    m.scoreSome([0], 1, [1, 3], scores);
    assert.deepEqual(Array.from(scores), [9, 2, 9, 4]);
  });

  it('refuses models of different shapes', () => {
    assert.throws(() =>
      AveragedPerceptron.mean([new AveragedPerceptron(3, 4), new AveragedPerceptron(2, 4)]),
    );
  });
});
