/**
 * A hand-built analysis with a relay chain, a denial, an unsourced claim and a date, so the article
 * view's rendering is checked independently of what the extractors find. The text starts with an
 * astral character: analysis offsets are code points, the DOM's are UTF-16.
 */
import type { Analysis, Span } from '../../src/analysis/types.js';

export const CRAFTED_TEXT = `🚢 Port news

General Haftar told the Coastal Herald that his forces would withdraw by Friday, the paper reported.

The ministry denied that any withdrawal was planned. Ships have been stuck for weeks.`;

/** The code-point span of the first occurrence of `part`. */
function span(part: string): Span {
  const at = CRAFTED_TEXT.indexOf(part);
  if (at < 0) throw new Error(`not in the text: ${part}`);
  const start = [...CRAFTED_TEXT.slice(0, at)].length;
  return { start, end: start + [...part].length, text: part };
}

export function craftedAnalysis(): Analysis {
  const withdraw = span('his forces would withdraw by Friday');
  const sentence2 = span(
    'General Haftar told the Coastal Herald that his forces would withdraw by Friday, the paper reported.',
  );
  return {
    schema: 'whosaid.analysis/1',
    input: 'crafted',
    text: CRAFTED_TEXT,
    article: {
      title: span('Port news'),
      byline: [],
      published: '2025-03-03',
      url: null,
      outlet: 'Port Weekly',
      body: [{ start: span('General').start, end: [...CRAFTED_TEXT].length }],
      removed: [],
    },
    entities: [
      {
        id: 'E1',
        name: 'Khalifa Haftar',
        type: 'PERSON',
        mentions: [span('General Haftar')],
        variants: ['Khalifa Haftar', 'General Haftar'],
      },
      {
        id: 'E2',
        name: 'Coastal Herald',
        type: 'MEDIA',
        mentions: [span('Coastal Herald'), span('the paper')],
      },
      { id: 'E3', name: 'Ministry of Defence', type: 'ORG', mentions: [span('The ministry')] },
    ],
    attributions: [
      {
        id: 'A1',
        source: { ...span('General Haftar'), entity: 'E1', kind: 'person' },
        cue: { ...span('told'), lemma: 'tell', stance: 'assert' },
        content: [withdraw],
        form: 'indirect',
        via: 'A2',
        confidence: 0.9,
        rule: 'crafted',
      },
      {
        id: 'A2',
        source: { ...span('the paper'), entity: 'E2', kind: 'media' },
        cue: { ...span('reported'), lemma: 'report', stance: 'assert' },
        content: [span('General Haftar told the Coastal Herald that his forces would withdraw by Friday')],
        form: 'indirect',
        via: null,
        confidence: 0.8,
        rule: 'crafted',
      },
      {
        id: 'A3',
        source: { ...span('The ministry'), entity: 'E3', kind: 'organization' },
        cue: { ...span('denied'), lemma: 'deny', stance: 'deny' },
        content: [span('any withdrawal was planned')],
        form: 'indirect',
        via: null,
        confidence: 0.85,
        rule: 'crafted',
      },
    ],
    claims: [
      {
        ...span('Ships have been stuck for weeks.'),
        id: 'C1',
        sourced: false,
        attribution: null,
        checkworthy: 0.8,
      },
    ],
    disputes: [{ id: 'D1', claim: 'A1', denials: ['A3'], about: span('withdrawal') }],
    dates: [
      {
        ...span('Friday'),
        value: '2025-03-07',
        sentence: { start: sentence2.start, end: sentence2.end },
        attribution: 'A1',
      },
    ],
    scorecard: {
      attributions: 3,
      distinctSources: 3,
      named: { person: 1, organization: 1, media: 1, document: 0 },
      anonymous: 0,
      author: 0,
      unknown: 0,
      agentless: 0,
      direct: 0,
      indirect: 3,
      mixed: 0,
      claims: 1,
      unsourcedClaims: 1,
      unsourcedCheckworthy: 1,
      disputes: 1,
      outletsRelayed: ['Coastal Herald'],
      shares: { anonymous: 0, unsourcedClaims: 1, direct: 0 },
    },
    generator: { name: 'whosaid', version: 'test', extractor: 'crafted' },
  };
}
