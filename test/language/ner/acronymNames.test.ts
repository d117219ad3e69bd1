import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addAcronymIntroducedNames } from '../../../src/language/ner/acronymNames.js';
import { applySpanRule } from './spanNotation.js';

const named = (text: string) => applySpanRule(text, (v, spans) => addAcronymIntroducedNames(v, spans));

describe('addAcronymIntroducedNames', () => {
  const cases: [string, string, string[]][] = [
    [
      'a body the tagger missed, its acronym after it',
      'The League for Animal Rescue ( LAR ) said',
      ['League for Animal Rescue/ORG'],
    ],
    [
      'a place the tagger found inside the name gives way',
      'the [Wessex]/GPE Canal Trust ( WCT ) said',
      ['Wessex Canal Trust/ORG'],
    ],
    [
      'initials of only the last words',
      'a grant from the Rural Housing Union ( RHU ) .',
      ['Rural Housing Union/ORG'],
    ],
    [
      'no word heading an organisation, no organisation',
      'fears of Weapons of Mass Destruction ( WMD ) grew',
      [],
    ],
    ['initials that do not match', 'The League for Animal Rescue ( ARL ) said', []],
    [
      'a name found already stays as it is',
      'The [League for Animal Rescue]/ORG ( LAR ) said',
      ['League for Animal Rescue/ORG'],
    ],
    ['a lower-case word before the parenthesis', 'the Farmers Union members ( FU ) met', []],
  ];
  for (const [what, text, expected] of cases) it(what, () => assert.deepEqual(named(text), expected));
});
