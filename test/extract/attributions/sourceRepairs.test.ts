import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import {
  dropLabels,
  subjectsInContent,
  withoutDatelines,
} from '../../../src/extract/attributions/sourceRepairs.js';
import { attributionIn } from './fixtures.js';

// An attribution as the tagger gives it, over an invented text.
const attr = (text: string, source: string, cue: string, content: string): Attribution =>
  attributionIn(text, { id: 'A1', source, cue, content, kind: 'unknown' });

describe('withoutDatelines', () => {
  it('takes the dateline off the front of a source', () => {
    const rows: [string, string, string][] = [
      // text, source as tagged, source expected
      [
        'HARWICH, England — The port authority and the ferry union said the strike was over.',
        'HARWICH, England — The port authority and the ferry union',
        'The port authority and the ferry union',
      ],
      [
        'LONDON (Reuters) - Two bankers said the deal was dead.',
        'LONDON (Reuters) - Two bankers',
        'Two bankers',
      ],
      ['SAN TOMAS – The mayor said the road was closed.', 'SAN TOMAS – The mayor', 'The mayor'],
      // A date and a wire credit, with or without the place.
      [
        'Oct. 4 (UPI) — Former mayor Ann Cole said the plan was costly.',
        'Oct. 4 (UPI) — Former mayor Ann Cole',
        'Former mayor Ann Cole',
      ],
      [
        'KESTREL BAY, Maine, Jan. 9 (UPI) — Two pilots said the channel was silted.',
        'KESTREL BAY, Maine, Jan. 9 (UPI) — Two pilots',
        'Two pilots',
      ],
      [
        'OSLO, June 10 (AP) — The mayor said the road was shut.',
        'OSLO, June 10 (AP) — The mayor',
        'The mayor',
      ],
      // The tagger began the source inside the dateline.
      ['OSLO, June 10 (AP) — The mayor said the road was shut.', 'June 10 (AP) — The mayor', 'The mayor'],
    ];
    for (const [text, tagged, expected] of rows) {
      const a = attr(text, tagged, 'said', text.slice(text.indexOf('said') + 5, -1));
      withoutDatelines(text, [a]);
      assert.equal(a.source?.text, expected, text);
      assert.equal(text.slice(a.source!.start, a.source!.end), a.source!.text);
    }
  });

  it('leaves a source that opens with a capitalised name or an acronym alone', () => {
    const rows: [string, string][] = [
      ['NATO officials said the talks would go on.', 'NATO officials'],
      ['The UN — and its agencies — said aid was late.', 'The UN — and its agencies'],
      ['BBC Radio said the match was off.', 'BBC Radio'],
      ['NATO — the alliance — said the talks would go on.', 'NATO — the alliance'],
      // A date alone before a dash is no dateline.
      ['March 3 — The mayor said the road was shut.', 'March 3 — The mayor'],
      // Not at the start of a paragraph: no dateline.
      ['Rain fell. OSLO — The mayor said the road was shut.', 'OSLO — The mayor'],
    ];
    for (const [text, tagged] of rows) {
      const a = attr(text, tagged, 'said', text.slice(text.indexOf('said') + 5, -1));
      withoutDatelines(text, [a]);
      assert.equal(a.source?.text, tagged, text);
    }
  });

  it('takes the dateline off the front of a content the sentence opens with', () => {
    const rows: [string, string, string, string][] = [
      // text, source, content as tagged, content expected
      [
        'KESTREL BAY, Maine (AP) — Ferry crews stayed home on Monday, the union said.',
        'the union',
        'KESTREL BAY, Maine (AP) — Ferry crews stayed home on Monday',
        'Ferry crews stayed home on Monday',
      ],
      [
        'OSLO, June 10 (Reuters) - Fares will rise in May, officials said.',
        'officials',
        'OSLO, June 10 (Reuters) - Fares will rise in May',
        'Fares will rise in May',
      ],
      // The tagger started the content inside the dateline.
      [
        'SAN TOMAS – Roads are shut, the mayor said.',
        'the mayor',
        'TOMAS – Roads are shut',
        'Roads are shut',
      ],
      // No dateline: the content stays as it is.
      [
        'OSLO officials are wrong, the mayor said.',
        'the mayor',
        'OSLO officials are wrong',
        'OSLO officials are wrong',
      ],
      [
        'Rain fell. OSLO — Roads are shut, the mayor said.',
        'the mayor',
        'OSLO — Roads are shut',
        'OSLO — Roads are shut',
      ],
    ];
    for (const [text, source, tagged, expected] of rows) {
      const a = attr(text, source, 'said', tagged);
      withoutDatelines(text, [a]);
      assert.equal(a.content[0].text, expected, text);
      assert.equal(text.slice(a.content[0].start, a.content[0].end), expected);
      assert.equal(a.source?.text, source);
    }
  });

  it('never throws and keeps the source on its text', () => {
    const word = fc.constantFrom('OSLO', ',', 'Norway', '—', '-', '(AP)', 'The', 'mayor', 'NATO', 'said');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const source = words.join(' ');
        const text = `${source} said it rained.`;
        const a = attr(text, source, 'said it', 'rained');
        withoutDatelines(text, [a]);
        assert.equal(text.slice(a.source!.start, a.source!.end), a.source!.text);
      }),
    );
  });
});

describe('dropLabels: a name a group gives itself', () => {
  it('drops "calling itself …" read as a cue and gives the name to the source before it', () => {
    const text = 'A group calling itself Grey Tide claimed it had copied the files.';
    const found = [
      attr(text, 'A group', 'calling', 'itself Grey Tide'),
      attr(text, 'A group', 'claimed', 'it had copied the files'),
    ];
    assert.equal(dropLabels(text, found), true);
    assert.deepEqual(
      found.map((a) => [a.source?.text, a.cue.text]),
      [['A group calling itself Grey Tide', 'claimed']],
    );
  });

  it('keeps a cue "called" that calls something else', () => {
    const text = 'The mayor called the plan a disgrace.';
    const found = [attr(text, 'The mayor', 'called', 'the plan a disgrace')];
    assert.equal(dropLabels(text, found), false);
  });
});

describe('subjectsInContent', () => {
  // text, source as tagged, content pieces as tagged, source and content expected
  const cases: [string, string, string[], string, string[]][] = [
    [
      'A porter at the depot, who did not want to be named because he was not allowed to talk, said the vans were idle.',
      'he',
      [
        'A porter at the depot, who did not want to be named because he was not allowed to talk',
        'the vans were idle',
      ],
      'A porter at the depot, who did not want to be named because he was not allowed to talk',
      ['the vans were idle'],
    ],
    // A source outside the piece, or a piece with no aside, is left as tagged.
    [
      'The depot was shut, he said, and the vans were idle.',
      'he',
      ['The depot was shut', 'the vans were idle'],
      'he',
      ['The depot was shut', 'the vans were idle'],
    ],
    [
      'The vans that he drove were idle, said the porter.',
      'he',
      ['The vans that he drove were idle'],
      'he',
      ['The vans that he drove were idle'],
    ],
  ];
  for (const [text, source, content, expectedSource, expectedContent] of cases)
    it(`${expectedSource} in "${text}"`, () => {
      const a = attributionIn(text, {
        source: spanOf(text, source, text.indexOf(` ${source} `) + 1),
        cue: spanOf(text, 'said', text.lastIndexOf('said')),
        content: content.map((c) => spanOf(text, c, text.indexOf(c))),
      });
      subjectsInContent(text, [a]);
      assert.equal(a.source?.text, expectedSource);
      assert.deepEqual(
        a.content.map((c) => c.text),
        expectedContent,
      );
    });
});

/** The span of `words` at `at` in `text`. */
function spanOf(text: string, words: string, at: number) {
  assert.ok(text.startsWith(words, at), words);
  return { start: at, end: at + words.length, text: words };
}
