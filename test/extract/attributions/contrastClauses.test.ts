import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { contrastClauses } from '../../../src/extract/attributions/contrastClauses.js';
import { extractWith } from '../../../src/extract/attributions/index.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { isTagged } from '../../../src/extract/attributions/trained/index.js';
import { attributionIn } from './fixtures.js';

const doc0 = polnearDoc({ name: 'probe', text: 'She said so.', gold: [] });

/** The attributions the extractor analyze() uses finds in an invented text. */
function extract(text: string) {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  return extractWith(doc, [{ start: 0, end: text.length }]);
}

describe('contrast clauses', { skip: !isTagged(doc0) }, () => {
  it('gives "others" after a report by documents a report of its own', () => {
    const rows: [string, string, string, string][] = [
      // text, subject, verb, content
      [
        'Some surveys found that the eels had returned to the estuary, she said, while others recorded almost none during the dry summer.',
        'others',
        'recorded',
        'almost none during the dry summer',
      ],
      [
        'Some surveys found that the eels had returned, she said, while others recorded eels leaving the river.',
        'others',
        'recorded',
        'eels leaving the river',
      ],
      [
        'Two earlier studies showed the lake warming by a degree, whereas others measured no change at all.',
        'others',
        'measured',
        'no change at all',
      ],
    ];
    for (const [text, subject, verb, content] of rows) {
      const found = extract(text).find((a) => a.cue.text === verb);
      assert.ok(found, `${verb} in ${text}`);
      assert.equal(found.source?.text, subject);
      assert.equal(found.source?.kind, 'document');
      assert.equal(found.source?.entity ?? null, null);
      assert.deepEqual(
        found.content.map((c) => c.text),
        [content],
      );
      for (const sp of [found.cue, ...found.content, found.source!])
        assert.equal(text.slice(sp.start, sp.end), sp.text);
    }
  });

  it('gives "others" the kind of the documents it is set against when the tagger found its report', () => {
    const text =
      'Some surveys found that the eels had returned, she said, while others recorded eels leaving the river.';
    const doc = polnearDoc({ name: 'test', text, gold: [] });
    const make = (source: string, cue: string, content: string, kind: 'document' | 'unknown'): Attribution =>
      attributionIn(text, { source, cue, content, kind, lemma: cue });
    const surveys = make('Some surveys', 'found', 'that the eels had returned', 'document');
    const others = make('others', 'recorded', 'eels leaving the river', 'unknown');
    assert.deepEqual(contrastClauses(doc, [surveys, others], 0.5), []);
    assert.equal(others.source?.kind, 'document');
  });

  it('makes no report of what people do in the contrast clause', () => {
    const rows: [string, string][] = [
      // A group of people, not documents: their second verb need not be speech.
      ['Some residents said they would stay in the valley, while others packed their cars.', 'packed'],
      // A participle after "others" with the clause's own verb after it: a reduced relative.
      ['Two studies found the reef healthy, while others recorded in the north were lost.', 'recorded'],
      // No contrast word: a second verb of the same clause.
      ['Some studies found the reef healthy and others recorded the bleaching.', 'recorded'],
    ];
    for (const [text, verb] of rows) {
      const found = extract(text).find((a) => a.cue.text === verb);
      assert.equal(found, undefined, text);
    }
  });
});
