/**
 * docs/analysis.schema.json against src/analysis/types.ts: the key tables below are typed
 * `Record<keyof T, true>`, so adding, removing or renaming a field in types.ts breaks compilation
 * here until the table (and then, through the comparisons, the schema) is updated to match.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type {
  Analysis,
  ArticleInfo,
  Attribution,
  Claim,
  Cue,
  DateMention,
  Dispute,
  Entity,
  EntityType,
  Mention,
  QuoteForm,
  RemovedReason,
  Scorecard,
  Source,
  SourceKind,
  Stance,
} from '../../src/analysis/types.js';
import { SCHEMA_PATH, validateAnalysis } from '../../src/analysis/validate.js';
import { analyze } from '../../src/analyze.js';
import { readInputs } from '../../src/ingest/readInputs.js';
import { packageRoot } from '../../src/paths.js';
import { emptyAnalysis, fixtureAnalysis } from '../report/fixture.js';

type Keys<T> = Record<keyof T, true>;
const keys = (table: object) => Object.keys(table).sort();

const analysisKeys: Keys<Analysis> = {
  schema: true,
  input: true,
  text: true,
  article: true,
  entities: true,
  attributions: true,
  claims: true,
  disputes: true,
  dates: true,
  scorecard: true,
  warnings: true,
  generator: true,
};
const articleKeys: Keys<ArticleInfo> = {
  title: true,
  byline: true,
  published: true,
  url: true,
  outlet: true,
  body: true,
  removed: true,
};
const entityKeys: Keys<Entity> = { id: true, name: true, type: true, mentions: true, variants: true };
const mentionKeys: Keys<Mention> = { start: true, end: true, text: true, rule: true };
const sourceKeys: Keys<Source> = { start: true, end: true, text: true, entity: true, kind: true };
const cueKeys: Keys<Cue> = { start: true, end: true, text: true, lemma: true, stance: true };
const attributionKeys: Keys<Attribution> = {
  id: true,
  source: true,
  cue: true,
  content: true,
  form: true,
  via: true,
  confidence: true,
  rule: true,
};
const claimKeys: Keys<Claim> = {
  start: true,
  end: true,
  text: true,
  id: true,
  sourced: true,
  attribution: true,
  checkworthy: true,
  framing: true,
};
const disputeKeys: Keys<Dispute> = { id: true, claim: true, denials: true, about: true };
const dateKeys: Keys<DateMention> = {
  start: true,
  end: true,
  text: true,
  value: true,
  sentence: true,
  attribution: true,
};
const scorecardKeys: Keys<Scorecard> = {
  attributions: true,
  distinctSources: true,
  named: true,
  anonymous: true,
  author: true,
  unknown: true,
  agentless: true,
  direct: true,
  indirect: true,
  mixed: true,
  claims: true,
  unsourcedClaims: true,
  unsourcedCheckworthy: true,
  disputes: true,
  outletsRelayed: true,
  shares: true,
};
const namedKeys: Keys<Scorecard['named']> = { person: true, organization: true, media: true, document: true };
const sharesKeys: Keys<Scorecard['shares']> = { anonymous: true, unsourcedClaims: true, direct: true };
const generatorKeys: Keys<Analysis['generator']> = { name: true, version: true, extractor: true };

const reasons: Record<RemovedReason, true> = {
  'repeated-title': true,
  title: true,
  byline: true,
  dateline: true,
  'author-bio': true,
  boilerplate: true,
  caption: true,
  'related-links': true,
};
const entityTypes: Record<EntityType, true> = {
  PERSON: true,
  ORG: true,
  MEDIA: true,
  GPE: true,
  LOC: true,
  NORP: true,
  WORK: true,
  DATE: true,
  MISC: true,
};
const sourceKinds: Record<SourceKind, true> = {
  person: true,
  organization: true,
  media: true,
  document: true,
  anonymous: true,
  author: true,
  unknown: true,
};
const stances: Record<Stance, true> = {
  assert: true,
  deny: true,
  reject: true,
  dispute: true,
  confirm: true,
  admit: true,
  question: true,
  warn: true,
  accuse: true,
  believe: true,
  decline: true,
};
const forms: Record<QuoteForm, true> = { direct: true, indirect: true, mixed: true };

// biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
const schema: any = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const defs = schema.$defs;
const props = (node: { properties: object }) => Object.keys(node.properties).sort();

describe('schema mirrors src/analysis/types.ts', () => {
  const cases: [string, object, { properties: object }][] = [
    ['Analysis', analysisKeys, schema],
    ['ArticleInfo', articleKeys, defs.ArticleInfo],
    ['Entity', entityKeys, defs.Entity],
    ['Mention', mentionKeys, defs.Mention],
    ['Source', sourceKeys, defs.Source],
    ['Cue', cueKeys, defs.Cue],
    ['Attribution', attributionKeys, defs.Attribution],
    ['Claim', claimKeys, defs.Claim],
    ['Dispute', disputeKeys, defs.Dispute],
    ['DateMention', dateKeys, defs.DateMention],
    ['Scorecard', scorecardKeys, defs.Scorecard],
    ['Scorecard.named', namedKeys, defs.Scorecard.properties.named],
    ['Scorecard.shares', sharesKeys, defs.Scorecard.properties.shares],
    ['generator', generatorKeys, schema.properties.generator],
  ];
  for (const [name, table, node] of cases)
    it(`${name} has the same fields`, () => assert.deepEqual(props(node), keys(table)));

  const enums: [string, object, string[]][] = [
    ['RemovedReason', reasons, defs.RemovedReason.enum],
    ['EntityType', entityTypes, defs.EntityType.enum],
    ['SourceKind', sourceKinds, defs.SourceKind.enum],
    ['Stance', stances, defs.Stance.enum],
    ['QuoteForm', forms, defs.Attribution.properties.form.enum],
  ];
  for (const [name, table, values] of enums)
    it(`${name} has the same values`, () => assert.deepEqual([...values].sort(), keys(table)));

  it('requires exactly the fields that are not optional', () => {
    const optional: [object, string[]][] = [
      [schema, ['warnings']],
      [defs.Entity, ['variants']],
      [defs.Mention, ['rule']],
      [defs.Claim, ['framing']],
    ];
    for (const [node, fields] of optional)
      assert.deepEqual(
        [...(node as { required: string[] }).required].sort(),
        props(node as { properties: object }).filter((k) => !fields.includes(k)),
      );
  });
});

describe('validateAnalysis', () => {
  it('accepts a complete analysis and an empty one', () => {
    assert.deepEqual(validateAnalysis(fixtureAnalysis()), []);
    assert.deepEqual(validateAnalysis(emptyAnalysis()), []);
    assert.deepEqual(validateAnalysis(emptyAnalysis('🚢 text')), []);
  });

  type Edit = (a: Analysis & Record<string, unknown>) => void;
  const cases: [string, Edit, RegExp][] = [
    [
      'a missing field',
      (a) => delete (a as Partial<Analysis>).scorecard,
      /must have required property 'scorecard'/,
    ],
    [
      'an unknown field',
      (a) => Object.assign(a.attributions[0], { speaker: 'x' }),
      /additional properties 'speaker'/,
    ],
    [
      'a wrong schema id',
      (a) => Object.assign(a, { schema: 'whosaid.analysis/2' }),
      /^\/schema: must be equal to constant/,
    ],
    [
      'an unknown stance',
      (a) => Object.assign(a.attributions[0].cue, { stance: 'shout' }),
      /\/attributions\/0\/cue\/stance/,
    ],
    [
      'a confidence over 1',
      (a) => Object.assign(a.attributions[0], { confidence: 1.5 }),
      /confidence: must be <= 1/,
    ],
    ['a negative offset', (a) => Object.assign(a.entities[0].mentions[0], { start: -1 }), /must be >= 0/],
    ['a fractional offset', (a) => Object.assign(a.article.body[0], { end: 2.5 }), /must be integer/],
    [
      'an impossible published date',
      (a) => Object.assign(a.article, { published: '2026-13-01' }),
      /published/,
    ],
    [
      'a date value that is not ISO',
      (a) => Object.assign(a.dates[0], { value: 'Tuesday' }),
      /\/dates\/0\/value/,
    ],
    ['text that does not match its offsets', (a) => a.entities[0].mentions[0].start++, /is not text\[/],
    ['an end past the text', (a) => Object.assign(a.article.removed[2], { end: 10_000 }), /past the text/],
    [
      'start after end',
      (a) => Object.assign(a.article.body[0], { start: 50, end: 40 }),
      /start 50 is after end 40/,
    ],
    [
      'a dangling via',
      (a) => Object.assign(a.attributions[1], { via: 'A99' }),
      /attribution A99 does not exist/,
    ],
    ['a via loop', (a) => Object.assign(a.attributions[3], { via: 'A5' }), /loops back/],
    [
      'a dangling entity',
      (a) => Object.assign(a.attributions[0].source!, { entity: 'E9' }),
      /entity E9 does not exist/,
    ],
    ['a duplicate id', (a) => Object.assign(a.attributions[1], { id: 'A1' }), /duplicate id A1/],
    [
      'a dispute about nothing',
      (a) => Object.assign(a.disputes[0], { claim: 'C99' }),
      /attribution or claim C99/,
    ],
    ['a denial that is not an attribution', (a) => a.disputes[0].denials.push('A42'), /attribution A42/],
    [
      'a claim sourced by nothing',
      (a) => Object.assign(a.claims[1], { attribution: 'A77' }),
      /attribution A77/,
    ],
    ['a date in no attribution', (a) => Object.assign(a.dates[0], { attribution: 'A66' }), /attribution A66/],
  ];
  for (const [what, edit, expected] of cases)
    it(`reports ${what}`, () => {
      const a = fixtureAnalysis() as Analysis & Record<string, unknown>;
      edit(a);
      const problems = validateAnalysis(a);
      assert.ok(
        problems.some((p) => expected.test(p)),
        `${expected} not in ${JSON.stringify(problems)}`,
      );
    });

  it('rejects what is not an analysis at all', () => {
    for (const doc of [null, 42, 'text', [], {}])
      assert.ok(validateAnalysis(doc).length > 0, JSON.stringify(doc));
  });
});

/** Texts written for these tests, each stressing something the extractors must survive. */
const OWN_TEXTS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \n\n\u00a0\t '],
  ['astral', '🚢🚢 “Ships 🚢 wait,” said Ilse 𝒳 Brandt, according to the 🚢 Ledger.\n'],
  ['unbalanced quotes', '“He said “no” and ”left,” she said. "Open quote without end, officials said'],
  ['hostile', '<script>alert(1)</script> “</style>,” said <img onerror=x>. javascript:alert(1)'],
  ['a list of said', 'said said said. According to according to. It was reported that that.'],
  ['crlf', 'Title\r\n\r\nMayor Ana Ruiz said on Monday that the bridge would reopen.\r\nShare this\r\n'],
];

describe('analyze() output validates', () => {
  for (const [name, text] of OWN_TEXTS)
    it(`for a text: ${name}`, () => {
      const analysis = analyze({ input: name, text }, { published: '2026-11-25' });
      assert.deepEqual(validateAnalysis(JSON.parse(JSON.stringify(analysis))), []);
    });

  it('for every article in examples/, read as the CLI reads it', async () => {
    let count = 0;
    for await (const result of readInputs([join(packageRoot, 'examples')])) {
      assert.ok('article' in result, `${result.input}: ${'error' in result ? result.error : ''}`);
      const analysis = analyze(result.article);
      assert.deepEqual(validateAnalysis(JSON.parse(JSON.stringify(analysis))), [], result.input);
      count++;
    }
    // three text articles, one HTML page and the wire batch's records
    assert.ok(count >= 5, `${count} articles`);
  });
});

describe('docs/format.md', () => {
  it("example's offsets slice its text", () => {
    const md = readFileSync(join(packageRoot, 'docs', 'format.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(md)![1]);
    const chars = [...example.text];
    let checked = 0;
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        assert.equal(chars.slice(o.start, o.end).join(''), o.text);
        checked++;
      }
      for (const [k, child] of Object.entries(o)) if (k !== 'text') walk(child);
    };
    walk(example);
    assert.ok(checked >= 9, `${checked} spans checked`);
  });
});
