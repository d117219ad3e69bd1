import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutSwallowedCues } from '../../../src/extract/attributions/swallowedCues.js';
import { cuesAndContents, type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** The [cue, content] pairs kept of the attributions given as [source, cue, content]. */
function kept(text: string, specs: PhraseSpec[]): string[][] {
  return cuesAndContents(withoutSwallowedCues(phraseAttributions(text, specs).found));
}

describe('a source that holds the cue of the statement its own cue is reported in', () => {
  const cases: [string, string, PhraseSpec[], string[][]][] = [
    [
      'a quote before "X said he had been told": the inner cue is part of what X said',
      '“We want a fair hearing.” Mr Dalby said he had been told by the minister there was no time.',
      [
        ['Mr Dalby', 'said', 'he had been told by the minister there was no time'],
        ['Mr Dalby said he', 'had been told', 'We want a fair hearing.'],
      ],
      [['said', 'he had been told by the minister there was no time']],
    ],
    [
      'a noun phrase subject of the inner verb',
      '“It cannot last.” Ms Arden said the towns involved could not boast a single clinic.',
      [
        ['Ms Arden', 'said', 'the towns involved could not boast a single clinic'],
        ['Ms Arden said the towns involved', 'could not boast', 'It cannot last.'],
      ],
      [['said', 'the towns involved could not boast a single clinic']],
    ],
    [
      "a programme's name read as a second cue of the same quote",
      '“We will win,” Mr Cole told the Morning show.',
      [
        ['Mr Cole', 'told', 'We will win,'],
        ['Mr Cole told the Morning', 'show', 'We will win,'],
      ],
      [['told', 'We will win,']],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, specs), expected));

  const stays: [string, string, PhraseSpec[]][] = [
    [
      'a relative clause with its own report inside the source, the cue outside its content',
      'Ms Orr, who says the fund is empty, told the board that cuts were due.',
      [
        ['Ms Orr, who says the fund is empty', 'told', 'that cuts were due'],
        ['who', 'says', 'the fund is empty'],
      ],
    ],
    [
      'an inverted tag: the speaker after the cue holds no other cue',
      '“Prices will rise,” said one trader, adding that stocks were low.',
      [
        ['one trader', 'said', 'Prices will rise,'],
        ['one trader', 'adding', 'that stocks were low'],
      ],
    ],
  ];
  for (const [name, text, specs] of stays)
    it(`keeps: ${name}`, () => assert.equal(kept(text, specs).length, specs.length));
});
