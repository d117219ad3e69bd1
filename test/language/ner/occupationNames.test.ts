import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addOccupationNames } from '../../../src/language/ner/occupationNames.js';
import { applySpanRule } from './spanNotation.js';

const added = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    addOccupationNames(view, spans, 0, n);
    return spans;
  });

describe('addOccupationNames', () => {
  const cases: [string, string, string[]][] = [
    ['a name after "the conductor"', 'Its director , the conductor Ilsa Varga , said', ['Ilsa Varga/PERSON']],
    ['three words', 'the novelist Tomas Aurel Brand said', ['Tomas Aurel Brand/PERSON']],
    ['a name already found is left as it is', 'the singer [Maro Lind]/ORG said', ['Maro Lind/ORG']],
    ['one capitalised word may be anything', 'the singer Harbour said', []],
    ['no article, no title', 'Local singer Maro Lind said', []],
    ['an occupation that is no title', 'the conductor said Maro Lind was late', []],
    ['a run of four capitalised words is no name', 'the architect Jan Ode Lund Berg said', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});
