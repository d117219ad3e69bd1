import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, EntityType, SourceKind } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { attributionIn, entityIn, spanAt, spanIn } from '../fixtures.js';
import { ledeArticle, saidBy, speakerName } from './speechTags.js';

// An invented passage; entities are given by hand, as the recognizer would give them.
const text = [
  'Col. Omar Saleh, who leads the river guard, said the dam was safe.',
  'Saleh said more troops would come. He added that roads were closed.',
  'Maria Lopez, a nurse, said water was short. She said the clinic was full.',
  'The colonel said the clinic would get tankers.',
  'The Valley Water Board said prices would rise. It said repairs would take weeks.',
  'Two unnamed engineers said the dam leaked.',
].join('\n');

function entities(): Entity[] {
  return [
    entityIn(text, 'E1', 'Omar Saleh', 'PERSON', { variants: ['Omar Saleh'] }),
    entityIn(text, 'E2', 'Maria Lopez', 'PERSON', { variants: ['Maria Lopez'] }),
    entityIn(text, 'E3', 'Valley Water Board', 'ORG', { variants: ['Valley Water Board'] }),
  ];
}

function attr(source: string, cue: string, from: number): Attribution {
  const s = spanIn(text, source, from);
  const c = spanIn(text, cue, s.end);
  const kind: SourceKind = /unnamed/.test(source) ? 'anonymous' : 'person';
  return attributionIn(text, { source: s, cue: c, content: spanAt(text, c.end + 1, c.end + 5), kind });
}

describe('resolveSpeakers', () => {
  const rows: [string, string, number, string | null][] = [
    ['a full name with its title', 'Col. Omar Saleh', 0, 'Omar Saleh'],
    ['a surname', 'Saleh', text.indexOf('Saleh said'), 'Omar Saleh'],
    ['a pronoun after the same speaker', 'He', text.indexOf('He added'), 'Omar Saleh'],
    ['a name before an appositive', 'Maria Lopez, a nurse', 0, 'Maria Lopez'],
    ['a pronoun whose gender skips the nearest person', 'She', text.indexOf('She said'), 'Maria Lopez'],
    ['a description by title', 'The colonel', 0, 'Omar Saleh'],
    ['an organisation', 'The Valley Water Board', 0, 'Valley Water Board'],
    ['"it" after an organisation', 'It', text.indexOf('It said'), 'Valley Water Board'],
    ['an anonymous source stays unresolved', 'Two unnamed engineers', 0, null],
  ];
  it('resolves each kind of source to its entity', () => {
    const ents = entities();
    const attrs = rows.map(([, source, from]) => attr(source, 'said', from));
    resolveSpeakers(text, attrs, ents);
    rows.forEach(([name, , , expected], k) => {
      assert.equal(speakerName(attrs[k], ents), expected, name);
    });
  });

  it('takes words that name built-in object properties as plain words', () => {
    const t = 'The constructor said the hull was sound. The toString said nothing. Its constructor agreed.';
    const ents: Entity[] = [];
    const saying: [string, string, string][] = [
      ['The constructor', 'said', 'the hull was sound'],
      ['The toString', 'said', 'nothing'],
      ['Its constructor', 'agreed', 'the hull was sound'],
    ];
    const attrs = saying.map(([source, cue, content]) =>
      attributionIn(t, { source, cue, content, cueFrom: t.indexOf(source) }),
    );
    assert.doesNotThrow(() => resolveSpeakers(t, attrs, ents));
    assert.ok(attrs.every((a) => a.source?.entity === null));
  });

  it('takes the name after a possessive role or a lone determiner, not the owner or the determiner', () => {
    const t =
      "Harbour Line's chief executive, Ana Brill, said fares would rise. Another, Dev Sood, said they should not.";
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Harbour Line', 'ORG'),
      entityIn(t, 'E2', 'Ana Brill', 'PERSON'),
      entityIn(t, 'E3', 'Dev Sood', 'PERSON'),
    ];
    const chief = attributionIn(t, {
      source: "Harbour Line's chief executive, Ana Brill",
      cue: 'said',
      content: 'fares would rise',
      kind: 'organization',
    });
    const another = attributionIn(t, {
      source: 'Another, Dev Sood',
      cue: 'said',
      content: 'they should not',
      from: t.indexOf('Another'),
    });
    resolveSpeakers(t, [chief, another], ents);
    assert.deepEqual(
      [chief, another].map((a) => [a.source?.entity, a.source?.kind]),
      [
        ['E2', 'person'],
        ['E3', 'person'],
      ],
    );
    assert.equal(ents.length, 3);
  });

  it('gives someone speaking for "the company" the organisation named last', () => {
    const t = 'Harbour Line blamed Vantix Systems. A spokesperson for the company said the code was sound.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Harbour Line', 'ORG'),
      entityIn(t, 'E2', 'Vantix Systems', 'ORG'),
    ];
    const a = attributionIn(t, {
      source: 'A spokesperson for the company',
      cue: 'said',
      content: 'the code was sound',
      kind: 'organization',
    });
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E2');
  });

  // text, the source, the name of the business it speaks for (null: none)
  const byTrade: [string, string, string | null][] = [
    [
      'Delmont Bank blamed new meters fitted by Orwin Metering. Software supplied by Kestrel Code ran them. A spokesman for the supplier said the code had passed every test.',
      'A spokesman for the supplier',
      'Kestrel Code',
    ],
    [
      'The ferries are operated by Selkie Lines. A spokeswoman for the operator said sailings would resume.',
      'A spokeswoman for the operator',
      'Selkie Lines',
    ],
    // A maker is named by whoever built or made the thing.
    [
      'The trams were built by Selkie Lines, which has supplied 40 cities. The manufacturer said a team was on its way.',
      'The manufacturer',
      'Selkie Lines',
    ],
    // With no one named as the trade's agent, the business is not guessed.
    [
      'Delmont Bank blamed its supplier. A spokesman for the supplier said the code had passed every test.',
      'A spokesman for the supplier',
      null,
    ],
  ];
  for (const [t, source, name] of byTrade)
    it(`gives "${source}" the business named by its trade's verb: ${name}`, () => {
      const ents: Entity[] = [];
      for (const n of ['Delmont Bank', 'Orwin Metering', 'Kestrel Code', 'Selkie Lines'])
        if (t.includes(n)) ents.push(entityIn(t, `E${ents.length + 1}`, n, 'ORG'));
      const a = saidBy(t, source, 'said', 'person');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), name);
    });

  it('makes no entity of a sentence-opening description, and no variant of one', () => {
    const t = 'Col. Omar Saleh spoke. The colonel said the dam held. Many residents said it leaked.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Omar Saleh', 'PERSON', { variants: ['Omar Saleh'] })];
    const colonel = attributionIn(t, { source: 'The colonel', cue: 'said', content: 'the dam held' });
    const residents = attributionIn(t, {
      source: 'Many residents',
      cue: 'said',
      content: 'it leaked',
      from: t.indexOf('Many'),
      kind: 'unknown',
    });
    resolveSpeakers(t, [colonel, residents], ents);
    assert.equal(colonel.source?.entity, 'E1');
    assert.equal(residents.source?.entity, null);
    assert.equal(ents.length, 1);
    assert.deepEqual(ents[0].variants, ['Omar Saleh']);
  });

  it("gives an owner's office its owner but keeps it an organisation", () => {
    const t = "Mayor Ana Ruiz spoke. Mr Ruiz's office did not respond. Ruiz's campaign said nothing.";
    const ents: Entity[] = [
      {
        id: 'E1',
        name: 'Ana Ruiz',
        type: 'PERSON',
        mentions: [
          spanIn(t, 'Ana Ruiz'),
          spanIn(t, 'Ruiz', t.indexOf('Mr')),
          spanIn(t, 'Ruiz', t.indexOf("Ruiz's c")),
        ],
        variants: ['Ana Ruiz', 'Ruiz'],
      },
    ];
    const office = attributionIn(t, { source: "Mr Ruiz's office", cue: 'did not respond', content: 'Ruiz' });
    const campaign = attributionIn(t, { source: "Ruiz's campaign", cue: 'said', content: 'nothing' });
    resolveSpeakers(t, [office, campaign], ents);
    assert.deepEqual(
      [office, campaign].map((a) => [a.source?.entity, a.source?.kind]),
      [
        ['E1', 'organization'],
        ['E1', 'organization'],
      ],
    );
  });

  it('gives no entity named in what a source is about ("an inquiry into the grounding of the Marisol")', () => {
    const t =
      'The Marisol ran aground. Pilots warned the port, an inquiry into the grounding of the Marisol heard.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Marisol', 'ORG', { at: [0, t.indexOf('Marisol heard')] })];
    const a = attributionIn(t, {
      source: 'an inquiry into the grounding of the Marisol',
      cue: 'heard',
      content: 'Pilots warned the port',
      kind: 'organization',
    });
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, null);
  });

  it('gives a named body\'s office somewhere the body, not the place ("The Red Cross office in Velmar")', () => {
    const t = 'The Red Cross office in Velmar said its stores were empty.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Red Cross', 'ORG', { variants: ['Red Cross'] }),
      entityIn(t, 'E2', 'Velmar', 'LOC', { variants: ['Velmar'] }),
    ];
    const a = saidBy(t, 'The Red Cross office in Velmar', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Red Cross');
  });

  it('names a body the recognizer missed without its "the", whatever its head ("The … Guild", "The … Syndicate")', () => {
    for (const name of [
      "Northern Ferry Masters' Guild",
      'Orvale Dockers Syndicate',
      'Tarn Valley Observatory',
    ]) {
      const t = `The ${name}, which speaks for its members, said the plan was rushed.`;
      const ents: Entity[] = [];
      const a = saidBy(t, `The ${name}, which speaks for its members`, 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), name);
    }
  });

  it('takes the name after "the <role>" in an appositive ("Its music director, the conductor Ilsa Varga")', () => {
    const t =
      'The Varn Philharmonic lost its grant. Its music director, the conductor Ilsa Varga, said it was a blow.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Varn Philharmonic', 'ORG'),
      entityIn(t, 'E2', 'Ilsa Varga', 'PERSON', { variants: ['Ilsa Varga'] }),
    ];
    const a = saidBy(t, 'Its music director, the conductor Ilsa Varga', 'said', 'person');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Ilsa Varga');
  });

  it('resolves a description to the person the role introduced before the name ("The board\'s chairman, Ed Roe")', () => {
    const t = "The board's chairman, Ed Roe, said the rules were strict. The chairman said he understood.";
    const ents: Entity[] = [entityIn(t, 'E1', 'Ed Roe', 'PERSON')];
    const a = attributionIn(t, {
      source: 'The chairman',
      cue: 'said',
      content: 'he understood',
      from: t.indexOf('The chairman'),
    });
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E1');
  });

  it('takes the name after a description up to its own clause ("…, Rory Kane - who was cleared of …")', () => {
    const t =
      'One of the so-called Harwick Three, Rory Kane - who was cleared of arson - said they were relieved.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Harwick', 'GPE'), entityIn(t, 'E2', 'Rory Kane', 'PERSON')];
    const a = attributionIn(t, {
      source: 'One of the so-called Harwick Three, Rory Kane - who was cleared of arson',
      cue: 'said',
      content: 'they were relieved',
      kind: 'organization',
    });
    resolveSpeakers(t, [a], ents);
    assert.deepEqual([a.source?.entity, a.source?.kind], ['E2', 'person']);
  });

  it('makes no entity of a part of a group, and gives "they" no single person', () => {
    const t = 'Ana Brill said fares would rise. Half of them argue the ferry is too slow. They fear delays.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Ana Brill', 'PERSON')];
    const brill = attributionIn(t, { source: 'Ana Brill', cue: 'said', content: 'fares would rise' });
    const half = attributionIn(t, { source: 'Half of them', cue: 'argue', content: 'the ferry is too slow' });
    const they = attributionIn(t, { source: 'They', cue: 'fear', content: 'delays' });
    resolveSpeakers(t, [brill, half, they], ents);
    assert.deepEqual(
      [brill, half, they].map((a) => a.source?.entity),
      ['E1', null, null],
    );
    assert.equal(ents.length, 1);
  });

  it('records resolved sources as mentions and creates entities for unknown names', () => {
    const ents = entities();
    const a = attr('Saleh', 'said', text.indexOf('Saleh said'));
    const fresh = attr('Maria Lopez', 'said', 0);
    resolveSpeakers(text, [a], ents);
    assert.ok(ents[0].mentions.some((m) => m.rule === 'speaker-resolver' && m.text === 'Saleh'));
    const none: Entity[] = [];
    resolveSpeakers(text, [fresh], none);
    assert.equal(none.length, 1);
    assert.equal(none[0].name, 'Maria Lopez');
  });

  it('resolves a pronoun to a person brought in after the previous speaker, in a sentence without them', () => {
    const t = [
      'Rosa Vidal said the nets were torn.',
      '"We were ignored." The words came from Tom Hale, who runs the co-op.',
      'He said the co-op would appeal.',
      'Tom Hale met Rosa Vidal and Pedro Ruiz. He said little.',
    ].join('\n');
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Rosa Vidal', 'PERSON', { at: [0, t.indexOf('Rosa Vidal and')] }),
      entityIn(t, 'E2', 'Tom Hale', 'PERSON', { at: [0, t.indexOf('Tom Hale met')] }),
      entityIn(t, 'E3', 'Pedro Ruiz', 'PERSON'),
    ];
    const make = (source: string, from: number): Attribution => {
      const s = spanIn(t, source, from);
      return attributionIn(t, { source: s, cue: 'said', content: 'the', cueFrom: s.end, contentFrom: s.end });
    };
    const first = make('Rosa Vidal', 0);
    const he = make('He', t.indexOf('He said the'));
    resolveSpeakers(t, [first, he], ents);
    assert.equal(he.source?.entity, 'E2');
  });

  it('resolves a description to the group named earlier with that head noun, and "it" after it', () => {
    const t = [
      "Peru's fisheries ministry and the Callao Dockers' Co-operative rejected the plan.",
      'The ministry called it rushed. It said a review was due.',
      'The co-op said boats would stay in port.',
      'The committee said nothing.',
    ].join('\n');
    const make = (source: string, cue: string, from: number): Attribution => {
      const s = spanIn(t, source, from);
      const kind = 'organization';
      return attributionIn(t, { source: s, cue, content: ' ', cueFrom: s.end, contentFrom: s.end, kind });
    };
    const ents: Entity[] = [];
    const attrs = [
      make('The ministry', 'called', 0),
      make('It', 'said', t.indexOf('It said')),
      make('The co-op', 'said', 0),
      make('The committee', 'said', 0),
    ];
    resolveSpeakers(t, attrs, ents);
    const name = (a: Attribution) => ents.find((e) => e.id === a.source?.entity)?.name ?? null;
    assert.deepEqual(attrs.map(name), [
      "Peru's fisheries ministry",
      "Peru's fisheries ministry",
      "Callao Dockers' Co-operative",
      null,
    ]);
  });

  it('leaves "it" unresolved when the only organisation was named sentences before', () => {
    const t =
      'The Delta Ferry Company said fares would rise. Riders were angry. Many wrote to the board. ' +
      'The board published a review. It found that boats were late.';
    const ents = [entityIn(t, 'E1', 'Delta Ferry Company', 'ORG', { variants: ['Delta Ferry Company'] })];
    const make = (source: string, cue: string): Attribution =>
      attributionIn(t, { source, cue, content: spanAt(t, 0, 3), kind: 'organization' });
    const attrs = [make('The Delta Ferry Company', 'said'), make('It', 'found')];
    attrs[1].source!.kind = 'unknown';
    resolveSpeakers(t, attrs, ents);
    assert.equal(attrs[0].source?.entity, 'E1');
    // The previous speaker is the company, so "it" may still be it: only with no previous speaker
    // does the distance count. Here the first attribution spoke last, so the company keeps "it".
    assert.equal(attrs[1].source?.entity, 'E1');
    const alone = [make('It', 'found')];
    resolveSpeakers(t, alone, ents);
    assert.equal(alone[0].source?.entity ?? null, null);
  });

  it('resolves a possessive source ("its report") to the owner', () => {
    const t = 'The Coast Wire reported a leak. "It is bad," a clerk told the wire, according to its report.';
    const ents = [entityIn(t, 'E1', 'Coast Wire', 'MEDIA', { variants: ['Coast Wire'] })];
    const make = (source: string, cue: string, kind: SourceKind = 'media'): Attribution =>
      attributionIn(t, { source, cue, content: spanAt(t, 0, 3), kind });
    // Words alone make "its report" a document; the owner found, it speaks as the outlet.
    const attrs = [make('The Coast Wire', 'reported'), make('its report', 'according to', 'document')];
    resolveSpeakers(t, attrs, ents);
    assert.equal(attrs[1].source?.entity, 'E1');
    assert.equal(attrs[1].source?.kind, 'media');
  });

  it('resolves a possessive description with its name set off ("Its secretary, Tom Hale") to the name', () => {
    const t = 'The pilots’ union challenged that account. Its secretary, Tom Hale, said the survey was old.';
    const ents = [entityIn(t, 'E1', 'Tom Hale', 'PERSON', { variants: ['Tom Hale'] })];
    const c = spanIn(t, 'said');
    const content = spanAt(t, c.end + 1, t.length - 1);
    const a = attributionIn(t, { id: 'A1', source: 'Its secretary, Tom Hale', cue: c, content });
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E1');
  });

  it('gives the authors of a quoted work the kind of a document', () => {
    const t = 'A survey called “Low Water” found wells were dry. The survey’s authors said rain was short.';
    const ents = [entityIn(t, 'E1', 'Low Water', 'WORK', { variants: ['Low Water'] })];
    const c = spanIn(t, 'said');
    const content = spanAt(t, c.end + 1, t.length - 1);
    const a = attributionIn(t, {
      id: 'A1',
      source: 'The survey’s authors',
      cue: c,
      content,
      kind: 'unknown',
    });
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E1');
    assert.equal(a.source?.kind, 'document');
  });

  it('resolves "who" to the name before it and "the company" to the organisation named last', () => {
    const t =
      'Nadia Frost, who chairs the board, said no. Kestrel Mining Corp posted a loss. The company said costs rose.';
    const ents = [
      entityIn(t, 'E1', 'Nadia Frost', 'PERSON'),
      entityIn(t, 'E2', 'Kestrel Mining Corp', 'ORG'),
    ];
    const make = (source: string, cue: string, kind: 'person' | 'organization'): Attribution =>
      attributionIn(t, { source, cue, content: 'no', kind });
    const who = make('who', 'chairs', 'person');
    const company = make('The company', 'said costs', 'organization');
    resolveSpeakers(t, [who, company], ents);
    assert.equal(who.source?.entity, 'E1');
    assert.equal(company.source?.entity, 'E2');
  });

  it('resolves "who" past an appositive to the person it describes, not the group in it', () => {
    const t =
      'Liam Roe, chairman of the Killmore Anglers Club, who read a statement, said the club would appeal.';
    const ents = [entityIn(t, 'E1', 'Liam Roe', 'PERSON'), entityIn(t, 'E2', 'Killmore Anglers Club', 'ORG')];
    const who = attributionIn(t, {
      source: 'who',
      cue: 'read',
      lemma: 'read',
      content: 'a statement',
      kind: 'unknown',
    });
    resolveSpeakers(t, [who], ents);
    assert.equal(who.source?.entity, 'E1');
    assert.equal(who.source?.kind, 'person');
    // A list of names is a group: its "who" is none of them.
    const list = 'Roe, Ames and Hale, who have all denied the charge, will appeal.';
    const group = attributionIn(list, {
      source: 'who',
      cue: 'denied',
      lemma: 'deny',
      stance: 'deny',
      content: 'the charge',
      kind: 'unknown',
    });
    const people = [entityIn(list, 'E1', 'Roe', 'PERSON')];
    resolveSpeakers(list, [group], people);
    assert.equal(group.source?.entity, null);
  });
});

describe('resolveSpeakers: "the company" and a fronted phrase before the source', () => {
  const t = [
    'Brenmoor Freight Ltd was fined at Tarrow Magistrates Court on Monday.',
    'Outside court, the company said it had changed its rules.',
    'In a statement, the firm said no driver had been hurt.',
    'Tarrow Council said it would review the licence. The company said nothing more.',
  ].join('\n');
  const rows: [string, string, string][] = [
    ['a company named by its legal form, not the court named after it', 'the company said it', 'E1'],
    ['"the firm" after a fronted phrase', 'the firm said', 'E1'],
    ['a company after a council named since', 'The company said nothing', 'E1'],
  ];
  for (const [name, at, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Brenmoor Freight Ltd', 'ORG'),
        entityIn(t, 'E2', 'Tarrow Magistrates Court', 'ORG'),
        entityIn(t, 'E3', 'Tarrow Council', 'ORG'),
      ];
      const from = t.indexOf(at);
      const lineStart = t.lastIndexOf('\n', from) + 1;
      // The tagger takes the fronted phrase into the source ("Outside court, the company").
      const opener = /^(?:Outside court|In a statement), /.test(t.slice(lineStart)) ? lineStart : from;
      const source = t.slice(opener, from) + at.split(' said')[0];
      const a = attributionIn(t, {
        source,
        cue: 'said',
        content: ' ',
        from: opener,
        cueFrom: from,
        contentFrom: from,
        kind: 'organization',
      });
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity, want);
      const added = ents[0].mentions.find((m) => m.start >= opener && m.start < from + at.length);
      assert.ok(!added || !/^(?:Outside|In)\b/.test(added.text), `mention ${added?.text}`);
    });
});

describe('resolveSpeakers: a head noun an organisation was given with a modifier', () => {
  const t = [
    'Fees at Carlow Street Clinic will double, the clinic board said, and the city council agreed.',
    'The board said the money would fund nurses.',
    'A spokesman for Harwell Ferries said nothing. The board later said more.',
    'The committee said it would meet.',
  ].join('\n');
  const rows: [string, string, string | null][] = [
    ['the modified phrase itself ("the clinic board")', 'the clinic board', 'E1'],
    ['the bare head after the modified phrase', 'The board said the money', 'E1'],
    ['past a company named since that is no board', 'The board later', 'E1'],
    ['a head never written with such a modifier', 'The committee', null],
  ];
  for (const [name, at, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Carlow Street Clinic', 'ORG'),
        entityIn(t, 'E2', 'Harwell Ferries', 'ORG'),
      ];
      const from = t.indexOf(at);
      const source = at.replace(/ (?:said|later)\b.*$/, '');
      const a = attributionIn(t, {
        source,
        cue: 'said',
        content: ' ',
        from,
        cueFrom: from,
        contentFrom: from,
        kind: 'organization',
      });
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ?? null, want);
    });
});

describe('resolveSpeakers: a body whose proper name holds "and"', () => {
  const t = [
    "The Road and Rail Drivers' Union, which has 400 members at the yard, said the fine was low.",
    'The union said it would appeal. They said the yard was unsafe.',
    'The Fire and Rescue Authority said the blaze was out.',
    'The Tarrow Herald and the Brenmoor Echo said the yard had been warned.',
    'The Kessock Times and Harbour Weekly said nothing.',
  ].join('\n');
  const rows: [string, string, string | null][] = [
    [
      'the name with its clause after it',
      "The Road and Rail Drivers' Union, which has 400 members at the yard",
      "Road and Rail Drivers' Union",
    ],
    ['the head noun after it', 'The union', "Road and Rail Drivers' Union"],
    ['"They" after it', 'They', "Road and Rail Drivers' Union"],
    ['a public body no recognizer found', 'The Fire and Rescue Authority', 'Fire and Rescue Authority'],
    ['two outlets, each with its article: no one entity', 'The Tarrow Herald and the Brenmoor Echo', null],
    ["a name not ending in a body's head word", 'The Kessock Times and Harbour Weekly', null],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [];
    const attrs = rows.map(([, source]) => {
      return saidBy(t, source, 'said', 'organization');
    });
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: "the company" is no public body, and an employee is not the company', () => {
  const t = [
    'Tarn Coaches runs the routes under contract to Orley Borough Council.',
    'The company said fares would stay the same.',
    'A spokeswoman for the company said drivers were paid well.',
    'A senior manager at the company told staff the routes were losing money.',
    'Orley Borough Council set the fares. The company denied it had cut services.',
  ].join('\n');
  const rows: [string, string, string | null][] = [
    ['an operator named without a trade word, not the council named after it', 'The company said', 'E1'],
    ['a spokeswoman speaks for the company', 'A spokeswoman for the company', 'E1'],
    ['a manager at the company speaks for herself', 'A senior manager at the company', null],
    ['a council named since is no company', 'The company denied', 'E1'],
  ];
  for (const [name, at, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Tarn Coaches', 'ORG'),
        entityIn(t, 'E2', 'Orley Borough Council', 'ORG', {
          at: [0, t.indexOf('Orley Borough Council set')],
        }),
      ];
      const from = t.indexOf(at);
      const source = at.replace(/ (?:said|denied)$/, '');
      const cue = t.indexOf(' ', from + source.length) + 1;
      const a = attributionIn(t, {
        source,
        cue: 'd',
        content: ' ',
        from,
        cueFrom: cue,
        contentFrom: cue,
        kind: 'organization',
      });
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ?? null, want);
    });

  it('gives "the company" no entity when only public bodies were named', () => {
    const only = 'Orley Borough Council met. The company said nothing.';
    const ents: Entity[] = [entityIn(only, 'E1', 'Orley Borough Council', 'ORG')];
    const a = attributionIn(only, {
      source: 'The company',
      cue: 'said',
      content: 'nothing',
      kind: 'organization',
    });
    resolveSpeakers(only, [a], ents);
    assert.equal(a.source?.entity ?? null, null);
  });
});

describe('resolveSpeakers: a name after a person role that the recognizer took for a place', () => {
  const t = [
    "The borough's cabinet member for roads, Dilys Vaughan, urged the company to settle.",
    'Ms Vaughan told a radio station the borough had no power. "We have asked," she said.',
    'The company said nothing.',
  ].join('\n');
  it('makes the name a person, joins "Ms Vaughan" to it, and reads no role into the verb after its comma', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Dilys Vaughan', 'LOC'),
      entityIn(t, 'E2', 'Vaughan', 'PERSON', { at: [t.indexOf('Ms Vaughan')] }),
      // A company the article never names: "The company" must not find her through the verb phrase.
      entityIn(t, 'E3', 'Tarn Coaches', 'ORG', { at: [] }),
    ];
    const say = (source: string, cue: string, from: number) => {
      const s = spanIn(t, source, from);
      return attributionIn(t, { source: s, cue, content: ' ', cueFrom: s.end, contentFrom: s.end });
    };
    const role = say("The borough's cabinet member for roads, Dilys Vaughan", 'urged', 0);
    const ms = say('Ms Vaughan', 'told', 0);
    const she = say('she', 'said', t.indexOf('she said'));
    const company = say('The company', 'said', 0);
    resolveSpeakers(t, [role, ms, she, company], ents);
    assert.equal(ents[0].type, 'PERSON');
    assert.deepEqual(
      [role, ms, she, company].map((a) => a.source?.entity ?? null),
      ['E1', 'E1', 'E1', null],
    );
  });
});

describe('resolveSpeakers: names the recognizer clipped, appositives with "and", people at an organisation', () => {
  const t = [
    'The Friends of the Morrow, a volunteer group that counts otters, said numbers had fallen. They said the river was dirtier.',
    'Morrow Water disputed the count. A spokesperson for the company said its own survey found more otters.',
    'Nia Castell, the MP for Tarrow and Fell, said she would ask a question in Parliament.',
    'A senior chemist at Morrow Water told colleagues the pumps were failing.',
    'Col. Ines Haro said the bridge was closed.',
  ].join('\n');
  // The recognizer found only "Morrow" (as a person) in "Friends of the Morrow" and "Morrow Water".
  const marks: [string, string][] = [
    ['Morrow', 'PERSON'],
    ['Nia Castell', 'PERSON'],
    ['Ines Haro', 'PERSON'],
  ];
  const rows: [string, string, string, string | null][] = [
    [
      'a name of a group with "of the", its appositive saying it is a group',
      'The Friends of the Morrow, a volunteer group that counts otters',
      'said',
      'Friends of the Morrow',
    ],
    ['"They" after that group', 'They', 'said', 'Friends of the Morrow'],
    [
      'a longer capitalised name than the one recognised inside it',
      'Morrow Water',
      'disputed',
      'Morrow Water',
    ],
    ['the company named so', 'A spokesperson for the company', 'said', 'Morrow Water'],
    [
      '"and" inside an appositive joins no sources',
      'Nia Castell, the MP for Tarrow and Fell',
      'said',
      'Nia Castell',
    ],
    [
      'someone working at an organisation is not the organisation',
      'A senior chemist at Morrow Water',
      'told',
      null,
    ],
    ['a title before a recognised name is no longer name', 'Col. Ines Haro', 'said', 'Ines Haro'],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = marks.map(([n, type], k) => entityIn(t, `E${k + 1}`, n, type as EntityType));
    ents[0].mentions = [...t.matchAll(/Morrow/g)].map((m) => spanAt(t, m.index, m.index + 6));
    const attrs = rows.map(([, source, cue]) => {
      return saidBy(t, source, cue, 'unknown');
    });
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: a bare head word for the body the article names with it', () => {
  const lede = 'ORLEY — A cyclist was hurt on the ring road, police said on Monday.';
  const rest = [
    'Tarrow Police said the driver had stopped. Orley Council said the junction would be reviewed.',
    'A relative of Mr Vance, who asked not to be named, said the family was shocked. He said the junction was known.',
    'Police said the road had reopened.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  const rows: [string, string, string | null, boolean][] = [
    ['a lower-case head in the lede: the force named after it', 'police', 'Tarrow Police', false],
    ['the full name', 'Tarrow Police', 'Tarrow Police', false],
    ['a capitalised head alone opening a sentence', 'Police', 'Tarrow Police', false],
    ['the anonymous relative', 'A relative of Mr Vance, who asked not to be named', null, true],
    ['"He" after him, past the name inside his own phrase', 'He', null, false],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [entityIn(t, 'E1', 'Orley Council', 'ORG'), entityIn(t, 'E2', 'Vance', 'PERSON')];
    const attrs = rows.map(([, source, , anonymous]) => {
      const from =
        source === 'Police'
          ? t.lastIndexOf('Police said')
          : t.indexOf(source === 'police' ? 'police said' : source);
      return saidBy(t, source, 'said', anonymous ? 'anonymous' : 'unknown', from);
    });
    resolveSpeakers(t, attrs, ents, body);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
    assert.equal(attrs[4].source?.kind, 'anonymous');
  });
});

describe('resolveSpeakers: people of a place, a business named in apposition, a hyphenated surname', () => {
  const t = [
    'Residents of Kellaway Road, which runs past the site, said they were angry.',
    'The contractor, Dunmore Build, will start in May. A spokesman for the company said the work would take a year.',
    'Workers at the depot said they had not been told.',
    'Nadia Brook-Hollis chairs the board. Brook-Hollis said the plan was sound.',
    'Sources within the Harbour Party said members were uneasy. Traders who spoke to the Dunmore Echo said sales fell.',
  ].join('\n');
  const rows: [string, string, string | null][] = [
    [
      'residents of a street are not the street',
      'Residents of Kellaway Road, which runs past the site',
      null,
    ],
    ['a business named in apposition to "The contractor"', 'A spokesman for the company', 'Dunmore Build'],
    ['workers at a place', 'Workers at the depot', null],
    ['a hyphenated surname alone, split by the recognizer', 'Brook-Hollis', 'Nadia Brook-Hollis'],
    ['sources within a party are not the party', 'Sources within the Harbour Party', null],
    ['people who spoke to a paper are not the paper', 'Traders who spoke to the Dunmore Echo', null],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Kellaway Road', 'LOC'),
      entityIn(t, 'E2', 'Nadia Brook-Hollis', 'PERSON'),
      // The recognizer read the later surname as two names.
      entityIn(t, 'E3', 'Hollis', 'PERSON', { at: [t.indexOf('Brook-Hollis said')] }),
      entityIn(t, 'E4', 'Harbour Party', 'ORG'),
      entityIn(t, 'E5', 'Dunmore Echo', 'MEDIA'),
    ];
    const attrs = rows.map(([, source]) => {
      return saidBy(t, source, 'said', 'unknown', source === 'Brook-Hollis' ? 'Brook-Hollis said' : source);
    });
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: a name no entity holds, said of a thing', () => {
  const t = [
    'Kestor Air, which flies from the city, said it would add routes. A spokesperson for the airline said jets were ordered.',
    'Clear Skies Tarrow, a campaign group set up by villagers, said the plan was wrong.',
    'Mira Kessel, who flies from the city, said she would move.',
  ].join('\n');
  const rows: [string, string, EntityType][] = [
    ['a name with "which" after it', 'Kestor Air, which flies from the city', 'ORG'],
    ['someone speaking for it', 'A spokesperson for the airline', 'ORG'],
    ['a name an appositive calls a group', 'Clear Skies Tarrow, a campaign group set up by villagers', 'ORG'],
    ['a name with "who" after it', 'Mira Kessel, who flies from the city', 'PERSON'],
  ];
  it('makes an organisation of a name said of a thing, and finds it again', () => {
    const ents: Entity[] = [];
    const attrs = rows.map(([, source]) => {
      return saidBy(t, source, 'said', 'person');
    });
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , type], k) => {
      const e = ents.find((x) => x.id === attrs[k].source?.entity);
      assert.equal(e?.type, type, name);
    });
    assert.equal(attrs[1].source?.entity, attrs[0].source?.entity);
  });
});

describe('resolveSpeakers: "the company" after a company the recognizer read as a person', () => {
  const cases: {
    name: string;
    text: string;
    entities: (t: string) => Entity[];
    said: string;
    company: string;
  }[] = [
    {
      name: 'a compounded trade, past a university and a person named like a trade',
      text: [
        'A study by the University of Tarrow found bees in decline. The herbicide is made by Ketley Agrochemicals.',
        'The company said the study was flawed.',
        'John Steel, a farmer, said he used it. The company said nothing more.',
      ].join('\n'),
      entities: (t) => [
        entityIn(t, 'E1', 'University of Tarrow', 'ORG'),
        entityIn(t, 'E2', 'Ketley Agrochemicals', 'PERSON'),
        entityIn(t, 'E3', 'John Steel', 'PERSON'),
      ],
      said: 'the study was flawed',
      company: 'E2',
    },
    {
      // "Harley" is also a given name: the trade must be plural ("Dairies"), so "Amy Power" stays a person.
      name: 'a given name first and a plural trade, not a person whose surname is a trade',
      text: [
        'Harley Dairies and Tolland Foods shared price lists, the regulator found.',
        'Harley Dairies, which makes butter, was fined. The company said it would appeal.',
        'Amy Power, a shopper, said prices had risen. The company said nothing more.',
      ].join('\n'),
      entities: (t) => [
        entityIn(t, 'E1', 'Harley Dairies', 'PERSON', { at: [0, t.indexOf('Harley Dairies, which')] }),
        entityIn(t, 'E2', 'Tolland Foods', 'ORG'),
        entityIn(t, 'E3', 'Amy Power', 'PERSON'),
      ],
      said: 'it would appeal',
      company: 'E1',
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const ents = c.entities(c.text);
      const first = attributionIn(c.text, { source: 'The company', cue: 'said', content: c.said });
      const later = attributionIn(c.text, {
        source: 'The company',
        cue: 'said',
        content: 'nothing more',
        from: c.text.indexOf('The company said nothing'),
      });
      resolveSpeakers(c.text, [first, later], ents);
      assert.deepEqual([first.source?.entity, later.source?.entity], [c.company, c.company]);
      assert.equal(ents.find((e) => e.id === c.company)?.type, 'ORG');
    });
});

describe('resolveSpeakers: a lede body named next, a spokesperson for the body in focus, people by a plural', () => {
  const lede = 'MORVALE — Two roads were shut on Sunday after a bank gave way, the water board said.';
  const rest = [
    'Morvale Water Board said 30 homes had no supply. Its engineers said repairs would take a week.',
    'Allotment holders have complained for months. Their chair, Edwin Sollis, said letters went unanswered.',
    'The board rejected that. A spokeswoman said every letter had been answered.',
    'Shopkeepers said trade had fallen. Harrow Lane Traders said the same.',
    'Later a spokesman said the road would reopen. The week before, the town fair had been cancelled.',
    'Nobody was hurt. A spokesman said the cost was not known.',
    'Families said the letters came late.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  // source, where to find it, the entity expected, whether the resolver may make a new entity
  const rows: [string, string, string, string | null][] = [
    [
      'a lede description whose words the body’s name holds',
      'the water board',
      'the water board said',
      'Morvale Water Board',
    ],
    ['a plural for people opening a sentence names no one', 'Allotment holders', 'Allotment holders', null],
    ['a bare spokeswoman after the body spoke', 'A spokeswoman', 'A spokeswoman said', 'Morvale Water Board'],
    ['a capitalised plural for people opening a sentence', 'Shopkeepers', 'Shopkeepers said', null],
    ['a spokesman far from any body', 'A spokesman', 'A spokesman said the cost', null],
    [
      'a plural running text writes in lower case, not a noun for a person',
      'Families',
      'Families said',
      null,
    ],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Morvale Water Board', 'ORG'),
      entityIn(t, 'E2', 'Edwin Sollis', 'PERSON'),
    ];
    const attrs = rows.map(([, source, at]) => {
      const from = t.indexOf(at);
      return saidBy(t, source, 'said', 'unknown', from);
    });
    resolveSpeakers(t, attrs, ents, body);
    rows.forEach(([name, , , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
    assert.ok(!ents.some((e) => /^(?:Shopkeepers|Allotment|Families)/.test(e.name)), 'no entity of a plural');
  });

  it('keeps a name opening a sentence that running text capitalises ("Rogers said")', () => {
    const s = 'The vote was close. Rogers said the plan would pass.';
    const a = attributionIn(s, { source: 'Rogers', cue: 'said', content: 'the plan', kind: 'person' });
    const ents: Entity[] = [];
    resolveSpeakers(s, [a], ents);
    assert.equal(speakerName(a, ents), 'Rogers');
  });
});

describe('resolveSpeakers: a lede business by what it supplies, a body named with its "the" after a role', () => {
  const lede = 'ORLEY — Taps ran dry in 900 homes on Monday, the water company said.';
  const rest = [
    'Tarrow Water said a main had burst. The regulator, the Water Standards Board, said it would ask why.',
    'The watchdog, the Orley Consumer Panel, said bills should fall. The bus company said nothing.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  const rows: [string, string, string | null][] = [
    ['a generic business head: its modifier names the company', 'the water company', 'Tarrow Water'],
    [
      'a role, then the body’s name with "the"',
      'The regulator, the Water Standards Board',
      'Water Standards Board',
    ],
    ['the same for a name no entity holds', 'The watchdog, the Orley Consumer Panel', 'Orley Consumer Panel'],
    ['a business no name holds the modifier of, outside the lede', 'The bus company', null],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Tarrow Water', 'ORG'),
      entityIn(t, 'E2', 'Water Standards Board', 'ORG'),
    ];
    const attrs = rows.map(([, source]) => saidBy(t, source, 'said', 'organization'));
    resolveSpeakers(t, attrs, ents, body);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: one of a body’s people, and a business in apposition to a trade noun', () => {
  const t = [
    'Orley Borough Council rejected the plan. A council officer, speaking on condition of anonymity, said it was close.',
    'A council spokeswoman said the vote was fair. The developer, Tolbeck Estates, said it would appeal.',
  ].join('\n');
  // what the row shows, the source, the entity expected
  const rows: [string, string, string | null][] = [
    ['an officer of the council is not the council', 'A council officer', null],
    ['a spokeswoman speaks for it', 'A council spokeswoman', 'Orley Borough Council'],
    ['the developer named after it', 'The developer, Tolbeck Estates', 'Tolbeck Estates'],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Orley Borough Council', 'ORG'),
      // The recognizer read the business as a place.
      entityIn(t, 'E2', 'Tolbeck Estates', 'LOC'),
    ];
    const attrs = rows.map(([, source]) => saidBy(t, source, 'said', 'unknown'));
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
    assert.equal(ents[1].type, 'ORG', 'a business noun before the name makes it an organisation');
  });
});

describe('resolveSpeakers: a lawyer for a company, and a "we" inside an anonymous speaker’s quote', () => {
  const t = [
    'Quenby Lettings Ltd was fined. A lawyer for the company declined to comment.',
    'Dr Omar Reid said the ward was full. A porter, who asked not to be named, said staff were tired.',
    '"We said it in meetings," she said on Monday.',
  ].join('\n');
  it('gives the lawyer the company, and "she" the anonymous porter', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Quenby Lettings Ltd', 'ORG'),
      entityIn(t, 'E2', 'Omar Reid', 'PERSON'),
    ];
    const lawyer = saidBy(t, 'A lawyer for the company', 'declined', 'unknown');
    const porter = saidBy(t, 'A porter, who asked not to be named', 'said', 'anonymous');
    const we = saidBy(t, 'We', 'said', 'person');
    const she = saidBy(t, 'she', 'said', 'person');
    resolveSpeakers(t, [lawyer, porter, we, she], ents);
    assert.equal(speakerName(lawyer, ents), 'Quenby Lettings Ltd');
    assert.equal(speakerName(we, ents), null);
    assert.equal(speakerName(she, ents), null);
    assert.equal(she.source?.kind, 'anonymous');
  });
});

describe('resolveSpeakers: owned bodies, "the force", untitled documents, things said with "which"', () => {
  const lede =
    'TARLO — Nurses at the Tarlo Infirmary will strike next week, their union said, and the pier will shut, its owners said.';
  const rest = [
    'Orrin Leisure, which runs the pier, said the legs had rusted. Ann Reed, the company’s director, said repairs were dear.',
    'The Nursing and Midwifery Union said talks had failed. Tarlo Police said no arrests were made. The force said it was calm. A spokesman for the force said two men were held.',
    'Minutes seen by the Tarlo Post showed the board was warned. A study by researchers at the University of Tarlo found the same.',
    'The company said the pier would reopen. The university said the study was sound.',
    'A neighbour who did not want to give her name said it was loud. "We heard it all," she said on Monday.',
    'Kestor Tide, which runs the ferry, said fares would rise.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  // what the row shows, the source, where it is, the entity expected
  const rows: [string, string, string, string | null][] = [
    [
      'an owned union in a lede: the union named next, not the employer',
      'their union',
      'their union',
      'Nursing and Midwifery Union',
    ],
    [
      'a lede\'s "its owners": the body opening the next paragraph',
      'its owners',
      'its owners',
      'Orrin Leisure',
    ],
    ['a name "which" follows', 'Kestor Tide, which runs the ferry', 'Kestor Tide', 'Kestor Tide'],
    ['"The force": the police named', 'The force', 'The force', 'Tarlo Police'],
    [
      '"a spokesman for the force": the police named',
      'A spokesman for the force',
      'A spokesman for the force',
      'Tarlo Police',
    ],
    ['minutes seen by an outlet are not the outlet', 'Minutes seen by the Tarlo Post', 'Minutes', null],
    [
      'a study by researchers at a university is not the university',
      'A study by researchers at the University of Tarlo',
      'A study',
      null,
    ],
    [
      '"The company" is not the person whose appositive names it',
      'The company',
      'The company',
      'Orrin Leisure',
    ],
    [
      '"The university": the body headed by the word, not one holding it',
      'The university',
      'The university',
      'University of Tarlo',
    ],
    ['a pronoun after an unnamed neighbour "who …"', 'she', 'she said on', null],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Tarlo Infirmary', 'ORG'),
      entityIn(t, 'E2', 'Orrin Leisure', 'ORG'),
      entityIn(t, 'E3', 'Ann Reed', 'PERSON'),
      entityIn(t, 'E4', 'Nursing and Midwifery Union', 'ORG'),
      entityIn(t, 'E5', 'Tarlo Police', 'ORG'),
      entityIn(t, 'E6', 'Tarlo Post', 'MEDIA'),
      entityIn(t, 'E7', 'University of Tarlo', 'ORG'),
      // The recognizer read this company as a person.
      entityIn(t, 'E8', 'Kestor Tide', 'PERSON'),
    ];
    const neighbour = saidBy(t, 'A neighbour who did not want to give her name', 'said', 'unknown');
    const attrs = rows.map(([, source, at]) =>
      saidBy(
        t,
        source,
        /^(?:Minutes|A study)/.test(source) ? (source.startsWith('A') ? 'found' : 'showed') : 'said',
        'unknown',
        at,
      ),
    );
    resolveSpeakers(t, [...attrs, neighbour], ents, body);
    rows.forEach(([name, , , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
    assert.equal(
      ents.find((e) => e.name === 'Kestor Tide')?.type,
      'ORG',
      'a thing "which" follows is no person',
    );
  });
});

describe("resolveSpeakers: a given name read as a business, and a place's MP", () => {
  const t = [
    "The club's top scorer, Trevor Kilns, who played for the town, said he was sad.",
    "Tarlo's MP, Ruth Amadi, said she would write. Tarlo Rovers said nothing.",
  ].join('\n');
  it('makes the scorer a person and gives the MP her own name, not the place or the club', () => {
    const ents: Entity[] = [
      // The recognizer took a trade word ending the name for a business.
      entityIn(t, 'E1', 'Trevor Kilns', 'ORG'),
      entityIn(t, 'E2', 'Ruth Amadi', 'PERSON'),
      entityIn(t, 'E3', 'Tarlo Rovers', 'ORG', { at: [t.indexOf('Tarlo Rovers')] }),
      entityIn(t, 'E4', 'Tarlo', 'ORG'),
    ];
    const scorer = saidBy(
      t,
      "The club's top scorer, Trevor Kilns, who played for the town",
      'said',
      'unknown',
    );
    const mp = saidBy(t, "Tarlo's MP, Ruth Amadi", 'said', 'unknown');
    resolveSpeakers(t, [scorer, mp], ents);
    assert.equal(speakerName(scorer, ents), 'Trevor Kilns');
    assert.equal(ents[0].type, 'PERSON');
    assert.equal(speakerName(mp, ents), 'Ruth Amadi');
  });
});

describe('resolveSpeakers: a paper by its name, a lede body by a shortened word, a lede role before an honorific', () => {
  const lede =
    'TARLO — Results at a school were cancelled, an exam board confirmed, and a road will close, a minister announced.';
  const rest = [
    'The Northern Examinations Board said papers had leaked. Transport minister Sir Hugh Brand told reporters the road was unsafe.',
    'Dr Ana Kell of the University of Tarlo said so too. Staff had been warned, the Tarlo Star reported on Monday.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  const rows: [string, string, string, string][] = [
    [
      'a lede body whose name holds a longer form of its word',
      'an exam board',
      'confirmed',
      'Northern Examinations Board',
    ],
    ['a lede role before an honorific and the name', 'a minister', 'announced', 'Hugh Brand'],
    [
      '"the Tarlo Star" is a paper of that name, not the university of the place',
      'the Tarlo Star',
      'reported',
      'Tarlo Star',
    ],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Northern Examinations Board', 'ORG'),
      entityIn(t, 'E2', 'Hugh Brand', 'PERSON'),
      entityIn(t, 'E3', 'Ana Kell', 'PERSON'),
      entityIn(t, 'E4', 'University of Tarlo', 'ORG'),
    ];
    const attrs = rows.map(([, source, cue]) =>
      saidBy(t, source, cue, source.startsWith('the Tarlo') ? 'organization' : 'unknown'),
    );
    resolveSpeakers(t, attrs, ents, body);
    rows.forEach(([name, , , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
    assert.equal(ents.find((e) => e.name === 'Tarlo Star')?.type, 'MEDIA');
  });
});

describe('resolveSpeakers: a kind before a name, a body headed before "of", a group people formed, a role before a name', () => {
  const t = [
    'Animal welfare charity Hoof Trust said checks were weak. The Association of Rural Halls said halls were empty.',
    'Parents who formed the Keep Tarlo School campaign said they would fight. Ann Roe chairs it.',
    "Roe's neighbour, farmer Bill Haig, said the lane flooded. He said it was worse each year.",
  ].join('\n');
  const rows: [string, string, string][] = [
    ['a body named after what it is, in lower case', 'Animal welfare charity Hoof Trust', 'Hoof Trust'],
    ['a body whose head stands before "of"', 'The Association of Rural Halls', 'Association of Rural Halls'],
    ['the group people formed', 'Parents who formed the Keep Tarlo School campaign', 'Keep Tarlo School'],
    [
      "a role in lower case before the name, after someone's possessive",
      "Roe's neighbour, farmer Bill Haig",
      'Bill Haig',
    ],
    ['"He" after him', 'He', 'Bill Haig'],
  ];
  it('resolves each source', () => {
    const ents: Entity[] = [entityIn(t, 'E1', 'Ann Roe', 'PERSON'), entityIn(t, 'E2', 'Bill Haig', 'PERSON')];
    const attrs = rows.map(([, source]) =>
      saidBy(
        t,
        source,
        'said',
        source === 'He' || source.includes('Haig') ? 'person' : 'organization',
        source === 'He' ? 'He said it' : source,
      ),
    );
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: a business named after its owner’s role', () => {
  it('types the name an organisation and records the name, not the role, as its mention', () => {
    const t = 'Rowan Court’s owner, Fernlea Living, confirmed the sale. The company said staff would stay.';
    const attrs = [
      saidBy(t, 'Rowan Court’s owner, Fernlea Living', 'confirmed', 'person'),
      saidBy(t, 'The company', 'said', 'organization'),
    ];
    const ents: Entity[] = [];
    resolveSpeakers(t, attrs, ents);
    const e = ents.find((x) => x.name === 'Fernlea Living');
    assert.equal(e?.type, 'ORG');
    assert.deepEqual(
      e?.mentions.map((m) => m.text),
      ['Fernlea Living', 'The company'],
    );
    assert.equal(speakerName(attrs[1], ents), 'Fernlea Living');
  });

  it('keeps a person after the same role when a given name opens the name', () => {
    const t = 'The cafe’s owner, Margaret Tolley, confirmed the sale.';
    const attrs = [saidBy(t, 'The cafe’s owner, Margaret Tolley', 'confirmed', 'person')];
    const ents: Entity[] = [];
    resolveSpeakers(t, attrs, ents);
    assert.equal(ents.find((x) => x.name === 'Margaret Tolley')?.type, 'PERSON');
  });
});

describe('resolveSpeakers: a business in apposition, a relaying outlet, a surname after a name read as a place', () => {
  it('types a name an appositive calls a firm an organisation, so "the company" finds it', () => {
    const t =
      'Lanyard Museum was shut. Bellcote Watch, the security firm that guards it, denied any fault. The company said its staff had acted at once.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Lanyard Museum', 'ORG'),
      entityIn(t, 'E2', 'Bellcote Watch', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'Bellcote Watch, the security firm that guards it', 'denied', 'person'),
      saidBy(t, 'The company', 'said', 'organization'),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(ents[1].type, 'ORG');
    assert.equal(speakerName(attrs[1], ents), 'Bellcote Watch');
  });

  it('keeps a person whose appositive is a role at a firm', () => {
    const t = 'Bellcote Watch, a guard at the firm, said the door was open.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Bellcote Watch', 'PERSON')];
    resolveSpeakers(t, [saidBy(t, 'Bellcote Watch, a guard at the firm', 'said', 'person')], ents);
    assert.equal(ents[0].type, 'PERSON');
  });

  // Two women; the second's given name says nothing of her gender, the first's does.
  const t = [
    'Helen Garrow, who chairs the trust, said the loss was grave. She urged buyers to be careful.',
    'Tegwen Brisco told reporters that the search would widen, the Lanyard Post reported. She said more officers would join it.',
  ].join('\n');
  it('leaves the relayed speaker, not the outlet, in focus for the next pronoun', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Helen Garrow', 'PERSON'),
      entityIn(t, 'E2', 'Tegwen Brisco', 'PERSON'),
      entityIn(t, 'E3', 'Lanyard Post', 'MEDIA'),
    ];
    const told = saidBy(t, 'Tegwen Brisco', 'told', 'person');
    const reported = attributionIn(t, {
      source: 'the Lanyard Post',
      cue: 'reported',
      content: 'Tegwen Brisco told reporters that the search would widen',
      kind: 'media',
    });
    const attrs = [
      saidBy(t, 'Helen Garrow, who chairs the trust', 'said', 'person'),
      saidBy(t, 'She', 'urged', 'person'),
      told,
      reported,
      saidBy(t, 'She', 'said', 'person', t.indexOf('She said more')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[4], ents), 'Tegwen Brisco');
  });

  const rows: [string, string, EntityType, string | null, EntityType | null][] = [
    ['a two-word name read as a place', 'Orla Tasker', 'LOC', 'Orla Tasker', 'PERSON'],
    ['a place whose first word opens places’ names', 'Port Tasker', 'GPE', null, null],
  ];
  for (const [name, full, type, want, wantType] of rows)
    it(`a lone surname: ${name}`, () => {
      const s = `Letters went to the tenant, ${full}, in May. Tasker, 31, said nobody came.`;
      const ents: Entity[] = [entityIn(s, 'E1', full, type)];
      const a = saidBy(s, 'Tasker, 31', 'said', 'person');
      resolveSpeakers(s, [a], ents);
      if (want === null) assert.notEqual(speakerName(a, ents), full);
      else assert.equal(speakerName(a, ents), want);
      if (wantType) assert.equal(ents[0].type, wantType);
    });
});

describe('resolveSpeakers: bodies the recognizer missed or clipped, a person before "of", a business by its trade', () => {
  it('takes "X Fire and Rescue Service" for one body, which a lede description before it then finds', () => {
    const lede = 'ORLEY — A heath fire could burn for days, the fire service said on Friday.';
    const { t, body } = ledeArticle(
      lede,
      'Orley Fire and Rescue Service said 40 crews were on the heath. Harvest and Coopers said nothing.',
    );
    const attrs = [
      saidBy(t, 'the fire service', 'said', 'organization'),
      saidBy(t, 'Orley Fire and Rescue Service', 'said', 'organization'),
      saidBy(t, 'Harvest and Coopers', 'said', 'organization'),
    ];
    const ents: Entity[] = [];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Orley Fire and Rescue Service', 'Orley Fire and Rescue Service', null],
    );
    assert.equal(ents.filter((e) => e.name === 'Orley Fire and Rescue Service').length, 1);
  });

  it('keeps two bodies joined by "and" apart', () => {
    const t = 'Orley Council and Tarrow Police said the road would stay shut.';
    const ents: Entity[] = [];
    const a = saidBy(t, 'Orley Council and Tarrow Police', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), null);
  });

  it('gives a title, a name and "of" a body to the person', () => {
    const t = 'Sergeant Ffion Rees of Tarrow Police said two men were held.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Ffion Rees', 'PERSON'),
      entityIn(t, 'E2', 'Tarrow Police', 'ORG'),
    ];
    const a = saidBy(t, 'Sergeant Ffion Rees of Tarrow Police', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Ffion Rees');
    assert.equal(a.source?.kind, 'person');
  });

  it('makes an owner named with "the" after its role a body', () => {
    const t = 'The farm’s owner, the Carrow Estate, said it had lost its hay.';
    const ents: Entity[] = [];
    const a = saidBy(t, 'The farm’s owner, the Carrow Estate', 'said', 'unknown');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Carrow Estate');
    assert.equal(ents[0].type, 'ORG');
  });

  it('finds "the operator" in the business set off after that noun, not the nearer one', () => {
    const t =
      'The bus operator, Tarrow Coaches, said fares would rise. Orley Holdings said the depot would close. A spokesperson for the operator said drivers were told.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Tarrow Coaches', 'ORG'),
      entityIn(t, 'E2', 'Orley Holdings', 'ORG'),
    ];
    const a = saidBy(t, 'A spokesperson for the operator', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Tarrow Coaches');
  });

  it('widens a body clipped of its first word to the source’s capitalised run, one entity with the full name', () => {
    const t =
      'Little Wren Bakeries, which is based in Orley, said the ovens were off. Little Wren Bakeries employs 90.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Wren Bakeries', 'ORG'),
      entityIn(t, 'E2', 'Little Wren Bakeries', 'ORG', { at: [t.indexOf('Little Wren Bakeries employs')] }),
    ];
    const a = saidBy(t, 'Little Wren Bakeries, which is based in Orley', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Little Wren Bakeries');
    assert.equal(ents.filter((e) => e.name === 'Little Wren Bakeries').length, 1);
    assert.equal(ents.length, 1);
  });
});

describe('resolveSpeakers: relatives, a kind before a name, "the X of Y", the subject of the sentence before', () => {
  it('gives "His son" to the son named after the word, not to his father', () => {
    const t =
      'Two men, Ewan Garrick, 60, and his son Rory, 31, were found. Ewan Garrick said it was cold. His son said he was fine. Rory Garrick said the team was quick.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Ewan Garrick', 'PERSON', { at: [0, t.indexOf('Ewan Garrick said')] }),
      entityIn(t, 'E2', 'Rory Garrick', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'Ewan Garrick', 'said', 'person', t.indexOf('Ewan Garrick said')),
      saidBy(t, 'His son', 'said', 'person'),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[1], ents), 'Rory Garrick');
  });

  it('gives a relative no one named to no one', () => {
    const t = 'Ewan Garrick said it was cold. His daughter said she had called for help.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Ewan Garrick', 'PERSON')];
    const attrs = [saidBy(t, 'Ewan Garrick', 'said', 'person'), saidBy(t, 'His daughter', 'said', 'person')];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[1], ents), null);
  });

  const kinds: [string, string, string | null, EntityType | null][] = [
    ['a kind of group before a name', 'The consumer group Fair Lending', 'Fair Lending', 'ORG'],
    ['a union before its name', 'the union Unisafe', 'Unisafe', 'ORG'],
    ['a newspaper before its name', 'the newspaper Orley Voice', 'Orley Voice', 'MEDIA'],
    ['a business described by a relative clause, no name', 'the company that runs the bridge', null, null],
  ];
  for (const [name, source, want, type] of kinds)
    it(`a source: ${name}`, () => {
      const t = `Branches are closing. ${source} said 1,200 had gone.`;
      const ents: Entity[] = [];
      const a = saidBy(t, source, 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), want);
      if (type) assert.equal(ents[0].type, type);
    });

  it('finds "The university" in "the University of …" the recognizer did not find', () => {
    const t =
      'A lecturer at the University of Tarrow was dismissed. The university said it had acted at once.';
    const ents: Entity[] = [];
    const a = saidBy(t, 'The university', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'University of Tarrow');
  });

  // "the regulator" right after a public body spoke is that body; after a company, no one.
  const overseers: [string, string, string | null][] = [
    ['a public body', 'Office of Road Standards', 'Office of Road Standards'],
    ['a company', 'Kellow Buses', null],
  ];
  for (const [name, body, want] of overseers)
    it(`reads "the regulator" after ${name} spoke`, () => {
      const t = `The ${body} said it was aware of the faults. According to the regulator, the line is late most days.`;
      const ents: Entity[] = [entityIn(t, 'E1', body, 'ORG')];
      const first = saidBy(t, `The ${body}`, 'said', 'organization');
      const from = t.indexOf('the regulator');
      const a = attributionIn(t, {
        source: 'the regulator',
        cue: 'According to',
        content: 'the line is late',
        from,
        cueFrom: t.indexOf('According'),
        contentFrom: from,
        kind: 'organization',
      });
      resolveSpeakers(t, [first, a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });

  // "The company": a business named bare in the sentence just before, since the last one named as a company.
  const companies: [string, string, string][] = [
    [
      'named bare in the sentence before',
      'Harcourt Mills cut its forecast. Engineers at Quillon had warned of delays.',
      'Quillon',
    ],
    [
      'named bare further back',
      'Quillon cut prices. Harcourt Mills said costs would rise.',
      'Harcourt Mills',
    ],
  ];
  for (const [name, lead, want] of companies)
    it(`reads "The company" after a business ${name}`, () => {
      const t = `${lead} The company said the claim was wrong.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Harcourt Mills', 'ORG'),
        entityIn(t, 'E2', 'Quillon', 'ORG'),
      ];
      const a = saidBy(t, 'The company', 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), want);
    });

  it('names a described document by the title set off after it', () => {
    const t = 'The review, titled “Tides Without Ferries”, said the crossing was doomed.';
    const ents: Entity[] = [];
    const a = saidBy(t, 'The review', 'said', 'document');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Tides Without Ferries');
    assert.equal(ents[0]?.type, 'WORK');
  });

  it('finds "the orchestra" in a philharmonic', () => {
    const t = 'The Tarvale Philharmonic cut its season. The orchestra said it had no choice.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Tarvale Philharmonic', 'ORG')];
    const a = saidBy(t, 'The orchestra', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Tarvale Philharmonic');
  });

  // "She" in the sentence after one that brings in "a spokeswoman for X" that no cue made a source:
  // the spokeswoman, who speaks for X; a spokesman is no "she", and a woman named after her is nearer.
  const spokespersonCases: [string, string, string][] = [
    [
      'a spokeswoman',
      'The words came from a spokeswoman for the Orley Licensing Agency, which checks councils.',
      'Orley Licensing Agency',
    ],
    [
      'a spokesman',
      'The words came from a spokesman for the Orley Licensing Agency, which checks councils.',
      'Rachel Dunmore',
    ],
    [
      'a woman named after her',
      'The words came from a spokeswoman for the Orley Licensing Agency, and Ann Fry agreed.',
      'Ann Fry',
    ],
  ];
  for (const [name, middle, want] of spokespersonCases)
    it(`gives "She" after ${name} brought in by no cue`, () => {
      const t = `Rachel Dunmore said she was sorry. "Drivers must be checked." ${middle} She said inspectors would visit.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Rachel Dunmore', 'PERSON'),
        entityIn(t, 'E2', 'Orley Licensing Agency', 'ORG'),
      ];
      if (t.includes('Ann Fry')) ents.push(entityIn(t, 'E3', 'Ann Fry', 'PERSON'));
      const attrs = [
        saidBy(t, 'Rachel Dunmore', 'said', 'person'),
        saidBy(t, 'She', 'said', 'person', t.lastIndexOf('She said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[1], ents), want);
    });

  // A housebuilder is named by what it builds ("… Homes"), a developer too.
  for (const [description, name] of [
    ['The housebuilder', 'Orley Homes'],
    ['The developer', 'Tarrow Developments'],
  ])
    it(`finds "${description}" in "${name}"`, () => {
      const t = `The buyer, ${name}, said it would build 80 houses. ${description} said work would start soon.`;
      const ents: Entity[] = [entityIn(t, 'E1', name, 'ORG')];
      const a = saidBy(t, description, 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), name);
    });

  it('finds "the charity" in a trust', () => {
    const t =
      'The Orley Lung Trust paid for the work. A spokesman for the charity said no patient was harmed.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Orley Lung Trust', 'ORG')];
    const a = saidBy(t, 'A spokesman for the charity', 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Orley Lung Trust');
  });

  // "The paper" after an outlet is the outlet; after a study quoted later, a document of no one's.
  const paperCases: [string, string, string | null][] = [
    [
      'the outlet mentioned last',
      'The Orley Voice reported the closure. The mayor told the Voice she was sorry, the paper said on Monday.',
      'Orley Voice',
    ],
    [
      'an outlet by what it is',
      'The Orley Voice reported the closure. The newspaper said it had seen the letter.',
      'Orley Voice',
    ],
    [
      'a study quoted after the outlet',
      'The Orley Voice reported on “Salt in the Water”, a study of wells. The paper said levels were high.',
      null,
    ],
  ];
  for (const [name, t, want] of paperCases)
    it(`reads "the paper" as ${name}`, () => {
      const description = t.includes('The newspaper')
        ? 'The newspaper'
        : t.includes('the paper')
          ? 'the paper'
          : 'The paper';
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley Voice', 'MEDIA')];
      if (t.includes('Salt in the Water')) ents.push(entityIn(t, 'E2', 'Salt in the Water', 'WORK'));
      const a = saidBy(t, description, 'said', description === 'The newspaper' ? 'media' : 'document');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
      if (want) assert.equal(a.source?.kind, 'media');
    });

  // "The website" after a name written after "website" is that outlet; else a document of no one's.
  const websiteCases: [string, string, string | null][] = [
    [
      'the outlet named after its kind',
      'Tomas Vell told the sports website Pitchside Wire that he had bid, the website reported on Monday.',
      'Pitchside Wire',
    ],
    [
      'an outlet named after its kind the recognizer missed',
      'Tomas Vell told the news website Corrabeg that he had bid, the website reported on Monday.',
      'Corrabeg',
    ],
    [
      'no outlet, only a body whose website it is',
      'The Orley Harriers posted the news online. The website said the race was off.',
      null,
    ],
  ];
  for (const [name, t, want] of websiteCases)
    it(`reads "the website" as ${name}`, () => {
      const ents: Entity[] = [];
      if (t.includes('Pitchside Wire')) ents.push(entityIn(t, 'E1', 'Pitchside Wire', 'MEDIA'));
      if (t.includes('Orley Harriers')) ents.push(entityIn(t, 'E1', 'Orley Harriers', 'ORG'));
      const description = t.includes('the website') ? 'the website' : 'The website';
      const cue = t.includes('reported') ? 'reported' : 'said';
      const a = saidBy(t, description, cue, 'document');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
      if (want) assert.equal(a.source?.kind, 'media');
    });

  // "…, the newspaper reported" after "X told the NAME …": the name told is the paper, whatever place
  // the recognizer took it for; no person whose words mention a newspaper is.
  const toldCases: [string, string, EntityType | null, string | null][] = [
    [
      'a paper read as a place',
      'Ewan Tregear read about it in a newspaper. Ewan Tregear told the East Penmoor Lantern on Monday that it was over, the newspaper reported at noon.',
      'LOC',
      'East Penmoor Lantern',
    ],
    [
      'a paper the recognizer missed',
      'Ewan Tregear read about it in a newspaper. Ewan Tregear told the Penmoor Lantern on Monday that it was over, the newspaper reported at noon.',
      null,
      'Penmoor Lantern',
    ],
    [
      'a council told, no paper',
      'Ewan Tregear read about it in a newspaper. Ewan Tregear told the Penmoor Council on Monday that it was over, the newspaper reported at noon.',
      'ORG',
      null,
    ],
  ];
  for (const [name, t, type, want] of toldCases)
    it(`reads "the newspaper" after ${name}`, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Ewan Tregear', 'PERSON')];
      const told = /told the ((?:\p{Lu}\p{L}+ )+)/u.exec(t)![1].trim();
      if (type) ents.push(entityIn(t, 'E2', told, type));
      const a = saidBy(t, 'the newspaper', 'reported', 'media');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
      if (want) assert.equal(a.source?.kind, 'media');
    });

  // An airline named by what it is ("… Air"), and a union whose name holds the word only as a modifier.
  const airlines = [
    'Corrie Air cut three routes. The Northern Airline Crews Union said jobs were at risk.',
    'The union met on Friday.',
  ].join(' ');
  for (const description of ['The airline', 'The carrier'])
    it(`finds "${description}" in a name of that kind rather than one holding the word`, () => {
      const t = `${airlines} ${description} said the timetable would follow.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Corrie Air', 'ORG'),
        entityIn(t, 'E2', 'Northern Airline Crews Union', 'ORG'),
      ];
      const a = saidBy(t, description, 'said', 'organization', t.lastIndexOf(description));
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), 'Corrie Air');
    });

  it('takes the rescue team named after a lede that describes it with a relative clause', () => {
    const lede = 'TARROW — Two walkers were found alive, the rescue team that found them said.';
    const { t, body } = ledeArticle(lede, 'Tarrow Mountain Rescue Team said both were well.');
    const ents: Entity[] = [entityIn(t, 'E1', 'Tarrow Mountain Rescue Team', 'ORG')];
    const a = saidBy(t, 'the rescue team that found them', 'said', 'organization');
    resolveSpeakers(t, [a], ents, body);
    assert.equal(speakerName(a, ents), 'Tarrow Mountain Rescue Team');
  });

  it('gives an age never written to the speaker of the paragraph, and an epithet after a quote to him', () => {
    const t =
      'Dai Probert said he was sorry to go. "I gave it everything," the 52-year-old told the Tarvale Post.\nIfor Rees said the squad was upset. "We let him down," the defender said on Sunday.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Dai Probert', 'PERSON'),
      entityIn(t, 'E2', 'Ifor Rees', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'Dai Probert', 'said', 'person'),
      saidBy(t, 'the 52-year-old', 'told', 'person'),
      saidBy(t, 'Ifor Rees', 'said', 'person'),
      saidBy(t, 'the defender', 'said', 'person'),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Dai Probert', 'Dai Probert', 'Ifor Rees', 'Ifor Rees'],
    );
  });

  // Two women; the one with a listed given name speaks last, the other opens the sentence before "She".
  const t = [
    'Dr Tegwen Hale said she had been ignored. Lucy Marsh said she had left.',
    'Professor Owain Pryce said the rules had changed.',
    'Dr Hale was not convinced. She said nothing had changed.',
    "Pryce's neighbour, farmer Dai Rees, said the land was poor. He said the hedges were gone.",
  ].join('\n');
  it('gives a sentence-opening pronoun to the person who opens the sentence before, not to a possessive', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Tegwen Hale', 'PERSON'),
      entityIn(t, 'E2', 'Lucy Marsh', 'PERSON'),
      entityIn(t, 'E3', 'Owain Pryce', 'PERSON'),
      entityIn(t, 'E4', 'Dai Rees', 'PERSON'),
    ];
    ents[0].mentions.push(spanIn(t, 'Hale', t.indexOf('Hale was')));
    ents[2].mentions.push(spanIn(t, 'Pryce', t.indexOf("Pryce's")));
    const attrs = [
      saidBy(t, 'Dr Tegwen Hale', 'said', 'person'),
      saidBy(t, 'Lucy Marsh', 'said', 'person'),
      saidBy(t, 'Professor Owain Pryce', 'said', 'person'),
      saidBy(t, 'She', 'said', 'person', t.indexOf('She said nothing')),
      saidBy(t, "Pryce's neighbour, farmer Dai Rees", 'said', 'person'),
      saidBy(t, 'He', 'said', 'person', t.indexOf('He said the hedges')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[3], ents), 'Tegwen Hale');
    assert.equal(speakerName(attrs[5], ents), 'Dai Rees');
  });
});

describe('resolveSpeakers: ages, epithets, the lede’s own subject, relatives named next, kinds of service', () => {
  it('finds a lede’s "the club" in the body that opens the lede, and the same words later', () => {
    const lede = 'TARROW — Tarrow Wanderers have sacked their coach after ten defeats, the club said.';
    const { t, body } = ledeArticle(
      lede,
      'In a statement, the club said he had left. The club confirmed a caretaker.',
    );
    const ents: Entity[] = [entityIn(t, 'E1', 'Tarrow Wanderers', 'ORG')];
    const attrs = [
      saidBy(t, 'the club', 'said', 'unknown'),
      saidBy(t, 'In a statement, the club', 'said', 'unknown'),
      saidBy(t, 'The club', 'confirmed', 'unknown', t.indexOf('The club confirmed')),
    ];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Tarrow Wanderers', 'Tarrow Wanderers', 'Tarrow Wanderers'],
    );
  });

  // An owner's document: an owner of two words ("the review board's report"), and an owner whose
  // description the lede gave ("the charity that runs it" … "the charity's own figures").
  const ownerDocuments: [string, string, string, string, string][] = [
    [
      'an owner of two words',
      'ORLEY — Beds are short at the hospital, the county said.',
      "The Orley Care Review Board said waits had doubled. According to the review board's report, most were over a year.",
      "the review board's report",
      'Orley Care Review Board',
    ],
    [
      'an owner described in the lede, with "own"',
      'ORLEY — The ferry will stop, the charity that runs it said.',
      "The Orley Sea Rescue Service said costs had risen. According to the charity's own figures, crossings fell.",
      "the charity's own figures",
      'Orley Sea Rescue Service',
    ],
  ];
  for (const [name, lede, next, source, want] of ownerDocuments)
    it(`gives an owner's document to the owner: ${name}`, () => {
      const { t, body } = ledeArticle(lede, next);
      const ents: Entity[] = [entityIn(t, 'E1', want, 'ORG')];
      const attrs = [
        saidBy(t, `The ${want}`, 'said', 'organization'),
        attributionIn(t, { source, cue: 'According to', content: ' ', kind: 'document' }),
      ];
      if (lede.includes('charity')) attrs.unshift(saidBy(t, 'the charity that runs it', 'said', 'unknown'));
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[attrs.length - 1], ents), want);
    });

  // the club's name, the body that spoke just before "the club's …", the entity it resolves to
  const soleClub: [string, string, string | null][] = [
    ['Dunsby Athletic', 'Western Counties League', 'Dunsby Athletic'],
    ['Orrin Rovers FC', 'Western Counties League', 'Orrin Rovers FC'],
    // With two clubs named, the description says not which.
    ['Dunsby Athletic and Orrin Rovers', 'Western Counties League', null],
  ];
  for (const [club, league, want] of soleClub)
    it(`gives "the club's accounts" after the ${league} spoke ${want ?? 'no entity'}`, () => {
      const t =
        `A builder has agreed to buy ${club}, the owner said. ` +
        `The ${league} said it would check the buyer. According to the club's accounts, it lost £2m.`;
      const clubs = club.split(' and ');
      const ents: Entity[] = [
        ...clubs.map((c, k) => entityIn(t, `E${k + 1}`, c, 'ORG')),
        entityIn(t, 'E9', league, 'ORG'),
      ];
      const attrs = [
        saidBy(t, `The ${league}`, 'said', 'organization'),
        attributionIn(t, {
          source: "the club's accounts",
          cue: 'According to',
          content: ' ',
          kind: 'document',
        }),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), league);
      assert.equal(speakerName(attrs[1], ents), want);
    });

  const t = [
    'Dai Probert, 52, said he was sorry to go. Captain Ifor Rees said the players were upset. The defender said they had let Probert down.',
    'The 52-year-old said he had no regrets.',
    'A fan who asked not to be named said the squad had stopped listening to Probert. "It was over," he said. Fans left.',
  ].join('\n');
  it('gives an age and an epithet to the right men, and a pronoun to the anonymous fan', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Dai Probert', 'PERSON'),
      entityIn(t, 'E2', 'Ifor Rees', 'PERSON'),
    ];
    ents[0].mentions.push(spanIn(t, 'Probert', t.indexOf('Probert down')));
    ents[0].mentions.push(spanIn(t, 'Probert', t.indexOf('Probert. "')));
    const attrs = [
      saidBy(t, 'Dai Probert, 52', 'said', 'person'),
      saidBy(t, 'Captain Ifor Rees', 'said', 'person'),
      saidBy(t, 'The defender', 'said', 'person'),
      saidBy(t, 'The 52-year-old', 'said', 'person'),
      attributionIn(t, {
        source: 'A fan who asked not to be named',
        cue: 'said',
        content: 'the squad had stopped listening to Probert',
        kind: 'anonymous',
        cueFrom: t.indexOf('named said') + 6,
      }),
      saidBy(t, 'he', 'said', 'person', t.indexOf('he said', t.indexOf('It was over'))),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Dai Probert', 'Ifor Rees', 'Ifor Rees', 'Dai Probert', null, null],
    );
  });

  it('gives the mother of someone to the woman the next sentence names with "whose", not to a place inside', () => {
    const s =
      'The mother of a patient who died at Orley in May said nobody had called. Ann Tasker, whose son Rob died there, said she had asked for answers.';
    const ents: Entity[] = [entityIn(s, 'E1', 'Orley', 'PERSON'), entityIn(s, 'E2', 'Ann Tasker', 'PERSON')];
    const a = saidBy(s, 'The mother of a patient who died at Orley in May', 'said', 'person');
    resolveSpeakers(s, [a], ents);
    assert.equal(speakerName(a, ents), 'Ann Tasker');
  });

  it('keeps a service of another kind apart, and finds a ministry by the word before "of"', () => {
    const s =
      'Orley Fire and Rescue Service sealed the tank. Nine people were treated, according to the ambulance service. The Ministry of Transport said it would look. A ministry spokeswoman said more checks were due.';
    const ents: Entity[] = [
      entityIn(s, 'E1', 'Orley Fire and Rescue Service', 'ORG'),
      entityIn(s, 'E2', 'Ministry of Transport', 'ORG'),
    ];
    const attrs = [
      saidBy(s, 'the ambulance service', 'according to', 'organization'),
      saidBy(s, 'A ministry spokeswoman', 'said', 'organization'),
    ];
    attrs[0].cue = { ...spanIn(s, 'according to'), lemma: 'say', stance: 'assert' };
    resolveSpeakers(s, attrs, ents);
    assert.equal(speakerName(attrs[0], ents), null);
    assert.equal(speakerName(attrs[1], ents), 'Ministry of Transport');
  });
});

describe('resolveSpeakers: a union with an apostrophe, "Nobody", a place that speaks', () => {
  it('finds a lede’s "the students’ union" in the name written next', () => {
    const lede = "TARROW — Students have stopped paying rent, the students' union said.";
    const { t, body } = ledeArticle(lede, "Tarrow Students' Union said 600 had joined.");
    const ents: Entity[] = [entityIn(t, 'E1', "Tarrow Students' Union", 'ORG')];
    const a = saidBy(t, "the students' union", 'said', 'organization');
    resolveSpeakers(t, [a], ents, body);
    assert.equal(speakerName(a, ents), "Tarrow Students' Union");
  });

  it('makes no one of "Nobody", and "she" after it stays with the woman who spoke', () => {
    const t =
      'Her sister, Ann Tait, said they slept on the floor. "Nobody told us anything," she said. Staff left.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Ann Tait', 'PERSON')];
    const attrs = [
      saidBy(t, 'Her sister, Ann Tait', 'said', 'person'),
      saidBy(t, 'Nobody', 'told', 'person'),
      saidBy(t, 'she', 'said', 'person', t.indexOf('she said')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Ann Tait', null, 'Ann Tait'],
    );
    assert.equal(ents.length, 1);
  });

  it('takes an airport that speaks for the body that runs it, so "It" finds it', () => {
    const t =
      'Tarrow Airport said the runway was shut. The airport denied any delay. It said all was checked.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Tarrow Airport', 'LOC')];
    const attrs = [
      saidBy(t, 'Tarrow Airport', 'said', 'organization'),
      saidBy(t, 'The airport', 'denied', 'organization'),
      saidBy(t, 'It', 'said', 'organization'),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(ents[0].type, 'ORG');
    assert.equal(speakerName(attrs[2], ents), 'Tarrow Airport');
  });
});

describe('resolveSpeakers: a shorter description with the same head', () => {
  it('gives "the agency" the body an earlier "the … agency" was resolved to', () => {
    const lede = "Ferries were halted, the country's maritime safety agency said.";
    const rest =
      'The Harbour Safety Directorate said the storm would pass. The port reopened, according to the agency.';
    const { t, body } = ledeArticle(lede, rest);
    const ents: Entity[] = [entityIn(t, 'E1', 'Harbour Safety Directorate', 'ORG')];
    const attrs = [
      saidBy(t, "the country's maritime safety agency", 'said', 'organization'),
      saidBy(t, 'The Harbour Safety Directorate', 'said', 'organization'),
      attributionIn(t, {
        source: 'the agency',
        cue: 'according to',
        content: 'The port reopened',
        kind: 'organization',
        cueFrom: t.indexOf('according to'),
      }),
    ];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Harbour Safety Directorate', 'Harbour Safety Directorate', 'Harbour Safety Directorate'],
    );
  });
});

describe('resolveSpeakers: the same head after a lede description with a relative clause or a qualifier', () => {
  it('gives a later "The club" the body "the club that owns the ground" was resolved to', () => {
    const lede = 'Nine fans were hurt at a turnstile, the club that owns the ground said.';
    const rest =
      'Atletico Varesa said the gate had jammed. The mayor, Ines Roca, blamed the stewards. The club denied that the gate was old.';
    const { t, body } = ledeArticle(lede, rest);
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Atletico Varesa', 'ORG'),
      entityIn(t, 'E2', 'Ines Roca', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'the club that owns the ground', 'said', 'organization'),
      saidBy(t, 'Atletico Varesa', 'said', 'organization'),
      saidBy(t, 'The mayor, Ines Roca', 'blamed', 'person'),
      saidBy(t, 'The club', 'denied', 'organization'),
    ];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Atletico Varesa', 'Atletico Varesa', 'Ines Roca', 'Atletico Varesa'],
    );
  });

  it('gives "A spokeswoman for the authority" the body "the authority responsible for …" was resolved to', () => {
    const lede = 'A tunnel was shut for a week, the authority responsible for it said.';
    const rest =
      'Orley Borough Council said the lining had cracked. The council denied that it had ignored warnings. A spokeswoman for the authority said the tunnel was safe.';
    const { t, body } = ledeArticle(lede, rest);
    const ents: Entity[] = [entityIn(t, 'E1', 'Orley Borough Council', 'ORG')];
    const attrs = [
      saidBy(t, 'the authority responsible for it', 'said', 'organization'),
      saidBy(t, 'Orley Borough Council', 'said', 'organization'),
      saidBy(t, 'The council', 'denied', 'organization'),
      saidBy(t, 'A spokeswoman for the authority', 'said', 'organization'),
    ];
    resolveSpeakers(t, attrs, ents, body);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      Array(4).fill('Orley Borough Council'),
    );
  });
});

describe('resolveSpeakers: a name a source gives itself', () => {
  it('resolves "A group calling itself …" to that name, made an organisation', () => {
    const t = 'A group calling itself Grey Tide claimed it had copied the files.';
    const ents: Entity[] = [];
    const a = saidBy(t, 'A group calling itself Grey Tide', 'claimed', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Grey Tide');
    assert.equal(ents.find((e) => e.name === 'Grey Tide')?.type, 'ORG');
  });
});

describe('resolveSpeakers: a list after "including"', () => {
  it('names no single person in "opponents, including Lord Hale of Arden and the bishop"', () => {
    const t =
      'Opponents of the plan, including Lord Hale of Arden and the Bishop of Tarrow, said it was rushed.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Lord Hale', 'PERSON')];
    const a = saidBy(
      t,
      'Opponents of the plan, including Lord Hale of Arden and the Bishop of Tarrow',
      'said',
      'person',
    );
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), null);
  });
});

describe('resolveSpeakers: a body named after its kind and a comma', () => {
  it('makes "The drivers\' union, Spoor" an organisation that "The union" later finds', () => {
    const t = "The drivers' union, Spoor, said most members joined. The union has announced a second strike.";
    // The recognizer took the one-word name for a place.
    const ents: Entity[] = [entityIn(t, 'E1', 'Spoor', 'LOC')];
    const attrs = [
      saidBy(t, "The drivers' union, Spoor", 'said', 'organization'),
      saidBy(t, 'The union', 'has announced', 'organization'),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      ['Spoor', 'Spoor'],
    );
    assert.equal(ents[0].type, 'ORG');
  });
});

describe('resolveSpeakers: names joined by "&"', () => {
  it('gives "The firm\'s auditors, Marsh & Tolley" one firm, not the person named last', () => {
    const t = "The firm's auditors, Marsh & Tolley, said the accounts were sound.";
    // The recognizer read the two names as two people.
    const ents: Entity[] = [entityIn(t, 'E1', 'Marsh', 'PERSON'), entityIn(t, 'E2', 'Tolley', 'PERSON')];
    const a = saidBy(t, "The firm's auditors, Marsh & Tolley", 'said', 'organization');
    resolveSpeakers(t, [a], ents);
    assert.equal(speakerName(a, ents), 'Marsh & Tolley');
    assert.equal(ents.find((e) => e.name === 'Marsh & Tolley')?.type, 'ORG');
  });
});

describe('resolveSpeakers: a person-read name whose last word the article uses as a body', () => {
  // [text, the name read as a person's, the type it ends with]
  const cases: [string, string, EntityType][] = [
    [
      'Tarnby Lifeboat was called out at dawn. The crew of the lifeboat found the yacht.',
      'Tarnby Lifeboat',
      'ORG',
    ],
    // Only the word itself counts, not a longer one it begins.
    ['Tarnby Lifeboat was called out at dawn. Two of the lifeboats were away.', 'Tarnby Lifeboat', 'PERSON'],
    // Without "the" before it the word describes nothing.
    ['Tarnby Lifeboat was called out at dawn. Lifeboat crews train weekly.', 'Tarnby Lifeboat', 'PERSON'],
    // A last word holding pattern syntax is still read as a pattern, as it always was: "." stands for any character.
    ['Ferrow Co.op opened a shop. Staff at the co-op were pleased.', 'Ferrow Co.op', 'ORG'],
  ];
  for (const [t, name, type] of cases)
    it(`leaves "${name}" ${type} in "${t.slice(40, 80)}…"`, () => {
      const found = [entityIn(t, 'E1', name, 'PERSON', { variants: [name] })];
      resolveSpeakers(t, [], found);
      assert.equal(found[0].type, type);
    });
});

describe('resolveSpeakers: a statement from a body speaks as that body', () => {
  // the sentence, the source, the entities ([name, type]), the speaker expected
  const rows: [string, string, [string, EntityType][], string | null][] = [
    [
      'Atletico Varesa denied the claim. A statement from Atletico Varesa said the gates opened on time.',
      'A statement from Atletico Varesa',
      [['Atletico Varesa', 'ORG']],
      'Atletico Varesa',
    ],
    [
      'Orley Borough Council met on Monday. A statement issued by the council said the road would reopen.',
      'A statement issued by the council',
      [['Orley Borough Council', 'ORG']],
      'Orley Borough Council',
    ],
    // A document someone only saw or obtained is still no one's voice.
    [
      'Orley Borough Council met on Monday. Minutes seen by the Orley Echo said the road would reopen.',
      'Minutes seen by the Orley Echo',
      [
        ['Orley Borough Council', 'ORG'],
        ['Orley Echo', 'MEDIA'],
      ],
      null,
    ],
  ];
  for (const [t, source, named, want] of rows)
    it(source, () => {
      const ents = named.map(([name, type], k) => entityIn(t, `E${k + 1}`, name, type));
      const a = saidBy(t, source, 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(speakerName(a, ents), want);
    });
});

describe('resolveSpeakers: a lede description before a full name the recognizer found only the start of', () => {
  // The recognizer found only "Corvin Hale" in "Corvin Hale Advisory", as a person's name, and the tagger left the
  // "which" clause out of the source: the lede's description must still find the full name.
  const lede = 'A chain of toy shops has shut, the firm appointed to wind it up said on Friday.';
  // The source the tagger found in the lede is the head alone.
  const rest = [
    'Corvin Hale Advisory, which took charge on Thursday, said 80 staff had lost their jobs.',
    'A spokesman for Corvin Hale said talks with buyers were continuing. The firm said gift cards would not be honoured.',
  ].join('\n');
  const { t, body } = ledeArticle(lede, rest);
  const rows: [string, string][] = [
    ['the lede description', 'the firm'],
    ['the full name', 'Corvin Hale Advisory'],
    ['a spokesman for its short form', 'A spokesman for Corvin Hale'],
    ['"The firm" after it', 'The firm'],
  ];
  it('gives every source the body named in full', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Corvin Hale', 'PERSON', { at: [t.indexOf('Corvin'), t.lastIndexOf('Corvin')] }),
    ];
    const attrs = rows.map(([, source]) => saidBy(t, source, 'said', 'organization'));
    resolveSpeakers(t, attrs, ents, body);
    rows.forEach(([name], k) => {
      assert.equal(speakerName(attrs[k], ents), 'Corvin Hale Advisory', name);
    });
  });
});

describe('resolveSpeakers: two roles joined by "and" before one name', () => {
  const t = [
    'Tarnby Mills said the flour was safe. Its founder and chief executive, Olwen Tarnby, said she was sorry.',
    'The chairman and managing director, Keith Arden, said the recall was over.',
    'Her mother and sister, Ruth and Ida Pell, said they were shocked.',
  ].join('\n');
  const rows: [string, string, string | null][] = [
    [
      'a possessive role pair, then the name',
      'Its founder and chief executive, Olwen Tarnby',
      'Olwen Tarnby',
    ],
    ['"the" role pair, then the name', 'The chairman and managing director, Keith Arden', 'Keith Arden'],
    ['two people named after two roles', 'Her mother and sister, Ruth and Ida Pell', null],
  ];
  it('resolves the one person the roles describe', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Tarnby Mills', 'ORG'),
      entityIn(t, 'E2', 'Olwen Tarnby', 'PERSON'),
      entityIn(t, 'E3', 'Keith Arden', 'PERSON'),
      entityIn(t, 'E4', 'Ida Pell', 'PERSON'),
    ];
    const attrs = rows.map(([, source]) => saidBy(t, source, 'said', 'person'));
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([name, , want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, name);
    });
  });
});

describe('resolveSpeakers: an untitled investigation, inquiry, review or audit is no one’s voice', () => {
  const t = [
    'An investigation commissioned by the University of Tarlo found data were made up.',
    'An inquiry ordered by Tarlo Council found the pool was unsafe.',
    'A review carried out by the Tarlo Health Board found waits had doubled.',
    'The University of Tarlo said the professor had resigned.',
  ].join('\n');
  const rows: [string, string | null][] = [
    ['An investigation commissioned by the University of Tarlo', null],
    ['An inquiry ordered by Tarlo Council', null],
    ['A review carried out by the Tarlo Health Board', null],
    ['The University of Tarlo', 'University of Tarlo'],
  ];
  it('gives the document no entity, and the body that speaks for itself its own', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'University of Tarlo', 'ORG'),
      entityIn(t, 'E2', 'Tarlo Council', 'ORG'),
      entityIn(t, 'E3', 'Tarlo Health Board', 'ORG'),
    ];
    const attrs = rows.map(([source]) =>
      saidBy(
        t,
        source,
        source.startsWith('The') ? 'said' : 'found',
        source.startsWith('The') ? 'organization' : 'document',
      ),
    );
    resolveSpeakers(t, attrs, ents);
    rows.forEach(([source, want], k) => {
      assert.equal(speakerName(attrs[k], ents), want, source);
    });
  });
});

describe('resolveSpeakers: a place of business named after its town, the recognizer having found only the town', () => {
  const heads = ['Racecourse', 'Airport', 'Theatre', 'Playhouse', 'Zoo', 'Stadium'];
  for (const head of heads)
    it(`"The Tolbrook ${head}" is the body of that name, not Tolbrook`, () => {
      const t = `Tolbrook lost its market last year. The Tolbrook ${head} said it would stay open. Its manager, Ned Harrow, said so too.`;
      // The recognizer's name stops at the town, in the sentence before and in the source.
      const all = [entityIn(t, 'E1', 'Tolbrook', 'LOC', { at: [0, t.indexOf(`Tolbrook ${head}`)] })];
      const a = saidBy(t, `The Tolbrook ${head}`, 'said', 'unknown');
      resolveSpeakers(t, [a], all);
      assert.equal(speakerName(a, all), `Tolbrook ${head}`);
      assert.equal(all.find((e) => e.name === `Tolbrook ${head}`)?.type, 'ORG');
    });
});

describe('resolveSpeakers: a body’s first word alone, then "It"', () => {
  // what the row shows, the passage, the entity expected for the bare word and for "It"
  const rows: [string, string, string, string][] = [
    [
      'the first word of a company named before, then "It"',
      'Brindle Cinemas said audiences had fallen. Brindle denied that it planned a sale. It said no decision had been made.',
      'Brindle',
      'Brindle Cinemas',
    ],
    [
      'the same with a newspaper named between',
      'Brindle Cinemas said audiences had fallen. The Orley Sentinel said talks took place. Brindle denied that it planned a sale. It said no decision had been made.',
      'Brindle',
      'Brindle Cinemas',
    ],
  ];
  for (const [name, t, bare, want] of rows)
    it(name, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Brindle Cinemas', 'ORG')];
      if (t.includes('Sentinel')) ents.push(entityIn(t, 'E2', 'Orley Sentinel', 'MEDIA'));
      const attrs = [
        saidBy(t, 'Brindle Cinemas', 'said', 'organization'),
        // The tagger may take a bare capitalised word for a person's name.
        saidBy(t, bare, 'denied', 'person', t.indexOf(`${bare} denied`)),
        saidBy(t, 'It', 'said', 'unknown', t.indexOf('It said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.deepEqual([speakerName(attrs[1], ents), speakerName(attrs[2], ents)], [want, want]);
    });

  it('keeps a given name alone a person’s, not a body’s that opens with it', () => {
    const t =
      'Gordon Motors said sales had fallen. Gordon denied that he had sold the site. He said so twice.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Gordon Motors', 'ORG')];
    const attrs = [
      saidBy(t, 'Gordon Motors', 'said', 'organization'),
      saidBy(t, 'Gordon', 'denied', 'person', t.indexOf('Gordon denied')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.notEqual(speakerName(attrs[1], ents), 'Gordon Motors');
  });
});

describe('resolveSpeakers: a spokesperson for a business by a trade its name does not hold, then "She"', () => {
  // what the row shows, the sentence naming the business, the spokesperson, the entity expected for both
  const rows: [string, string, string, string | null][] = [
    [
      'the business whose "which" clause names the trade',
      'The inn is owned by Marrow Taverns, which runs 40 pubs in the dales.',
      'A spokeswoman for the pub company',
      'Marrow Taverns',
    ],
    [
      'the same when the recognizer read the name as a person’s',
      'The depot is leased by Tolley Freight, which runs 90 lorries.',
      'A spokeswoman for the lorry firm',
      'Tolley Freight',
    ],
    [
      'no business when none is said to deal in the trade',
      'The inn is owned by Marrow Taverns, which bought it in May.',
      'A spokeswoman for the pub company',
      null,
    ],
  ];
  for (const [name, intro, spokesperson, want] of rows)
    it(name, () => {
      const t = `${intro} ${spokesperson} said the room was empty. She said a barn had been offered.`;
      const body = intro.match(/by (\p{Lu}\p{L}+ \p{Lu}\p{L}+)/u)![1];
      const ents: Entity[] = [entityIn(t, 'E1', body, name.includes('person') ? 'PERSON' : 'ORG')];
      const attrs = [
        saidBy(t, spokesperson, 'said', 'organization'),
        saidBy(t, 'She', 'said', 'unknown', t.indexOf('She said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
      if (want) {
        assert.equal(speakerName(attrs[1], ents), want);
        assert.equal(ents[0].type, 'ORG');
      }
    });

  it('takes "He" after a spokeswoman for someone else', () => {
    const t =
      'The inn is owned by Marrow Taverns, which runs 40 pubs. A spokeswoman for the pub company said the room was empty. He said a barn had been offered.';
    const ents: Entity[] = [entityIn(t, 'E1', 'Marrow Taverns', 'ORG')];
    const attrs = [
      saidBy(t, 'A spokeswoman for the pub company', 'said', 'organization'),
      saidBy(t, 'He', 'said', 'unknown', t.indexOf('He said')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[1], ents), null);
  });
});

describe('resolveSpeakers: a body by the kind an appositive gave it', () => {
  // the description, the entity expected
  const rows: [string, string | null][] = [
    ['the club', 'Orley Trail Riders'],
    ['the charity', 'Fellside Volunteers'],
    // No appositive called anything a society.
    ['the society', null],
  ];
  const t = [
    'The Orley Trail Riders, a club with 400 members, said it would help to mend the trails.',
    'Fellside Volunteers, a charity that repairs upland routes, said the work would cost £90,000.',
    'Rhys Mardell, who runs a bike hire shop, said he had lost half his trade. The agency said the paths were unsafe.',
    'According to the club, riders bring £2m a year into the village. According to the charity, the money is there.',
    'According to the society, the paths are old.',
  ].join('\n');
  for (const [description, want] of rows)
    it(`"${description}" is ${want}`, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Trail Riders', 'ORG'),
        entityIn(t, 'E2', 'Fellside Volunteers', 'ORG'),
        entityIn(t, 'E3', 'Rhys Mardell', 'PERSON'),
      ];
      const from = t.indexOf(`According to ${description}`);
      const a = attributionIn(t, {
        source: description,
        cue: 'According to',
        content: ', ',
        from,
        kind: 'organization',
      });
      // Paragraphs, so that the last is no lede.
      let start = 0;
      const body = t.split('\n').map((line) => {
        const r = { start, end: start + line.length };
        start = r.end + 1;
        return r;
      });
      resolveSpeakers(t, [a], ents, body);
      assert.equal(speakerName(a, ents), want);
    });
});

describe('resolveSpeakers: "The club" after a club the recognizer took for a place', () => {
  // the name's type, the entity expected for "The club" and "It"
  const rows: [EntityType, string | null][] = [
    ['LOC', 'Redbank Colts'],
    ['ORG', 'Redbank Colts'],
    // A town speaking is its council, never a club.
    ['GPE', null],
  ];
  for (const [type, want] of rows)
    it(`a ${type} that spoke just before is ${want}`, () => {
      const t =
        'Redbank Colts said the parent had been banned. The club denied that its coaches had stood by. It said two of them had pulled the man away.';
      const ents: Entity[] = [entityIn(t, 'E1', 'Redbank Colts', type)];
      const attrs = [
        saidBy(t, 'Redbank Colts', 'said', 'organization'),
        saidBy(t, 'The club', 'denied', 'organization'),
        saidBy(t, 'It', 'said', 'organization', t.indexOf('It said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.deepEqual([speakerName(attrs[1], ents), speakerName(attrs[2], ents)], [want, want]);
      if (want) assert.equal(ents[0].type, 'ORG');
    });
});

describe('resolveSpeakers: a business by its trade after a lone name the recognizer took for a person', () => {
  // the name that spoke, the entity expected for "The supermarket" and "It"
  const rows: [string, string | null][] = [
    ['Brightmart', 'Brightmart'],
    // A given name alone is a person's, and no supermarket.
    ['Karen', null],
    // So is a full name.
    ['Karen Bright', null],
  ];
  for (const [name, want] of rows)
    it(`"${name} said …. The supermarket said …" is ${want}`, () => {
      const t = `${name} said the food had not been wasted. The supermarket said most of it went to charities. It said the app was new.`;
      const ents: Entity[] = [entityIn(t, 'E1', name, 'PERSON')];
      const attrs = [
        saidBy(t, name, 'said', 'person'),
        saidBy(t, 'The supermarket', 'said', 'organization'),
        saidBy(t, 'It', 'said', 'organization', t.indexOf('It said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.deepEqual([speakerName(attrs[1], ents), speakerName(attrs[2], ents)], [want, want]);
      if (want) assert.equal(ents[0].type, 'ORG');
    });
});

describe('resolveSpeakers: a spokesperson for a one-letter variant of a body’s name', () => {
  // [what the row shows, the text, the body named first, the speaker expected for the spokesperson]
  const rows: [string, string, string, string | null][] = [
    [
      'the body whose name is spelt one letter apart, with a head no firm list holds',
      'Tollan Claims said the fire began in a fridge. A spokesman for Tolan Claims said it did not pay claims.',
      'Tollan Claims',
      'Tollan Claims',
    ],
    [
      'not that body, when the names differ by more than a spelling',
      'Tollan Claims said the fire began in a fridge. A spokesman for Brindle Claims said it did not pay claims.',
      'Tollan Claims',
      null,
    ],
  ];
  for (const [name, t, first, want] of rows)
    it(name, () => {
      const ents: Entity[] = [entityIn(t, 'E1', first, 'ORG')];
      const attrs = [
        saidBy(t, first, 'said', 'organization'),
        saidBy(
          t,
          t.slice(t.indexOf('A spokesman'), t.lastIndexOf(' said')),
          'said',
          'person',
          t.indexOf('A spokesman'),
        ),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[1], ents), want);
    });
});

describe('resolveSpeakers: officials at a named body speak as that body', () => {
  const rows: [string, string, EntityType, string | null][] = [
    ['Officials at the University of Corrow', 'University of Corrow', 'ORG', 'University of Corrow'],
    ['Staff from Tarrow Mills', 'Tarrow Mills', 'ORG', 'Tarrow Mills'],
    ['Managers at the Orley Infirmary', 'Orley Infirmary', 'ORG', 'Orley Infirmary'],
    // A place is where they work, not whom they speak for.
    ['Officials in Corrow', 'Corrow', 'GPE', null],
  ];
  for (const [source, name, label, want] of rows)
    it(`"${source}" → ${want ?? 'no entity'}`, () => {
      const t = `${source} said the building would stay shut.`;
      const ents: Entity[] = [entityIn(t, 'E1', name, label, { variants: [name] })];
      const a = saidBy(t, source, 'said', 'organization');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe("resolveSpeakers: one of a body's people named by its acronym", () => {
  // "An EBU official" is one of its people, as "a council official" is; "an EBU spokesman" speaks for it.
  const rows: [string, string | null][] = [
    ['An ORBU official, who was not named,', null],
    ['An ORBU official', null],
    ['An ORBU spokesman', 'Orley Rowing Union'],
  ];
  for (const [source, want] of rows)
    it(`"${source}" → ${want ?? 'no entity'}`, () => {
      const t = `The Orley Rowing Union (ORBU) said it would help.\n\n${source} said three clubs had room.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Rowing Union', 'ORG', { variants: ['Orley Rowing Union', 'ORBU'] }),
      ];
      ents[0].mentions.push(spanIn(t, 'ORBU', t.indexOf('ORBU')));
      ents[0].mentions.push(spanIn(t, 'ORBU', t.indexOf(source)));
      const a = saidBy(t, source, 'said', 'person');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe('resolveSpeakers: "the landlord" that owns what it lets', () => {
  const rows: [string, string, string | null][] = [
    [
      'the owner set off by a comma',
      "The farm's owner, Tarrow Estates, said it would let the land. The landlord denied that it wanted to sell.",
      'Tarrow Estates',
    ],
    [
      'a landlord named as one before (a pub tenant)',
      "The pub's owner, Tarrow Estates, said it would sell. The landlord, Ann Pike, rents it. The landlord denied that she would leave.",
      null,
    ],
  ];
  for (const [name, t, want] of rows)
    it(`resolves it when ${name}`, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Tarrow Estates', 'ORG', { variants: ['Tarrow Estates'] })];
      const from = t.lastIndexOf('The landlord denied');
      const source = spanIn(t, 'The landlord', from);
      const cue = spanIn(t, 'denied', from);
      const a = attributionIn(t, {
        source,
        cue,
        content: t.slice(cue.end + 1, cue.end + 10),
        contentFrom: cue.end,
      });
      a.source!.kind = 'organization';
      resolveSpeakers(t, [a], ents);
      assert.equal(
        a.source?.entity && speakerName(a, ents) === 'Tarrow Estates' ? 'Tarrow Estates' : null,
        want,
      );
    });
});

describe("resolveSpeakers: a body's office holder never named", () => {
  // An office is held by a person: unnamed, no entity, not the body whose office it is.
  const rows: [string, string | null][] = [
    ["The University of Corrow shut the dome. The university's vice-chancellor said it cost too much.", null],
    // A spokesman speaks for the body.
    [
      "The University of Corrow shut the dome. The university's spokesman said it cost too much.",
      'University of Corrow',
    ],
  ];
  for (const [t, want] of rows)
    it(`"${t.slice(0, 40)}…" → ${want ?? 'no entity'}`, () => {
      const body = 'University of Corrow';
      const ents: Entity[] = [entityIn(t, 'E1', body, 'ORG', { variants: [body] })];
      const role = t.includes('vice-chancellor')
        ? "The university's vice-chancellor"
        : "The university's spokesman";
      const from = t.lastIndexOf(role);
      const source = spanIn(t, role, from);
      const cue = spanIn(t, 'said', from);
      const a = attributionIn(t, {
        source,
        cue,
        content: t.slice(cue.end + 1, cue.end + 8),
        contentFrom: cue.end,
      });
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe('resolveSpeakers: an anonymous source that gives only a name', () => {
  // the anonymous source, the name it goes by (null: none), whether the recognizer found the name,
  // whether the article writes that name as a source again
  const rows: [string, string, string | null, boolean, boolean][] = [
    [
      'her name only as',
      'One tenant, a 41-year-old cleaner who gave her name only as Mira',
      'Mira',
      true,
      true,
    ],
    [
      'only her first name, after a comma',
      'A tenant who would give only her first name, Mira',
      'Mira',
      false,
      true,
    ],
    ['identified only as', 'A tenant identified only as Mira', 'Mira', true, true],
    ['asked to be called', 'A tenant, who asked to be called Mira', 'Mira', false, true],
    ['no name given', 'A tenant, who asked not to be named', null, false, true],
    // Never a speaker again, the name links nothing: the source is left anonymous and unnamed.
    [
      'a name never written again as a source',
      'A tenant who gave only her first name, Mira',
      null,
      true,
      false,
    ],
    ['a name given to someone else', 'A tenant who gave her name to Orley Council', null, false, true],
  ];
  for (const [k, [name, source, alias, recognised, again]] of rows.entries())
    it(name, () => {
      const later = again ? ' Mira said the landlord had not replied.' : '';
      const t = `Rents at Tarrow Court, owned by Orley Council, rose again. ${source}, said the lift had been broken for a month.${later} She said she would move.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley Council', 'ORG')];
      if (recognised) ents.push(entityIn(t, 'E2', 'Mira', 'PERSON'));
      // The taggers may have typed the phrase anonymous or not.
      const attrs = [
        saidBy(t, source, 'said', k % 2 ? 'anonymous' : 'unknown'),
        saidBy(t, 'She', 'said', 'person', t.indexOf('She said')),
      ];
      if (again) attrs.push(saidBy(t, 'Mira', 'said', 'person', t.indexOf('Mira said')));
      resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(attrs[0], ents), alias);
      if (alias) {
        // A source with an entity is a person's, as the examples' annotations have it.
        assert.equal(attrs[0].source?.kind, 'person');
        assert.equal(speakerName(attrs[1], ents), alias);
        assert.equal(speakerName(attrs[2], ents), alias);
        assert.equal(ents.filter((e) => e.name === alias).length, 1);
      }
    });
});

describe('resolveSpeakers: "Speaking for X," before a spokesperson', () => {
  const t = [
    'Orley Council owns the pier, but Pier Ventures Ltd runs it for the council.',
    'A spokesman for the council, who also speaks for the firm, said the fees would rise.',
    'Speaking for the company, the same spokesman said the cafe would close.',
    'Speaking on behalf of Pier Ventures Ltd, a spokeswoman said the lights would stay.',
    'Speaking for the council, Mark Dent said the rails would be painted.',
    'Speaking after the meeting, the same spokesman said the fees were fair.',
  ].join(' ');
  // source, where it is, the body (or person) expected
  const rows: [string, string, string, string][] = [
    [
      'the body the spokesperson speaks for in the sentence',
      'the same spokesman',
      'Speaking for the company',
      'Pier Ventures Ltd',
    ],
    ['a named body on whose behalf', 'a spokeswoman', 'Speaking on behalf of', 'Pier Ventures Ltd'],
    ['a named person keeps the name', 'Mark Dent', 'Mark Dent', 'Mark Dent'],
    [
      '"Speaking after …" names no body: the one spoken for before',
      'the same spokesman',
      'Speaking after',
      'Orley Council',
    ],
  ];
  for (const [name, source, at, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Council', 'ORG'),
        entityIn(t, 'E2', 'Pier Ventures Ltd', 'ORG'),
        entityIn(t, 'E3', 'Mark Dent', 'PERSON'),
      ];
      const council = saidBy(
        t,
        'A spokesman for the council, who also speaks for the firm',
        'said',
        'person',
      );
      const a = saidBy(t, source, 'said', 'person', t.indexOf(source, t.indexOf(at)));
      resolveSpeakers(t, [council, a], ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(council, ents), 'Orley Council');
      assert.equal(speakerName(a, ents), want);
    });
});

describe('resolveSpeakers: "the spokesman" again, past another speaker', () => {
  // the later source, the body (or null) expected
  const rows: [string, string | null][] = [
    ['The spokesman', 'Orley Council'],
    ['The same spokesman', 'Orley Council'],
    // Of the other gender it is someone else, whom nothing names.
    ['The spokeswoman', null],
  ];
  for (const [source, want] of rows)
    it(`${source} → ${want}`, () => {
      const t = `A spokesman for Orley Council said the fees would rise. Mark Dent said the rails would be painted. ${source} said the fees were fair.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Council', 'ORG'),
        entityIn(t, 'E2', 'Mark Dent', 'PERSON'),
      ];
      const attrs = [
        saidBy(t, 'A spokesman for Orley Council', 'said', 'person'),
        saidBy(t, 'Mark Dent', 'said', 'person'),
        saidBy(t, source, 'said', 'person'),
      ];
      resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(attrs[0], ents), 'Orley Council');
      assert.equal(speakerName(attrs[2], ents), want);
    });

  it('a spokeswoman named since is the one "the spokeswoman" stands for', () => {
    const t =
      'A spokeswoman for Orley Council said the fees would rise. A spokeswoman for Pier Ventures Ltd, Jo Hart, said the cafe would close. The spokeswoman said the fees were fair.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Orley Council', 'ORG'),
      entityIn(t, 'E2', 'Pier Ventures Ltd', 'ORG'),
      entityIn(t, 'E3', 'Jo Hart', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'A spokeswoman for Orley Council', 'said', 'person'),
      saidBy(t, 'A spokeswoman for Pier Ventures Ltd, Jo Hart', 'said', 'person'),
      saidBy(t, 'The spokeswoman', 'said', 'person'),
    ];
    resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
    assert.notEqual(speakerName(attrs[2], ents), 'Orley Council');
  });
});

describe('resolveSpeakers: a person brought in by age and home town, named as the next sentence opens', () => {
  // the sentence after the described speaker's, the speaker expected for the description
  const rows: [string, string, string | null][] = [
    ['named and speaking', 'Tom Arden said the weir had flooded twice.', 'Tom Arden'],
    // Someone already named is someone else, met before.
    ['a name met before', 'Mia Sole said the weir had flooded twice.', null],
    // A name that does not speak there is not announced as the speaker.
    ['a name that reports nothing', 'Tom Arden has fished the river since 1990.', null],
    // One sentence further on, it is too far to be the description's name.
    ['a sentence between', 'The river rose at night. Tom Arden said the weir had flooded twice.', null],
  ];
  for (const [name, next, want] of rows)
    it(name, () => {
      const lede = 'ORLEY — The river burst its banks on Monday, Mia Sole said.';
      const rest = `A 61-year-old grandfather of four from Tarrow, who has fished the river for years, said his garden had gone under. ${next}`;
      const { t, body } = ledeArticle(lede, rest);
      const again = next.includes('Mia Sole') ? [t.indexOf('Mia Sole', lede.length)] : [];
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Mia Sole', 'PERSON', { at: [0, ...again] }),
        entityIn(t, 'E2', 'Tarrow', 'LOC'),
      ];
      if (next.includes('Tom Arden')) ents.push(entityIn(t, 'E3', 'Tom Arden', 'PERSON'));
      const described = 'A 61-year-old grandfather of four from Tarrow, who has fished the river for years';
      const attrs = [saidBy(t, 'Mia Sole', 'said', 'person'), saidBy(t, described, 'said', 'person')];
      const named = / said /.exec(next) ? next.split(' said')[0].split('. ').pop()! : null;
      if (named) attrs.push(saidBy(t, named, 'said', 'person', t.indexOf(named, t.indexOf(next))));
      resolveSpeakers(t, attrs, ents, body);
      assert.equal(speakerName(attrs[1], ents), want);
    });
});

describe('resolveSpeakers: a short form of a business named earlier after its kind and a comma', () => {
  // the sentence that names the business, the later source, the speaker expected, its type
  const rows: [string, string, string, string, string][] = [
    [
      'the name opening the fuller name',
      'The shop, Grey Finch Ink on Mill Lane, shut on Monday.',
      'Grey Finch',
      'Grey Finch Ink',
      'ORG',
    ],
    [
      'a co-operative by its first words',
      'The dairy co-operative, Orley Vale Farmers, paid less in May.',
      'Orley Vale',
      'Orley Vale Farmers',
      'ORG',
    ],
    // A person is no short form of a business whose name a person's kind does not open.
    [
      'after a person’s role',
      'The owner, Grey Finch Ink, shut on Monday.',
      'Grey Finch',
      'Grey Finch',
      'PERSON',
    ],
    // A whole name is not short.
    [
      'the name in full',
      'The shop, Grey Finch Ink on Mill Lane, shut on Monday.',
      'Grey Finch Ink',
      'Grey Finch Ink',
      'ORG',
    ],
  ];
  for (const [name, named, source, want, type] of rows)
    it(name, () => {
      const t = `${named} ${source} said in a post that it would reopen.`;
      const ents: Entity[] = [];
      const a = saidBy(t, source, 'said', 'person', t.lastIndexOf(source));
      resolveSpeakers(t, [a], ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(a, ents), want);
      assert.equal(ents.find((e) => e.name === want)?.type, type);
    });
});

describe('resolveSpeakers: a short name a body is said to be known by', () => {
  // the sentence naming the body, the later source, the body expected
  const rows: [string, string, string | null][] = [
    [
      'The Orley Roads Office, known to drivers simply as the ORO, said the bridge was shut.',
      'The ORO',
      'Orley Roads Office',
    ],
    [
      'The Orley Roads Office, known as Roadwatch, said the bridge was shut.',
      'Roadwatch',
      'Orley Roads Office',
    ],
    [
      'The Orley Roads Office, better known as "the Yard", said the bridge was shut.',
      'The Yard',
      'Orley Roads Office',
    ],
    // A name no one is said to be known by is no one's.
    ['The Orley Roads Office said the bridge was shut.', 'The ORO', null],
  ];
  for (const [named, source, want] of rows)
    it(`${source} after "${named.slice(0, 50)}…"`, () => {
      const t = `${named} ${source} denied that the repairs were late.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Orley Roads Office', 'ORG')];
      const a = saidBy(t, source, 'denied', 'organization', t.lastIndexOf(source));
      resolveSpeakers(t, [a], ents, [{ start: 0, end: t.length }]);
      const got = speakerName(a, ents);
      if (want) assert.equal(got, want);
      else assert.notEqual(got, 'Orley Roads Office');
    });
});

describe('resolveSpeakers: a place a described person is from is not the speaker', () => {
  // the described source; the recognizer's place in it
  const rows: [string, string][] = [
    ['A 17-year-old from Tarrow, who passed her theory test in July', 'Tarrow'],
    ['A pensioner from Tarrow', 'Tarrow'],
    ['The woman from Upper Tarrow, who has lived there since 1990', 'Upper Tarrow'],
  ];
  for (const [source, place] of rows)
    it(source, () => {
      // The place named before as well, as a dateline or a first paragraph does.
      const t = `${place}'s test centre will close. ${source}, said she would have to travel. Her mother, Jo Reed, said the family had no car.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', place, 'LOC', { at: [0, t.indexOf(place, place.length)] }),
        entityIn(t, 'E2', 'Jo Reed', 'PERSON'),
      ];
      const attrs = [saidBy(t, source, 'said', 'person'), saidBy(t, 'Her mother, Jo Reed', 'said', 'person')];
      resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(attrs[0], ents), null);
      assert.equal(speakerName(attrs[1], ents), 'Jo Reed');
    });
});

describe('resolveSpeakers: people named together after a counted group, then "the latter" and "the former"', () => {
  const t =
    'The centre will close. Two instructors who have taught here for years, Ann Pell and Joe Rudd, said fees would rise. The latter said pupils would give up. Orley Council and Tarrow Trust both objected. The former said the site was needed.';
  it('gives the group no entity, and each of "the latter" and "the former" the one it points to', () => {
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Ann Pell', 'PERSON'),
      entityIn(t, 'E2', 'Joe Rudd', 'PERSON'),
      entityIn(t, 'E3', 'Orley Council', 'ORG'),
      entityIn(t, 'E4', 'Tarrow Trust', 'ORG'),
    ];
    const attrs = [
      saidBy(t, 'Two instructors who have taught here for years, Ann Pell and Joe Rudd', 'said', 'person'),
      saidBy(t, 'The latter', 'said', 'person'),
      saidBy(t, 'The former', 'said', 'unknown'),
    ];
    resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
    assert.deepEqual(
      attrs.map((a) => speakerName(a, ents)),
      [null, 'Joe Rudd', 'Orley Council'],
    );
    assert.equal(ents.length, 4);
  });
});

describe('resolveSpeakers: capitalised words joined by "&" as a source of their own', () => {
  // source, the entity expected (null: two sources, no one entity)
  const rows: [string, string | null][] = [
    ['Crust & Crumb', 'Crust & Crumb'],
    ['Crust & Crumb, which opened in 2031', 'Crust & Crumb'],
    // Written with "and", two names are two sources.
    ['Crust and Crumb', null],
  ];
  for (const [source, want] of rows)
    it(source, () => {
      const t = `The bakery lost its award. ${source} said it would reopen on Saturday.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Crumb', 'PERSON')];
      const a = saidBy(t, source, 'said', 'person');
      resolveSpeakers(t, [a], ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(a, ents), want);
      if (want) assert.equal(ents.find((e) => e.name === want)?.type, 'ORG');
    });
});

describe('resolveSpeakers: an epithet compounded with a particle ("the runner-up")', () => {
  // the epithet, the speaker expected
  const rows: [string, string | null][] = [
    ['The runner-up', 'Tom Ridley'],
    // A compound whose first part names no doer is no person's epithet.
    ['The set-up', null],
  ];
  for (const [source, want] of rows)
    it(source, () => {
      const t = `Tom Ridley, whose bakery came second, said he had heard from a customer. ${source} said the rules were clear.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Tom Ridley', 'PERSON')];
      const attrs = [
        saidBy(t, 'Tom Ridley, whose bakery came second', 'said', 'person'),
        saidBy(t, source, 'said', 'person'),
      ];
      resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
      assert.equal(speakerName(attrs[1], ents), want);
    });
});

describe('resolveSpeakers: a body named after "the" with a plural head after "of"', () => {
  // the sentence's source, the entity expected for it and for the "It" after it; no entities given.
  const rows: [string, string, string | null][] = [
    [
      'a head word the lists lack before "of", a plural of one at the end',
      'The Harlow Combine of Flying Clubs',
      'Harlow Combine of Flying Clubs',
    ],
    [
      'a plural ending in "-ies"',
      'The Ashby Circle of Allotment Societies',
      'Ashby Circle of Allotment Societies',
    ],
    ['a plural that heads no body names no body', 'The Voices of Brackley Ridings', null],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `${source} said the race would go ahead. It said the weather was fine.`;
      const ents: Entity[] = [];
      const attrs = [saidBy(t, source, 'said', 'unknown'), saidBy(t, 'It', 'said', 'unknown', 'It said')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
      if (want) assert.equal(speakerName(attrs[1], ents), want);
    });
});

describe('resolveSpeakers: an "and" inside a relative clause before a name set off by a comma', () => {
  // the source, the entity expected; "Ana Pryce" is a person entity.
  const rows: [string, string, string | null][] = [
    [
      'the "and" joins the clause’s verbs, and the name after the comma is the speaker',
      'The woman who drove the lorry to Calais and unloaded it, Ana Pryce',
      'Ana Pryce',
    ],
    ['so after "that"', 'The firm’s driver that loaded and sealed the crates, Ana Pryce', 'Ana Pryce'],
    [
      'an "and" before a second person joins two sources',
      'The man who drove it and the woman who unloaded it, Ana Pryce',
      null,
    ],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `${source}, said the crates had been dry.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Ana Pryce', 'PERSON')];
      const attrs = [saidBy(t, source, 'said', 'person')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a description whose real name is set off after it', () => {
  // the source, the entity expected; "Colm Rusk" is a person entity.
  const rows: [string, string, string | null][] = [
    ['"whose real name is" gives the person', 'The setter, whose real name is Colm Rusk', 'Colm Rusk'],
    ['so does "whose full name is"', 'The busker, whose full name is Colm Rusk', 'Colm Rusk'],
    ['a "whose" clause that names no one gives no one', 'The setter, whose puzzles ran for years', null],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `${source}, said the clues were his own.`;
      const ents: Entity[] = t.includes('Colm Rusk') ? [entityIn(t, 'E1', 'Colm Rusk', 'PERSON')] : [];
      const attrs = [saidBy(t, source, 'said', 'person')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: a pseudonym whose holder the article names', () => {
  // the passage, the entity expected for its last "Wren said"; "Wren" and "Colm Rusk" are person entities.
  const rows: [string, string, string][] = [
    [
      'a name someone works under, then their real name: the pseudonym is that person',
      'A clerk who has set the puzzle under the name Wren for years copied it. The setter, whose real name is Colm Rusk, said so. Wren said sorry.',
      'Colm Rusk',
    ],
    [
      'so with "known as"',
      'The graffiti artist known as Wren, whose real name is Colm Rusk, painted it. Wren said sorry.',
      'Colm Rusk',
    ],
    [
      'a real name given to someone else leaves the name as it is',
      'A clerk set the puzzle for years. The setter, whose real name is Colm Rusk, said so. Wren said sorry.',
      'Wren',
    ],
  ];
  for (const [name, t, want] of rows)
    it(name, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Wren', 'PERSON'), entityIn(t, 'E2', 'Colm Rusk', 'PERSON')];
      const attrs = [saidBy(t, 'Wren', 'said', 'person', 'Wren said')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: people by a modified plural and where they are', () => {
  // the source, the entity expected; "Tarnby" is a place entity.
  const rows: [string, string, string | null][] = [
    ['a modifier before the plural changes nothing', 'Foster carers in Tarnby', null],
    ['nor do two', 'Retired dairy farmers near Tarnby', null],
    ['a plural person noun alone, as before', 'Farmers in Tarnby', null],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `${source} say they may stop.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Tarnby', 'LOC')];
      const attrs = [saidBy(t, source, 'say', 'unknown')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: names joined by "&" before an appositive', () => {
  // the source, the entity expected; no entities given.
  const rows: [string, string, string | null][] = [
    ['an outlet so named, its kind set off after', 'Reel & Rod, a weekly paper for anglers', 'Reel & Rod'],
    ['a firm so named', 'Holt & Pryce, which manages the estate', 'Holt & Pryce'],
    ['"and" in words still joins two sources', 'The council and the trust, which own the land', null],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `${source}, said the lake would reopen.`;
      const ents: Entity[] = [];
      const attrs = [saidBy(t, source, 'said', 'unknown')];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[0], ents), want);
    });
});

describe('resolveSpeakers: "the papers" after an owner’s papers', () => {
  // the first source, the second, the entity expected for the second; "Tarnby Council" is a body entity.
  const rows: [string, string, string, string | null][] = [
    [
      'the document noun again is the owner’s document again',
      "The council's own budget papers",
      'the papers',
      'Tarnby Council',
    ],
    ['so with its words between', "The council's latest accounts", 'the accounts', 'Tarnby Council'],
    [
      'another document noun is no document of the owner’s',
      "The council's own budget papers",
      'the minutes',
      null,
    ],
  ];
  for (const [name, first, second, want] of rows)
    it(name, () => {
      const t = `Tarnby Council will vote on Monday. ${first} show that costs rose. According to ${second}, the county pays for 140 places.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Tarnby Council', 'ORG')];
      const a1 = saidBy(t, first, 'show', 'document');
      const a2 = saidBy(t, second, 'pays', 'document', `${second},`);
      a2.cue = {
        ...a2.cue,
        start: t.indexOf('According to'),
        end: t.indexOf('According to') + 12,
        text: 'According to',
      };
      resolveSpeakers(t, [a1, a2], ents);
      assert.equal(speakerName(a1, ents), 'Tarnby Council');
      assert.equal(speakerName(a2, ents), want);
    });
});
