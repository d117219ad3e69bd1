import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { span as spanText } from '../../../src/extract/attributions/build.js';
import { governingSubject, participleSources } from '../../../src/extract/attributions/participleSources.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

type Doc = ReturnType<typeof taggedDoc>['doc'];
type Span = ReturnType<typeof taggedDoc>['span'];

function make(doc: Doc, span: Span, source: string | null, cue: string, content: string): Attribution {
  const s = (words: string) => spanText(doc, span(words));
  return {
    id: '',
    source: source ? { ...s(source), entity: null, kind: 'person' } : null,
    cue: { ...s(cue), lemma: cue, stance: 'assert' },
    content: [s(content)],
    form: 'indirect',
    via: null,
    confidence: 0.5,
    rule: 'trained-perceptron',
  };
}

describe('participleSources', { skip }, () => {
  // text, the attributions found ([source, cue, content]; the last is the participle's), its source after
  const cases: [string, [string | null, string, string][], string | null][] = [
    // An object right before the comma is no speaker: the clause's subject is.
    [
      'The harbour board turned down a request from two ferry firms , saying the pier was unsafe .',
      [
        ['The harbour board', 'turned down', 'a request from two ferry firms'],
        ['two ferry firms', 'saying', 'the pier was unsafe'],
      ],
      'The harbour board',
    ],
    [
      'Mayor Ruth Okafor praised the new library , calling it a gift to the town .',
      [['the new library', 'calling', 'it a gift to the town']],
      'Mayor Ruth Okafor',
    ],
    // A tag right before the participle's comma lends its speaker.
    [
      'The bridge will reopen in May , the engineer said , adding that tolls would stay .',
      [
        ['the engineer', 'said', 'The bridge will reopen in May'],
        ['The bridge', 'adding', 'that tolls would stay'],
      ],
      'the engineer',
    ],
    // A report whose content ends at the comma lends its speaker, whatever the parse hangs the participle on.
    [
      'The union said members would strike on Monday , adding that buses would not run .',
      [
        ['The union', 'said', 'members would strike on Monday'],
        ['members', 'adding', 'that buses would not run'],
      ],
      'The union',
    ],
    // A source that runs back from the tag's speaker into the reported words is that speaker.
    [
      'Few tenants got their deposits back , Ms Orr estimated , adding that most had given up .',
      [
        ['Ms Orr', 'estimated', 'Few tenants got their deposits back'],
        ['their deposits back , Ms Orr', 'adding', 'that most had given up'],
      ],
      'Ms Orr',
    ],
    // A speaker an earlier tag named stays ("…, said X, adding …").
    [
      '" We are ready , " said Lena Morris , the coach , adding that the team was fit .',
      [
        ['Lena Morris , the coach', 'said', 'We are ready'],
        ['Lena Morris , the coach', 'adding', 'that the team was fit'],
      ],
      'Lena Morris , the coach',
    ],
    // The object of "leave" is who wonders.
    [
      'The delay has left many commuters , wondering when trains will run again .',
      [['many commuters', 'wondering', 'when trains will run again']],
      'many commuters',
    ],
    // A source further back than the comma is left to the tagger.
    [
      'Ms Ansah spoke for an hour , urging voters to register .',
      [['Ms Ansah', 'urging', 'voters to register']],
      'Ms Ansah',
    ],
    // A whole clause taken as the source: its subject speaks.
    [
      'The Marlow water board raised its charges by a tenth on Monday , its third rise this year , saying pipes needed work .',
      [
        [
          'The Marlow water board raised its charges by a tenth on Monday , its third rise this year',
          'saying',
          'pipes needed work',
        ],
      ],
      'The Marlow water board',
    ],
    [
      'Grenfold Mills cut forty jobs in March , blaming the cost of cotton .',
      [['Grenfold Mills cut forty jobs in March', 'blaming', 'the cost of cotton']],
      'Grenfold Mills',
    ],
    // A relative clause in the source is an aside, not the source's own clause.
    [
      'Ann Cole , who runs the ferry , spoke on Friday , urging calm .',
      [['Ann Cole , who runs the ferry , spoke on Friday', 'urging', 'calm']],
      'Ann Cole , who runs the ferry , spoke on Friday',
    ],
    // No source: not this rule's business.
    ['The plan was dropped , citing costs .', [[null, 'citing', 'costs']], null],
  ];
  for (const [text, found, expected] of cases)
    it(`"${text.slice(0, 50)}…" gives the participle ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const list = found.map(([s, c, t]) => make(doc, span, s, c, t));
      participleSources(doc, list);
      assert.equal(list[list.length - 1].source?.text ?? null, expected);
    });
});

describe('governingSubject', { skip }, () => {
  // text, the participle, the subject expected (null: none)
  const cases: [string, string, string | null][] = [
    ['The council refused a plan to close the pool , saying it was popular .', 'saying', 'The council'],
    ['The gate was locked , and she grew angry , shouting at the guard .', 'shouting', 'she'],
    ['Residents were left guessing , wondering what came next .', 'wondering', null],
  ];
  for (const [text, participle, expected] of cases)
    it(`"${participle}" in "${text.slice(0, 40)}…" speaks for ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const got = governingSubject(doc, span(participle).start);
      assert.deepEqual(got, expected === null ? null : span(expected));
    });
});
