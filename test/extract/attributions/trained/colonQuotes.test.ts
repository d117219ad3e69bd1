import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colonQuotes } from '../../../../src/extract/attributions/trained/colonQuotes.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { attributionIn } from '../fixtures.js';
import { modelsLoaded, taggedDoc } from '../taggedDoc.js';

const show = (a: { source: { text: string } | null; cue: { text: string }; content: { text: string }[] }) =>
  `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`;

/** The attributions colonQuotes adds to `text`, then those it was given, as "source / cue / content". */
function after(text: string, given: Parameters<typeof attributionIn>[1][] = []) {
  const v = viewOf(taggedDoc(text).doc, [{ start: 0, end: text.length }]);
  const found = given.map((parts) => attributionIn(text, parts));
  const added = colonQuotes(v.doc, v.quotes, found, 0.5);
  return { added: added.map(show), given: found.map(show) };
}

describe('colonQuotes: a quotation opening the paragraph after a colon', { skip: !modelsLoaded() }, () => {
  const cases: { name: string; text: string; added: string[] }[] = [
    {
      name: 'is what the clause before the colon introduces, whatever its verb',
      text: 'After the vote, Ilse Maren issued a short statement:\n\n“We will reopen the pier on Monday. Nobody was hurt.”\n',
      added: ['Ilse Maren / issued a short statement / We will reopen the pier on Monday. Nobody was hurt.'],
    },
    {
      name: 'with a verb no reporting list holds',
      text: 'Her neighbour Tomas Berg echoed:\n\n“The ferry is all we have out here.”\n',
      added: ['Her neighbour Tomas Berg / echoed / The ferry is all we have out here.'],
    },
    {
      name: 'but not when the clause has a thing for its subject',
      text: 'The trouble starts when the board reads its own figures:\n\n“Fares rose by a third in a year.”\n',
      added: [],
    },
    {
      name: 'nor when the colon does not close its paragraph',
      text: 'The harbour master issued a statement: “We will reopen the pier on Monday.”\n',
      added: [],
    },
    {
      name: 'nor when no quotation opens the next paragraph',
      text: 'The harbour master listed the repairs:\n\nNew railings, a wider ramp and brighter lamps.\n',
      added: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(after(c.text).added, c.added));

  it('gives the quotation to a cue already found before the colon, after what it took', () => {
    const text =
      'The ferry captain said that, given the storms this winter:\n\n“We could not have sailed on most days.”\n';
    const { added, given } = after(text, [
      { source: 'The ferry captain', cue: 'said', content: 'that, given the storms this winter' },
    ]);
    assert.deepEqual(added, []);
    assert.deepEqual(given, [
      'The ferry captain / said / that, given the storms this winter … We could not have sailed on most days.',
    ]);
  });

  it('leaves a quotation some content already holds', () => {
    const text = 'The harbour master issued a statement:\n\n“We will reopen the pier on Monday.”\n';
    const { added, given } = after(text, [
      {
        source: 'The harbour master',
        cue: 'issued a statement',
        content: 'We will reopen the pier on Monday.',
      },
    ]);
    assert.deepEqual(added, []);
    assert.deepEqual(given, ['The harbour master / issued a statement / We will reopen the pier on Monday.']);
  });
});
