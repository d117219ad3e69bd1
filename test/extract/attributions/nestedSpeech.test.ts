import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestedSpeech } from '../../../src/extract/attributions/nestedSpeech.js';
import { type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** The attributions the pass adds inside the given ones, as [source, cue, content]. */
function added(text: string, specs: PhraseSpec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  return nestedSpeech(doc, found, 0.5).map((a) => [
    a.source?.text ?? '',
    a.cue.text,
    a.content.map((c) => c.text).join(' … '),
  ]);
}

describe('a speaker reported telling or saying something inside another report', () => {
  const cases: [string, string, PhraseSpec[], string[][]][] = [
    [
      '"had told" a listener a clause with no "that"',
      'She said Dorran had told her the ticket was worthless.',
      [['She', 'said', 'Dorran had told her the ticket was worthless']],
      [['Dorran', 'had told', 'the ticket was worthless']],
    ],
    [
      '"told" inside a trailing tag\'s clause',
      'A shop assistant told buyers their tickets had lost, a court heard on Monday.',
      [['a court', 'heard', 'A shop assistant told buyers their tickets had lost']],
      [['A shop assistant', 'told', 'their tickets had lost']],
    ],
    [
      '"had said" in a second "that" clause',
      'The Marl Gazette said Mr Dunn had been asked about the fence, and that he had said the trust would mend it.',
      [
        [
          'The Marl Gazette',
          'said',
          'Mr Dunn had been asked about the fence, and that he had said the trust would mend it',
        ],
      ],
      [['he', 'had said', 'the trust would mend it']],
    ],
    [
      'what the inner speaker said ends with its sentence',
      '"Some people have said I am lazy. I train every day," Brask added.',
      [['Brask', 'added', 'Some people have said I am lazy. I train every day,']],
      [['Some people', 'have said', 'I am lazy']],
    ],
    [
      'a cue an attribution already has is left alone',
      'She said Dorran had told her the ticket was worthless.',
      [
        ['She', 'said', 'Dorran had told her the ticket was worthless'],
        ['Dorran', 'had told', 'the ticket was worthless'],
      ],
      [],
    ],
    [
      'a thing told is no clause',
      'She said Dorran had told her the whole story.',
      [['She', 'said', 'Dorran had told her the whole story']],
      [],
    ],
    [
      'a condition says nothing',
      'The coach said that if you had said the score would be 3-0 he would have taken it.',
      [['The coach', 'said', 'if you had said the score would be 3-0 he would have taken it']],
      [],
    ],
    [
      'nor does a perfect after a modal',
      'The coach said Brann should not have said the referee was biased.',
      [['The coach', 'said', 'Brann should not have said the referee was biased']],
      [],
    ],
    [
      'an order is no statement',
      'She said Dorran had told her to keep the ticket.',
      [['She', 'said', 'Dorran had told her to keep the ticket']],
      [],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(added(text, specs), expected));
});
