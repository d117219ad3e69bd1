import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { QUOTED_AS_RULE, quotedAsSaying } from '../../../src/extract/attributions/quotedAs.js';
import { flatIn } from './fixtures.js';

describe('quotedAsSaying', () => {
  // text, the quoting attribution's content as tagged, then the quoted speaker, cue and content expected
  const cases: [string, string, string, string, string][] = [
    [
      'The Tribune quoted Ms Hale as saying that the fund was empty.',
      'Ms Hale as saying that the fund was empty',
      'Ms Hale',
      'saying',
      'that the fund was empty',
    ],
    [
      'Valley Radio quoted a ferry captain as telling crews the route was closed.',
      'a ferry captain as telling crews the route was closed',
      'a ferry captain',
      'telling',
      'crews the route was closed',
    ],
  ];
  for (const [text, content, speaker, cue, said] of cases)
    it(`gives "${speaker}" the statement in: ${text}`, () => {
      const outer = flatIn(text, text.slice(0, text.indexOf(' quoted')), 'quoted', content, 'quote', 'media');
      const all = [outer];
      quotedAsSaying(text, all);
      numberInOrder(all);
      linkChains(all);
      assert.equal(all.length, 2);
      const inner = all.find((a) => a !== outer)!;
      assert.deepEqual(
        [inner.source?.text, inner.cue.text, inner.content.map((c) => c.text)],
        [speaker, cue, [said]],
      );
      assert.equal(inner.rule, QUOTED_AS_RULE);
      assert.equal(inner.via, outer.id);
      assert.equal(text.slice(inner.source!.start, inner.source!.end), speaker);
    });

  it('gives an attribution the tagger already made of the participle the quoted speaker', () => {
    const text = 'The Tribune quoted Ms Hale as saying that the fund was empty.';
    const outer = flatIn(
      text,
      'The Tribune',
      'quoted',
      'Ms Hale as saying that the fund was empty',
      'quote',
      'media',
    );
    const inner = flatIn(text, 'The Tribune', 'saying', 'that the fund was empty', 'say', 'media');
    const all = [outer, inner];
    quotedAsSaying(text, all);
    assert.equal(all.length, 2);
    assert.equal(inner.source?.text, 'Ms Hale');
    assert.equal(inner.source?.kind, 'person');
  });

  it('leaves other quotings alone', () => {
    const text = 'The wire reported the pier closed, quoting two dock workers.';
    const outer = flatIn(text, 'two dock workers', 'quoting', 'the pier closed', 'quote', 'anonymous');
    const all = [outer];
    quotedAsSaying(text, all);
    assert.equal(all.length, 1);
  });
});
