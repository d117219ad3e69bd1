import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anyCueIn, cueStartsOf } from '../../../../src/extract/attributions/trained/cueStarts.js';
import type { PredictedAttribution } from '../../../../src/extract/attributions/trained/model.js';

const at = (start: number): PredictedAttribution => ({
  cue: { start, end: start + 1 },
  source: null,
  content: [],
  margin: 0,
});

describe('cue starts', () => {
  it('answers as a scan of every cue does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { maxLength: 30 }),
        fc.nat(60),
        fc.nat(20),
        fc.integer({ min: -1, max: 60 }),
        (cues, from, width, except) => {
          const found = cues.map(at);
          const scan = found.some(
            (a) => a.cue.start >= from && a.cue.start < from + width && a.cue.start !== except,
          );
          assert.equal(anyCueIn(cueStartsOf(found), from, from + width, except), scan);
        },
      ),
      { numRuns: 500 },
    );
  });
});
