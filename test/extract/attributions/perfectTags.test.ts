import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perfectTag, perfectTags } from '../../../src/extract/attributions/perfectTags.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('perfectTag', { skip }, () => {
  // text, the subject and cue expected (null: no tag)
  const cases: [string, [string, string] | null][] = [
    [
      'The ferry to the island will stop running in March , the company that operates it has confirmed .',
      ['the company that operates it', 'has confirmed'],
    ],
    [
      'Rents in the old town will rise again next year , the landlords have warned .',
      ['the landlords', 'have warned'],
    ],
    // "said" is the taggers' own; a tag not at the sentence's end is none.
    ['The bridge will close for a month , the council has said .', null],
    ['The bridge will close , the council has confirmed , despite protests .', null],
    // No comma, or a clause with no verb before it.
    ['The council has confirmed the bridge will close .', null],
    ['Another bad week for the club , its manager has admitted .', null],
  ];
  for (const [text, expected] of cases)
    it(`"${text.slice(0, 50)}…" has tag ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const got = perfectTag(doc, 0);
      assert.deepEqual(got, expected === null ? null : { source: span(expected[0]), cue: span(expected[1]) });
    });
});

describe('perfectTags', { skip }, () => {
  it('reports the sentence up to the comma, unless an attribution touches it', () => {
    const text = 'Rents in the old town will rise again next year , the landlords have warned .';
    const { doc } = taggedDoc(text);
    const [a] = perfectTags(doc, [], 0.5);
    assert.equal(a.source?.text, 'the landlords');
    assert.equal(a.cue.text, 'have warned');
    assert.deepEqual(
      a.content.map((c) => c.text),
      ['Rents in the old town will rise again next year'],
    );
    assert.deepEqual(perfectTags(doc, [a], 0.5), []);
  });
});
