import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { spanOf } from '../../../src/extract/attributions/build.js';
import { temporalPassiveContents } from '../../../src/extract/attributions/temporalPassives.js';

/** A sourceless attribution of `cue` with `content`, each at its first occurrence in `text`. */
function make(text: string, cue: string, content: string): Attribution {
  const at = (s: string) => spanOf(text, text.indexOf(s), text.indexOf(s) + s.length);
  return {
    id: '',
    source: null,
    cue: { ...at(cue), lemma: cue, stance: 'assert' },
    content: [at(content)],
    form: 'indirect',
    via: null,
    confidence: 0.5,
    rule: 'trained-perceptron',
  } as Attribution;
}

describe('temporalPassiveContents', () => {
  // text, cue, content the tagger took, content after
  const cases: [string, string, string, string][] = [
    // The clause of time's subject is what was announced, not the words before the conjunction.
    [
      'Two families have left the scheme since the change was announced.',
      'was announced',
      'Two families have left the scheme since the change',
      'the change',
    ],
    [
      'Shares in the mill fell before the new owner of the site was revealed.',
      'was revealed',
      'Shares in the mill fell before the new owner of the site',
      'the new owner of the site',
    ],
    // Not in a clause of time: "X, it was announced" reports X.
    ['The pier will shut, it was announced.', 'was announced', 'The pier will shut', 'The pier will shut'],
    // A content after the cue is the report's own.
    [
      'After the vote it was announced that the pier would shut.',
      'was announced',
      'that the pier would shut',
      'that the pier would shut',
    ],
  ];
  for (const [text, cue, content, expected] of cases) {
    it(`${text} → ${expected}`, () => {
      const a = make(text, cue, content);
      temporalPassiveContents(text, [a]);
      assert.deepEqual(
        a.content.map((c) => c.text),
        [expected],
      );
    });
  }
});
