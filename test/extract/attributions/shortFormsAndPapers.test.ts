import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../../src/analysis/types.js';
import { analyze } from '../../../src/analyze.js';
import { attributionModels } from '../../../src/extract/attributions/trained/index.js';

// Speakers named by part of a name, by a kind of paper, or by a place's governing body, through the
// whole pipeline on invented passages. The trained weights are needed: without them the rules stand in.
const models = attributionModels();

function speakerOf(text: string, source: string): { name: string | undefined; analysis: Analysis } {
  const analysis = analyze({ input: 'test.txt', text });
  const a = analysis.attributions.find((x) => x.source?.text === source);
  assert.ok(a, `source ${source} in ${analysis.attributions.map((x) => x.source?.text).join(' | ')}`);
  return { name: analysis.entities.find((e) => e.id === a.source?.entity)?.name, analysis };
}

describe('a speaker named by a short form or a kind speaks for the full name', { skip: !models }, () => {
  // text, source, entity name expected (null: none)
  const cases: [string, string, string | null][] = [
    // A firm named by the role it plays for a client.
    [
      'The receivers, Halloway Marsh Advisory, said the shop would stay open until March.',
      'The receivers, Halloway Marsh Advisory',
      'Halloway Marsh Advisory',
    ],
    // Its first two words, later.
    [
      'The receivers, Halloway Marsh Advisory, said the shop would stay open until March. A spokesman for Halloway Marsh said the staff had been paid.',
      'A spokesman for Halloway Marsh',
      'Halloway Marsh Advisory',
    ],
    // The first word of a firm's name of three words or more, whatever kind of firm its head says.
    [
      'Holmwood Estate Services said the charge would double. Holmwood said it had written to every home.',
      'Holmwood',
      'Holmwood Estate Services',
    ],
    // A body of a place and its kind alone is known by its full name: the place is the place.
    [
      'Holmwood Council said the charge would double. Holmwood said it had written to every home.',
      'Holmwood',
      'Holmwood',
    ],
    // A name's last word the cue's adverb could be ("first", "weekly").
    [
      'The cycling group Wheels First said the new junction was dangerous.',
      'The cycling group Wheels First',
      'Wheels First',
    ],
    // A paper the recognizer read as any organisation, then "the paper".
    [
      'According to the Holmbury Morning Star, the mill will close in the spring. The paper said forty jobs would go.',
      'The paper',
      'Holmbury Morning Star',
    ],
    // A one-word paper's name after its kind, then "the paper" relaying.
    [
      'The mayor told the weekly newspaper Kornblatt on Friday that the pass road would shut for a month, the paper reported.',
      'the paper',
      'Kornblatt',
    ],
    // A place's administration in a lede, named next as its council.
    [
      'A small lakeside town has banned cars from its centre on Sundays, the town administration said on Friday.\n\nThe Seebrunn Town Council said the ban would start in June. It said buses would still run.',
      'the town administration',
      'Seebrunn Town Council',
    ],
  ];
  for (const [text, source, expected] of cases)
    it(`${source} → ${expected}`, () => {
      assert.equal(speakerOf(text, source).name ?? null, expected);
    });
});

describe('a place mentioned in its own right is no short form of a body', { skip: !models }, () => {
  it('a street that opens a firm’s name stays the street', () => {
    const { analysis } = speakerOf(
      'The administrators, Market Row Partners, said the lease had ended. Traders on Market Row said they had not been told.',
      'The administrators, Market Row Partners',
    );
    const firm = analysis.entities.find((e) => e.name === 'Market Row Partners');
    assert.ok(!firm?.variants?.includes('Market Row'), JSON.stringify(firm));
  });
});
