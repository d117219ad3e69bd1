import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, SourceKind } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { describedAsOutlet } from '../../../../src/extract/attributions/speakers/outlets.js';
import { attributionIn, entityIn, spanAt } from '../fixtures.js';
import { saidBy, speakerName } from './speechTags.js';

describe('describedAsOutlet', () => {
  const rows: [string, boolean][] = [
    ['the news agency Westwire', true],
    ["the society's newsletter, Starlight", true],
    ['the parish newsletter Steeple Talk', true],
    // A bulletin is as often a document (a police bulletin) as an outlet.
    ['the parish bulletin Steeple Talk', false],
    ['The broadcaster Harlow Vision', true],
    ['the website Dunmore Daily', true],
    ['the regional newspaper Fenland Voice', true],
    // A person's trade, a body of another kind, or no name after the words: not an outlet by its words.
    ['the fellow broadcaster Ann Lee', false],
    ['the charity Harbour Light', false],
    ['the news agency', false],
    ['Westwire', false],
    ['the report Clear Waters', false],
    ["the paper's editor, Ann Lee", false],
    // A name with its kind set off after it.
    ['Loft & Wing, a weekly paper for fanciers', true],
    ['Kerbside, a magazine for street food sellers', true],
    ["Setters' Notes, a newsletter for crossword compilers", true],
    ['Brightpath Fostering, an independent agency that places children', false],
    ['Harlow Mills, a paper mill on the river', false],
    ['Ann Lee, a newspaper columnist', false],
  ];
  for (const [text, outlet] of rows)
    it(`"${text}" ${outlet ? 'is' : 'is not'} an outlet by its words`, () =>
      assert.equal(describedAsOutlet(text), outlet));
});

describe('resolveSpeakers: a body the source calls an outlet', () => {
  // The recognizer reads each name as a body's; the words before it say it is an outlet.
  const rows: [string, string, SourceKind][] = [
    ['the news agency Westwire', 'Westwire', 'media'],
    ['the broadcaster Harlow Vision', 'Harlow Vision', 'media'],
    ['the website Dunmore Daily', 'Dunmore Daily', 'media'],
    ['the charity Harbour Light', 'Harbour Light', 'organization'],
  ];
  for (const [source, name, kind] of rows)
    it(`"${source}" stays ${kind}`, () => {
      const t = `The ferry was late again, ${source} reported.`;
      const ents = [entityIn(t, 'E1', name, 'ORG', { variants: [name] })];
      const start = t.indexOf(source);
      const cue = t.indexOf('reported');
      const a = attributionIn(t, {
        source: spanAt(t, start, start + source.length),
        cue: spanAt(t, cue, cue + 'reported'.length),
        content: spanAt(t, 0, 24),
        kind: kind === 'media' ? 'media' : 'organization',
      });
      resolveSpeakers(t, [a], ents);
      assert.deepEqual([a.source?.entity, a.source?.kind], ['E1', kind]);
    });
});

describe('resolveSpeakers: "the magazine" after an outlet just cited by name', () => {
  // The recognizer reads each cited name as a body's; the bare kind after it means the one just cited.
  const rows: [string, string, string, string | null][] = [
    [
      'cited with "According to"',
      'According to the Fenwick Rambler, the path was closed in May. The magazine said the gate was locked.',
      'Fenwick Rambler',
      'Fenwick Rambler',
    ],
    [
      'a newspaper cited so',
      'According to the Tarrow Lantern, the mill was sold. The newspaper said the price was low.',
      'Tarrow Lantern',
      'Tarrow Lantern',
    ],
    [
      'a body cited, no outlet',
      'According to the Fenwick Walking Trust, the path was closed in May. The magazine said the gate was locked.',
      'Fenwick Walking Trust',
      null,
    ],
    [
      'cited too long before',
      'According to the Fenwick Rambler, the path was closed. The gate was new. It cost a lot. The magazine said the gate was locked.',
      'Fenwick Rambler',
      null,
    ],
  ];
  for (const [name, t, cited, want] of rows)
    it(`resolves it when ${name}`, () => {
      const ents: Entity[] = [entityIn(t, 'E1', cited, 'ORG', { variants: [cited] })];
      const source = `the ${cited}`;
      const first = saidBy(t, source, 'the', 'organization');
      first.cue = { ...first.cue, start: 0, end: 12, text: 'According to' };
      const bare = t.includes('The magazine') ? 'The magazine' : 'The newspaper';
      const second = saidBy(t, bare, 'said', 'media');
      resolveSpeakers(t, [first, second], ents);
      assert.equal(first.source?.entity, 'E1');
      assert.equal(speakerName(second, ents), want);
      if (want) assert.equal(ents[0].type, 'MEDIA');
    });
});

describe('resolveSpeakers: "the paper" after a paper whose name the recognizer read as a place', () => {
  // "Messenger" ends newspapers' names as "Gazette" does; the label the recognizer gave the name is
  // no reason to pass it over for "the paper".
  const rows: [string, string, string, string | null][] = [
    [
      'cited with "According to"',
      'According to the Dunfell Messenger, the green will be listed. The paper said the club could bid.',
      'Dunfell Messenger',
      'Dunfell Messenger',
    ],
    [
      'a paper head word ending a place name',
      'According to the Dunfell Gazette, the green will be listed. The paper said the club could bid.',
      'Dunfell Gazette',
      'Dunfell Gazette',
    ],
    [
      'a place whose name ends in no paper head word',
      'According to the Dunfell Valley, the green will be listed. The paper said the club could bid.',
      'Dunfell Valley',
      null,
    ],
  ];
  for (const [name, t, cited, want] of rows)
    it(`resolves it when ${name}`, () => {
      const ents: Entity[] = [entityIn(t, 'E1', cited, 'LOC', { variants: [cited] })];
      const first = saidBy(t, `the ${cited}`, 'the', 'organization');
      first.cue = { ...first.cue, start: 0, end: 12, text: 'According to' };
      const second = saidBy(t, 'The paper', 'said', 'document');
      resolveSpeakers(t, [first, second], ents);
      assert.equal(second.source?.entity ? speakerName(second, ents) : null, want);
      if (want) assert.deepEqual([ents[0].type, second.source?.kind], ['MEDIA', 'media']);
    });
});

describe('resolveSpeakers: "the newsletter" after a newsletter named by its kind', () => {
  // The recognizer reads a newsletter's name as anything; the kind written before it says what it is.
  const rows: [string, string, string, string | null][] = [
    [
      "an owner's newsletter named after a comma",
      "According to the club's newsletter, Starlight, the dome leaks. The newsletter said it would be mended.",
      'LOC',
      'Starlight',
    ],
    [
      'a newsletter named without a comma',
      'The parish newsletter Steeple Talk said the bells were cracked. The newsletter said they would be recast.',
      'ORG',
      'Steeple Talk',
    ],
    [
      'no newsletter named before',
      'The club said the dome leaks. The newsletter said it would be mended.',
      'ORG',
      null,
    ],
  ];
  for (const [name, t, label, want] of rows)
    it(`resolves it when ${name}`, () => {
      const named = want ?? 'club';
      const ents: Entity[] = want
        ? [entityIn(t, 'E1', named, label as Entity['type'], { variants: [named] })]
        : [];
      const second = saidBy(t, 'The newsletter', 'said', 'unknown');
      resolveSpeakers(t, [second], ents);
      assert.equal(second.source?.entity ? speakerName(second, ents) : null, want);
      if (want) assert.deepEqual([ents[0].type, second.source?.kind], ['MEDIA', 'media']);
    });
});
