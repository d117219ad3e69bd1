import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perfectTag, perfectTags } from '../../../src/extract/attributions/perfectTags.js';
import { flatIn } from './fixtures.js';
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
    // A tag not at the sentence's end is none.
    ['The bridge will close for a month , the council has said .', ['the council', 'has said']],
    // A finding; a subject modified by a participle and its agent.
    [
      'The harbour wall was built with cheap cement , an inquiry ordered by the council has found .',
      ['an inquiry ordered by the council', 'has found'],
    ],
    ['The harbour wall was built with cheap cement , an engineer working there has found .', null],
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

describe("perfectTags beside the taggers' attributions", { skip }, () => {
  const text =
    'The pier was shut after divers found that two of the piles had rotted , the firm that owns it has said .';
  const inner = () =>
    flatIn(text, 'divers', 'found', 'that two of the piles had rotted , the firm that owns it');
  const flat = (a: ReturnType<typeof flatIn>) => [
    a.source?.text ?? null,
    a.cue.text,
    ...a.content.map((c) => c.text),
  ];

  it('"has said" alone in its sentence is left to the taggers', () => {
    const { doc } = taggedDoc('The pier was shut for a month , the firm that owns it has said .');
    assert.deepEqual(perfectTags(doc, [], 0.5), []);
  });

  it('adds the tag over a report inside its clause, whose content ends at the comma', () => {
    const { doc } = taggedDoc(text);
    const found = [inner()];
    const added = perfectTags(doc, found, 0.5);
    assert.deepEqual(added.map(flat), [
      [
        'the firm that owns it',
        'has said',
        'The pier was shut after divers found that two of the piles had rotted',
      ],
    ]);
    assert.deepEqual(flat(found[0]), ['divers', 'found', 'that two of the piles had rotted']);
  });

  it("gives the taggers' reading of the tag the whole clause", () => {
    const { doc } = taggedDoc(text);
    const own = flatIn(text, 'the firm that owns it', 'has said', 'that two of the piles had rotted');
    const found = [inner(), own];
    assert.deepEqual(perfectTags(doc, found, 0.5), []);
    assert.deepEqual(flat(own), [
      'the firm that owns it',
      'has said',
      'The pier was shut after divers found that two of the piles had rotted',
    ]);
  });

  it('adds no tag when an attribution in the sentence lies outside its clause', () => {
    const other = 'The pier will shut for repairs , the firm that owns it has confirmed .';
    const { doc } = taggedDoc(other);
    // A reading whose source is the tag's subject: it keeps the sentence.
    const found = [flatIn(other, 'the firm that owns it', 'will shut', 'for repairs')];
    assert.deepEqual(perfectTags(doc, found, 0.5), []);
  });
});
