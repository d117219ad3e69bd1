import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutSourcelessNested } from '../../../src/extract/attributions/sourcelessNested.js';
import { cuesAndContents, type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** The [cue, content] pairs kept of the attributions given as [source, cue, content]. */
function kept(text: string, specs: PhraseSpec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  return cuesAndContents(withoutSourcelessNested(doc.text, found));
}

describe('a sourceless report inside another report is part of its content', () => {
  const cases: [string, string, PhraseSpec[], string[][]][] = [
    [
      'a passive with no agent inside a said-clause',
      'The club denied that it had been warned about the loose railings.',
      [
        ['The club', 'denied', 'that it had been warned about the loose railings'],
        [null, 'had been warned about', 'the loose railings'],
      ],
      [['denied', 'that it had been warned about the loose railings']],
    ],
    [
      'an infinitive of purpose inside a said-clause',
      'The insurer said it had written to the trust in May to ask for a survey of the roof.',
      [
        ['The insurer', 'said', 'it had written to the trust in May to ask for a survey of the roof'],
        [null, 'to ask for', 'a survey of the roof'],
      ],
      [['said', 'it had written to the trust in May to ask for a survey of the roof']],
    ],
    [
      'a placeholder "it was announced" inside a relay keeps its own, withheld, source',
      'According to the Marl Gazette, it was announced on Friday that the pier would shut.',
      [
        ['the Marl Gazette', 'According to', 'it was announced on Friday that the pier would shut'],
        [null, 'it was announced', 'that the pier would shut'],
      ],
      [
        ['According to', 'it was announced on Friday that the pier would shut'],
        ['it was announced', 'that the pier would shut'],
      ],
    ],
    [
      'a participle takes its source from the report it hangs from later, and stays',
      'Mr Dorn said he had written to the board, warning that the roof would leak.',
      [
        ['Mr Dorn', 'said', 'he had written to the board, warning that the roof would leak'],
        [null, 'warning', 'that the roof would leak'],
      ],
      [
        ['said', 'he had written to the board, warning that the roof would leak'],
        ['warning', 'that the roof would leak'],
      ],
    ],
    [
      'a sourceless report outside any content stays',
      'Staff were told on Friday that the depot would close.',
      [[null, 'were told', 'that the depot would close']],
      [['were told', 'that the depot would close']],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, specs), expected));
});
