import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, EntityType, SourceKind } from '../../../src/analysis/types.js';
import {
  classifySource,
  markPronounsLikeUnnamed,
  markRelativesLikeAntecedents,
  markUnnamedPeople,
  settleKindsByEntities,
  unnamedPerson,
} from '../../../src/extract/attributions/sourceKind.js';
import { attributionIn } from './fixtures.js';

describe('classifySource', () => {
  const rows: [string, string][] = [
    ['she', 'person'],
    // A name ending in an abbreviation in capitals is a body's, unless a given name opens it.
    ['Tolver RFC', 'organization'],
    ['Brenna Holt MP', 'person'],
    ['Ana Ruiz, a clerk at the harbour office', 'person'],
    // The plural of a person's word opening a sentence is a group of people; a surname in -s is a name.
    ['Prosecutors', 'unknown'],
    ['Ministers', 'unknown'],
    ['Holmes', 'person'],
    // A person's name after a role phrase names them, whatever body the role names.
    ['Data officer at the Tarrow Harbour Board, Peter Lund', 'person'],
    ['A board member since 2010, Mr Okafor', 'person'],
    // A body's name there does not.
    ["The county's biggest dairy firm, Tarvale Creameries", 'organization'],
    ['A transcript of evidence from the cook, Ann Lee', 'document'],
    ['the spokesman', 'person'],
    ['two unnamed officials', 'anonymous'],
    ['a person familiar with the talks', 'anonymous'],
    ['a clerk at the ministry, who declined to be named', 'anonymous'],
    // Someone the report may not name.
    ['A warden who cannot be named for legal reasons', 'anonymous'],
    ['a nurse who could not be identified', 'anonymous'],
    ['officials', 'anonymous'],
    ['the Valley Courier', 'media'],
    ['a report by the county', 'document'],
    ['a 2021 study called “Rivers at Risk”', 'document'],
    ['the transport ministry', 'organization'],
    ['they', 'unknown'],
    ['one of the officials', 'anonymous'],
    ['some of the ministry staff', 'organization'],
    ['one of the emails', 'document'],
    // The plural of a document word is documents too.
    ['some studies', 'document'],
    // What a body keeps on paper: accounts, minutes, a timetable, its own count; what an investigation found.
    ["the charity's latest accounts", 'document'],
    ["Minutes of the board's spring meeting", 'document'],
    ["the ministry's published timetable", 'document'],
    ["the union's own count", 'document'],
    ['The investigation, led by two outside auditors', 'document'],
    ['two earlier surveys', 'document'],
    ['internal reports', 'document'],
    ['the analysts', 'anonymous'],
    // A capital that only opens the sentence names nothing.
    ['A 2021 report called "Low Tides: Small Ports and the Press"', 'document'],
    ['the Harbour Board report', 'document'],
    // The noun a participle follows is the head, not the participle or the agent after "by".
    ['a memo seen by the Harbour Ledger', 'document'],
    ['Figures released by the port last month', 'document'],
    ['a survey commissioned by the Harbour Board', 'document'],
    ['officials employed by the county', 'anonymous'],
    ['A 2024 review titled "Ports in Transition"', 'document'],
    ['an internal audit', 'document'],
    ["a statement posted on the brigade's page", 'document'],
    ['One resident, who gave only his first name, Salem', 'anonymous'],
    ['a fisherman identified only as Omar', 'anonymous'],
    ['the Brennock Post', 'media'],
    // A name ending in an organisation's head word is a body, not a person, when no recognizer label says otherwise.
    ["Kelvedon Rowers' Trust", 'organization'],
    ['Marsh Lane Residents Alliance', 'organization'],
    ["Lisvane Growers' Forum", 'organization'],
    ['Ana Ruiz', 'person'],
    // A record label's name ends in "Records", a document word, but it is a company.
    ['Saltmarsh Records', 'organization'],
    ['Blue Heron Recordings', 'organization'],
    ['the court records', 'document'],
    ['the Harbour Board report', 'document'],
    ['A night porter at the clinic, who did not want to be named', 'anonymous'],
    ["a driver who didn't wish to be identified", 'anonymous'],
    ['a teacher who wished to remain anonymous', 'anonymous'],
    ['A neighbour who did not want to give her name', 'anonymous'],
    ['a cleaner who declined to give his full name', 'anonymous'],
    // The wordings a reporter uses for a source kept unnamed.
    ["One of the club's nine trustees, who spoke on condition that she not be named", 'anonymous'],
    ['a guard, speaking on condition he not be identified', 'anonymous'],
    ['a porter who spoke on the condition that his name not be used', 'anonymous'],
    ['A second steward, who would speak only anonymously', 'anonymous'],
    ['a driver who spoke anonymously', 'anonymous'],
    ['a ward sister, talking anonymously', 'anonymous'],
    ['a clerk who asked to remain anonymous', 'anonymous'],
    ['a teacher who preferred to stay anonymous', 'anonymous'],
    ['a neighbour who asked that her name not be published', 'anonymous'],
    ['a parent who asked that his name be withheld', 'anonymous'],
    ['a cook whose name has been withheld', 'anonymous'],
    ['a cook whose name was withheld', 'anonymous'],
    ['a fitter who would not give his name', 'anonymous'],
    ['a fitter who would not be named', 'anonymous'],
    ['a nurse who asked not to be quoted by name', 'anonymous'],
    ['an engineer who was granted anonymity', 'anonymous'],
    ['The sergeant, who was not named', 'anonymous'],
    ['a guard on duty that night, who was not named at the hearing', 'anonymous'],
    ['a steward who has not been identified', 'anonymous'],
    // Speaking at all is no anonymity.
    ['Ana Holm, who spoke at length', 'person'],
    // A common noun for a person heads a person's phrase, whatever body a modifier names.
    ['a sheep farmer', 'person'],
    ['the supply teacher', 'person'],
    ['A night cleaner at the depot', 'person'],
    ['one passenger from the stranded ferry', 'person'],
    // Plural bodies are bodies.
    ['The two firms', 'organization'],
    ['the tobacco companies', 'organization'],
    ['Directors at both firms', 'person'],
    // An acronym alone names a body.
    ['the NWU', 'organization'],
    ['KTEL', 'organization'],
    ['Ana Ruiz MP', 'person'],
    ['the DJ', 'person'],
    ['the chancellor', 'person'],
    // An age stands for a person, unless a body's word heads the phrase.
    ['The 34-year-old', 'person'],
    ['the 19-year-old world champion', 'person'],
    ['a 150-year-old company', 'organization'],
    // An outlet's word after "fellow" or a person's possessive is that person's trade.
    ['his friend and fellow broadcaster Tom Aske', 'person'],
    ['her fellow broadcaster', 'person'],
    ['The fellow broadcaster Ann Lee', 'person'],
    ['my fellow economist Dara Quill', 'person'],
    ['the broadcaster Harlow Vision', 'media'],
  ];
  for (const [text, kind] of rows) it(`"${text}" is ${kind}`, () => assert.equal(classifySource(text), kind));

  it('lets a recognised entity decide a name, but not a document word', () => {
    assert.equal(classifySource('Harbour Watch', 'ORG'), 'organization');
    assert.equal(classifySource('a study by Harbour Watch', 'ORG'), 'document');
    // A club named like a plural of people ("Rangers") is the body the recognizer names.
    assert.equal(classifySource('Wardens', 'ORG'), 'organization');
  });

  // A body named after a description of what it is: the recognizer may read the name as a person's.
  const described: [string, string | null, string][] = [
    ['the protest movement Green Tide', 'PERSON', 'organization'],
    ['The pressure group Clean Rivers Now', 'PERSON', 'organization'],
    ['the rebel alliance Northern Shield', 'PERSON', 'organization'],
    ['the campaign Keep Brisk Open', null, 'organization'],
    ['the charity Harbour Light', 'PERSON', 'organization'],
    // A press body described as one is media, as its name would be.
    ['the news agency Westwire', 'PERSON', 'media'],
    ['the news agency Westwire', null, 'media'],
    // A person introduced by their role stays a person.
    ['the party leader Ana Ruiz', 'PERSON', 'person'],
    ['the movement founder Tomas Brek', 'PERSON', 'person'],
    // A lower-case document word after the name of the body it comes from heads a document; a
    // document word that is part of a name is the name's.
    ['Trade Ministry figures', 'ORG', 'document'],
    ['an Arlow Council statement', 'ORG', 'document'],
    ['the Pellbrook Institute survey', 'ORG', 'document'],
    ['the Harbour Report', 'ORG', 'organization'],
    ['the Harbour Report', 'MEDIA', 'media'],
    ['the Valley Courier website', 'MEDIA', 'media'],
    ['the Valley Courier report', 'MEDIA', 'media'],
  ];
  for (const [text, label, kind] of described)
    it(`"${text}" (${label ?? 'no entity'}) is ${kind}`, () =>
      assert.equal(classifySource(text, label), kind));
});

describe('unnamedPerson', () => {
  const rows: [string, boolean][] = [
    ['a sheep farmer', true],
    ['One resident', true],
    ['another retired teacher from the village', true],
    ['A night cleaner at the depot, who has worked there for years', true],
    ['one analyst', true],
    ['a 45-year-old from the town', true],
    // A name after the comma names them; "the" points back to someone.
    ['A sheep farmer, Gwen Pask', false],
    ['the supply teacher', false],
    // Offices act in public; spokespeople and lawyers speak for a body or a client.
    ['a judge', false],
    ['a council spokeswoman', false],
    ['a lawyer for the family', false],
    ['a report by the council', false],
  ];
  for (const [text, unnamed] of rows)
    it(`"${text}" ${unnamed ? 'is' : 'is not'} someone unnamed`, () =>
      assert.equal(unnamedPerson(text), unnamed));
});

describe('markUnnamedPeople', () => {
  const text =
    'A farmer said the river rose. The teacher said the pond froze. A farmer, Gwen Pask, said the ice held.';
  const make = (source: string, from: number, entity: string | null): Attribution =>
    attributionIn(text, { source, cue: 'said', content: 'the', from, entity, kind: classifySource(source) });
  it('marks an indefinite person no entity names as anonymous, and leaves the rest', () => {
    const all = [
      make('A farmer', 0, null),
      make('The teacher', text.indexOf('The teacher'), null),
      make('A farmer, Gwen Pask,', text.indexOf('A farmer,'), 'E1'),
    ];
    markUnnamedPeople(all);
    assert.deepEqual(
      all.map((a) => a.source?.kind),
      ['anonymous', 'person', 'person'],
    );
  });
});

describe('markPronounsLikeUnnamed', () => {
  // [text, sources in order as [phrase, kind, entity]], the kinds expected
  const rows: [string, string, [string, SourceKind, string | null][], SourceKind[]][] = [
    [
      'a pronoun after an unnamed source, and one after that',
      'A porter who asked not to be named said the lift failed. She said it was old. She said so again.',
      [
        ['A porter who asked not to be named', 'anonymous', null],
        ['She', 'person', null],
        ['She', 'person', null],
      ],
      ['anonymous', 'anonymous', 'anonymous'],
    ],
    [
      'a named speaker between them',
      'A porter who asked not to be named said the lift failed. Ana Kerr said it was old. She said so.',
      [
        ['A porter who asked not to be named', 'anonymous', null],
        ['Ana Kerr', 'person', 'E1'],
        ['She', 'person', null],
      ],
      ['anonymous', 'person', 'person'],
    ],
    [
      'a pronoun resolved to an entity',
      'A porter who asked not to be named said the lift failed. She said it was old.',
      [
        ['A porter who asked not to be named', 'anonymous', null],
        ['She', 'person', 'E1'],
      ],
      ['anonymous', 'person'],
    ],
  ];
  for (const [name, text, sources, expected] of rows)
    it(name, () => {
      let from = 0;
      const all = sources.map(([source, kind, entity]) => {
        const a = attributionIn(text, { source, cue: 'said', content: 'said', from, entity, kind });
        from = a.cue.end;
        return a;
      });
      markPronounsLikeUnnamed(all);
      assert.deepEqual(
        all.map((a) => a.source?.kind),
        expected,
      );
    });
});

describe('markRelativesLikeAntecedents', () => {
  // [text, the speaker's phrase, its kind, the kind "who" ends with]; "who" is found first or second.
  const rows: [string, string, SourceKind, SourceKind][] = [
    [
      '“We cannot wait.” So said a spokeswoman for the trust, who added that the roof leaked.',
      'a spokeswoman for the trust',
      'organization',
      'organization',
    ],
    [
      '“The tide came fast,” said a sheep farmer, who added that two ewes drowned.',
      'a sheep farmer',
      'anonymous',
      'anonymous',
    ],
    [
      'A local vet, who added that feed was short, said the herd was thin.',
      'A local vet',
      'person',
      'person',
    ],
    // Nothing said of the speaker's kind gives "who" none; nor does a speaker the comma does not join.
    ['“It is late,” said someone there, who added that it was cold.', 'someone there', 'unknown', 'unknown'],
    [
      'A vet said the herd was thin. Later, who added that feed was short, was unclear.',
      'A vet',
      'person',
      'unknown',
    ],
  ];
  for (const [text, speaker, kind, whoKind] of rows)
    it(`"who" after "${speaker}" is ${whoKind}`, () => {
      const said = attributionIn(text, { source: speaker, cue: 'said', content: ' ', kind });
      const who = attributionIn(text, { source: 'who', cue: 'added', content: 'that', kind: 'unknown' });
      markRelativesLikeAntecedents(text, [who, said]);
      assert.equal(who.source?.kind, whoKind);
    });
});

describe('settleKindsByEntities', () => {
  /** The kind of `phrase` given `kind` at resolution, once settled by an entity of `type`. */
  function settled(phrase: string, kind: SourceKind, type: EntityType): SourceKind | undefined {
    const a = attributionIn(`${phrase} said so.`, {
      source: phrase,
      cue: 'said',
      content: 'so',
      entity: 'E1',
      kind,
    });
    const entity: Entity = { id: 'E1', name: phrase, type, mentions: [] };
    settleKindsByEntities([a], [entity]);
    return a.source?.kind;
  }
  // An entity's type is final only once every speaker is resolved (a later "Brightwell, which …"
  // makes a name a body's): the kind follows it where the phrase's words leave it open.
  const rows: [string, SourceKind, EntityType, SourceKind][] = [
    ['an outlet named as a body', 'organization', 'MEDIA', 'media'],
    ['a name read as a person before a later mention made it a body', 'person', 'ORG', 'organization'],
    ['an unresolved kind of a body', 'unknown', 'ORG', 'organization'],
    // The phrase's own words say what it is.
    ['an anonymous source', 'anonymous', 'ORG', 'anonymous'],
    ['a document of a body', 'document', 'ORG', 'document'],
    ['an outlet, whatever body type', 'media', 'ORG', 'media'],
    ['a person resolved to a person', 'person', 'PERSON', 'person'],
    // A body's name the recognizer read as a person's is the recognizer's error, not the kind's.
    ['a body resolved to a person', 'organization', 'PERSON', 'organization'],
  ];
  for (const [name, kind, type, expected] of rows)
    it(`${name}: ${kind} with a ${type} entity -> ${expected}`, () =>
      assert.equal(settled('Brightwell', kind, type), expected));
  // Whom the words name: a person by an honorific or a head noun; a spokesperson, a pronoun or a
  // bare name stand for the body the entity is, as the examples' expected kinds have it.
  const phrases: [string, SourceKind][] = [
    ['Mr Dunmore', 'person'],
    ["Fund manager Ola Brandt, the club's largest investor", 'person'],
    ['A spokeswoman for Harlow Homes', 'organization'],
    ['She', 'organization'],
    ['Brightwell', 'organization'],
    ["the ferry line's operator", 'organization'],
  ];
  for (const [phrase, expected] of phrases)
    it(`"${phrase}" read as a person, resolved to a body, is ${expected}`, () =>
      assert.equal(settled(phrase, 'person', 'ORG'), expected));
  // A body's own document is a document once resolved to the body; an outlet's is the outlet relaying.
  const owned: [string, SourceKind, EntityType, SourceKind][] = [
    ['Its report', 'organization', 'ORG', 'document'],
    ["the council's annual report", 'organization', 'ORG', 'document'],
    ["the club's latest accounts", 'organization', 'ORG', 'document'],
    ['Its report', 'media', 'MEDIA', 'media'],
    ['Its spokesman', 'organization', 'ORG', 'organization'],
    ['The Harbour Review', 'organization', 'ORG', 'organization'],
  ];
  for (const [phrase, kind, type, expected] of owned)
    it(`"${phrase}" resolved as ${kind} to a ${type} entity is ${expected}`, () =>
      assert.equal(settled(phrase, kind, type), expected));
  it('leaves a source with no entity alone', () => {
    const a = attributionIn('X said so.', { source: 'X', cue: 'said', content: 'so', kind: 'person' });
    settleKindsByEntities([a], []);
    assert.equal(a.source?.kind, 'person');
  });
});
