import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeBodiesBeforeAppositives } from '../../../src/language/ner/businessAppositives.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans, n) => retypeBodiesBeforeAppositives(view, spans, 0, n));

describe('retypeBodiesBeforeAppositives', () => {
  const cases: [string, string, string[]][] = [
    [
      'a charity with a relative clause',
      '[Reef Rescue Porthbray]/PERSON , a charity that trains divers , said',
      ['Reef Rescue Porthbray/ORG'],
    ],
    [
      'modifiers before the noun',
      '[Tollen Weavers]/PERSON , a small Cornish cooperative , said',
      ['Tollen Weavers/ORG'],
    ],
    ['a place read so', '[Marrow Vale]/LOC , the company founded by her father', ['Marrow Vale/ORG']],
    ['at the sentence end', 'They wrote to [Pellow Hythe]/PERSON , a charity .', ['Pellow Hythe/ORG']],
    [
      'the noun modifies another noun',
      '[Nessa Quarrie]/PERSON , a charity worker , said',
      ['Nessa Quarrie/PERSON'],
    ],
    ['a noun for a person', '[Alun Brennick]/PERSON , a builder , said', ['Alun Brennick/PERSON']],
    ['a firm believer', '[Alun Brennick]/PERSON , a firm believer in it', ['Alun Brennick/PERSON']],
    [
      'too far from the article',
      '[Alun Brennick]/PERSON , a man who once ran a company , said',
      ['Alun Brennick/PERSON'],
    ],
    [
      'a role for the body',
      '[Nessa Quarrie]/PERSON , a spokeswoman for the charity , said',
      ['Nessa Quarrie/PERSON'],
    ],
    ['no comma', '[Pellow Hythe]/PERSON a charity that helps', ['Pellow Hythe/PERSON']],
    [
      'a name the tagger missed',
      'The mill is owned by Pellow Grain Holdings , a company that trades barley .',
      ['Pellow Grain Holdings/ORG'],
    ],
    [
      'a missed name opening the sentence',
      'Tarrick Stone , a firm based in the valley , said',
      ['Tarrick Stone/ORG'],
    ],
    ['one capitalised word is too little', 'owned by Tarrick , a firm based there', []],
    ['five capitalised words are too many', 'by Ann Bell Tarrick Stone Quarry , a firm based there', []],
    [
      'a common word opening the sentence is left out',
      'Meanwhile Tarrick Stone , a firm based in the valley , said',
      ['Tarrick Stone/ORG'],
    ],
    ['an organisation stays', '[Pellow Hythe]/ORG , a charity that helps', ['Pellow Hythe/ORG']],
    [
      'a description whose clause runs into the report ending the sentence is its subject, no appositive',
      'A mast may go up on [Marrow Common]/LOC , the company that wants to build it said on Monday .',
      ['Marrow Common/LOC'],
    ],
    [
      'so with the report alone at the end',
      'A mast may go up on [Marrow Common]/LOC , a firm that wants to build it said .',
      ['Marrow Common/LOC'],
    ],
    [
      'an appositive closed by a comma before the report is one',
      '[Marrow Vale]/LOC , the company that wants to build it , said on Monday .',
      ['Marrow Vale/ORG'],
    ],
    [
      'a report inside the clause, with its own content, leaves the appositive',
      '[Pellow Hythe]/PERSON , a charity that said it would close .',
      ['Pellow Hythe/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
