import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { joinRelays } from '../../../src/extract/attributions/relays.js';
import { flatIn } from './fixtures.js';

/** The report's and the relay's roles after joining and linking, as "source|cue|content|via". */
function joined(text: string, report: [string, string, string], relay: [string, string, string]): string[] {
  const outer = flatIn(text, report[0], report[1], report[2], 'according to', 'media');
  const inner = flatIn(text, relay[0], relay[1], relay[2], 'cite');
  const all = [outer, inner];
  numberInOrder(all);
  joinRelays(text, all);
  linkChains(all);
  return all.map((a) =>
    [a.source?.text, a.cue.text, a.content.map((c) => c.text).join(' … '), a.via ?? ''].join('|'),
  );
}

describe('relativeRelays', () => {
  const cases: [string, string, [string, string, string], [string, string, string], string[]][] = [
    [
      'a relative "which cited" names the report\'s source',
      'According to the Ellery Post, which cited the agency Westwire, the firm owed its drivers £2m.',
      ['the Ellery Post', 'According to', 'which cited the agency Westwire, the firm owed its drivers £2m'],
      ['which', 'cited', 'the agency Westwire'],
      [
        'the Ellery Post|According to|the firm owed its drivers £2m|',
        'the agency Westwire|cited|the firm owed its drivers £2m|A1',
      ],
    ],
    [
      'a relative "who quoted" too',
      'According to the Marl Courier, who quoted a council memo, the bridge will shut in May.',
      ['the Marl Courier', 'According to', 'who quoted a council memo, the bridge will shut in May'],
      ['who', 'quoted', 'a council memo'],
      [
        'the Marl Courier|According to|the bridge will shut in May|',
        'a council memo|quoted|the bridge will shut in May|A1',
      ],
    ],
    [
      'not when the cited phrase ends the sentence',
      'According to the Ellery Post, the firm owed its drivers money, which cited the agency Westwire.',
      ['the Ellery Post', 'According to', 'the firm owed its drivers money'],
      ['which', 'cited', 'the agency Westwire'],
      ['the Ellery Post|According to|the firm owed its drivers money|', 'which|cited|the agency Westwire|'],
    ],
  ];
  for (const [name, text, report, relay, expected] of cases) {
    it(name, () => assert.deepEqual(joined(text, report, relay), expected));
  }
});
