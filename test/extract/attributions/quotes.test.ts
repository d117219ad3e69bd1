import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { closeOpenQuotes, findQuotes } from '../../../src/extract/attributions/quotes.js';
import { attributionIn, spanAt } from './fixtures.js';

const quoted = (text: string) =>
  findQuotes(text).map((q) => q.fragments.map((f) => text.slice(f.start, f.end)));

describe('findQuotes', () => {
  const cases: [string, string, string[][]][] = [
    ['curly marks', 'She said “the lake froze” today.', [['the lake froze']]],
    ['straight marks', 'He said "the lake froze" today.', [['the lake froze']]],
    ['mixed curly open, straight close', 'He said “ice is thin" and left.', [['ice is thin']]],
    [
      'nested single quotes stay inside',
      '“They shouted ‘stop’ at us,” she said.',
      [['They shouted ‘stop’ at us,']],
    ],
    ['stray closing mark ignored', 'A stray ” mark, then “real words” here.', [['real words']]],
    [
      'reopened at a new paragraph without closing',
      '“First paragraph of the quote.\n“Second one ends here,” he said.',
      [['First paragraph of the quote.', 'Second one ends here,']],
    ],
    [
      'unclosed quote ends at the paragraph',
      'He said “this never closes\nNext paragraph.',
      [['this never closes']],
    ],
    [
      'single marks when a paragraph has no double ones',
      "'We are ready,' the coach said.",
      [['We are ready,']],
    ],
    ['apostrophes are not quotes', "The team's coach didn't say.", []],
    [
      'curly quote nested in straight marks',
      '"The sign read “closed” all week," the baker said.',
      [['The sign read “closed” all week,']],
    ],
    [
      'straight quote nested in curly marks',
      '“The sign read "closed" all week,” the baker said.',
      [['The sign read "closed" all week,']],
    ],
    // Paragraphs run together: a quote reopened after its sentence's end, unclosed, goes on.
    [
      'reopened after a sentence end within one paragraph',
      'Ada Pell said: "We tried hard. "Sadly we lost. I hope they recover. "It stings," she said.',
      [['We tried hard.', 'Sadly we lost. I hope they recover.', 'It stings,']],
    ],
    [
      'a second opening mark in mid-sentence still restarts the quote',
      'A lone " mark and then "real words" here.',
      [['real words']],
    ],
    [
      'a straight mark left open before a curly quote is stray',
      'A lone " mark and then “real words” here.',
      [['real words']],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quoted(text), expected));

  it('never throws and keeps fragments inside the text, in order', () => {
    const alphabet = fc.constantFrom('a', ' ', '"', '“', '”', '‘', '’', "'", '\n', ',', '.', 'Z');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (text) => {
          for (const q of findQuotes(text)) {
            let last = -1;
            for (const f of q.fragments) {
              assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end && f.start > last);
              last = f.end;
            }
          }
        },
      ),
    );
  });
});

describe('closeOpenQuotes', () => {
  /** An attribution whose one content is the first occurrence of `content` in `text`. */
  const withContent = (text: string, content: string): Attribution =>
    attributionIn(text, { id: 'A1', source: null, cue: spanAt(text, 0, 0), content, form: 'mixed' });
  // text, content given, content after
  const cases: [string, string, string][] = [
    [
      'The fleet would sail to “guard the strait,” reported Coast Weekly.',
      'The fleet would sail to “guard the strait',
      'The fleet would sail to “guard the strait,”',
    ],
    ['She called it "a farce," said Hill.', 'She called it "a farce', 'She called it "a farce,"'],
    ['He called the plan “reckless.” Nobody replied.', 'the plan “reckless', 'the plan “reckless.”'],
    // A quote already closed inside the content, or none opened: nothing to close.
    ['He said “no” and “never,” then left.', 'He said “no” and', 'He said “no” and'],
    ['“We will win,” said Hill.', 'We will win', 'We will win'],
    // An opened quote with no closing mark right after stays as it is.
    ['He called it “a farce and walked out.', 'He called it “a farce', 'He called it “a farce'],
  ];
  for (const [text, given, expected] of cases)
    it(`${given} → ${expected}`, () => {
      const a = withContent(text, given);
      closeOpenQuotes(text, [a]);
      assert.equal(a.content[0].text, expected);
      assert.equal(text.slice(a.content[0].start, a.content[0].end), a.content[0].text);
    });

  it('closes a quoted title the source stops inside, and leaves closed or unopened ones alone', () => {
    const cases: [string, string, string][] = [
      [
        'According to a 2020 study called “Fish and Farms”, yields fell.',
        'a 2020 study called “Fish and Farms',
        'a 2020 study called “Fish and Farms”',
      ],
      [
        'According to a 2020 study called “Fish and Farms”, yields fell.',
        'a 2020 study called “Fish and Farms”',
        'a 2020 study called “Fish and Farms”',
      ],
      ['According to the Delta Post, yields fell.', 'the Delta Post', 'the Delta Post'],
    ];
    for (const [text, source, expected] of cases) {
      const a = withContent(text, 'yields fell');
      const start = text.indexOf(source);
      a.source = { start, end: start + source.length, text: source, entity: null, kind: 'document' };
      closeOpenQuotes(text, [a]);
      assert.equal(a.source?.text, expected);
      assert.equal(text.slice(a.source!.start, a.source!.end), a.source!.text);
    }
  });

  it('only ever extends a content over a closing mark, and keeps it slicing the text', () => {
    const piece = fc.constantFrom('a', ' ', ',', '.', '“', '”', '"', '«', '»', 'word');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const start = text.length === 0 ? 0 : x % text.length;
        const end = start + (text.length === 0 ? 0 : y % (text.length - start + 1));
        const a = withContent(text, text.slice(start, end));
        a.content = [{ start, end, text: text.slice(start, end) }];
        closeOpenQuotes(text, [a]);
        const c = a.content[0];
        assert.equal(c.start, start);
        assert.ok(c.end === end || (c.end <= end + 2 && /["”»]$/.test(c.text)));
        assert.equal(text.slice(c.start, c.end), c.text);
      }),
    );
  });
});
