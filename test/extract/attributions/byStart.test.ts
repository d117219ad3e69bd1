import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { cuesByStart, sourcesByStart, startingIn } from '../../../src/extract/attributions/byStart.js';
import { lastBefore } from '../../../src/extract/attributions/relaySpans.js';
import { attributionIn, spanAt } from './fixtures.js';

const TEXT = 'x'.repeat(200);

/** An attribution with its cue at [cue, cue + 4) and, unless null, its source at [source, source + 3). */
function at(cue: number, source: number | null): Attribution {
  return attributionIn(TEXT, {
    source: source === null ? null : spanAt(TEXT, source, source + 3),
    cue: spanAt(TEXT, cue, cue + 4),
    content: spanAt(TEXT, cue + 5, cue + 9),
  });
}

describe('startingIn', () => {
  const all = [at(50, 10), at(20, null), at(5, 40), at(80, 10), at(60, 41)];
  const cases: { name: string; from: number; to: number; sources: number[]; cues: number[] }[] = [
    { name: 'both ends inclusive', from: 10, to: 40, sources: [0, 2, 3], cues: [1] },
    { name: 'an empty range', from: 11, to: 39, sources: [], cues: [1] },
    { name: 'everything, in list order', from: 0, to: 200, sources: [0, 2, 3, 4], cues: [0, 1, 2, 3, 4] },
    { name: 'nothing past the end', from: 81, to: 200, sources: [], cues: [] },
  ];
  for (const c of cases)
    it(c.name, () => {
      assert.deepEqual(startingIn(sourcesByStart(all), c.from, c.to), c.sources);
      assert.deepEqual(startingIn(cuesByStart(all), c.from, c.to), c.cues);
    });

  it('finds what a scan of every attribution finds', () => {
    const attribution = fc.record({ cue: fc.nat(150), source: fc.option(fc.nat(150)) });
    fc.assert(
      fc.property(fc.array(attribution, { maxLength: 30 }), fc.nat(150), fc.nat(60), (parts, from, width) => {
        const all = parts.map((p) => at(p.cue, p.source));
        const to = from + width;
        const scan = (startOf: (a: Attribution) => number | undefined) =>
          all.flatMap((a, k) => {
            const start = startOf(a);
            return start !== undefined && start >= from && start <= to ? [k] : [];
          });
        assert.deepEqual(
          startingIn(sourcesByStart(all), from, to),
          scan((a) => a.source?.start),
        );
        assert.deepEqual(
          startingIn(cuesByStart(all), from, to),
          scan((a) => a.cue.start),
        );
      }),
    );
  });
});

describe('lastBefore', () => {
  const text = 'Ann said it. Bo said so, Cy noted.\nDee said, Eve wrote, reported Fay.';
  const cue = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return attributionIn(text, { source: null, cue: spanAt(text, start, start + words.length), content: [] });
  };
  const said = cue('said');
  const saidAgain = cue('said so');
  const noted = cue('noted');
  const deeSaid = cue('said,', 36);
  const wrote = cue('wrote');
  const reported = cue('reported');
  const twin = cue('wrote');
  const all = [reported, said, wrote, noted, deeSaid, saidAgain, twin];
  const cases: { name: string; outer: Attribution; comma: number; want: Attribution | null }[] = [
    {
      name: 'the cue ending last before the comma',
      outer: noted,
      comma: text.indexOf(', Cy'),
      want: saidAgain,
    },
    { name: 'not a cue on the line before', outer: deeSaid, comma: text.indexOf(', Eve'), want: null },
    {
      name: 'of cues at one place, the first listed',
      outer: reported,
      comma: text.indexOf(', rep'),
      want: wrote,
    },
    { name: 'never the attribution itself', outer: wrote, comma: text.indexOf(', rep'), want: twin },
  ];
  for (const c of cases)
    it(c.name, () => {
      assert.equal(lastBefore(all, cuesByStart(all), c.outer, c.comma, text), c.want);
    });
});
