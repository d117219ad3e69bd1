import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutRankInitials } from '../../../src/language/ner/rankTitles.js';
import { applySpanRule } from './spanNotation.js';

const cut = (text: string) =>
  applySpanRule(text, (view, spans) => {
    cutRankInitials(view, spans);
    return spans;
  });

describe('cutRankInitials', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    ['a constable’s rank', 'said [PC Ewan Tait]/PERSON of', ['Ewan Tait/PERSON']],
    ['a chief inspector’s rank', '[DCI Rhona Beattie]/PERSON said', ['Rhona Beattie/PERSON']],
    ['a rank before a surname alone is kept', '[PC Tait]/PERSON said', ['PC Tait/PERSON']],
    ['initials that are no rank', '[JJ Tait Morrow]/PERSON said', ['JJ Tait Morrow/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(cut(text), expected));
});
