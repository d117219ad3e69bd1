import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { surroundMidTags } from '../../../src/extract/attributions/midTags.js';
import { type AttributionParts, attributionIn, spanIn } from './fixtures.js';

const PIER = 'The new pier, the mayor said, will open in May.';

/** Each attribution's content after the pass, its pieces joined by " … ". */
function contentsAfter(text: string, ...parts: AttributionParts[]): string[] {
  const found = parts.map((p) => attributionIn(text, p));
  surroundMidTags(text, found);
  return found.map((a) => a.content.map((c) => c.text).join(' … '));
}

describe('surroundMidTags: a tag set off by commas inside the sentence it reports', () => {
  const cases: { name: string; text: string; parts: AttributionParts[]; expected: string[] }[] = [
    {
      name: 'takes the words after the tag too',
      text: 'The new pier, the mayor said, will open in May.',
      parts: [{ source: 'the mayor', cue: 'said', content: 'The new pier' }],
      expected: ['The new pier … will open in May'],
    },
    {
      name: 'takes the words before the tag too',
      text: 'Back at the depot, Ms Lund said, the drivers voted to strike.',
      parts: [{ source: 'Ms Lund', cue: 'said', content: 'the drivers voted to strike' }],
      expected: ['Back at the depot … the drivers voted to strike'],
    },
    {
      name: 'keeps a content that has both sides',
      text: 'The new pier, the mayor said, will open in May.',
      parts: [
        {
          source: 'the mayor',
          cue: 'said',
          content: [spanIn(PIER, 'The new pier'), spanIn(PIER, 'will open')],
        },
      ],
      expected: ['The new pier … will open'],
    },
    {
      name: 'leaves a sentence that holds another statement',
      text: 'In the spring, the mayor said, the council promised a new pier.',
      parts: [
        { source: 'the mayor', cue: 'said', content: 'the council promised a new pier' },
        { source: 'the council', cue: 'promised', content: 'a new pier' },
      ],
      expected: ['the council promised a new pier', 'a new pier'],
    },
    {
      name: 'leaves a quotation to the quote rules',
      text: '“We are ready,” the mayor said, “and the pier will open in May.”',
      parts: [{ source: 'the mayor', cue: 'said', content: 'We are ready' }],
      expected: ['We are ready'],
    },
    {
      name: 'leaves a tag that ends its sentence',
      text: 'The pier will open in May, the mayor said.',
      parts: [{ source: 'the mayor', cue: 'said', content: 'The pier will open in May' }],
      expected: ['The pier will open in May'],
    },
    {
      name: 'leaves a long subject, which is no tag',
      text: 'After the storm, the engineers from the national harbour agency said, repairs began.',
      parts: [
        { source: 'the engineers from the national harbour agency', cue: 'said', content: 'repairs began' },
      ],
      expected: ['repairs began'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(contentsAfter(c.text, ...c.parts), c.expected));
});
