import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutDeniedReports } from '../../../src/extract/attributions/deniedReports.js';
import { cuesAndContents, type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

type Spec = PhraseSpec;

/** The [cue, content] pairs kept of the attributions given as [source, cue, content, stance, kind]. */
function kept(text: string, specs: Spec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  return cuesAndContents(withoutDeniedReports(doc, found));
}

describe('what a denial says did not happen is no report', () => {
  const cases: [string, string, Spec[], string[][]][] = [
    [
      'a knowledge the denial denies',
      'The firm denied that Mrs Hale had known about the leak before May.',
      [
        ['The firm', 'denied', 'that Mrs Hale', 'deny'],
        ['Mrs Hale', 'had known about', 'the leak before May', 'assert'],
      ],
      [['denied', 'that Mrs Hale had known about the leak before May']],
    ],
    [
      'a report a participle hangs on exists, though denied',
      'The director denied a report claiming he had warned the board.',
      [
        ['The director', 'denied', 'a report', 'deny'],
        ['a report', 'claiming', 'he had warned the board', 'assert', 'document'],
      ],
      [
        ['denied', 'a report'],
        ['claiming', 'he had warned the board'],
      ],
    ],
    [
      'a statement after a report that denies nothing stays',
      'The firm said that Mrs Hale had known about the leak before May.',
      [
        ['The firm', 'said', 'that Mrs Hale', 'assert'],
        ['Mrs Hale', 'had known about', 'the leak before May', 'assert'],
      ],
      [
        ['said', 'that Mrs Hale'],
        ['had known about', 'the leak before May'],
      ],
    ],
  ];
  for (const [name, text, specs, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, specs), expected));
});
