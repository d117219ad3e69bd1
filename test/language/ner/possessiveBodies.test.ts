import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutBodyPossessives } from '../../../src/language/ner/possessiveBodies.js';
import { applySpanRule } from './spanNotation.js';

const cut = (text: string) =>
  applySpanRule(text, (view, spans) => {
    cutBodyPossessives(view, spans);
    return spans;
  });

describe('cutBodyPossessives', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    ['a council’s possessive', "[Tarrow Council 's]/ORG housing chief said", ['Tarrow Council/ORG']],
    ['a police force’s, curly apostrophe', 'the [Orley Police ’s]/ORG new chief', ['Orley Police/ORG']],
    ['a shop’s name keeps its own', "at [Dunmore 's]/ORG on Monday", ["Dunmore 's/ORG"]],
    [
      'a possessive after a word that heads no body',
      "[Kestrel Buses 's]/ORG drivers",
      ["Kestrel Buses 's/ORG"],
    ],
    ['a person is left to the trimmer', "[Ann Council 's]/PERSON son", ["Ann Council 's/PERSON"]],
    ['a name without a possessive', '[Tarrow Council]/ORG said', ['Tarrow Council/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(cut(text), expected));
});
