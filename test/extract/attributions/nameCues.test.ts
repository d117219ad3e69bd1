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
    [
      'a firm named "Tell …" opening a sentence',
      'The deal was signed on Friday. Tell Morrow has bought a rival app for its map service.',
      [null, 'Tell', 'Morrow has bought a rival app for its map service'],
      false,
    ],
    [
      'a firm named "Ask …" after a word in lower case',
      'Shares in Ask Grantly climbed after it said profits had doubled.',
      [null, 'Ask', 'Grantly climbed after it said profits had doubled'],
      false,
    ],
    [
      'a firm named "Ask …" before "said"',
      'Ask Grantly said it would open an office in Leeds.',
      [null, 'Ask', 'Grantly said it would open an office in Leeds'],
      false,
    ],
    [
      'a headline verb before a name and its clause',
      'Says Mayor Would Quit: Lund says the mayor would quit over the bridge.',
      [null, 'Says', 'Mayor Would Quit'],
      true,
    ],
    [
      'a capitalised cue before a title and a name',
      'Asked Mrs Dunne whether the pier would close, the clerk said it would not.',
      [null, 'Asked', 'Mrs Dunne whether the pier would close'],
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
