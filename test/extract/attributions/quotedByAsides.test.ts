import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotedByAsides } from '../../../src/extract/attributions/quotedByAsides.js';
import { type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** Each attribution after the pass as [source, cue, content pieces joined by " … "]. */
function after(text: string, specs: PhraseSpec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  quotedByAsides(doc.text, found);
  return found.map((a) => [a.source?.text ?? '', a.cue.text, a.content.map((c) => c.text).join(' … ')]);
}

describe('"X, quoted by Y, said …": Y relays what X said', () => {
  const cases: [string, string, PhraseSpec[], string[][]][] = [
    [
      'the relay holds the speaker and the statement, not the speaker alone',
      'The residents group Harbour Watch, quoted by the Lynport Star, said the pier had been shut for a month.',
      [
        ['the Lynport Star', 'quoted', 'The residents group Harbour Watch'],
        ['The residents group Harbour Watch', 'said', 'the pier had been shut for a month'],
      ],
      [
        [
          'the Lynport Star',
          'quoted',
          'The residents group Harbour Watch … said the pier had been shut for a month',
        ],
        ['The residents group Harbour Watch', 'said', 'the pier had been shut for a month'],
      ],
    ],
    [
      '"cited by" relays the same way',
      'Two engineers, cited by the weekly Mill Review, said the dam was sound.',
      [
        ['the weekly Mill Review', 'cited', 'Two engineers'],
        ['Two engineers', 'said', 'the dam was sound'],
      ],
      [
        ['the weekly Mill Review', 'cited', 'Two engineers … said the dam was sound'],
        ['Two engineers', 'said', 'the dam was sound'],
      ],
    ],
    [
      'a quote the outlet cited with no speech after it is left alone',
      'The mayor quoted a poem by the harbour poet at the opening.',
      [['The mayor', 'quoted', 'a poem by the harbour poet']],
      [['The mayor', 'quoted', 'a poem by the harbour poet']],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(after(text, specs), expected));
});
