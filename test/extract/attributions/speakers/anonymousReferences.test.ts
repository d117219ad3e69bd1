import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../../src/analysis/types.js';
import { classifySource } from '../../../../src/extract/attributions/sourceKind.js';
import { markAnonymousReferences } from '../../../../src/extract/attributions/speakers/anonymousReferences.js';
import { attributionIn, spanAt, spanIn } from '../fixtures.js';

/**
 * Each passage's attributions given as [source, cue]; the source's kind is what its words say
 * (classifySource), as the extractor gives it. Returns each source with its kind after marking.
 */
function kinds(text: string, sayings: [string, string][]): string[] {
  let from = 0;
  const attributions: Attribution[] = sayings.map(([source, cue]) => {
    const s = spanIn(text, source, from);
    const c = spanIn(text, cue, s.start);
    from = s.end;
    return attributionIn(text, {
      source: s,
      cue: c,
      content: spanAt(text, c.end + 1, c.end + 4),
      kind: classifySource(source),
    });
  });
  markAnonymousReferences(text, attributions);
  return attributions.map((a) => `${a.source?.text}: ${a.source?.kind}`);
}

describe('markAnonymousReferences', () => {
  const cases: [string, string, [string, string][], string[]][] = [
    [
      'a part of the group and the other member',
      'Two engineers who asked not to be named said work had stopped. One of the engineers said the steel was there. The other said the delay was costly.',
      [
        ['Two engineers who asked not to be named', 'said'],
        ['One of the engineers', 'said'],
        ['The other', 'said'],
      ],
      [
        'Two engineers who asked not to be named: anonymous',
        'One of the engineers: anonymous',
        'The other: anonymous',
      ],
    ],
    [
      'the group again by its noun, singular or plural',
      'Three unnamed nurses said beds were short. Another nurse said staff were tired. The nurses said pay was late.',
      [
        ['Three unnamed nurses', 'said'],
        ['Another nurse', 'said'],
        ['The nurses', 'said'],
      ],
      ['Three unnamed nurses: anonymous', 'Another nurse: anonymous', 'The nurses: anonymous'],
    ],
    [
      'a group no anonymous source named stays as it was',
      'Two unnamed engineers said work had stopped. One of the nurses said beds were short.',
      [
        ['Two unnamed engineers', 'said'],
        ['One of the nurses', 'said'],
      ],
      ['Two unnamed engineers: anonymous', 'One of the nurses: unknown'],
    ],
    [
      'the other far from the anonymous speaker',
      'Two unnamed engineers said work had stopped. The mayor spoke. The council met. Rain fell. The other said it was costly.',
      [
        ['Two unnamed engineers', 'said'],
        ['The other', 'said'],
      ],
      ['Two unnamed engineers: anonymous', 'The other: unknown'],
    ],
    [
      'the other after a named speaker',
      'Ana Reyes said work had stopped. The other said it was costly.',
      [
        ['Ana Reyes', 'said'],
        ['The other', 'said'],
      ],
      ['Ana Reyes: person', 'The other: unknown'],
    ],
    [
      'an earlier mention of the noun',
      'The engineers said work had stopped. Two unnamed engineers said it was costly.',
      [
        ['The engineers', 'said'],
        ['Two unnamed engineers', 'said'],
      ],
      ['The engineers: unknown', 'Two unnamed engineers: anonymous'],
    ],
  ];
  for (const [name, text, sayings, expected] of cases)
    it(name, () => assert.deepEqual(kinds(text, sayings), expected));
});
