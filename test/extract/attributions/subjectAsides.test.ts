import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { span as spanText } from '../../../src/extract/attributions/build.js';
import { subjectAsides, subjectWithAside } from '../../../src/extract/attributions/subjectAsides.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('subjectWithAside', { skip }, () => {
  // text, the cue verb, the subject expected (null: none)
  const cases: [string, string, string | null][] = [
    [
      'The choir gave notice . Its music director , Petra Vane , blamed the cuts .',
      'blamed',
      'Its music director , Petra Vane',
    ],
    [
      'Sergeant Omar Leith , who runs the search team , urged walkers to stay away .',
      'urged',
      'Sergeant Omar Leith , who runs the search team',
    ],
    [
      'The Tenants Forum , which says it speaks for 90 flats , criticised the landlord .',
      'criticised',
      'The Tenants Forum , which says it speaks for 90 flats',
    ],
    ['Petra Vane , the music director , warned of more cuts .', 'warned', 'Petra Vane , the music director'],
    // A time phrase or a clause before the comma is no subject.
    ['On Monday , the music director , Petra Vane , warned of cuts .', 'warned', null],
    ['After the vote , Petra Vane warned of cuts .', 'warned', null],
    ['When the hall closed , the director , Petra Vane , warned of cuts .', 'warned', null],
    ['Yesterday the music director , Petra Vane , warned of cuts .', 'warned', null],
    // A copula is no cue verb of this shape.
    ['The new hall , which opened in May , is expected to close .', 'is', null],
    // No comma right before the verb.
    ['Its music director Petra Vane blamed the cuts .', 'blamed', null],
  ];
  for (const [text, cue, expected] of cases)
    it(`"${cue}" in "${text.slice(0, 40)}…" has subject ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const got = subjectWithAside(doc, span(cue).start);
      assert.deepEqual(got, expected === null ? null : span(expected));
    });
});

describe('subjectAsides', { skip }, () => {
  const attribution = (doc: ReturnType<typeof taggedDoc>['doc'], t: { start: number; end: number }) => {
    const s = spanText(doc, t);
    return s;
  };
  it('fills an empty source and trims the aside report at its comma', () => {
    const text = 'The Tenants Forum , which says it speaks for 90 flats , criticised the landlord .';
    const { doc, span } = taggedDoc(text);
    const make = (source: string | null, cue: string, content: string): Attribution => ({
      id: '',
      source: source ? { ...attribution(doc, span(source)), entity: null, kind: 'organization' } : null,
      cue: { ...attribution(doc, span(cue)), lemma: cue, stance: 'assert' },
      content: [attribution(doc, span(content))],
      form: 'indirect',
      via: null,
      confidence: 0.5,
      rule: 'trained-perceptron',
    });
    const aside = make('which', 'says', 'it speaks for 90 flats , criticised the landlord');
    const main = make('90 flats', 'criticised', 'the landlord');
    subjectAsides(doc, [aside, main]);
    assert.equal(main.source?.text, 'The Tenants Forum , which says it speaks for 90 flats');
    assert.deepEqual(
      aside.content.map((c) => c.text),
      ['it speaks for 90 flats'],
    );
    assert.equal(aside.source?.text, 'which');
  });
  it('gives a cue with no source the whole subject', () => {
    const text = 'Sergeant Omar Leith , who runs the search team , urged walkers to stay away .';
    const { doc, span } = taggedDoc(text);
    const a: Attribution = {
      id: '',
      source: null,
      cue: { ...attribution(doc, span('urged')), lemma: 'urge', stance: 'assert' },
      content: [attribution(doc, span('walkers to stay away'))],
      form: 'indirect',
      via: null,
      confidence: 0.5,
      rule: 'trained-perceptron',
    };
    subjectAsides(doc, [a]);
    assert.equal(a.source?.text, 'Sergeant Omar Leith , who runs the search team');
  });
  it('leaves a source that starts at the subject, and agentless reports', () => {
    const text = 'Its music director , Petra Vane , blamed the cuts .';
    const { doc, span } = taggedDoc(text);
    const s = attribution(doc, span('Its music director'));
    const a: Attribution = {
      id: '',
      source: { ...s, entity: null, kind: 'person' },
      cue: { ...attribution(doc, span('blamed')), lemma: 'blame', stance: 'assert' },
      content: [attribution(doc, span('the cuts'))],
      form: 'indirect',
      via: null,
      confidence: 0.5,
      rule: 'trained-perceptron',
    };
    subjectAsides(doc, [a]);
    assert.equal(a.source?.text, 'Its music director');
  });
});
