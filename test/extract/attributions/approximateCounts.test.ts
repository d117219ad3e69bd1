import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approximateCountsToContent } from '../../../src/extract/attributions/approximateCounts.js';
import { flatIn } from './fixtures.js';

describe('approximateCountsToContent', () => {
  // text, the attribution as [source, cue, content], the cue and content expected
  const cases: [string, [string, string, string], [string, string]][] = [
    [
      'The coastguard said about 3,000 tonnes of grain had spilled into the bay.',
      ['The coastguard', 'said about', '3,000 tonnes of grain had spilled into the bay'],
      ['said', 'about 3,000 tonnes of grain had spilled into the bay'],
    ],
    [
      'Organisers estimated around 40 stalls would open on the first day.',
      ['Organisers', 'estimated around', '40 stalls would open on the first day'],
      ['estimated', 'around 40 stalls would open on the first day'],
    ],
    [
      'The survey found about half of the tenants had no heating.',
      ['The survey', 'found about', 'half of the tenants had no heating'],
      ['found', 'about half of the tenants had no heating'],
    ],
    [
      'Wardens reckon about two-thirds of the nests were lost.',
      ['Wardens', 'reckon about', 'two-thirds of the nests were lost'],
      ['reckon', 'about two-thirds of the nests were lost'],
    ],
    // A year after "about" is what was spoken of, not a count.
    [
      'The pundit made a bold prediction about 2030 elections.',
      ['The pundit', 'made a bold prediction about', '2030 elections'],
      ['made a bold prediction about', '2030 elections'],
    ],
    // A word that is no number: "about" opens the topic.
    [
      'The keeper spoke about one thing only: the storm.',
      ['The keeper', 'spoke about', 'one thing only: the storm'],
      ['spoke about', 'one thing only: the storm'],
    ],
    [
      'The keeper spoke about the storm of 1987.',
      ['The keeper', 'spoke about', 'the storm of 1987'],
      ['spoke about', 'the storm of 1987'],
    ],
  ];
  for (const [text, [s, c, x], [cue, content]] of cases)
    it(`${c} | ${x} -> ${cue}`, () => {
      const a = flatIn(text, s, c, x);
      approximateCountsToContent(text, [a]);
      assert.equal(a.cue.text, cue);
      assert.deepEqual(
        a.content.map((p) => p.text),
        [content],
      );
    });
});
