import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { apposedNames } from '../../../src/extract/attributions/apposedNames.js';
import { attributionIn, spanAt, spanIn } from './fixtures.js';

// "According to <source>, <content>" as the role tagger gives it: the source ends at the first
// comma. The sentences are invented.
function accordingTo(text: string, source: string): Attribution {
  const cue = spanIn(text, 'According to');
  const s = spanIn(text, source, cue.end);
  const content = spanAt(text, text.indexOf(',', s.end) + 2, text.length - 1);
  return attributionIn(text, { id: 'A1', source: s, cue, content, lemma: 'according to', kind: 'unknown' });
}

describe('apposedNames', () => {
  it('joins a name set off by commas after a described source to that source', () => {
    const rows: [string, string, string, string][] = [
      // text, tagged source, expected source, expected content
      [
        'According to the harbour master, Gwen Pryce, the dredging was put off twice.',
        'the harbour master',
        'the harbour master, Gwen Pryce',
        'the dredging was put off twice',
      ],
      [
        'According to the ferry company’s spokeswoman, Dr. Ines Varga, the timetable changes in May.',
        'the ferry company’s spokeswoman',
        'the ferry company’s spokeswoman, Dr. Ines Varga',
        'the timetable changes in May',
      ],
      [
        'According to the ward sister, Niamh O’Brien, the beds were full by noon.',
        'the ward sister',
        'the ward sister, Niamh O’Brien',
        'the beds were full by noon',
      ],
      [
        'According to its new chair, Ola Brandt Nilsen, the club owes nothing.',
        'its new chair',
        'its new chair, Ola Brandt Nilsen',
        'the club owes nothing',
      ],
      // One word is a name too when the description names a person by role.
      [
        'According to the harbour master, Pryce, the dredging was put off.',
        'the harbour master',
        'the harbour master, Pryce',
        'the dredging was put off',
      ],
      [
        'According to the ministry spokesman, Karim, the convoy left at dawn.',
        'the ministry spokesman',
        'the ministry spokesman, Karim',
        'the convoy left at dawn',
      ],
    ];
    for (const [text, tagged, source, content] of rows) {
      const a = accordingTo(text, tagged);
      apposedNames(text, [a]);
      assert.equal(a.source?.text, source, text);
      assert.deepEqual(
        a.content.map((c) => c.text),
        [content],
        text,
      );
      for (const sp of [a.source!, ...a.content]) assert.equal(text.slice(sp.start, sp.end), sp.text);
    }
  });

  it('leaves a name that is the subject of the clause, or not set off as an appositive, in the content', () => {
    const rows: [string, string][] = [
      // text, tagged source
      ['According to the harbour master, Gwen Pryce delayed the dredging twice.', 'the harbour master'],
      ['According to the police, John Okoro, a local builder, was arrested on Monday.', 'the police'],
      ['According to the police, John Okoro, 45, was arrested on Monday.', 'the police'],
      ['According to the council, Gwen Pryce, who chairs it, resigned.', 'the council'],
      ['According to the council, Gwen Pryce, and two others resigned.', 'the council'],
      // A named source is no described source with its name.
      ['According to Valley Radio, Gwen Pryce, the dredging was put off.', 'Valley Radio'],
      ['According to the Valley Courier, Gwen Pryce, the dredging was put off.', 'the Valley Courier'],
      // A single word after a description that names no person is no name of it (a day, a place).
      ['According to the weather service, Sunday, the storm will pass.', 'the weather service'],
      ['According to the council, Pryce, the dredging was put off.', 'the council'],
      ['According to the spokesman, Karim, 45, was arrested.', 'the spokesman'],
      // A possessive makes a title, whose owner is no speaker.
      ['According to a new history, Maple’s Harbour, the port was founded by monks.', 'a new history'],
    ];
    for (const [text, tagged] of rows) {
      const a = accordingTo(text, tagged);
      const content = a.content[0].text;
      apposedNames(text, [a]);
      assert.equal(a.source?.text, tagged, text);
      assert.equal(a.content[0].text, content, text);
    }
  });

  it('leaves other cues alone', () => {
    const text = 'The harbour master said Gwen Pryce, the pilot, was right.';
    const content = 'Gwen Pryce, the pilot, was right';
    const a = attributionIn(text, {
      id: 'A1',
      source: 'harbour master',
      cue: 'said',
      content,
      kind: 'unknown',
    });
    const before = JSON.stringify(a);
    apposedNames(text, [a]);
    assert.equal(JSON.stringify(a), before);
  });

  it('never throws and keeps every span on its text, whatever the words', () => {
    const word = fc.constantFrom(
      'the',
      'harbour',
      'master',
      'Gwen',
      'Pryce',
      'Dr.',
      'who',
      '45',
      'a',
      'it',
      'said',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(word, fc.constant(',')), { minLength: 1, maxLength: 12 }),
        (source, content) => {
          const text = `According to ${source.join(' ')}, ${content.join(' ')}.`;
          const a = accordingTo(text, source.join(' '));
          apposedNames(text, [a]);
          for (const sp of [a.source!, a.cue, ...a.content])
            assert.equal(text.slice(sp.start, sp.end), sp.text);
          assert.ok(a.content.every((c) => c.start >= a.source!.end));
        },
      ),
    );
  });
});
