import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DATE_PATTERNS } from '../../../src/extract/dates/patterns.js';

// Words and pieces that date expressions are made of, plus some that are not.
const PIECES = [
  'January',
  'May',
  'Sept.',
  'Sep',
  'Dec',
  'march',
  'Monday',
  'Friday',
  'night',
  'morning',
  'today',
  'yesterday',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid-',
  'the',
  'end',
  'of',
  'in',
  'since',
  'by',
  'and',
  'or',
  '1998',
  '2024',
  '2031',
  'since 1642',
  '12',
  '3rd',
  '45',
  'two',
  'a few',
  'days',
  'weeks',
  'years',
  'month',
  'week',
  'year',
  'ago',
  'AGO',
  'summer',
  'Winter',
  'percent',
  '%',
  ',',
  '.',
  '2019-04-01',
  'five years AGO',
  'last week',
  'council',
  'said',
  'was',
  'January was',
  'this summer',
  'next spring',
  'Mayor',
  'Decker',
  'Sunderland',
  'the October',
  'storms',
  'before',
  'Christmas',
  'Boxing Day',
  "New Year's Eve",
];

describe('date patterns: the cheap test before each pattern', () => {
  for (const pattern of DATE_PATTERNS.filter((p) => p.requires))
    it(`passes every text that '${pattern.name}' matches`, () => {
      let matches = 0;
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }),
          fc.constantFrom(' ', ', ', '  '),
          (pieces, glue) => {
            const text = pieces.join(glue);
            pattern.re.lastIndex = 0;
            const matched = pattern.re.test(text);
            pattern.re.lastIndex = 0;
            if (matched) {
              matches++;
              assert.ok(pattern.requires!.test(text), text);
            }
          },
        ),
        { numRuns: 1000, seed: 20261125 },
      );
      assert.ok(matches > 0, 'the generated texts never exercised the pattern');
    });
});
