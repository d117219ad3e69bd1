import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takeOutletArticles } from '../../../src/language/ner/outletArticles.js';
import { applySpanRule } from './spanNotation.js';

const taken = (text: string) =>
  applySpanRule(text, (view, spans) => {
    takeOutletArticles(view, spans, 0);
    return spans;
  });

describe('takeOutletArticles', () => {
  const cases: [string, string, string[]][] = [
    [
      'a paper with a capital "The"',
      'wrote to The [Harwick Courier]/MEDIA twice',
      ['The Harwick Courier/MEDIA'],
    ],
    ['at the sentence start', 'The [Harwick Courier]/MEDIA reported it', ['The Harwick Courier/MEDIA']],
    ['a lower-case "the" stays out', 'wrote to the [Harwick Courier]/MEDIA', ['Harwick Courier/MEDIA']],
    ['a name in capitals stays alone', "The [HBC]/MEDIA 's reporter", ['HBC/MEDIA']],
    ['only outlets', 'The [Harwick Trust]/ORG said', ['Harwick Trust/ORG']],
    ['"The" inside another span', '[Read The]/ORG [Courier]/MEDIA', ['Read The/ORG', 'Courier/MEDIA']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(taken(text), expected));
});
