import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropNameCues } from '../../../src/extract/attributions/nameCues.js';
import { flatIn } from './fixtures.js';

describe('dropNameCues', () => {
  // name, text, the attribution as [source, cue, content], whether it stays
  const cases: [string, string, [string | null, string, string], boolean][] = [
    [
      'a firm named "… Claims" in running text',
      'Lorne Claims, the adjuster that inspected the barn, said the fire was deliberate.',
      ['Lorne', 'Claims', 'the adjuster that inspected the barn'],
      false,
    ],
    [
      'a paper named "… Notes"',
      'The trade weekly Quill Notes reported on Monday that sales had doubled.',
      ['The trade weekly Quill', 'Notes', 'reported on Monday that sales had doubled'],
      false,
    ],
    [
      'a sentence opened after an initial',
      'The letter came from Dr R. Olsen. Written in haste, it asked for help.',
      [null, 'Written', 'in haste'],
      true,
    ],
    [
      'a headline leaving its small words in lower case',
      'Mayor Refuses to Quit Over Bridge Vote\nThe vote is on Monday.',
      ['Mayor', 'Refuses', 'to Quit Over Bridge Vote'],
      true,
    ],
    [
      'a headline in capitals',
      'RIVER TEAM REFUSES to stay in the village, the coach said.',
      ['RIVER TEAM', 'REFUSES', 'to stay in the village'],
      true,
    ],
    [
      'a headline keeps its capitalised verb',
      'Mayor Says Bridge Will Close For Repairs\nThe bridge shuts on Monday.',
      ['Mayor', 'Says', 'Bridge Will Close For Repairs'],
      true,
    ],
    [
      'a lower-case cue after a name',
      'Lorne claims the fire was deliberate.',
      ['Lorne', 'claims', 'the fire was deliberate'],
      true,
    ],
    [
      'a capitalised cue opening a sentence',
      'The barn burned. Claims that the fire was deliberate were denied by the owner.',
      [null, 'Claims', 'that the fire was deliberate'],
      true,
    ],
    [
      'a capitalised cue after an opening quote',
      'The mayor wrote: "Says who? The bridge is safe."',
      [null, 'Says', 'who'],
      true,
    ],
  ];
  for (const [name, text, [s, c, x], stays] of cases)
    it(name, () => {
      const all = [flatIn(text, s, c, x)];
      dropNameCues(text, all);
      assert.equal(all.length, stays ? 1 : 0);
    });
});
