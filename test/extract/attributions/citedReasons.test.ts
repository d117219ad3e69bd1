import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { unfoldCitedReasons } from '../../../src/extract/attributions/citedReasons.js';

/** A report and a "citing" relay folded into it, built from an invented sentence. */
function pair(text: string, speaker: string, verb: string, cited: string): Attribution[] {
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const quote = at(text.slice(1, text.indexOf(',')));
  return [
    {
      id: 'A1',
      source: { ...at(speaker), entity: null, kind: 'person' },
      cue: { ...at(verb), lemma: verb, stance: 'assert' },
      content: [quote],
      form: 'direct',
      via: null,
      confidence: 0.9,
      rule: 'test',
    },
    {
      id: 'A2',
      source: { ...at(cited), entity: null, kind: 'unknown' },
      cue: { ...at('citing'), lemma: 'cite', stance: 'assert' },
      content: [quote],
      form: 'direct',
      via: 'A1',
      confidence: 0.9,
      rule: 'test',
    },
  ];
}

describe('cited reasons', () => {
  // [name, sentence, speaker, verb, cited phrase, expected [source, content, via] of the citing one]
  const cases: [string, string, string, string, string, [string, string, string | null]][] = [
    [
      'a reason cited after "said" is the speaker\'s own attribution',
      '“Nobody can afford the flats,” the mayor said, citing rising rents and stalled wages.',
      'the mayor',
      'said',
      'rising rents and stalled wages.',
      ['the mayor', 'rising rents and stalled wages', null],
    ],
    [
      'a record cited is unfolded too',
      '“The mill will close,” the union wrote, citing internal memos.',
      'the union',
      'wrote',
      'internal memos',
      ['the union', 'internal memos', null],
    ],
    [
      'an anonymous source cited stays a relay',
      '“The mill will close,” the paper reported, citing two unnamed managers.',
      'the paper',
      'reported',
      'two unnamed managers',
      ['two unnamed managers', 'The mill will close', 'A1'],
    ],
    [
      'a person named by a common noun stays a relay, though no word list knows the noun',
      '“The mill will close,” the paper reported, citing a surveyor hired by the owners.',
      'the paper',
      'reported',
      'a surveyor hired by the owners',
      ['a surveyor hired by the owners', 'The mill will close', 'A1'],
    ],
    [
      'a noun ending like a person\'s ("-ent") but naming a reason is unfolded',
      '“The ban stands,” the judge wrote, citing precedent.',
      'the judge',
      'wrote',
      'precedent.',
      ['the judge', 'precedent', null],
    ],
    [
      '"another" is no person\'s noun',
      '“Turnout will be low,” the analyst said, citing another reason for doubt.',
      'the analyst',
      'said',
      'another reason for doubt',
      ['the analyst', 'another reason for doubt', null],
    ],
    [
      'a newspaper cited stays a relay',
      '“The mill will close,” the minister said, citing the Daily Courier.',
      'the minister',
      'said',
      'the Daily Courier',
      ['the Daily Courier', 'The mill will close', 'A1'],
    ],
  ];
  for (const [name, text, speaker, verb, cited, expected] of cases)
    it(name, () => {
      const found = pair(text, speaker, verb, cited);
      unfoldCitedReasons(found);
      const c = found[1];
      assert.deepEqual(
        [c.source?.text, c.content.map((s) => text.slice(s.start, s.end)).join(' … '), c.via],
        expected,
      );
      assert.equal(text.slice(c.source?.start, c.source?.end), c.source?.text);
    });
});
