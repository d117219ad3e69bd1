import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFindingParticiple } from '../../../../src/extract/attributions/trained/findingParticiples.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../../src/language/index.js';
import { annotate } from '../../../../src/language/pipeline.js';

function judged(text: string, word: string): boolean {
  const doc = makeDoc(text);
  annotate(doc);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const k = doc.tokenAtOrAfter(text.indexOf(word));
  return isFindingParticiple(view, { start: k, end: k + 1 });
}

describe('trained extractor: participles of finding are no cues', () => {
  const cases: [string, string, string, boolean][] = [
    [
      'a participle of finding after a comma, before "by"',
      'The coins, found by a dog walker on the beach, are on show.',
      'found',
      true,
    ],
    [
      'the same with "discovered"',
      'The wreck, discovered by divers last spring, will be raised.',
      'discovered',
      true,
    ],
    [
      'a stance before "by" is a cue PolNeAR marks',
      'The bill, opposed by most farmers, was dropped.',
      'opposed',
      false,
    ],
    ['a finding that reports', 'An audit found by March that the fund was short.', 'found', false],
    ['no comma before it', 'The coins found by a dog walker are on show.', 'found', false],
  ];
  for (const [name, text, word, expected] of cases)
    it(name, () => assert.equal(judged(text, word), expected));
});
