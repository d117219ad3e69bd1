import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FOOTER_PREFILTERS, REGEXPS } from '../../src/ingest/segmentPatterns.js';

/** Characters the footer patterns read, their other cases, and the odd ones u and i fold (K sign, long s, dotted and dotless i). */
const ALPHABET = [
  ...'all rights reserved we use cookies this website cookie policy accept our daily newsletter'.split(''),
  ...'ALL RIGHTS RESERVED COOKIE NEWSLETTER'.split(''),
  '\u212a',
  '\u017f',
  '\u0130',
  '\u0131',
  '-',
  '\n',
  '©',
];

describe('footer prefilters', () => {
  it('belong to footer patterns', () => {
    for (const re of FOOTER_PREFILTERS.keys()) assert.ok(REGEXPS.footerStart.includes(re), String(re));
  });

  it('pass every line their pattern matches', () => {
    const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));
    const phrase = fc.constantFrom(
      'all rights reserved',
      'All Rights Re\u017fERVED',
      'we use coo\u212aies',
      'this site uses cookies',
      'COOKIE NOTICE',
      'accept all cookies',
      'our weekly newsletter',
      'the free daily NEWSLETTERS',
    );
    fc.assert(
      fc.property(line, phrase, line, (before, middle, after) => {
        for (const text of [before + middle + after, before + after, middle])
          for (const [re, needs] of FOOTER_PREFILTERS)
            if (re.test(text)) assert.ok(needs.test(text), `${needs} rejects ${JSON.stringify(text)}`);
      }),
      { numRuns: 2000 },
    );
  });

  const cases: [string, boolean][] = [
    ['© 2026 Harbour Media. All rights reserved.', true],
    ['ALL RIGHTS RE\u017fERVED', true],
    ['We use coo\u212aies to improve this page', true],
    ['Sign up for our morning newsletter', true],
    ['The rights of the reserve players were observed.', false],
    ['The cook tied the cookery book to the letter box.', false],
  ];
  for (const [text, footer] of cases)
    it(`${footer ? 'passes' : 'stops'} "${text}"`, () => {
      const patterns = [...FOOTER_PREFILTERS].filter(([re]) => re.test(text));
      assert.equal(patterns.length > 0, footer);
      for (const [, needs] of patterns) assert.ok(needs.test(text));
    });
});
