import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportsNothing } from '../../../src/extract/attributions/emptyContents.js';

describe('reportsNothing', () => {
  const rows: [string, string, boolean][] = [
    ['did not want', 'to be named', true],
    ['wished', 'not to be identified.', true],
    ['did not want', 'to be named because she still worked there', true],
    // Asking or declining is a request made, and a report.
    ['asked', 'not to be named', false],
    ['declined', 'to be identified', false],
    // What was said, however short, is a report.
    ['wanted', 'to be named as the new chair', false],
    ['said', 'that', false],
    ['asked', 'which of the two plans she preferred', false],
  ];
  for (const [cue, content, empty] of rows)
    it(`"${cue}" + "${content}" ${empty ? 'reports nothing' : 'is a report'}`, () =>
      assert.equal(reportsNothing(cue, content), empty));
});
