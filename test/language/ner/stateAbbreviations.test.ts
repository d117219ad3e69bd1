import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addStatesAfterPlaces } from '../../../src/language/ner/stateAbbreviations.js';
import { applySpanRule } from './spanNotation.js';

const added = (text: string) => applySpanRule(text, (view, spans, n) => addStatesAfterPlaces(view, spans, n));

describe('addStatesAfterPlaces', () => {
  const cases: [string, string, string[]][] = [
    ['a postal code', 'a shop in [Orrville]/GPE , OH since 1990', ['Orrville/GPE', 'OH/LOC']],
    ['a code with a full stop', 'lives in [Kessel Falls]/LOC , WA. now', ['Kessel Falls/LOC', 'WA./LOC']],
    ['a news abbreviation', 'filed from [Dunmore]/LOC , Pa. today', ['Dunmore/LOC', 'Pa./LOC']],
    ['a code read as an agency', 'moved to [Dunmore]/LOC , [PA]/MEDIA', ['Dunmore/LOC', 'PA/LOC']],
    ['after a person it is a degree', 'with [Hal Orrin]/PERSON , MD , a surgeon', ['Hal Orrin/PERSON']],
    ['no comma', 'the [Dunmore]/LOC PA office', ['Dunmore/LOC']],
    ['not a state', 'in [Dunmore]/LOC , XY today', ['Dunmore/LOC']],
    [
      'a longer span over the code is left alone',
      'in [Dunmore]/LOC , [PA Holdings]/ORG today',
      ['Dunmore/LOC', 'PA Holdings/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});
