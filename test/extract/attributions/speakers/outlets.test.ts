import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceKind } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { describedAsOutlet } from '../../../../src/extract/attributions/speakers/outlets.js';
import { attributionIn, entityIn, spanAt } from '../fixtures.js';

describe('describedAsOutlet', () => {
  const rows: [string, boolean][] = [
    ['the news agency Westwire', true],
    ['The broadcaster Harlow Vision', true],
    ['the website Dunmore Daily', true],
    ['the regional newspaper Fenland Voice', true],
    // A person's trade, a body of another kind, or no name after the words: not an outlet by its words.
    ['the fellow broadcaster Ann Lee', false],
    ['the charity Harbour Light', false],
    ['the news agency', false],
    ['Westwire', false],
    ['the report Clear Waters', false],
  ];
  for (const [text, outlet] of rows)
    it(`"${text}" ${outlet ? 'is' : 'is not'} an outlet by its words`, () =>
      assert.equal(describedAsOutlet(text), outlet));
});

describe('resolveSpeakers: a body the source calls an outlet', () => {
  // The recognizer reads each name as a body's; the words before it say it is an outlet.
  const rows: [string, string, SourceKind][] = [
    ['the news agency Westwire', 'Westwire', 'media'],
    ['the broadcaster Harlow Vision', 'Harlow Vision', 'media'],
    ['the website Dunmore Daily', 'Dunmore Daily', 'media'],
    ['the charity Harbour Light', 'Harbour Light', 'organization'],
  ];
  for (const [source, name, kind] of rows)
    it(`"${source}" stays ${kind}`, () => {
      const t = `The ferry was late again, ${source} reported.`;
      const ents = [entityIn(t, 'E1', name, 'ORG', { variants: [name] })];
      const start = t.indexOf(source);
      const cue = t.indexOf('reported');
      const a = attributionIn(t, {
        source: spanAt(t, start, start + source.length),
        cue: spanAt(t, cue, cue + 'reported'.length),
        content: spanAt(t, 0, 24),
        kind: kind === 'media' ? 'media' : 'organization',
      });
      resolveSpeakers(t, [a], ents);
      assert.deepEqual([a.source?.entity, a.source?.kind], ['E1', kind]);
    });
});
