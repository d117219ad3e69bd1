import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PredictedAttribution } from '../../../../src/extract/attributions/trained/model.js';
import { withTrailingTags } from '../../../../src/extract/attributions/trained/trailingTags.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../../src/language/index.js';
import { annotate } from '../../../../src/language/pipeline.js';

type Found = (doc: ReturnType<typeof makeDoc>) => PredictedAttribution[];
type Span = [start: number, end: number];

/** The taggers' readings of `text`, written with `at(word)`: the token where `word` first starts. */
function readingsOf(text: string, write: (at: (word: string) => number) => PredictedAttribution[]): Found {
  return (doc) => write((word) => doc.tokenAtOrAfter(text.indexOf(word)));
}

/** One reading with a single content piece, as the taggers give it (token spans, margin 1). */
function reading(cue: Span, source: Span | null, content: Span): PredictedAttribution {
  const span = ([start, end]: Span) => ({ start, end });
  return { cue: span(cue), source: source && span(source), content: [span(content)], margin: 1 };
}

/** The trailing tags found in a tagged text, beside the given attributions: [source, cue, content]. */
function tagsIn(text: string, found: Found = () => []) {
  const doc = makeDoc(text);
  annotate(doc);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  return withTrailingTags(view, found(doc)).map((a) => [
    a.rule ?? '',
    a.source ? doc.spanText(a.source.start, a.source.end) : '',
    doc.spanText(a.cue.start, a.cue.end),
    ...a.content.map((c) => doc.spanText(c.start, c.end)),
  ]);
}

describe('trained extractor: trailing report tags', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a lede closed by a subject and "announced", with a day after it',
      'Porters at the depot will stop work for two days after pay talks failed, their union announced on Monday.',
      [
        [
          'trailing-tag',
          'their union',
          'announced',
          'Porters at the depot will stop work for two days after pay talks failed',
        ],
      ],
    ],
    [
      'the tag may end on the story that carried the report and its outlet',
      'Fenwick Quarries first offered £4m for the hillside in 2029, the agency Westwire reported in a story carried by the Marl Courier on Friday.',
      [
        [
          'trailing-tag',
          'the agency Westwire',
          'reported',
          'Fenwick Quarries first offered £4m for the hillside in 2029',
        ],
      ],
    ],
    [
      'but not on a story with a clause of its own after the outlet',
      'Fenwick Quarries first offered £4m for the hillside in 2029, the agency Westwire reported in a story carried by the Marl Courier, which closed last year.',
      [],
    ],
    [
      'the tag may be followed by a comma and more',
      'Ticket prices at the museum will double in spring, the board confirmed on Friday, despite a petition.',
      [['trailing-tag', 'the board', 'confirmed', 'Ticket prices at the museum will double in spring']],
    ],
    [
      'a court hears what it is told',
      'A roofing firm was fined after a labourer fell through a skylight, a court heard.',
      [
        [
          'trailing-tag',
          'a court',
          'heard',
          'A roofing firm was fined after a labourer fell through a skylight',
        ],
      ],
    ],
    [
      'a hearing is told in the passive what it hears',
      'A nurse gave a patient the wrong dose twice in one night, a disciplinary hearing was told on Monday.',
      [
        [
          'trailing-tag',
          'a disciplinary hearing',
          'was told',
          'A nurse gave a patient the wrong dose twice in one night',
        ],
      ],
    ],
    [
      'people told something in the passive are no tag',
      'The ferry will not sail until the storm passes, passengers were told on Monday.',
      [],
    ],
    [
      '"said" the taggers let go is a tag too',
      'The bridge will close for repairs next month, the council said on Tuesday.',
      [['trailing-tag', 'the council', 'said', 'The bridge will close for repairs next month']],
    ],
    [
      'an object before any preposition makes the verb no tag',
      'Across the region, local bakers added only forty jobs in March.',
      [],
    ],
    [
      'a time word after the verb is no object',
      'Two wards at the hospital will shut over winter, managers confirmed last week.',
      [['trailing-tag', 'managers', 'confirmed', 'Two wards at the hospital will shut over winter']],
    ],
    [
      'a passive with its agent is not a tag',
      'The figures were disputed at once, claims denied by the minister.',
      [],
    ],
    [
      'a subject holding a relative is not a tag',
      'Nobody expected the play to run for a year, the critic who wrote it.',
      [],
    ],
    [
      'the clause before the comma must have a verb',
      'In a long speech at the harbour, the mayor declared.',
      [],
    ],
    [
      'what follows the verb may be what was said',
      'After a long debate about the budget, the chair announced cuts.',
      [],
    ],
    [
      'a short bracketed aside in the subject (party and state) is part of it',
      'The dam project will need another year of study, Rep. Ana Vale (D-Ore.) told reporters on Monday.',
      [['trailing-tag', 'Rep. Ana Vale (D-Ore.)', 'told', 'The dam project will need another year of study']],
    ],
    [
      'an aside holding a comma is no short aside',
      'The dam project will need another year of study, the agency (which, like others, declined) confirmed.',
      [],
    ],
    [
      'a capitalised title word after a proper noun is part of the subject, however tagged',
      'The bakery will shut its second shop in May, the trade magazine Baker Weekly reported.',
      [
        [
          'trailing-tag',
          'the trade magazine Baker Weekly',
          'reported',
          'The bakery will shut its second shop in May',
        ],
      ],
    ],
    [
      'a subject holding a relative clause with its own verb and object',
      'The old mill will be turned into flats next year, the trust that owns it confirmed on Friday.',
      [
        [
          'trailing-tag',
          'the trust that owns it',
          'confirmed',
          'The old mill will be turned into flats next year',
        ],
      ],
    ],
    [
      'a hyphenated word in the subject is one word',
      'Night buses will stop running in the town from May, the council-owned operator announced.',
      [
        [
          'trailing-tag',
          'the council-owned operator',
          'announced',
          'Night buses will stop running in the town from May',
        ],
      ],
    ],
    [
      'a relative clause holding a preposition the tagger reads as a subordinator ("that pays for it")',
      'The night ferry to Orla will stop running in May, the trust that pays for it said on Monday.',
      [
        [
          'trailing-tag',
          'the trust that pays for it',
          'said',
          'The night ferry to Orla will stop running in May',
        ],
      ],
    ],
    [
      'a relative clause holding an infinitive and an adverb ("that wants to build it there")',
      'A judge will rule next week whether a footbridge can cross the Olm at Tarrow, the company that wants to build it there said on Monday.',
      [
        [
          'trailing-tag',
          'the company that wants to build it there',
          'said',
          'A judge will rule next week whether a footbridge can cross the Olm at Tarrow',
        ],
      ],
    ],
    [
      'a relative clause whose verb the tagger read as a plural noun ("that issues it")',
      'Harbour Town will play their next two matches in an empty ground after its licence was withdrawn, the council that issues it confirmed on Friday.',
      [
        [
          'trailing-tag',
          'the council that issues it',
          'confirmed',
          'Harbour Town will play their next two matches in an empty ground after its licence was withdrawn',
        ],
      ],
    ],
    [
      'a subject of ten words, its relative clause with a possessive',
      "The ferry to Skelda will not sail on weekday evenings until further notice, the body that runs the county's two harbour services announced.",
      [
        [
          'trailing-tag',
          "the body that runs the county's two harbour services",
          'announced',
          'The ferry to Skelda will not sail on weekday evenings until further notice',
        ],
      ],
    ],
    [
      'a verb right before the tag verb makes it a passive in a relative clause',
      'The club is holding a vote among its members, the results of which will be announced.',
      [],
    ],
    [
      "a verb after a conjunction is the relative clause's second",
      'The board has checked every ledger of the fund, a task that began in May and concluded on Friday.',
      [],
    ],
    [
      'a verb other than a reporting verb is not a tag',
      'The ferry was late again on Sunday, the captain arrived at noon.',
      [],
    ],
    [
      'a tag in the present perfect, its subject with a relative clause, before an adjunct clause',
      'Walkers on Marrow Fell will find two of its paths shut until May, the trust that owns the land has confirmed, after a winter of landslips.',
      [
        [
          'trailing-tag',
          'the trust that owns the land',
          'has confirmed',
          'Walkers on Marrow Fell will find two of its paths shut until May',
        ],
      ],
    ],
    [
      'a perfect "has said" closing a lede',
      'Nearly 40 guests fell ill after a wedding lunch at a hotel in Brisk, the firm that runs the kitchen has said.',
      [
        [
          'trailing-tag',
          'the firm that runs the kitchen',
          'has said',
          'Nearly 40 guests fell ill after a wedding lunch at a hotel in Brisk',
        ],
      ],
    ],
    [
      'a subject holding a participle clause ("the union representing the crews")',
      'Cabin crew at Ostby airport will strike for three days in June over pay, the union representing the crews said on Monday.',
      [
        [
          'trailing-tag',
          'the union representing the crews',
          'said',
          'Cabin crew at Ostby airport will strike for three days in June over pay',
        ],
      ],
    ],
    [
      'a relative clause in the perfect ("who has tended its lamp …"), nine words long',
      'The lighthouse on Corra Point will go dark next month, the keeper who has tended its lamp every night for 22 years said on Monday.',
      [
        [
          'trailing-tag',
          'the keeper who has tended its lamp every night for 22 years',
          'said',
          'The lighthouse on Corra Point will go dark next month',
        ],
      ],
    ],
    [
      'a perfect passive in a relative clause right before the verb is no subject',
      'The club is holding a vote among its members, the results of which have been announced.',
      [],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(tagsIn(text), expected));

  it('a report relays the whole clause before its comma when another cue stands in it', () => {
    const text =
      'Mayor Lund told traders at a meeting that the market would move, the Harbour Gazette reported.';
    // As the taggers read it: the report's content starts after the inner cue.
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('that'), at(',')]),
      reading(
        [at('reported'), at('reported') + 1],
        [at('the Harbour'), at('reported')],
        [at('traders'), at(',')],
      ),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Mayor Lund', 'told', 'that the market would move'],
      [
        '',
        'the Harbour Gazette',
        'reported',
        'Mayor Lund told traders at a meeting that the market would move',
      ],
    ]);
  });

  it('a subject with a relative clause in the perfect, which the taggers ran the content on over', () => {
    const text =
      'The loch ferry will stop after the council ended the contract of the man who sails it, the boatman who has crossed the water twice a day for 28 years said on Friday.';
    const found = readingsOf(text, (at) => [reading([at('said'), at('said') + 1], null, [0, at('said')])]);
    const [tag] = tagsIn(text, found);
    assert.deepEqual(tag.slice(1), [
      'the boatman who has crossed the water twice a day for 28 years',
      'said',
      'The loch ferry will stop after the council ended the contract of the man who sails it',
    ]);
  });

  it('a source the taggers cut from the end of the subject ("it" of "that runs it") gives way to the subject', () => {
    const text =
      'A ferry that links two islands will stop next month, the company that runs it said on Friday.';
    const found = readingsOf(text, (at) => [
      reading(
        [at('said'), at('said') + 1],
        [at('it said'), at('said')],
        [at('the company'), at('it said') - 1],
      ),
    ]);
    const [tag] = tagsIn(text, found);
    assert.deepEqual(tag.slice(1, 3), ['the company that runs it', 'said']);
    assert.deepEqual(tag.slice(3), ['A ferry that links two islands will stop next month']);
  });

  it('relays the whole clause when the cue tagger took the last word of the title into the cue', () => {
    const text =
      'Dr Ames told nurses on a call on Monday that the ward would close, the health site Clinic Daily reported.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('that'), at(',')]),
      // "Daily" read as an adverb and taken into the cue; the content starts after the listener.
      reading([at('Daily'), at('reported') + 1], [at('the health'), at('Daily')], [at('on a call'), at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Dr Ames', 'told', 'that the ward would close'],
      [
        '',
        'the health site Clinic Daily',
        'reported',
        'Dr Ames told nurses on a call on Monday that the ward would close',
      ],
    ]);
  });

  it('relays only the clause after an earlier tag in the sentence', () => {
    const text =
      'In Leeds, fans lined the route, Radio Aire reported, while in York the parade was cancelled, the York Herald reported.';
    const found = readingsOf(text, (at) => [
      reading([at('reported'), at('reported') + 1], [at('Radio'), at('reported')], [0, at(', Radio')]),
      reading(
        [at('reported.'), at('reported.') + 1],
        [at('the York Herald'), at('reported.')],
        [at('in York'), at(', the York Herald')],
      ),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Radio Aire', 'reported', 'In Leeds, fans lined the route'],
      ['', 'the York Herald', 'reported', 'in York the parade was cancelled'],
    ]);
  });

  it('ends the inner content at the comma of the relay when the taggers ran it on into the tag', () => {
    const text = 'The warden told the Gazette the gates would shut at dusk, the paper said.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('the gates'), at('said') + 1]),
      reading([at('said'), at('said') + 1], [at('the paper'), at('said')], [0, at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'The warden', 'told', 'the gates would shut at dusk'],
      ['', 'the paper', 'said', 'The warden told the Gazette the gates would shut at dusk'],
    ]);
  });

  it('a relaying tag the taggers passed over keeps the speaker inside its clause', () => {
    const text =
      'Ms Ortiz told donors over lunch that the shelter would double in size, the weekly Coast Ledger reported.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('that'), at('reported') + 1]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Ms Ortiz', 'told', 'that the shelter would double in size'],
      [
        'trailing-tag',
        'the weekly Coast Ledger',
        'reported',
        'Ms Ortiz told donors over lunch that the shelter would double in size',
      ],
    ]);
  });

  it('a "told" tag with its listener relays a speaker inside its clause as a report does', () => {
    const text =
      'Ms Ortiz told donors over lunch that the shelter would double in size, a trustee told the Coast Ledger.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('that'), at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Ms Ortiz', 'told', 'that the shelter would double in size'],
      [
        'trailing-tag',
        'a trustee',
        'told',
        'Ms Ortiz told donors over lunch that the shelter would double in size',
      ],
    ]);
  });

  it('a "told" tag the taggers read themselves, its content cut after the inner cue, relays the whole clause', () => {
    const text =
      'Ms Ortiz told donors over lunch that the shelter would double in size, a trustee told the Coast Ledger.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [0, 2], [at('that'), at(',')]),
      // As the taggers read it: the outer report's content opens on the inner cue's listener.
      reading(
        [at('told the'), at('told the') + 1],
        [at('a trustee'), at('told the')],
        [at('donors'), at(',')],
      ),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'Ms Ortiz', 'told', 'that the shelter would double in size'],
      ['', 'a trustee', 'told', 'Ms Ortiz told donors over lunch that the shelter would double in size'],
    ]);
  });

  it('a "told" tag relays nothing when its clause holds no other cue', () => {
    const text = 'The shelter will double in size next year, a trustee told the Coast Ledger.';
    const found = readingsOf(text, (at) => [
      reading([at('told'), at('told') + 1], [at('a trustee'), at('told')], [0, at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['', 'a trustee', 'told', 'The shelter will double in size next year'],
    ]);
  });

  it('a relaying tag still replaces a reading with no reporting verb in its clause', () => {
    const text = 'The lender has cut its growth forecast for next year, the weekly Coast Ledger reported.';
    const found = readingsOf(text, (at) => [
      reading([at('cut'), at('cut') + 1], [0, 2], [at('its'), at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      [
        'trailing-tag',
        'the weekly Coast Ledger',
        'reported',
        'The lender has cut its growth forecast for next year',
      ],
    ]);
  });

  it('a participle after the tag shares its subject and does not block it', () => {
    const text =
      'Night buses will stop running in March, the operator confirmed on Friday, citing falling fares.';
    const found = readingsOf(text, (at) => [
      reading(
        [at('citing'), at('citing') + 1],
        [at('the operator'), at('confirmed')],
        [at('falling'), at('.')],
      ),
    ]);
    assert.deepEqual(tagsIn(text, found), [
      ['trailing-tag', 'the operator', 'confirmed', 'Night buses will stop running in March'],
      ['', 'the operator', 'citing', 'falling fares'],
    ]);
  });

  it('a parenthetical "he said," in mid-sentence relays nothing', () => {
    const text = 'The vote was close, he said, but fair.';
    const found = readingsOf(text, (at) => [
      reading([at('close'), at('close') + 1], null, [0, 2]),
      reading([at('said'), at('said') + 1], [at('he said'), at('said')], [at('but'), at('fair') + 1]),
    ]);
    assert.deepEqual(tagsIn(text, found)[1], ['', 'he', 'said', 'but fair']);
  });

  it('replaces a reading inside the reported clause or running on over the tag, and yields to one of the tag itself', () => {
    const text = 'The firm refused to pay the fine in full, its lawyer confirmed.';
    const inside = readingsOf(text, (at) => [
      reading([at('refused'), at('refused') + 1], [0, 2], [at('to'), at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, inside), [
      ['trailing-tag', 'its lawyer', 'confirmed', 'The firm refused to pay the fine in full'],
    ]);
    // Only its content ran on over the tag: the tag ends it, and reports the clause.
    const spilling = readingsOf(text, (at) => [
      reading([at('refused'), at('refused') + 1], [0, 2], [at('to'), at('confirmed') + 1]),
    ]);
    assert.deepEqual(tagsIn(text, spilling), [
      ['trailing-tag', 'its lawyer', 'confirmed', 'The firm refused to pay the fine in full'],
    ]);
    // The taggers read the tag's verb as a cue of their own: theirs stands.
    const own = readingsOf(text, (at) => [
      reading([at('confirmed'), at('confirmed') + 1], [at('its'), at('confirmed')], [0, at(',')]),
    ]);
    assert.deepEqual(tagsIn(text, own), [
      ['', 'its lawyer', 'confirmed', 'The firm refused to pay the fine in full'],
    ]);
  });
  // The taggers may take the tag's verb for a cue yet leave its subject out: the tag then gives it one.
  const sourceless: [string, string, string, string[]][] = [
    [
      'a lede tag in "said" with a relative clause in its subject',
      'Every tram in Orlesk has been withdrawn after a brake failed on a steep hill, the company that runs the network said on Tuesday.',
      'said',
      [
        'the company that runs the network',
        'said',
        'Every tram in Orlesk has been withdrawn after a brake failed on a steep hill',
      ],
    ],
    [
      'a lede tag in "announced" with a short subject',
      'Two of the three branches in Felby will shut by the autumn, leaving the town with one bank, the lender announced on Friday.',
      'announced',
      [
        'the lender',
        'announced',
        'Two of the three branches in Felby will shut by the autumn, leaving the town with one bank',
      ],
    ],
    [
      'the taggers read the subject, a modal in its relative clause, as what "said" reports',
      'A bus company has applied to cut its late services on four routes, the council that must sign off the change said.',
      'said',
      [
        'the council that must sign off the change',
        'said',
        'A bus company has applied to cut its late services on four routes',
      ],
    ],
  ];
  for (const [name, text, verb, expected] of sourceless)
    it(name, () => {
      const found = readingsOf(text, (at) => [reading([at(verb), at(verb) + 1], null, [0, at(verb) - 4])]);
      const tags = tagsIn(text, found);
      assert.equal(tags.length, 1);
      assert.deepEqual(tags[0].slice(1), expected);
    });
  it('a sourceless cue whose content is the words after the comma is an apposition, not a tag', () => {
    const text =
      'The city will keep testing wells near the old mine for lead and arsenic, a scheme announced last spring.';
    const found = readingsOf(text, (at) => [
      reading([at('announced'), at('announced') + 1], null, [at('a scheme'), at('announced')]),
    ]);
    assert.deepEqual(tagsIn(text, found), [['', '', 'announced', 'a scheme']]);
  });
});
