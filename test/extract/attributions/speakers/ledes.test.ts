import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { attributionIn, entityIn, spanIn } from '../fixtures.js';
import { ledeArticle, saidBy, speakerName } from './speechTags.js';

// A lede's description named later, through resolveSpeakers: the person or body the next paragraph or
// so introduces. Invented passages; entities given by hand.

describe('resolveSpeakers: a role in the lede named later', () => {
  // Headline, then body paragraphs; all invented.
  const t = [
    'Bridge Inspector Warns of Cracks',
    "TARLO — The county will close the old bridge after the bridge inspector said its piers had cracked, and the county's bridge inspector said so twice.",
    'Marta Quell, who has looked after the bridge since 2015, said the cracks had doubled in a year.',
    'A survey found the deck was sound. Ana Bell, who led the survey, said repairs could wait.',
    'Later the bridge inspector said the county had been told in March.',
  ].join('\n');
  const lines = t.split('\n');
  const body = lines.slice(1).map((line) => {
    const start = t.indexOf(line);
    return { start, end: start + line.length };
  });
  const people = (): Entity[] => [
    entityIn(t, 'E1', 'Marta Quell', 'PERSON'),
    entityIn(t, 'E2', 'Ana Bell', 'PERSON'),
  ];
  const saying = (source: string, from: number): Attribution => {
    const s = spanIn(t, source, from);
    const c = spanIn(t, 'said', s.end);
    const content = t.slice(c.end + 1, c.end + 6);
    return attributionIn(t, { source: s, cue: c, content, contentFrom: c.end, kind: 'unknown' });
  };
  // source, where it starts, the entity expected
  const rows: [string, string, number, string | null][] = [
    [
      'a possessive description is named by its own head, not its owner',
      "the county's bridge inspector",
      0,
      'Marta Quell',
    ],
    [
      'a person role in the lede is the person introduced next with its word',
      'the bridge inspector',
      0,
      'Marta Quell',
    ],
    ['the same role after the lede looks back only', 'the bridge inspector', t.indexOf('Later'), null],
  ];
  for (const [name, source, from, expected] of rows)
    it(name, () => {
      const ents = people();
      const a = saying(source, from);
      resolveSpeakers(t, [a], ents, body);
      const id = a.source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, expected);
    });

  it('a lede role that names no person ("the survey") is not the person who led it', () => {
    const lede = 'TARLO — The county will close the old bridge after the survey said its piers had cracked.';
    const text = `${lede}\nAna Bell, who led the survey, said repairs could wait.`;
    const start = text.indexOf('the survey');
    const ents = [entityIn(text, 'E1', 'Ana Bell', 'PERSON')];
    const a = saying('the bridge inspector', 0);
    a.source = { start, end: start + 10, text: 'the survey', entity: null, kind: 'document' };
    resolveSpeakers(text, [a], ents, [
      { start: 0, end: lede.length },
      { start: lede.length + 1, end: text.length },
    ]);
    assert.equal(a.source.entity, null);
  });

  it('a headline in title case names no group for a role written in lower case', () => {
    const ents = people();
    const a = saying('the bridge inspector', 0);
    resolveSpeakers(t, [a], ents, body);
    assert.ok(!ents.some((e) => e.name === 'Bridge Inspector'));
    // Without the body ranges the headline's capitals still read as a name (the old behaviour).
    const b = saying('the bridge inspector', 0);
    const all = people();
    resolveSpeakers(t, [b], all);
    assert.ok(all.some((e) => e.name === 'Bridge Inspector'));
  });
});

describe('resolveSpeakers: a lede role named bare at the start of the next paragraph', () => {
  // Each case: lede, next paragraph, the lede's source, the entity expected. All invented.
  const rows: [string, string, string, string, string | null][] = [
    [
      'an owned role with a complement',
      'ORLEY — The borough will sell the depot, its cabinet member for housing said on Monday.',
      'Dilys Vaughan told a committee that the site had stood empty for years.',
      'its cabinet member for housing',
      'Dilys Vaughan',
    ],
    [
      'a title after "the"',
      'ORLEY — The depot will be sold, the housing chief said on Monday.',
      'Dilys Vaughan told a committee that the site had stood empty for years.',
      'the housing chief',
      'Dilys Vaughan',
    ],
    [
      'a body, not a person',
      'ORLEY — The depot will be sold, the housing office said on Monday.',
      'Dilys Vaughan told a committee that the site had stood empty for years.',
      'the housing office',
      null,
    ],
    [
      'a role noun ending like an agent',
      'ORLEY — The depot will be sold, the housing director said on Monday.',
      'Dilys Vaughan told a committee that the site had stood empty for years.',
      'the housing director',
      'Dilys Vaughan',
    ],
    [
      'a person with a role of their own is someone else',
      'ORLEY — The depot will be sold, the housing director said on Monday.',
      'Dilys Vaughan, a tenant, said the site had stood empty for years.',
      'the housing director',
      null,
    ],
    [
      'a trade ending in -wright',
      'ORLEY — The depot will be sold, the shipwright said on Monday.',
      'Dilys Vaughan told a committee that the site had stood empty for years.',
      'the shipwright',
      'Dilys Vaughan',
    ],
    [
      'a "whose" clause gives no role of its own',
      'ORLEY — The depot was shut on Monday, a surveyor who inspected it said.',
      'Dilys Vaughan, whose firm has surveyed the docks since 1990, said the roof had failed.',
      'a surveyor who inspected it',
      'Dilys Vaughan',
    ],
    [
      'a person not opening the paragraph',
      'ORLEY — The depot will be sold, the housing director said on Monday.',
      'At a committee, Dilys Vaughan said the site had stood empty for years.',
      'the housing director',
      null,
    ],
  ];
  for (const [name, lede, next, source, want] of rows)
    it(name, () => {
      const t = `${lede}\n${next}`;
      const ents = [entityIn(t, 'E1', 'Dilys Vaughan', 'PERSON')];
      const a = attributionIn(t, { source, cue: 'said', content: 'The', kind: 'unknown' });
      resolveSpeakers(t, [a], ents, [
        { start: 0, end: lede.length },
        { start: lede.length + 1, end: t.length },
      ]);
      const id = a.source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, want);
    });
});

describe('resolveSpeakers: a lede body by what it does, the one that speaks first in the next paragraph', () => {
  // source in the lede, the next paragraph, the body named there and its type, whether that body's
  // sentence is a report (an attribution starts at it), the speaker expected
  const rows: [string, string, string, string, boolean, string | null][] = [
    [
      'a business by a relative clause; a company speaks next',
      'the firm that maintains the tunnel',
      'Borrowdene Tunnels Ltd said the repairs would take a month.',
      'Borrowdene Tunnels Ltd',
      true,
      'Borrowdene Tunnels Ltd',
    ],
    [
      'a public body by its work; a panel speaks next, with its "the"',
      "the county's roads watchdog",
      'The Orley Highways Panel said the crossing had been checked twice.',
      'Orley Highways Panel',
      true,
      'Orley Highways Panel',
    ],
    [
      'an owned plural of organisers',
      'its organisers',
      'Lantern Nights said every ticket would be refunded.',
      'Lantern Nights',
      true,
      'Lantern Nights',
    ],
    [
      'a company is no council',
      'the firm that maintains the tunnel',
      'Orley Borough Council said the repairs would take a month.',
      'Orley Borough Council',
      true,
      null,
    ],
    [
      'a regulator is no company',
      "the county's roads watchdog",
      'Borrowdene Tunnels Ltd said the crossing had been checked twice.',
      'Borrowdene Tunnels Ltd',
      true,
      null,
    ],
    [
      'a body that opens the paragraph but reports nothing',
      'the firm that maintains the tunnel',
      'Borrowdene Tunnels Ltd has run the tunnel since 2009.',
      'Borrowdene Tunnels Ltd',
      false,
      null,
    ],
    [
      'a public body by what it answers for ("responsible for …")',
      'the authority responsible for the tunnel',
      'Orley Borough Council said the repairs would take a month.',
      'Orley Borough Council',
      true,
      'Orley Borough Council',
    ],
    // A charity's name seldom says it is one ("… Rescue Service"); a council or a company is none.
    [
      'a charity by what it does; a service speaks next',
      'the charity that runs the tunnel',
      'The Orley Tunnel Rescue Service said the repairs would take a month.',
      'Orley Tunnel Rescue Service',
      true,
      'Orley Tunnel Rescue Service',
    ],
    [
      'a council is no charity',
      'the charity that runs the tunnel',
      'Orley Borough Council said the repairs would take a month.',
      'Orley Borough Council',
      true,
      null,
    ],
    [
      'a trust by what it runs; a partnership speaks next',
      'the trust that runs both schools',
      'The Orley Learning Partnership said the repairs would take a month.',
      'Orley Learning Partnership',
      true,
      'Orley Learning Partnership',
    ],
    [
      'a council is no trust',
      'the trust that runs both schools',
      'Orley Borough Council said the repairs would take a month.',
      'Orley Borough Council',
      true,
      null,
    ],
    [
      'a company is no charity',
      'the charity that runs the tunnel',
      'Borrowdene Tunnels Ltd said the repairs would take a month.',
      'Borrowdene Tunnels Ltd',
      true,
      null,
    ],
    // A club's name seldom holds its kind ("Atletico Varesa"); a council or a company is no club.
    [
      'a club with no club word in its name speaks next',
      'the club that owns the ground',
      'Atletico Varesa said the match would go ahead.',
      'Atletico Varesa',
      true,
      'Atletico Varesa',
    ],
    [
      'a council is no club',
      'the club that owns the ground',
      'Orley Borough Council said the match would go ahead.',
      'Orley Borough Council',
      true,
      null,
    ],
    [
      'a company is no club',
      'the club that owns the ground',
      'Borrowdene Tunnels Ltd said the match would go ahead.',
      'Borrowdene Tunnels Ltd',
      true,
      null,
    ],
    [
      'a person’s role is not a body',
      'the head teacher',
      'Borrowdene Tunnels Ltd said the school trip was off.',
      'Borrowdene Tunnels Ltd',
      true,
      null,
    ],
  ];
  for (const [name, source, next, body, reports, want] of rows)
    it(name, () => {
      const lede = `ORLEY — The tunnel will shut for a month from Monday, ${source} said on Friday.`;
      const { t, body: ranges } = ledeArticle(lede, next);
      // A club's name with no kind word is what the recognizer reads as a person's.
      const ents: Entity[] = [entityIn(t, 'E1', body, name.includes('club') ? 'PERSON' : 'ORG')];
      const attrs = [saidBy(t, source, 'said', 'unknown')];
      if (reports) attrs.push(saidBy(t, next.split(' said')[0], 'said', 'organization', lede.length + 1));
      resolveSpeakers(t, attrs, ents, ranges);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede before the name the recognizer missed, and one office joined by "and"', () => {
  it('takes "<Name>, which …" opening the next paragraph for the body a lede described', () => {
    const lede =
      'ORLEY — Two hundred jars of jam were recalled after a glass fragment was found, the maker said.';
    const next = 'Pennick Preserves, which is based in Orley, said the fault had been traced to one jar.';
    const { t, body } = ledeArticle(lede, next);
    const attrs = [
      saidBy(t, 'the maker', 'said', 'unknown'),
      saidBy(t, 'Pennick Preserves, which is based in Orley', 'said', 'organization', lede.length + 1),
    ];
    const ents: Entity[] = [];
    resolveSpeakers(t, attrs, ents, body);
    assert.equal(speakerName(attrs[0], ents), 'Pennick Preserves');
    assert.equal(speakerName(attrs[1], ents), 'Pennick Preserves');
    assert.equal(ents.find((e) => e.name === 'Pennick Preserves')?.type, 'ORG');
  });

  // The body's head word; the recognizer found neither it nor the body's name.
  for (const head of ['Panel', 'Forum', 'Watchdog', 'Taskforce'])
    it(`takes "The … ${head}" opening the next paragraph for the body a lede described, and "It" after it`, () => {
      const lede =
        'ORLEY — Dozens of care homes in Orley have failed fire checks, the body that inspected them said on Monday.';
      const next = `The Regional Care Standards ${head} said Orley Borough Council had ignored warnings. It said two homes should close.`;
      const { t, body } = ledeArticle(lede, next);
      const attrs = [
        saidBy(t, 'the body that inspected them', 'said', 'unknown'),
        saidBy(t, `The Regional Care Standards ${head}`, 'said', 'person', lede.length + 1),
        saidBy(t, 'It', 'said', 'unknown', t.indexOf('It said')),
      ];
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley Borough Council', 'ORG')];
      resolveSpeakers(t, attrs, ents, body);
      const name = `Regional Care Standards ${head}`;
      assert.deepEqual(
        attrs.map((a) => speakerName(a, ents)),
        [name, name, name],
      );
      assert.equal(attrs[1].source?.kind, 'organization');
    });

  it('reads "the police and crime commissioner" as one office, named later in a lede', () => {
    const lede =
      'ORLEY — The county’s chief fire officer has retired early, the police and crime commissioner announced.';
    const next = 'Commissioner Dinah Royce said she had accepted his request.';
    const { t, body } = ledeArticle(lede, next);
    const attrs = [
      saidBy(t, 'the police and crime commissioner', 'announced', 'unknown'),
      saidBy(t, 'Commissioner Dinah Royce', 'said', 'person', lede.length + 1),
    ];
    const ents: Entity[] = [entityIn(t, 'E1', 'Dinah Royce', 'PERSON')];
    resolveSpeakers(t, attrs, ents, body);
    assert.equal(speakerName(attrs[0], ents), 'Dinah Royce');
  });

  it('still reads two bodies under "and" as a group, no one entity', () => {
    const t = 'The council and the police said the road would reopen. Orley Council said so too.';
    const attrs = [saidBy(t, 'The council and the police', 'said', 'organization')];
    const ents: Entity[] = [entityIn(t, 'E1', 'Orley Council', 'ORG')];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[0], ents), null);
  });
});

describe('resolveSpeakers: a lede bringing someone in, named by the next paragraph', () => {
  const lede =
    'A skipper who lost his licence has appealed, claiming that the harbour board broke its own rules.';
  const rest = [
    'Conor Mulgrew, who has fished from Kilmara for 30 years, said the board never heard his side.',
    'The other skipper, Declan Foy of the Kilmara Fishermen’s Association, said the ruling was fair.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  it('gives the lede and its participle the person the next paragraph opens with, not a later one of the same role', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Conor Mulgrew', 'PERSON'),
      entityIn(t, 'E2', 'Declan Foy', 'PERSON'),
      entityIn(t, 'E3', 'Kilmara Fishermen’s Association', 'ORG'),
    ];
    const attrs = [
      saidBy(t, 'A skipper who lost his licence', 'has appealed', 'person'),
      saidBy(t, 'A skipper', 'claiming', 'person'),
      saidBy(t, 'Conor Mulgrew, who has fished from Kilmara for 30 years', 'said', 'person'),
      saidBy(t, 'The other skipper, Declan Foy of the Kilmara Fishermen’s Association', 'said', 'person'),
    ];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Conor Mulgrew', 'Conor Mulgrew', 'Conor Mulgrew', 'Declan Foy'],
    );
  });
});

describe('resolveSpeakers: a lede source cut to the pronoun that ends a relative clause ("the trust that runs it said")', () => {
  // When the speech tag's source was cut to the object of a relative clause, the speaker is the
  // clause's head, the description, not what the pronoun points back to.
  // the lede's tag, the next paragraph, the body named there, the speaker expected
  const rows: [string, string, string, string, string | null][] = [
    [
      'a charity, named by another head',
      'the charity that funds it said',
      'Pellbrook Lantern Trust said the ward would reopen in spring.',
      'Pellbrook Lantern Trust',
      'Pellbrook Lantern Trust',
    ],
    [
      'a co-operative, named with no kind word',
      'the co-operative that owns it said',
      'Harnley Growers, which has 300 members, said the shop would stay open.',
      'Harnley Growers',
      'Harnley Growers',
    ],
    [
      'a verb with its particle ("looks after")',
      'the diocese that looks after it said',
      'The Diocese of Orley said the roof would be repaired.',
      'Diocese of Orley',
      'Diocese of Orley',
    ],
    [
      'a plural object',
      'the firm that built them said',
      'Quarrell Engineering said every carriage had been checked.',
      'Quarrell Engineering',
      'Quarrell Engineering',
    ],
    [
      'people who use it are no body',
      'the villagers who use it said',
      'Quarrell Engineering said every carriage had been checked.',
      'Quarrell Engineering',
      null,
    ],
  ];
  for (const [name, tag, next, named, want] of rows)
    it(name, () => {
      const lede = `ORLEY — The old chapel will close for a year from Monday, ${tag} on Friday.`;
      const { t, body } = ledeArticle(lede, next);
      const ents: Entity[] = [entityIn(t, 'E1', named, 'ORG')];
      const pronoun = tag.split(' ').at(-2) ?? '';
      const attrs = [
        saidBy(t, pronoun, 'said', 'unknown', lede.indexOf(`${pronoun} said`)),
        saidBy(t, next.replace(/^The /, '').split(/,| said/)[0], 'said', 'organization', lede.length + 1),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s owner of a thing it names, named next', () => {
  // "the venue's owner" is whoever owns the venue, never the venue: a person named in full as the next
  // paragraph opens, or a body named there; the venue itself only for the words that describe it.
  const rows: [string, string, string, [string, string][], string | null][] = [
    [
      'a person opening the next paragraph',
      "the hall's owner",
      'Fergus Lachlan said Orley Hall Weddings had run out of money.',
      [
        ['Orley Hall', 'ORG'],
        ['Fergus Lachlan', 'PERSON'],
      ],
      'Fergus Lachlan',
    ],
    [
      'a body opening the next paragraph',
      "the pier's owners",
      'Saltwick Leisure, which has run the pier since 1990, said repairs were too costly.',
      [
        ['Orley Hall', 'ORG'],
        ['Saltwick Leisure', 'ORG'],
      ],
      'Saltwick Leisure',
    ],
    [
      'those who govern it: the body opening the next paragraph',
      "the hall's trustees",
      'Orley Hall Commissioners, which has run the hall since 1901, said repairs were too costly.',
      [
        ['Orley Hall', 'ORG'],
        ['Orley Hall Commissioners', 'ORG'],
      ],
      'Orley Hall Commissioners',
    ],
    [
      'never the thing owned, when no one is named next',
      "the hall's owner",
      'The weddings booked for June will not go ahead.',
      [['Orley Hall', 'ORG']],
      null,
    ],
  ];
  for (const [name, source, next, names, want] of rows)
    it(name, () => {
      const lede = `ORLEY — Couples who booked weddings at Orley Hall have lost their deposits, ${source} told staff on Friday.`;
      const { t, body } = ledeArticle(lede, next);
      const ents: Entity[] = names.map(([n, type], k) => entityIn(t, `E${k + 1}`, n, type as Entity['type']));
      const attrs = [saidBy(t, source, 'told', 'unknown')];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s firm by its trade in the plural, named next by its partners’ names', () => {
  // the lede's description, the name opening the next paragraph, the pronoun after, the entity expected
  const rows: [string, string, string, string | null][] = [
    ['the auctioneers who run it', 'Pask Tolley', 'It', 'Pask Tolley'],
    ['the solicitors who handled the sale', 'Brill Hesketh', 'It', 'Brill Hesketh'],
    ['the architects who designed it', 'Ferrier Lund', 'It', 'Ferrier Lund'],
    // A given name opens a person's name, not a firm's.
    ['the auctioneers who run it', 'Helen Tolley', 'She', null],
  ];
  for (const [description, name, pronoun, want] of rows)
    it(`"${description}" then "${name} said …"`, () => {
      const lede = `ORLEY — The mart will hold its last sale in May, ${description} said on Tuesday.`;
      const next = `${name} said the yard had been sold to Ardent Homes, which will build flats. ${pronoun} said trade had fallen.`;
      const { t, body } = ledeArticle(lede, next);
      const attrs = [
        saidBy(t, description, 'said', 'unknown'),
        saidBy(t, name, 'said', 'person', lede.length + 1),
        saidBy(t, pronoun, 'said', 'unknown', t.indexOf(`${pronoun} said`)),
      ];
      // The recognizer reads two surnames as a person's name.
      const ents: Entity[] = [entityIn(t, 'E1', name, 'PERSON'), entityIn(t, 'E2', 'Ardent Homes', 'ORG')];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
      if (want) assert.deepEqual([speakerName(attrs[1], ents), speakerName(attrs[2], ents)], [want, want]);
    });
});

describe('resolveSpeakers: a lede’s spokesperson by the kind of body they speak for', () => {
  // the lede's source, the body named next, the entity expected
  const rows: [string, string, string][] = [
    ['a council spokesman', 'Orley City Council', 'Orley City Council'],
    ['a police spokeswoman', 'Orley Police', 'Orley Police'],
  ];
  for (const [source, named, want] of rows)
    it(`"${source}" is ${want}, not a firm whose appositive names the kind`, () => {
      const lede = `ORLEY — Fourteen trees were felled because their roots had cracked drains, ${source} said on Tuesday.`;
      const next = `${named} said the trees had been inspected. The work was done by Pask Tolley, a firm the council and police use.`;
      const { t, body } = ledeArticle(lede, next);
      // The recognizer read the firm as a person.
      const ents: Entity[] = [entityIn(t, 'E1', named, 'ORG'), entityIn(t, 'E2', 'Pask Tolley', 'PERSON')];
      const attrs = [
        saidBy(t, source, 'said', 'unknown'),
        saidBy(t, named, 'said', 'organization', lede.length + 1),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s body or people by what they do, whose clause names something else', () => {
  // the lede's source, the next paragraph's body, the entity expected
  const rows: [string, string, string | null][] = [
    // A name the relative clause holds ("Orley Forest") is what the body works on, not the body.
    ['the agency that manages the forest', 'The Upland Estates Agency', 'Upland Estates Agency'],
    // People who run or organise a thing speak as the body that runs it.
    ['the volunteers who organise it', 'Orley Park Run', 'Orley Park Run'],
    ['the parents who run it', 'Orley Park Run', 'Orley Park Run'],
    // So do those who ran it.
    ['the volunteers who ran it', 'Orley Park Run', 'Orley Park Run'],
    // People who use it speak for themselves.
    ['the volunteers who use it', 'Orley Park Run', null],
  ];
  for (const [source, named, want] of rows)
    it(`"${source}" is ${want}`, () => {
      const lede = `ORLEY — The trail in Orley Forest will stay shut until the autumn, ${source} said on Tuesday.`;
      const next = `${named} said machines had broken up the paths. It said they would be rebuilt.`;
      const { t, body } = ledeArticle(lede, next);
      const bare = named.replace(/^The /, '');
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley Forest', 'LOC'), entityIn(t, 'E2', bare, 'ORG')];
      const attrs = [
        saidBy(t, source, 'said', 'unknown'),
        saidBy(t, bare, 'said', 'organization', lede.length + 1),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede source cut after its relative pronoun ("the group that")', () => {
  // the next paragraph's body, whether the recognizer found it, the entity expected
  const rows: [string, boolean, string | null][] = [
    ['Orley Business Partnership', true, 'Orley Business Partnership'],
    // A body said to be a group is the capitalised name the next paragraph's report opens with.
    ['Orley Business Partnership', false, 'Orley Business Partnership'],
    // A person named there is no group.
    ['Sarah Venn', false, null],
  ];
  for (const [named, found, want] of rows)
    it(`"the group that" before ${named}${found ? '' : ' (not recognised)'} is ${want}`, () => {
      const lede =
        'ORLEY — The lights in Orley square will not go up this year, the group that pays for them said on Tuesday.';
      const { t, body } = ledeArticle(
        lede,
        `${named} said its insurer had tripled the bill. It said it could not pay.`,
      );
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley', 'LOC')];
      if (found) ents.push(entityIn(t, 'E2', named, 'ORG'));
      const cut = saidBy(t, 'the group that', 'said', 'organization');
      const cue = t.indexOf(' said on') + 1;
      cut.cue = { ...cut.cue, start: cue, end: cue + 4, text: 'said' };
      const attrs = [cut, saidBy(t, named, 'said', 'organization', lede.length + 1)];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s charity named next by a name the recognizer did not find', () => {
  // the next paragraph's body, the entity expected
  const rows: [string, string | null][] = [
    ['Orley Community Larder', 'Orley Community Larder'],
    // A person named there is no charity, nor is a council.
    ['Sarah Venn', null],
    ['Orley Borough Council', null],
  ];
  for (const [named, want] of rows)
    it(`"the charity that runs it" before ${named} (not recognised) is ${want}`, () => {
      const lede =
        'ORLEY — A food bank in Orley turned families away on Saturday, the charity that runs it said.';
      const { t, body } = ledeArticle(
        lede,
        `${named} said gifts had fallen by half. It said it could not cope.`,
      );
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley', 'LOC')];
      const attrs = [
        saidBy(t, 'the charity that runs it', 'said', 'organization'),
        saidBy(t, named, 'said', 'organization', lede.length + 1),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s person described over paragraphs opening with a pronoun, then named', () => {
  // the paragraphs after the lede; the entity the lede's "the woman who founded it" and the second paragraph's "She" are
  const rows: [string, string[], string | null][] = [
    [
      'named after two paragraphs of description',
      [
        'She began with two donkeys in a borrowed paddock.',
        'She said the letter gave the refuge until July to leave.',
        'Morwenna Tregale, 68, said the refuge had always paid its rent.',
      ],
      'Morwenna Tregale',
    ],
    [
      'named after one',
      [
        'She said the letter gave the refuge until July to leave.',
        'Morwenna Tregale said the rent was paid.',
      ],
      'Morwenna Tregale',
    ],
    [
      'not past a paragraph that opens otherwise',
      [
        'She said the letter gave the refuge until July to leave.',
        'The letter came on Monday.',
        'Morwenna Tregale said the rent was paid.',
      ],
      null,
    ],
  ];
  for (const [name, paragraphs, want] of rows)
    it(name, () => {
      const lede =
        'ORLEY — A donkey refuge has been told to leave its field, the woman who founded it said on Friday.';
      const t = [lede, ...paragraphs].join('\n');
      const body: { start: number; end: number }[] = [];
      let from = 0;
      for (const p of [lede, ...paragraphs]) {
        body.push({ start: from, end: from + p.length });
        from += p.length + 1;
      }
      const named = paragraphs.at(-1)!.split(/,| said/)[0];
      const ents: Entity[] = [entityIn(t, 'E1', named, 'PERSON')];
      const said = t.indexOf('She said');
      const attrs = [
        saidBy(t, 'the woman who founded it', 'said', 'person'),
        saidBy(t, 'She', 'said', 'person', said),
        saidBy(t, named, 'said', 'person', t.lastIndexOf(named)),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
      assert.equal(speakerName(attrs[1], ents), want);
    });
});

describe('resolveSpeakers: a lede’s person by role, named with a clause as the next paragraph opens', () => {
  // the lede's source (its sentence ends "… <source> said on Monday."), the next paragraph, the
  // paragraph after, the entity expected. The club and the person are entities; all invented.
  const club = 'Orley Fly Fishers';
  const rows: [string, string, string, string, string | null][] = [
    [
      'a possessive role is the person, not the body that owns the role',
      "the club's water keeper",
      'Nia Trevellick, who has walked the banks for the club since 2030, said the stream had turned brown.',
      'The club has 200 members.',
      'Nia Trevellick',
    ],
    [
      'so is a post whose ending is no agent’s',
      "the club's bailiff",
      'Nia Trevellick, who has walked the banks for the club since 2030, said the stream had turned brown.',
      'The club has 200 members.',
      'Nia Trevellick',
    ],
    [
      'an owned role after "its" is the person, not what "its" points back to',
      'its chairman',
      'Nia Trevellick, who has chaired the club since 2030, said the stream had turned brown.',
      'The club has 200 members.',
      'Nia Trevellick',
    ],
    [
      'a trade and a "who" clause: the person named next with a "whose" clause',
      'the ferryman who has rowed anglers across the water for 20 years',
      'Nia Trevellick, whose father built the boat, said the stream had turned brown.',
      'The club has 200 members.',
      'Nia Trevellick',
    ],
    [
      'a person given a role of their own is someone else',
      "the club's water keeper",
      'Nia Trevellick, a retired vet, said the stream had turned brown.',
      'The club has 200 members.',
      club,
    ],
    [
      'a body’s spokeswoman speaks for the body',
      "the club's spokeswoman",
      'Nia Trevellick, who has walked the banks since 2030, said the stream had turned brown.',
      'The club has 200 members.',
      club,
    ],
    [
      'the holder of the role named later with it comes first',
      "the club's secretary",
      'Nia Trevellick, who has walked the banks since 2030, said the stream had turned brown.',
      "The club's secretary, Gareth Lumb, said the members would meet on Friday.",
      'Gareth Lumb',
    ],
  ];
  for (const [name, source, next, after, want] of rows)
    it(name, () => {
      const lede = `ORLEY — Hundreds of trout have died in a reservoir run by ${club}, ${source} said on Monday.`;
      const paragraphs = [lede, next, after];
      const t = paragraphs.join('\n');
      const body: { start: number; end: number }[] = [];
      let from = 0;
      for (const p of paragraphs) {
        body.push({ start: from, end: from + p.length });
        from += p.length + 1;
      }
      const ents: Entity[] = [
        entityIn(t, 'E1', club, 'ORG'),
        entityIn(t, 'E2', 'Nia Trevellick', 'PERSON'),
        ...(t.includes('Gareth Lumb') ? [entityIn(t, 'E3', 'Gareth Lumb', 'PERSON')] : []),
      ];
      const attrs = [saidBy(t, source, 'said', 'person')];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede spokesperson for a described body, named next', () => {
  // source in the lede, the next paragraph, the body named there, the speaker expected
  const rows: [string, string, string, string, string | null][] = [
    [
      'the organisers named as the next paragraph opens, resumed as "It"',
      'a spokeswoman for the organisers',
      'The Orley Lantern Federation, which its members call "the Lanterns", lit 400 lanterns on Saturday. It said about 90 had come down in fields.',
      'Orley Lantern Federation',
      'Orley Lantern Federation',
    ],
    [
      'the organisers speaking as the next paragraph opens',
      'a spokesman for the organisers',
      'Lantern Nights said every ticket would be refunded.',
      'Lantern Nights',
      'Lantern Nights',
    ],
    [
      'a body by what it does',
      'a spokeswoman for the charity that runs the tunnel',
      'The Orley Tunnel Rescue Service said the repairs would take a month.',
      'Orley Tunnel Rescue Service',
      'Orley Tunnel Rescue Service',
    ],
    [
      'not a body whose paragraph reports nothing',
      'a spokeswoman for the organisers',
      'The Orley Lantern Federation lit 400 lanterns on Saturday. Crowds came from three counties.',
      'Orley Lantern Federation',
      null,
    ],
  ];
  for (const [name, source, next, named, want] of rows)
    it(name, () => {
      const lede = `ORLEY — Hundreds of paper lanterns fell on farmland at the weekend, ${source} said on Monday.`;
      const { t, body } = ledeArticle(lede, next);
      const ents: Entity[] = [entityIn(t, 'E1', named, 'ORG')];
      const attrs = [saidBy(t, source, 'said', 'unknown')];
      const it = t.indexOf('It said');
      if (it >= 0) attrs.push(saidBy(t, 'It', 'said', 'unknown', it));
      else if (/^[^.]* said /.test(next))
        attrs.push(saidBy(t, next.split(' said')[0], 'said', 'organization', lede.length + 1));
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s someone described by whose worker they are, named as the next paragraph opens', () => {
  // the lede's source (its sentence: "<source> told customers their tickets had lost, a court heard
  // on Monday."), the next paragraph, the entity expected. All invented.
  const rows: [string, string, string, string | null][] = [
    [
      'an indefinite role after a trade’s possessive is the person the next paragraph opens with',
      "A chemist's assistant",
      'Dale Mercer, 34, of Brindle, denies eleven counts of theft.',
      'Dale Mercer',
    ],
    [
      'so is one whose head is an agent noun',
      "A hotel's night porter",
      'Dale Mercer, 34, of Brindle, denies eleven counts of theft.',
      'Dale Mercer',
    ],
    [
      'an attendant is a person by trade, though the word ends as no agent noun does',
      "A car park's attendant",
      'Dale Mercer, who worked there for six years, denies eleven counts of theft.',
      'Dale Mercer',
    ],
    [
      'a person given a role of their own is someone else',
      "A chemist's assistant",
      'Dale Mercer, a retired teacher, said he had lost £40 that way.',
      null,
    ],
  ];
  for (const [name, source, next, want] of rows)
    it(name, () => {
      const { t, body } = ledeArticle(
        `${source} told customers their tickets had lost, a court heard on Monday.`,
        next,
      );
      const ents: Entity[] = [entityIn(t, 'E1', 'Dale Mercer', 'PERSON')];
      const attrs = [saidBy(t, source, 'told', 'unknown')];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a lede’s definite description, the person opening the next paragraph before a later one of its noun', () => {
  // lede source, the next paragraph, a later paragraph, whom the lede's source stands for
  const rows: [string, string, string, string][] = [
    [
      'the ferryman who has rowed the crossing every day for 20 years',
      'Oswin Pardew, whose father ran the ferry before him, said the council had given him a month.',
      'Another ferryman, Nell Carrick, said the river was too fast for a new boat.',
      'Oswin Pardew',
    ],
    [
      'the baker who has lit the village oven before dawn since 1990',
      'Tamsin Vell, whose shop stands by the green, said the rent had tripled.',
      'A second baker, Hugh Arrant, said he would take her customers.',
      'Tamsin Vell',
    ],
  ];
  for (const [described, next, later, want] of rows)
    it(`${described} → ${want}`, () => {
      const lede = `ORLEY — The village will lose its oldest trade, ${described} said on Monday.`;
      const { t, body } = ledeArticle(lede, `${next}\n${later}`);
      const first = next.split(',')[0];
      const other = later.split(', ')[1].replace(/,.*/, '');
      const ents: Entity[] = [entityIn(t, 'E1', first, 'PERSON'), entityIn(t, 'E2', other, 'PERSON')];
      const attrs = [
        saidBy(t, described, 'said', 'person'),
        saidBy(t, next.slice(0, next.indexOf(' said')), 'said', 'person'),
        saidBy(t, later.slice(0, later.indexOf(' said')), 'said', 'person'),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.deepEqual(
        attrs.map((a) => speakerName(a, ents)),
        [want, first, other],
      );
    });
});

describe('resolveSpeakers: a lede body cut before the clause that says it runs something', () => {
  // the lede's source, the words after it, the body the next paragraph names, the speaker expected
  const rows: [string, string, string, string | null][] = [
    ['the federation', 'that organised it', 'Orley Guild of Sailing Clubs', 'Orley Guild of Sailing Clubs'],
    [
      'the federation',
      'that ran the regatta',
      'Orley Guild of Sailing Clubs',
      'Orley Guild of Sailing Clubs',
    ],
    // A clause that says nothing of running it leaves the head to match the name, and it does not.
    ['the federation', 'that sponsored it', 'Orley Guild of Sailing Clubs', null],
    // A clause after a comma is another's.
    ['the federation', ', and the coastguard that ran the rescue', 'Orley Guild of Sailing Clubs', null],
  ];
  for (const [source, after, name, want] of rows)
    it(`${source} ${after} → ${want}`, () => {
      const lede = `ORLEY — Most boats stayed in harbour for the regatta, according to ${source}${after.startsWith(',') ? '' : ' '}${after}.`;
      const next = `The ${name} said only 40 of its 300 boats had sailed.`;
      const { t, body } = ledeArticle(lede, next);
      const ents: Entity[] = [entityIn(t, 'E1', name, 'ORG')];
      const from = t.indexOf(` ${source} `) + 1;
      const attrs = [
        attributionIn(t, {
          source,
          cue: 'according to',
          content: 'Most boats stayed in harbour',
          from,
          cueFrom: 0,
          contentFrom: 0,
          kind: 'unknown',
        }),
        saidBy(t, `The ${name}`, 'said', 'organization', lede.length + 1),
      ];
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});
