import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, SourceKind } from '../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../src/extract/attributions/resolveSpeaker.js';

// An invented passage; entities are given by hand, as the recognizer would give them.
const text = [
  'Col. Omar Saleh, who leads the river guard, said the dam was safe.',
  'Saleh said more troops would come. He added that roads were closed.',
  'Maria Lopez, a nurse, said water was short. She said the clinic was full.',
  'The colonel said the clinic would get tankers.',
  'The Valley Water Board said prices would rise. It said repairs would take weeks.',
  'Two unnamed engineers said the dam leaked.',
].join('\n');

const mention = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

function entities(): Entity[] {
  return [
    {
      id: 'E1',
      name: 'Omar Saleh',
      type: 'PERSON',
      mentions: [mention('Omar Saleh')],
      variants: ['Omar Saleh'],
    },
    {
      id: 'E2',
      name: 'Maria Lopez',
      type: 'PERSON',
      mentions: [mention('Maria Lopez')],
      variants: ['Maria Lopez'],
    },
    {
      id: 'E3',
      name: 'Valley Water Board',
      type: 'ORG',
      mentions: [mention('Valley Water Board')],
      variants: ['Valley Water Board'],
    },
  ];
}

function attr(source: string, cue: string, from: number): Attribution {
  const s = mention(source, from);
  const c = mention(cue, s.end);
  return {
    id: '',
    source: { ...s, entity: null, kind: /unnamed/.test(source) ? 'anonymous' : 'person' },
    cue: { ...c, lemma: 'say', stance: 'assert' },
    content: [{ start: c.end + 1, end: c.end + 5, text: text.slice(c.end + 1, c.end + 5) }],
    form: 'indirect',
    via: null,
    confidence: 1,
    rule: 'test',
  };
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
      const id = attrs[k].source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, expected, name);
    });
  });

  it('takes words that name built-in object properties as plain words', () => {
    const t = 'The constructor said the hull was sound. The toString said nothing. Its constructor agreed.';
    const ents: Entity[] = [];
    const attrs = ['The constructor', 'The toString', 'Its constructor'].map((source) => {
      const start = t.indexOf(source);
      const a = attr(source, 'said', 0);
      return { ...a, source: { ...a.source!, start, end: start + source.length, text: source } };
    });
    assert.doesNotThrow(() => resolveSpeakers(t, attrs, ents));
    assert.ok(attrs.every((a) => a.source?.entity === null));
  });

  it('records resolved sources as mentions and creates entities for unknown names', () => {
    const ents = entities();
    const a = attr('Saleh', 'said', text.indexOf('Saleh said'));
    const fresh = { ...attr('Maria Lopez', 'said', 0) };
    fresh.source = { ...fresh.source!, text: 'Maria Lopez', kind: 'person' };
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
    const at = (s: string, from = 0) => {
      const start = t.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const ents: Entity[] = [
      { id: 'E1', name: 'Rosa Vidal', type: 'PERSON', mentions: [at('Rosa Vidal')], variants: [] },
      { id: 'E2', name: 'Tom Hale', type: 'PERSON', mentions: [at('Tom Hale')], variants: [] },
      { id: 'E3', name: 'Pedro Ruiz', type: 'PERSON', mentions: [at('Pedro Ruiz')], variants: [] },
    ];
    ents[1].mentions.push(at('Tom Hale', t.indexOf('Tom Hale met')));
    ents[0].mentions.push(at('Rosa Vidal', t.indexOf('Rosa Vidal and')));
    const make = (source: string, from: number): Attribution => {
      const s = at(source, from);
      return {
        id: '',
        source: { ...s, entity: null, kind: 'person' },
        cue: { ...at('said', s.end), lemma: 'say', stance: 'assert' },
        content: [at('the', s.end)],
        form: 'indirect',
        via: null,
        confidence: 1,
        rule: 'test',
      };
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
    const at = (s: string, from = 0) => {
      const start = t.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const make = (source: string, cue: string, from: number): Attribution => {
      const s = at(source, from);
      return {
        id: '',
        source: { ...s, entity: null, kind: 'organization' },
        cue: { ...at(cue, s.end), lemma: 'say', stance: 'assert' },
        content: [at(' ', s.end)],
        form: 'indirect',
        via: null,
        confidence: 1,
        rule: 'test',
      };
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

  it('resolves a possessive source ("its report") to the owner', () => {
    const t = 'The Coast Wire reported a leak. "It is bad," a clerk told the wire, according to its report.';
    const ents: Entity[] = [
      {
        id: 'E1',
        name: 'Coast Wire',
        type: 'MEDIA',
        mentions: [{ start: 4, end: 14, text: 'Coast Wire' }],
        variants: ['Coast Wire'],
      },
    ];
    const make = (source: string, cue: string, kind: SourceKind = 'media'): Attribution => {
      const s = t.indexOf(source);
      const c = t.indexOf(cue);
      return {
        id: '',
        source: { start: s, end: s + source.length, text: source, entity: null, kind },
        cue: { start: c, end: c + cue.length, text: cue, lemma: 'say', stance: 'assert' },
        content: [{ start: 0, end: 3, text: 'The' }],
        form: 'indirect',
        via: null,
        confidence: 1,
        rule: 'test',
      };
    };
    // Words alone make "its report" a document; the owner found, it speaks as the outlet.
    const attrs = [make('The Coast Wire', 'reported'), make('its report', 'according to', 'document')];
    resolveSpeakers(t, attrs, ents);
    assert.equal(attrs[1].source?.entity, 'E1');
    assert.equal(attrs[1].source?.kind, 'media');
  });

  it('resolves a possessive description with its name set off ("Its secretary, Tom Hale") to the name', () => {
    const t = 'The pilots’ union challenged that account. Its secretary, Tom Hale, said the survey was old.';
    const start = t.indexOf('Its secretary, Tom Hale');
    const ents: Entity[] = [
      {
        id: 'E1',
        name: 'Tom Hale',
        type: 'PERSON',
        mentions: [{ start: t.indexOf('Tom Hale'), end: t.indexOf('Tom Hale') + 8, text: 'Tom Hale' }],
        variants: ['Tom Hale'],
      },
    ];
    const c = t.indexOf('said');
    const a: Attribution = {
      id: 'A1',
      source: { start, end: start + 23, text: 'Its secretary, Tom Hale', entity: null, kind: 'person' },
      cue: { start: c, end: c + 4, text: 'said', lemma: 'say', stance: 'assert' },
      content: [{ start: c + 5, end: t.length - 1, text: t.slice(c + 5, -1) }],
      form: 'indirect',
      via: null,
      confidence: 1,
      rule: 'test',
    };
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E1');
  });

  it('gives the authors of a quoted work the kind of a document', () => {
    const t = 'A survey called “Low Water” found wells were dry. The survey’s authors said rain was short.';
    const ents: Entity[] = [
      {
        id: 'E1',
        name: 'Low Water',
        type: 'WORK',
        mentions: [{ start: 17, end: 26, text: 'Low Water' }],
        variants: ['Low Water'],
      },
    ];
    const s = t.indexOf('The survey’s authors');
    const c = t.indexOf('said');
    const a: Attribution = {
      id: 'A1',
      source: { start: s, end: s + 20, text: 'The survey’s authors', entity: null, kind: 'unknown' },
      cue: { start: c, end: c + 4, text: 'said', lemma: 'say', stance: 'assert' },
      content: [{ start: c + 5, end: t.length - 1, text: t.slice(c + 5, -1) }],
      form: 'indirect',
      via: null,
      confidence: 1,
      rule: 'test',
    };
    resolveSpeakers(t, [a], ents);
    assert.equal(a.source?.entity, 'E1');
    assert.equal(a.source?.kind, 'document');
  });

  it('resolves "who" to the name before it and "the company" to the organisation named last', () => {
    const t =
      'Nadia Frost, who chairs the board, said no. Kestrel Mining Corp posted a loss. The company said costs rose.';
    const at = (s: string) => {
      const start = t.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const ents: Entity[] = [
      { id: 'E1', name: 'Nadia Frost', type: 'PERSON', mentions: [at('Nadia Frost')], variants: [] },
      {
        id: 'E2',
        name: 'Kestrel Mining Corp',
        type: 'ORG',
        mentions: [at('Kestrel Mining Corp')],
        variants: [],
      },
    ];
    const make = (source: string, cue: string, kind: 'person' | 'organization'): Attribution => ({
      id: '',
      source: { ...at(source), entity: null, kind },
      cue: { ...at(cue), lemma: 'say', stance: 'assert' },
      content: [at('no')],
      form: 'indirect',
      via: null,
      confidence: 1,
      rule: 'test',
    });
    const who = make('who', 'chairs', 'person');
    const company = make('The company', 'said costs', 'organization');
    resolveSpeakers(t, [who, company], ents);
    assert.equal(who.source?.entity, 'E1');
    assert.equal(company.source?.entity, 'E2');
  });

  it('resolves "who" past an appositive to the person it describes, not the group in it', () => {
    const t =
      'Liam Roe, chairman of the Killmore Anglers Club, who read a statement, said the club would appeal.';
    const at = (s: string) => {
      const start = t.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const ents: Entity[] = [
      { id: 'E1', name: 'Liam Roe', type: 'PERSON', mentions: [at('Liam Roe')], variants: [] },
      {
        id: 'E2',
        name: 'Killmore Anglers Club',
        type: 'ORG',
        mentions: [at('Killmore Anglers Club')],
        variants: [],
      },
    ];
    const who: Attribution = {
      id: '',
      source: { ...at('who'), entity: null, kind: 'unknown' },
      cue: { ...at('read'), lemma: 'read', stance: 'assert' },
      content: [at('a statement')],
      form: 'indirect',
      via: null,
      confidence: 1,
      rule: 'test',
    };
    resolveSpeakers(t, [who], ents);
    assert.equal(who.source?.entity, 'E1');
    assert.equal(who.source?.kind, 'person');
    // A list of names is a group: its "who" is none of them.
    const list = 'Roe, Ames and Hale, who have all denied the charge, will appeal.';
    const group: Attribution = {
      ...who,
      source: {
        start: list.indexOf('who'),
        end: list.indexOf('who') + 3,
        text: 'who',
        entity: null,
        kind: 'unknown',
      },
      cue: {
        start: list.indexOf('denied'),
        end: list.indexOf('denied') + 6,
        text: 'denied',
        lemma: 'deny',
        stance: 'deny',
      },
      content: [
        { start: list.indexOf('the charge'), end: list.indexOf('the charge') + 10, text: 'the charge' },
      ],
    };
    const people: Entity[] = [
      { id: 'E1', name: 'Roe', type: 'PERSON', mentions: [{ start: 0, end: 3, text: 'Roe' }], variants: [] },
    ];
    resolveSpeakers(list, [group], people);
    assert.equal(group.source?.entity, null);
  });
});

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
  const at = (s: string, from = 0) => {
    const start = t.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const people = (): Entity[] => [
    { id: 'E1', name: 'Marta Quell', type: 'PERSON', mentions: [at('Marta Quell')], variants: [] },
    { id: 'E2', name: 'Ana Bell', type: 'PERSON', mentions: [at('Ana Bell')], variants: [] },
  ];
  const saying = (source: string, from: number): Attribution => {
    const s = at(source, from);
    const c = at('said', s.end);
    return {
      id: '',
      source: { ...s, entity: null, kind: 'unknown' },
      cue: { ...c, lemma: 'say', stance: 'assert' },
      content: [at(t.slice(c.end + 1, c.end + 6), c.end)],
      form: 'indirect',
      via: null,
      confidence: 1,
      rule: 'test',
    };
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
    const ents: Entity[] = [
      {
        id: 'E1',
        name: 'Ana Bell',
        type: 'PERSON',
        mentions: [{ start: text.indexOf('Ana Bell'), end: text.indexOf('Ana Bell') + 8, text: 'Ana Bell' }],
        variants: [],
      },
    ];
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

describe('resolveSpeakers: first and second person', () => {
  it('makes no entity of "I", "We" or "You"', () => {
    const t = 'Rosa Vidal said the nets were torn. We said nothing. I said no. You said yes.';
    const at = (s: string, from = 0) => {
      const start = t.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const ents: Entity[] = [
      { id: 'E1', name: 'Rosa Vidal', type: 'PERSON', mentions: [at('Rosa Vidal')], variants: [] },
    ];
    const saying = (source: string, from: number): Attribution => {
      const s = at(source, from);
      const c = at('said', s.end);
      return {
        id: '',
        source: { ...s, entity: null, kind: 'person' },
        cue: { ...c, lemma: 'say', stance: 'assert' },
        content: [at(t.slice(c.end + 1, c.end + 4), c.end)],
        form: 'indirect',
        via: null,
        confidence: 1,
        rule: 'test',
      };
    };
    const attrs = [
      saying('We', t.indexOf('We said')),
      saying('I', t.indexOf('I said')),
      saying('You', t.indexOf('You said')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.deepEqual(
      attrs.map((a) => a.source?.entity ?? null),
      [null, null, null],
    );
    assert.equal(ents.length, 1);
  });
});
