import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractBaseline } from '../../../src/extract/attributions/baseline/index.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { modelsLoaded } from './taggedDoc.js';

/** The cues the baseline rules find in an invented text, tagged and parsed. */
function cues(text: string): string[] {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  return extractBaseline(doc, [{ start: 0, end: text.length }]).map((a) => a.cue.text);
}

describe('baseline: a reporting word the tagger reads as a noun', { skip: !modelsLoaded() }, () => {
  // text, a cue that must not be found, a cue that must be found (or null)
  const cases: [string, string, string, string | null][] = [
    [
      'after a possessive it is a thing named',
      'She hosted a late-night programme called “Night Owls.” Okafor’s show was cancelled after a year.',
      'show',
      null,
    ],
    ['after a number', '“Nothing has changed,” she said at one point during the hearing.', 'point', 'said'],
    [
      'after an adjective',
      'He called the mayor “the little clerk.” He mocked her for not winning a single state.',
      'state',
      null,
    ],
    [
      'after a name it may still be the verb',
      '“The dam is safe,” the Halvorsens state in their report.',
      '',
      'state',
    ],
  ];
  for (const [name, text, not, found] of cases)
    it(name, () => {
      const got = cues(text);
      if (not) assert.ok(!got.includes(not), `no "${not}" cue in ${JSON.stringify(got)}`);
      if (found) assert.ok(got.includes(found), `a "${found}" cue in ${JSON.stringify(got)}`);
    });
});

describe('baseline: a participle after a quote and a phrase a preposition opens', {
  skip: !modelsLoaded(),
}, () => {
  // text, a cue that must not be found, a cue that must be found (or null)
  const cases: [string, string, string, string | null][] = [
    [
      'the participle modifies the noun',
      'The mayor said she took “full blame” for the delays described in the audit.',
      'described',
      'said',
    ],
    ['a speaker after the quote still speaks', '“The pier is shut,” the harbour master said.', '', 'said'],
  ];
  for (const [name, text, not, found] of cases)
    it(name, () => {
      const got = cues(text);
      if (not) assert.ok(!got.includes(not), `no "${not}" cue in ${JSON.stringify(got)}`);
      if (found) assert.ok(got.includes(found), `a "${found}" cue in ${JSON.stringify(got)}`);
    });
});
