import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, EntityType, SourceKind } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { attributionIn, entityIn, spanIn } from '../fixtures.js';
import { saidBy, speakerName } from './speechTags.js';

// Pronouns through resolveSpeakers: "we" and "I", the gender a role shows, "he" after an anonymous or
// unnamed speaker, "they" or "it" after a group's sentence. Invented passages; entities given by hand.

describe('resolveSpeakers: first and second person', () => {
  it('makes no entity of "I", "We" or "You"', () => {
    const t = 'Rosa Vidal said the nets were torn. We said nothing. I said no. You said yes.';
    const ents = [entityIn(t, 'E1', 'Rosa Vidal', 'PERSON')];
    const saying = (source: string, from: number): Attribution => {
      const s = spanIn(t, source, from);
      const c = spanIn(t, 'said', s.end);
      return attributionIn(t, {
        source: s,
        cue: c,
        content: t.slice(c.end + 1, c.end + 4),
        contentFrom: c.end,
      });
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

describe('resolveSpeakers: a pronoun and the gender a role shows', () => {
  // Neither given name is on the first-name lists; "Mac" and "Ellery" are, and say nothing.
  const t = [
    'Tunde Okoro, the depot manager, said costs were up. "We had no choice," he said.',
    'Nuala Mac Daire, a ward sister, said staff were angry. She said nobody had asked them.',
    "The office's spokeswoman, Carys Ellery, disagreed. She said the figures were wrong.",
  ].join('\n');
  const rows: [string, string, string][] = [
    ['"he" after a man with an unlisted name', 'he', 'Tunde Okoro'],
    ['"She" after a ward sister, not the nearest speaker before her', 'She said nobody', 'Nuala Mac Daire'],
    [
      '"She" after a spokeswoman whose surname is a male first name elsewhere',
      'She said the figures',
      'Carys Ellery',
    ],
  ];
  for (const [name, at, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Tunde Okoro', 'PERSON'),
        entityIn(t, 'E2', 'Nuala Mac Daire', 'PERSON'),
        entityIn(t, 'E3', 'Carys Ellery', 'PERSON'),
      ];
      const said = (source: string, from: number) =>
        attributionIn(t, { source, cue: 'said', content: ' ', from, cueFrom: from, contentFrom: from });
      const okoro = said('Tunde Okoro, the depot manager', 0);
      const pronoun = said(at.split(' ')[0], t.indexOf(at));
      resolveSpeakers(t, [okoro, pronoun], ents);
      assert.equal(ents.find((e) => e.id === pronoun.source?.entity)?.name, want);
    });
});

describe('resolveSpeakers: a pronoun right after an anonymous speaker', () => {
  // Each row: the passage, the pronoun's words (first occurrence), and the entity it should get
  // (null: it stands for the anonymous speaker, whose kind it takes).
  const rows: [string, string, string, string | null][] = [
    [
      'a man unnamed by choice, after a named man',
      'Omar Haddou said the crane was old. A crane driver, who did not want to be named, said it shook. "It was a matter of time," he said.',
      'he said',
      null,
    ],
    [
      'a group, for "they"',
      'Omar Haddou said the crane was old. Two drivers who asked not to be named said it shook. They said nobody listened.',
      'They said',
      null,
    ],
    [
      'a woman by her role, for "he": the named man instead',
      'Omar Haddou said the crane was old. A spokeswoman, who declined to be named, said it was safe. He said that was untrue.',
      'He said',
      'Omar Haddou',
    ],
    [
      'a person named after the anonymous speaker',
      'Nuria Sala said the crane was old. A driver, speaking on condition of anonymity, said it shook. Sala repeated her call. She said it must go.',
      'She said',
      'Nuria Sala',
    ],
    [
      'a group, for "he": the named man',
      'Omar Haddou said the crane was old. Several drivers, speaking on condition of anonymity, said it shook. He said it would be replaced.',
      'He said',
      'Omar Haddou',
    ],
  ];
  for (const [name, t, at, want] of rows)
    it(name, () => {
      const person = t.startsWith('Omar') ? 'Omar Haddou' : 'Nuria Sala';
      const at2 = t.indexOf('Sala repeated');
      const ents: Entity[] = [entityIn(t, 'E1', person, 'PERSON')];
      if (at2 > 0) ents[0].mentions.push(spanIn(t, 'Sala', at2));
      const first = attributionIn(t, { source: person, cue: 'said', content: 'the crane was old' });
      const anonymousPhrase = t.slice(t.indexOf('. ') + 2, t.indexOf(' said', t.indexOf('. ')));
      const anonymous = attributionIn(t, {
        source: anonymousPhrase,
        cue: 'said',
        content: ' ',
        from: t.indexOf('. '),
        cueFrom: t.indexOf('. ') + 2 + anonymousPhrase.length,
        contentFrom: t.indexOf('. '),
        kind: 'anonymous',
      });
      const from = t.indexOf(at);
      const pronoun = attributionIn(t, {
        source: at.split(' ')[0],
        cue: 'said',
        content: ' ',
        from,
        cueFrom: from,
        contentFrom: from,
      });
      resolveSpeakers(t, [first, anonymous, pronoun], ents);
      assert.equal(speakerName(pronoun, ents), want);
      assert.equal(pronoun.source?.kind, want === null ? 'anonymous' : 'person');
    });
});

describe('resolveSpeakers: a pronoun after one unnamed member of a group', () => {
  // The source's kind is not anonymous (no listed anonymity phrase): "one of" a plural noun for
  // people still names one unnamed person, whom the pronoun after stands for.
  const rows: [string, string, string | null][] = [
    [
      'one of a board, for "she"',
      "Nuria Sala said the crane was old. One of the firm's six trustees, who spoke on condition that she not be named, said it shook. She said the board knew.",
      null,
    ],
    [
      'one of the drivers, for "he"',
      'Omar Haddou said the crane was old. One of the drivers said it shook. He said nobody had listened.',
      null,
    ],
    [
      'one of several bodies: no person, the named woman',
      'Nuria Sala said the crane was old. One of the unions said it shook. She said the board knew.',
      'Nuria Sala',
    ],
  ];
  for (const [name, t, want] of rows)
    it(name, () => {
      const person = t.startsWith('Omar') ? 'Omar Haddou' : 'Nuria Sala';
      const ents: Entity[] = [entityIn(t, 'E1', person, 'PERSON')];
      const first = attributionIn(t, { source: person, cue: 'said', content: 'the crane was old' });
      const open = t.indexOf('. ') + 2;
      const phrase = t.slice(open, t.indexOf(' said', open));
      const unnamed = attributionIn(t, {
        source: phrase,
        cue: 'said',
        content: ' ',
        from: open,
        cueFrom: open + phrase.length,
        contentFrom: open,
        kind: 'unknown',
      });
      const from = t.lastIndexOf('. ') + 2;
      const pronoun = attributionIn(t, {
        source: t.slice(from).split(' ')[0],
        cue: 'said',
        content: ' ',
        from,
        cueFrom: from,
        contentFrom: from,
      });
      resolveSpeakers(t, [first, unnamed, pronoun], ents);
      assert.equal(speakerName(pronoun, ents), want);
    });
});

describe("resolveSpeakers: an attribution inside an unnamed speaker's words", () => {
  it('leaves the unnamed speaker in focus for the pronoun after', () => {
    const t =
      'Nuria Sala said the Harbour Board had sold the crane. One of the drivers said the board had talked about it. She said the board knew.';
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Nuria Sala', 'PERSON'),
      entityIn(t, 'E2', 'Harbour Board', 'ORG'),
    ];
    const first = attributionIn(t, {
      source: 'Nuria Sala',
      cue: 'said',
      content: 'the Harbour Board had sold the crane',
    });
    const driver = attributionIn(t, {
      source: 'One of the drivers',
      cue: 'said',
      content: 'the board had talked about it',
      kind: 'unknown',
    });
    const board = attributionIn(t, {
      source: 'the board',
      cue: 'had talked about',
      content: 'it',
      kind: 'organization',
    });
    const from = t.lastIndexOf('She said');
    const pronoun = attributionIn(t, {
      source: 'She',
      cue: 'said',
      content: ' ',
      from,
      cueFrom: from,
      contentFrom: from,
    });
    resolveSpeakers(t, [first, driver, board, pronoun], ents);
    assert.equal(pronoun.source?.entity ?? null, null);
  });
});

describe('resolveSpeakers: "they" or "it" after a sentence whose subject is a group', () => {
  const rows: [string, string, string, [string, string][], string | null][] = [
    [
      'a campaign named before its lower-case noun',
      'Ruth Amos, who leads the new Keep Carrow Green campaign, spoke first. The campaign met the mayor on Friday. They said the park must stay.',
      'They',
      [['Ruth Amos', 'PERSON']],
      'Keep Carrow Green',
    ],
    [
      'a group named after the place it works in is no name',
      'Carrow was quiet. Ruth Amos backs the Carrow campaign, and Tarrow Housing Trust agreed. The campaign met the mayor. They said the park must stay.',
      'They',
      [
        ['Carrow', 'GPE'],
        ['Ruth Amos', 'PERSON'],
        ['Tarrow Housing Trust', 'ORG'],
      ],
      'Tarrow Housing Trust',
    ],
    [
      'a union named earlier, "it" after a sentence about it',
      'The Carrow Bus Workers Union balloted members. The union is angry. It said pay was too low.',
      'It',
      [['Carrow Bus Workers Union', 'ORG']],
      'Carrow Bus Workers Union',
    ],
    [
      'a pronoun inside its sentence is left to the other rules',
      'The campaign met the mayor, the Keep Carrow Green campaign said, and they said more.',
      'they',
      [],
      null,
    ],
  ];
  for (const [name, t, pronoun, marks, want] of rows)
    it(name, () => {
      const ents: Entity[] = marks.map(([n, type], k) => entityIn(t, `E${k + 1}`, n, type as EntityType));
      const from = t.lastIndexOf(pronoun);
      const a = attributionIn(t, {
        source: pronoun,
        cue: 'said',
        content: ' ',
        from,
        cueFrom: from,
        contentFrom: from,
        kind: 'unknown',
      });
      resolveSpeakers(t, [a], ents);
      const id = a.source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, want);
    });
});

describe('resolveSpeakers: a pronoun right after someone described but not named', () => {
  const rows: [string, string, string, string | null][] = [
    [
      'an unnamed spokesman, after a named man',
      'Omar Haddou said the loan was agreed. A ministry spokesman denied that any loan was offered. "Nothing was signed," he said.',
      'A ministry spokesman',
      null,
    ],
    [
      'an unnamed neighbour, after a named man',
      'Omar Haddou said the loan was agreed. A neighbour of the plant said the gates were locked. He said nobody came.',
      'A neighbour of the plant',
      null,
    ],
    [
      'a named man after the unnamed one takes the pronoun',
      'A ministry spokesman denied it. Omar Haddou disagreed. He said the loan was agreed.',
      'A ministry spokesman',
      'Omar Haddou',
    ],
  ];
  for (const [name, t, unnamed, want] of rows)
    it(name, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Omar Haddou', 'PERSON')];
      const say = (source: string, from: number) => {
        const s = spanIn(t, source, from);
        return attributionIn(t, { source: s, cue: spanIn(t, ' ', s.end), content: ' ', contentFrom: s.end });
      };
      const attrs = [say(unnamed, 0)];
      if (t.startsWith('Omar')) attrs.unshift(say('Omar Haddou', 0));
      const pronoun = say(/\bhe said/.test(t) ? 'he' : 'He', t.search(/\b[Hh]e said/));
      resolveSpeakers(t, [...attrs, pronoun], ents);
      const id = pronoun.source?.entity ?? null;
      assert.equal(id ? ents.find((e) => e.id === id)?.name : null, want);
      assert.equal(pronoun.source?.kind, 'person');
    });
});

describe('resolveSpeakers: a pronoun after an anonymous speaker whose own attribution was not found', () => {
  const t = [
    'Lena Obi, the director, said crews were stretched.',
    'A porter who worked that night, speaking on condition of anonymity, described the queue. "We waited for hours," he said on Monday.',
    'A porter described the queue. "We waited for hours," she said on Monday.',
  ].join('\n');
  it('leaves "he" anonymous after a made-anonymous sentence, and not after a plain one', () => {
    const ents: Entity[] = [entityIn(t, 'E1', 'Lena Obi', 'PERSON')];
    const director = saidBy(t, 'Lena Obi, the director', 'said', 'person');
    const he = saidBy(t, 'he', 'said', 'person', 'he said on');
    const she = saidBy(t, 'she', 'said', 'person', 'she said on');
    resolveSpeakers(t, [director, he, she], ents);
    assert.equal(speakerName(he, ents), null);
    assert.equal(he.source?.kind, 'anonymous');
    assert.equal(speakerName(she, ents), 'Lena Obi');
  });
});

describe('resolveSpeakers: a pronoun after a speaker reported inside another’s words', () => {
  // what the row shows, the passage, the inner report's source and cue, the pronoun's entity expected
  const rows: [string, string, string, string, string][] = [
    [
      '"It" after a council named inside a company’s statement is the company',
      'Brackwell Mobile said it had appealed after Tarn Vale Council refused consent. It said the mast was needed.',
      'Tarn Vale Council',
      'refused',
      'Brackwell Mobile',
    ],
    [
      '"She" after a woman quoted inside another woman’s words is the one who spoke',
      'Ruth Amley said Clare Dunstan had told her the yard was unsafe. She said she had written to the board.',
      'Clare Dunstan',
      'told',
      'Ruth Amley',
    ],
  ];
  for (const [name, t, inner, innerCue, want] of rows)
    it(name, () => {
      const outerSource = t.split(' said ')[0];
      const ents: Entity[] = [
        entityIn(t, 'E1', outerSource, outerSource.includes('Mobile') ? 'ORG' : 'PERSON'),
        entityIn(t, 'E2', inner, inner.includes('Council') ? 'ORG' : 'PERSON'),
      ];
      const pronoun = t.includes('It said') ? 'It' : 'She';
      const firstEnd = t.indexOf('. ') + 1;
      const outer = attributionIn(t, {
        source: outerSource,
        cue: 'said',
        content: t.slice(t.indexOf(' said ') + 6, firstEnd - 1),
        kind: 'unknown',
      });
      const nested = attributionIn(t, {
        source: inner,
        cue: innerCue,
        content: t.slice(t.indexOf(innerCue) + innerCue.length + 1, firstEnd - 1),
        kind: 'unknown',
      });
      const after = saidBy(t, pronoun, 'said', 'unknown', firstEnd + 1);
      resolveSpeakers(t, [outer, nested, after], ents);
      assert.equal(speakerName(after, ents), want);
    });
});

describe('resolveSpeakers: a pronoun tagging a quote that names someone else', () => {
  // what the row shows, the quote, the entity expected for its "he"
  const rows: [string, string, string][] = [
    [
      'a man named in a curly quote is not its speaker',
      '“Owen has done his best, but it will not be enough,”',
      'Colm Reddy',
    ],
    ['nor in a straight one', '"Owen has done his best, but it will not be enough,"', 'Colm Reddy'],
    ['a man named before the quote still is', '“It will not be enough,”', 'Colm Reddy'],
  ];
  for (const [name, quote, want] of rows)
    it(name, () => {
      const t = `Owen Pask said the mart would close. Colm Reddy said farmers were angry. ${quote} he said. The last sale is in May.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Owen Pask', 'PERSON'),
        entityIn(t, 'E2', 'Colm Reddy', 'PERSON'),
      ];
      if (quote.includes('Owen has')) ents[0].mentions.push(spanIn(t, 'Owen', t.indexOf('Owen has')));
      const attrs = [
        saidBy(t, 'Owen Pask', 'said', 'person'),
        saidBy(t, 'Colm Reddy', 'said', 'person'),
        saidBy(t, 'he', 'said', 'unknown', t.lastIndexOf('he said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[2], ents), want);
    });
});

describe('resolveSpeakers: "They" after people described, with a body named before them', () => {
  // what the row shows, the group's source, the entity expected for "They"
  const rows: [string, string, string | null][] = [
    ['people described by where they were', 'Villagers who packed the hall on Monday', null],
    ['people described by where they live', 'Residents of Mill Lane', null],
  ];
  for (const [name, group, want] of rows)
    it(name, () => {
      const t = `Relay Post said the branch would shut. ${group} said they felt abandoned. They said the shop was the only one open.`;
      const ents: Entity[] = [entityIn(t, 'E1', 'Relay Post', 'ORG')];
      const attrs = [
        saidBy(t, 'Relay Post', 'said', 'organization'),
        saidBy(t, group, 'said', 'unknown'),
        saidBy(t, 'They', 'said', 'unknown', t.indexOf('They said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[2], ents), want);
    });
});

describe('resolveSpeakers: people named together after their role, then "They"', () => {
  // what the row shows, the source, the entity expected for it and for "They"
  const rows: [string, string, string | null][] = [
    ['a couple after a plural role', 'The owners, Brian and Carol Ashby, who ran it for years', null],
    ['the same after a possessive role', 'Its founders, Ann and Joe Pell', null],
    ['one person after a role is that person', 'The owner, Carol Ashby, who ran it for years', 'Carol Ashby'],
  ];
  for (const [name, source, want] of rows)
    it(name, () => {
      const t = `Ardle Shop Society said it had bought the shop. ${source}, said they were glad. They said they would retire.`;
      const person = source.includes('Pell') ? 'Joe Pell' : 'Carol Ashby';
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Ardle Shop Society', 'ORG'),
        entityIn(t, 'E2', person, 'PERSON', { at: [t.indexOf(person)] }),
      ];
      const attrs = [
        saidBy(t, 'Ardle Shop Society', 'said', 'organization'),
        saidBy(t, source, 'said', 'person'),
        saidBy(t, 'They', 'said', 'unknown', t.indexOf('They said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[1], ents), want);
      if (!want) assert.equal(speakerName(attrs[2], ents), null);
    });
});

describe('resolveSpeakers: a pronoun before the paragraph names the one it stands for', () => {
  // No one of the pronoun's gender named before: the writer names her after the quote that follows.
  const rows: [string, string, string | null][] = [
    [
      'named in a quote tag after the pronoun',
      'Joe Varley runs the farm.\n\nThe founder still helps. She said the cut was cruel. "It hurts," said Edith Varley, 84.',
      'Edith Varley',
    ],
    [
      'named only in the next paragraph',
      'Joe Varley runs the farm.\n\nThe founder still helps. She said the cut was cruel.\n\nEdith Varley, 84, said it hurt.',
      null,
    ],
    [
      'a woman named before',
      'Ann Pike runs the farm.\n\nThe founder still helps. She said the cut was cruel. "It hurts," said Edith Varley, 84.',
      'Ann Pike',
    ],
  ];
  for (const [name, t, want] of rows)
    it(`resolves "She" when ${name}`, () => {
      const people = [...new Set([...t.matchAll(/(?:Joe|Edith|Ann) (?:Varley|Pike)/g)].map((m) => m[0]))];
      const ents: Entity[] = people.map((p, i) => entityIn(t, `E${i + 1}`, p, 'PERSON', { variants: [p] }));
      const a = saidBy(t, 'She', 'said', 'person');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe('resolveSpeakers: a pronoun after one unnamed man or woman brought in, named in the next paragraph', () => {
  const rows: [string, string | null][] = [
    [
      'Colin Pask runs the depot.\n\nOne man has kept the old bus running for years.\n\nHe said he would retire.\n\n"I will go with her," said Ken Allby, 63.',
      'Ken Allby',
    ],
    // Named nowhere after: the man brought in is no one named, not the man named before.
    [
      'Colin Pask runs the depot.\n\nOne man has kept the old bus running for years.\n\nHe said he would retire.',
      null,
    ],
    // A woman brought in leaves "he" to the man named before.
    [
      'Colin Pask runs the depot.\n\nOne woman has kept the old bus running for years.\n\nHe said he would retire.\n\n"I will go," said Ken Allby, 63.',
      'Colin Pask',
    ],
  ];
  for (const [t, want] of rows)
    it(`"He" → ${want ?? 'no entity'} (${t.includes('woman') ? 'a woman' : 'a man'} brought in)`, () => {
      const people = [...new Set([...t.matchAll(/(?:Colin Pask|Ken Allby)/g)].map((m) => m[0]))];
      const ents: Entity[] = people.map((p, i) => entityIn(t, `E${i + 1}`, p, 'PERSON', { variants: [p] }));
      const a = saidBy(t, 'He', 'said', 'person');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe('resolveSpeakers: a pronoun after an unnamed source inside a named speaker’s words', () => {
  // Each row: the passage, the named speaker's words, the unnamed source, its cue, its kind, and the
  // entity the pronoun ("She" or "He" after the speaker's sentence) should get (null: the unnamed one's).
  const rows: [string, string, string, string, SourceKind, string | null][] = [
    [
      'Elin Marsh said the family had been told by a porter that no bed was free. She said the staff were kind.',
      'the family had been told by a porter that no bed was free',
      'a porter',
      'told',
      'person',
      'Elin Marsh',
    ],
    [
      'Elin Marsh said she had heard from a porter, who asked not to be named, that no bed was free. She said the staff were kind.',
      'she had heard from a porter, who asked not to be named, that no bed was free',
      'a porter, who asked not to be named',
      'heard',
      'anonymous',
      'Elin Marsh',
    ],
    // Outside the named speaker's words, the unnamed source is the one speaking next.
    [
      'Elin Marsh said the ward was full. A porter, who asked not to be named, said no bed was free. He said the staff were tired.',
      'the ward was full',
      'A porter, who asked not to be named',
      'said',
      'anonymous',
      null,
    ],
  ];
  for (const [t, words, inner, cue, kind, want] of rows)
    it(`${inner} —${cue}→ …: ${want ?? 'the unnamed source'}`, () => {
      const ents: Entity[] = [entityIn(t, 'E1', 'Elin Marsh', 'PERSON')];
      const named = attributionIn(t, { source: 'Elin Marsh', cue: 'said', content: words });
      const innerAt = t.indexOf(inner);
      const cueAt = t.lastIndexOf(cue, t.indexOf(inner) + inner.length + 6);
      const unnamed = attributionIn(t, {
        source: inner,
        cue,
        content: ' ',
        from: innerAt,
        cueFrom: cueAt,
        contentFrom: innerAt,
        kind,
      });
      const from = t.search(/(?:She|He) said/);
      const pronoun = attributionIn(t, {
        source: t.slice(from, t.indexOf(' ', from)),
        cue: 'said',
        content: ' ',
        from,
        cueFrom: from,
        contentFrom: from,
      });
      resolveSpeakers(t, [named, unnamed, pronoun], ents);
      assert.equal(speakerName(pronoun, ents), want);
    });
});
