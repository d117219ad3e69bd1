/**
 * A hand-built analysis exercising every field of `whosaid.analysis/1` (chains, anonymous and
 * agentless sources, a dispute, dates resolved and relative, removed ranges), so the reports and
 * the schema are tested before and independently of the extractors. Text written for these tests.
 */

import { computeScorecard } from '../../src/analysis/scorecard.js';
import type { Analysis, Span } from '../../src/analysis/types.js';

export const FIXTURE_TEXT = [
  'Harbour cranes idle in Port Sélène 🚢',
  'Harbour cranes idle in Port Sélène 🚢',
  'By Mara Quint',
  'PORT SÉLÈNE — Dock workers walked out on Tuesday, the union said, and 40 ships now wait offshore.',
  '“We will not move a single container,” said Ilse Brandt, who leads the union. “Not one.”',
  'The harbour authority denied the report, calling it “completely untrue”.',
  'Brandt told the Coastal Ledger last May that wages had not risen since 2019, according to the paper.',
  'An official who asked not to be named said talks were\u00a0expected.',
  'It was claimed that the strike would spread.',
  'Share this story · Sign up for our newsletter',
].join('\n');

/** The code-point span of the `occurrence`-th appearance of `needle` in FIXTURE_TEXT. */
export function spanOf(needle: string, occurrence = 0, text = FIXTURE_TEXT): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: '${needle}' not found`);
  }
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...needle].length, text: needle };
}

const range = (needle: string, occurrence = 0) => {
  const { start, end } = spanOf(needle, occurrence);
  return { start, end };
};

/** A complete analysis of FIXTURE_TEXT, as an extractor might produce it. */
export function fixtureAnalysis(): Analysis {
  const text = FIXTURE_TEXT;
  const entities: Analysis['entities'] = [
    {
      id: 'E1',
      name: 'Ilse Brandt',
      type: 'PERSON',
      mentions: [spanOf('Ilse Brandt'), { ...spanOf('Brandt', 1), rule: 'surname' }],
      variants: ['Ilse Brandt', 'Brandt'],
    },
    { id: 'E2', name: 'Coastal Ledger', type: 'MEDIA', mentions: [spanOf('Coastal Ledger')] },
    {
      id: 'E3',
      name: 'Port Sélène',
      type: 'GPE',
      mentions: [spanOf('Port Sélène', 0), spanOf('Port Sélène', 1)],
    },
  ];
  const attributions: Analysis['attributions'] = [
    {
      id: 'A1',
      source: { ...spanOf('the union'), entity: null, kind: 'organization' },
      cue: { ...spanOf('said'), lemma: 'say', stance: 'assert' },
      content: [spanOf('Dock workers walked out on Tuesday')],
      form: 'indirect',
      via: null,
      confidence: 0.8,
      rule: 'inverted-said',
    },
    {
      id: 'A2',
      source: { ...spanOf('Ilse Brandt'), entity: 'E1', kind: 'person' },
      cue: { ...spanOf('said', 1), lemma: 'say', stance: 'assert' },
      content: [spanOf('We will not move a single container,'), spanOf('Not one.')],
      form: 'direct',
      via: null,
      confidence: 0.95,
      rule: 'quote-said-name',
    },
    {
      id: 'A3',
      source: { ...spanOf('The harbour authority'), entity: null, kind: 'organization' },
      cue: { ...spanOf('denied'), lemma: 'deny', stance: 'deny' },
      content: [spanOf('the report'), spanOf('completely untrue')],
      form: 'mixed',
      via: null,
      confidence: 0.7,
      rule: 'deny-object',
    },
    {
      id: 'A4',
      source: { ...spanOf('the paper'), entity: 'E2', kind: 'media' },
      cue: { ...spanOf('according to'), lemma: 'according to', stance: 'assert' },
      content: [spanOf('Brandt told the Coastal Ledger last May that wages had not risen since 2019')],
      form: 'indirect',
      via: null,
      confidence: 0.75,
      rule: 'according-to',
    },
    {
      id: 'A5',
      source: { ...spanOf('Brandt', 1), entity: 'E1', kind: 'person' },
      cue: { ...spanOf('told'), lemma: 'tell', stance: 'assert' },
      content: [spanOf('wages had not risen since 2019')],
      form: 'indirect',
      via: 'A4',
      confidence: 0.8,
      rule: 'subject-verb-that',
    },
    {
      id: 'A6',
      source: { ...spanOf('An official who asked not to be named'), entity: null, kind: 'anonymous' },
      cue: { ...spanOf('said', 2), lemma: 'say', stance: 'assert' },
      content: [spanOf('talks were\u00a0expected')],
      form: 'indirect',
      via: null,
      confidence: 0.85,
      rule: 'subject-verb',
    },
    {
      id: 'A7',
      source: null,
      cue: { ...spanOf('It was claimed'), lemma: 'claim', stance: 'assert' },
      content: [spanOf('the strike would spread')],
      form: 'indirect',
      via: null,
      confidence: 0.6,
      rule: 'passive-agentless',
    },
  ];
  const claims: Analysis['claims'] = [
    {
      ...spanOf('and 40 ships now wait offshore.'),
      id: 'C1',
      sourced: false,
      attribution: null,
      checkworthy: 0.83,
      framing: [],
    },
    {
      ...spanOf('Dock workers walked out on Tuesday'),
      id: 'C2',
      sourced: true,
      attribution: 'A1',
      checkworthy: 0.7,
    },
    {
      ...spanOf('idle'),
      id: 'C3',
      sourced: false,
      attribution: null,
      checkworthy: 0.2,
      framing: [spanOf('idle')],
    },
  ];
  const disputes: Analysis['disputes'] = [
    { id: 'D1', claim: 'A1', denials: ['A3'], about: spanOf('the report') },
  ];
  const dates: Analysis['dates'] = [
    {
      ...spanOf('Tuesday'),
      value: '2026-11-24',
      sentence: range(
        'PORT SÉLÈNE — Dock workers walked out on Tuesday, the union said, and 40 ships now wait offshore.',
      ),
      attribution: 'A1',
    },
    {
      ...spanOf('last May'),
      value: { relative: 'last May' },
      sentence: range(
        'Brandt told the Coastal Ledger last May that wages had not risen since 2019, according to the paper.',
      ),
      attribution: 'A5',
    },
    {
      ...spanOf('2019'),
      value: '2019',
      sentence: range(
        'Brandt told the Coastal Ledger last May that wages had not risen since 2019, according to the paper.',
      ),
      attribution: 'A5',
    },
  ];
  const bodyStart = range('PORT SÉLÈNE').start;
  const footer = range('Share this story · Sign up for our newsletter');
  return {
    schema: 'whosaid.analysis/1',
    input: 'fixtures/port-strike.txt',
    text,
    article: {
      title: spanOf('Harbour cranes idle in Port Sélène 🚢', 0),
      byline: [
        { name: 'Mara Quint', ...range('Mara Quint') },
        { name: 'Desk Editor', start: null, end: null },
      ],
      published: '2026-11-25',
      url: 'https://example.org/news/port-strike',
      outlet: 'Example Gazette',
      body: [{ start: bodyStart, end: footer.start - 1 }],
      removed: [
        { ...range('Harbour cranes idle in Port Sélène 🚢', 1), reason: 'repeated-title' },
        { ...range('By Mara Quint'), reason: 'byline' },
        { ...footer, reason: 'boilerplate' },
      ],
    },
    entities,
    attributions,
    claims,
    disputes,
    dates,
    scorecard: computeScorecard(entities, attributions, claims, disputes),
    warnings: ['invalid UTF-8 replaced at byte 12'],
    generator: { name: 'whosaid', version: '0.1.0', extractor: 'hand-built' },
  };
}

/** The smallest valid analysis: no title, no findings, every array empty. */
export function emptyAnalysis(text = ''): Analysis {
  return {
    schema: 'whosaid.analysis/1',
    input: '-',
    text,
    article: {
      title: null,
      byline: [],
      published: null,
      url: null,
      outlet: null,
      body: [{ start: 0, end: [...text].length }],
      removed: [],
    },
    entities: [],
    attributions: [],
    claims: [],
    disputes: [],
    dates: [],
    scorecard: computeScorecard([], [], [], []),
    generator: { name: 'whosaid', version: '0.1.0', extractor: 'none' },
  };
}
