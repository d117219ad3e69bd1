import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../../src/analysis/types.js';
import { pressReleaseQuotes } from '../../../../src/extract/attributions/baseline/pressRelease.js';

// Invented texts in the shapes press releases and features use.
const text = [
  'The mayor answered in a written note:',
  '',
  '“The bridge reopens in spring and every lane will be resurfaced.” — Mayor Ida Brandt',
  '',
  'And from Carl Voss, head of the builders, Stonefield Works:',
  '',
  '“We will keep one lane open at all times.”',
  '',
  '“Nobody asked us.” The words came from Rita Lund, a shop owner on the bridge, who spoke outside.',
  '',
  'From the river the bridge looks fine:',
  '',
  'It does not, engineers say.',
].join('\n');

describe('pressReleaseQuotes', () => {
  it('finds signed, introduced and named-after quotes, with their sources and cues', () => {
    const found: Attribution[] = [];
    assert.equal(pressReleaseQuotes(text, found), true);
    assert.deepEqual(
      found.map((a) => [a.source?.text, a.cue.text, a.content[0].text, a.rule]),
      [
        [
          'Mayor Ida Brandt',
          '—',
          'The bridge reopens in spring and every lane will be resurfaced.',
          'signed-quote',
        ],
        [
          'Carl Voss, head of the builders, Stonefield Works',
          'And from',
          'We will keep one lane open at all times.',
          'introduced-quote',
        ],
        ['Rita Lund, a shop owner on the bridge', 'came from', 'Nobody asked us', 'quote-then-named'],
      ],
    );
    for (const a of found)
      for (const s of [a.source!, a.cue, ...a.content]) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('adds nothing whose content another attribution already holds', () => {
    const first: Attribution[] = [];
    pressReleaseQuotes(text, first);
    const again = first.map((a) => ({ ...a }));
    assert.equal(pressReleaseQuotes(text, again), false);
    assert.equal(again.length, first.length);
  });

  it('never throws on marks, dashes and colons in any order', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              '“',
              '”',
              '"',
              ' — ',
              ':',
              '\n',
              '\n\n',
              'And from Ana Ruiz',
              'The words came from Bo',
              'x',
              '. ',
            ),
            {
              maxLength: 30,
            },
          )
          .map((p) => p.join('')),
        (t) => {
          const found: Attribution[] = [];
          pressReleaseQuotes(t, found);
          for (const a of found)
            for (const s of [a.source!, a.cue, ...a.content]) assert.equal(t.slice(s.start, s.end), s.text);
        },
      ),
    );
  });

  // The speaker after "came from" or "So said" may be described rather than named.
  const described: [string, string, string[] | null][] = [
    [
      'a role at a body, with a relative clause on the body',
      '“Every ferry will be inspected.”\n\nThe words came from a spokesman for the Coastal Safety Office, which licenses ferries. He said more checks would follow.',
      ['a spokesman for the Coastal Safety Office, which licenses ferries', 'Every ferry will be inspected'],
    ],
    [
      'a described person in the same paragraph',
      '“We were never asked.” The remarks came from one resident of the estate.',
      ['one resident of the estate', 'We were never asked'],
    ],
    [
      '"So said" before the speaker',
      '“The pier stays shut until it is safe.”\n\nSo said a spokeswoman for the harbour board, who added that repairs had begun.',
      ['a spokeswoman for the harbour board', 'The pier stays shut until it is safe'],
    ],
    [
      '"Thus wrote" before a named speaker',
      "“No town should lose its last bank.” Thus wrote Elsa Marr, the town's MP.",
      ["Elsa Marr, the town's MP", 'No town should lose its last bank'],
    ],
    ['not a place the words were found', '“We were never asked.” The words came from the same speech.', null],
  ];
  for (const [name, t, expected] of described)
    it(`quote then speaker: ${name}`, () => {
      const found: Attribution[] = [];
      pressReleaseQuotes(t, found);
      assert.deepEqual(found[0] ? [found[0].source?.text, found[0].content[0].text] : null, expected);
    });

  it('"So said": the tagged agentless "said" gives way to the quote\'s speaker', () => {
    const t = '“The pier stays shut.” So said a spokeswoman for the harbour board.';
    const at = t.indexOf('said');
    const tagged = {
      id: '',
      source: null,
      cue: { start: at, end: at + 4, text: 'said', lemma: 'say', stance: 'assert' },
      content: [{ start: at + 5, end: t.length - 1, text: t.slice(at + 5, -1) }],
      form: 'indirect',
      via: null,
      confidence: 0.8,
      rule: 'trained-perceptron',
    } as unknown as Attribution;
    const found: Attribution[] = [tagged];
    pressReleaseQuotes(t, found);
    assert.deepEqual(
      found.map((a) => [a.source?.text, a.cue.text, a.content[0].text]),
      [['a spokeswoman for the harbour board', 'said', 'The pier stays shut']],
    );
  });
});
