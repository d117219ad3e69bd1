import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  calibrationFromJson,
  confidenceOf,
  cueIsRight,
  decilePrecision,
  fitLogistic,
  goldCueKeys,
  logLoss,
  rulePrecision,
  UNCALIBRATED,
} from '../../../src/extract/attributions/trained/calibrate.js';

/** Outcomes drawn from a known logistic curve with a fixed pseudo-random sequence. */
function sample(offset: number, scale: number, n: number) {
  let s = 12345;
  const rand = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  return Array.from({ length: n }, (_, k) => {
    const margin = -40 + (120 * k) / n;
    return { margin, right: rand() < 1 / (1 + Math.exp(-(margin - offset) / scale)) };
  });
}

describe('attribution confidence calibration', () => {
  it('recovers the offset and scale of a logistic curve', () => {
    for (const [offset, scale] of [
      [2.5, 30],
      [10, 8],
      [-5, 15],
    ]) {
      const fit = fitLogistic(sample(offset, scale, 20000));
      assert.ok(Math.abs(fit.offset - offset) < 3, `offset ${fit.offset} vs ${offset}`);
      assert.ok(Math.abs(fit.scale - scale) / scale < 0.15, `scale ${fit.scale} vs ${scale}`);
    }
  });

  it('falls back to a flat curve when the margin says nothing, and survives separable data', () => {
    const flat = fitLogistic([
      { margin: 1, right: true },
      { margin: 1, right: false },
      { margin: 9, right: true },
      { margin: 9, right: false },
    ]);
    assert.ok(Math.abs(confidenceOf({ ...flat, rules: {} }, 50) - 0.5) < 0.02);
    const separable = fitLogistic([
      { margin: -3, right: false },
      { margin: 3, right: true },
    ]);
    assert.ok(Number.isFinite(separable.offset) && separable.scale > 0);
  });

  it('maps margins to confidences that rise with the margin and stay within 0..1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (m, d) => {
          const c = { offset: 2.5, scale: 30, rules: {} };
          const lo = confidenceOf(c, m);
          const hi = confidenceOf(c, m + d);
          return lo >= 0 && hi <= 1 && lo <= hi;
        },
      ),
    );
  });

  it('scores log loss and precision per tenth of the cases', () => {
    assert.ok(logLoss([{ p: 1, right: true }]) < 0.01);
    assert.ok(logLoss([{ p: 1, right: false }]) > 6);
    assert.equal(logLoss([]), 0);
    const points = Array.from({ length: 100 }, (_, k) => ({ p: k / 100, right: k >= 50 }));
    const deciles = decilePrecision(points);
    assert.equal(deciles.length, 10);
    assert.deepEqual(
      deciles.map(([, right]) => right),
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
    );
    assert.ok(deciles.every(([, , n]) => n === 10));
  });

  it('gives rules seen often enough their smoothed precision', () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, k) => ({ rule: 'quote-then-cue', right: k < 2 })),
      { rule: 'quoting', right: true },
    ];
    assert.deepEqual(rulePrecision(cases), { 'quote-then-cue': 0.38 });
  });

  it('reads stored calibrations and ignores malformed ones', () => {
    const good = { offset: 1, scale: 25, rules: { quoting: 0.7, bad: 'x' } };
    assert.deepEqual(calibrationFromJson(good), { offset: 1, scale: 25, rules: { quoting: 0.7 } });
    for (const bad of [null, 3, 'x', {}, { offset: 1, scale: 0 }, { offset: 'a', scale: 2 }])
      assert.deepEqual(calibrationFromJson(bad), UNCALIBRATED);
  });

  it('judges a cue right only when it matches a gold cue after trimming', () => {
    const text = 'Mara Quill said, "the pier is closed."';
    const gold = goldCueKeys(text, [
      { source: [{ start: 0, end: 10 }], cue: [{ start: 11, end: 16 }], content: [{ start: 18, end: 37 }] },
    ]);
    assert.ok(cueIsRight(text, { start: 11, end: 15 }, gold));
    assert.ok(!cueIsRight(text, { start: 5, end: 15 }, gold));
  });
});
