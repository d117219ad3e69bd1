import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesApartFromTags } from '../../../src/extract/attributions/taggedQuotes.js';
import { flatIn } from './fixtures.js';

describe('quotesApartFromTags', () => {
  it('ends a content that ran over a quotation closed by its own tag before the quotation', () => {
    const rows: [string, string, string][] = [
      // text, the first content as tagged, the first content expected
      [
        'The memo said the plan would help towns: “It keeps the mills open,” the council wrote.',
        'the plan would help towns: “It keeps the mills open,” the council wrote',
        'the plan would help towns',
      ],
      [
        'Ruiz said the ferry was late, "and nobody told us why!" a passenger added.',
        'the ferry was late, "and nobody told us why!" a passenger added',
        'the ferry was late',
      ],
    ];
    for (const [text, tagged, expected] of rows) {
      const first = flatIn(text, text.split(' said')[0], 'said', tagged);
      const tag = text.includes('wrote') ? 'wrote' : 'added';
      const speaker = tag === 'wrote' ? 'the council' : 'a passenger';
      const second = flatIn(
        text,
        speaker,
        tag,
        text.slice(text.search(/[“"]/) + 1, text.search(/[,!]["”]/) + 1),
      );
      quotesApartFromTags(text, [first, second]);
      assert.deepEqual(
        first.content.map((c) => c.text),
        [expected],
        text,
      );
    }
  });

  it('leaves a content alone when the tag goes on with the quotation, or the content is only the quotation', () => {
    const rows: [string, string][] = [
      // text, the first content as tagged
      [
        'Lee said the pier was shut: “It is unsafe,” she added, “and it stays shut.”',
        'the pier was shut: “It is unsafe,” she added',
      ],
      ['Lee said: “It is unsafe,” the paper reported.', '“It is unsafe,” the paper reported'],
    ];
    for (const [text, tagged] of rows) {
      const first = flatIn(text, 'Lee', 'said', tagged);
      const tag = text.includes('added') ? 'added' : 'reported';
      const second = flatIn(text, tag === 'added' ? 'she' : 'the paper', tag, 'It is unsafe');
      quotesApartFromTags(text, [first, second]);
      assert.deepEqual(
        first.content.map((c) => c.text),
        [tagged],
        text,
      );
    }
  });
});
