import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestedPassiveTellings } from '../../../src/extract/attributions/nestedPassiveTellings.js';
import { type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** The attributions the pass adds inside the given ones, as [source, cue, content]. */
function added(text: string, specs: PhraseSpec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  return nestedPassiveTellings(doc, found, 0.5).map((a) => [
    a.source?.text ?? '',
    a.cue.text,
    a.content.map((c) => c.text).join(' … '),
  ]);
}

describe('a teller named by a passive\'s "by" inside another report', () => {
  const cases: [string, string, PhraseSpec[], string[][]][] = [
    [
      '"had been told by" a teller "that" a clause',
      'Her brother said the family had been told by a porter that no beds were free.',
      [['Her brother', 'said', 'the family had been told by a porter that no beds were free']],
      [['a porter', 'told', 'no beds were free']],
    ],
    [
      '"were warned by" a named body',
      'The skipper said crews were warned by the Harbour Authority that the channel would close at noon.',
      [
        [
          'The skipper',
          'said',
          'crews were warned by the Harbour Authority that the channel would close at noon',
        ],
      ],
      [['the Harbour Authority', 'warned', 'the channel would close at noon']],
    ],
    [
      'the inner report ends with its sentence',
      '"We were assured by the landlord that the roof was safe. It fell in a week later," Ms Orr said.',
      [
        [
          'Ms Orr',
          'said',
          'We were assured by the landlord that the roof was safe. It fell in a week later,',
        ],
      ],
      [['the landlord', 'assured', 'the roof was safe']],
    ],
    [
      'a thing told is no clause',
      'She said the family had been told by a porter the whole story.',
      [['She', 'said', 'the family had been told by a porter the whole story']],
      [],
    ],
    [
      'an order to act is no report of a clause',
      'He said drivers had been told by the depot to stay at home.',
      [['He', 'said', 'drivers had been told by the depot to stay at home']],
      [],
    ],
    [
      'a deadline after "by" is no teller',
      'She said staff were told by Friday that the shop would shut.',
      [['She', 'said', 'staff were told by Friday that the shop would shut']],
      [],
    ],
    [
      'a cue an attribution already has is left alone',
      'Her brother said the family had been told by a porter that no beds were free.',
      [
        ['Her brother', 'said', 'the family had been told by a porter that no beds were free'],
        ['a porter', 'told', 'no beds were free'],
      ],
      [],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(added(text, specs), expected));
});
