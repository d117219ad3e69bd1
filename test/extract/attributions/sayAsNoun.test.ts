import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sayAsNoun } from '../../../src/extract/attributions/trained/index.js';
import { makeDoc } from '../../../src/language/index.js';
import { attributionIn } from './fixtures.js';

describe('sayAsNoun', () => {
  // text, whether its "say" is the noun
  const rows: [string, boolean][] = [
    ['The council will have the final say on the plan.', true],
    ['Tenants want a say in how the hall is run.', true],
    ['Parents had no say over the closure.', true],
    ['Residents say the hall is too small.', false],
    ['Many more say the fee is unfair.', false],
    ['I say we wait until spring.', false],
  ];
  for (const [text, noun] of rows)
    it(`"${text}" ${noun ? 'has' : 'has no'} "say" as a noun`, () => {
      const a = attributionIn(text, {
        source: null,
        cue: 'say',
        content: text.slice(text.indexOf('say') + 4, -1),
      });
      assert.equal(sayAsNoun(makeDoc(text), a), noun);
    });
});
