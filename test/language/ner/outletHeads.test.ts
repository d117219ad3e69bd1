import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameOutletsByHead, nameStations } from '../../../src/language/ner/outletHeads.js';
import { applySpanRule } from './spanNotation.js';

const named = (text: string) => applySpanRule(text, (view, spans) => nameOutletsByHead(view, spans));

describe('nameOutletsByHead', () => {
  const cases: [string, string, string[]][] = [
    [
      'the head alone after the full name',
      'the [Marsa Herald]/MEDIA said so and a guard told the Herald more',
      ['Marsa Herald/MEDIA', 'Herald/MEDIA'],
    ],
    [
      'a person span on the head is retyped',
      'the [Marlow Echo]/MEDIA ran it ; a man told the [Echo]/PERSON',
      ['Marlow Echo/MEDIA', 'Echo/MEDIA'],
    ],
    ['not before the full name', 'the Herald and the [Marsa Herald]/MEDIA', ['Marsa Herald/MEDIA']],
    ['not without "the"', 'the [Marsa Herald]/MEDIA and Herald Street', ['Marsa Herald/MEDIA']],
    [
      'not when a capitalised word follows',
      'the [Marsa Herald]/MEDIA and the Herald Tribune',
      ['Marsa Herald/MEDIA'],
    ],
    [
      'two outlets with the same head: neither',
      'the [Marsa Herald]/MEDIA and the [Tobruk Herald]/MEDIA agree , said the Herald',
      ['Marsa Herald/MEDIA', 'Tobruk Herald/MEDIA'],
    ],
    [
      'one outlet named twice is still one',
      'the [Marsa Herald]/MEDIA and later the [Marsa Herald]/MEDIA ; the Herald',
      ['Marsa Herald/MEDIA', 'Marsa Herald/MEDIA', 'Herald/MEDIA'],
    ],
    ['a head no outlet ends', 'the [Marsa Herald]/MEDIA quoted the Times', ['Marsa Herald/MEDIA']],
    [
      'part of a longer span is left alone',
      'the [Marsa Herald]/MEDIA and [the Herald Group]/ORG',
      ['Marsa Herald/MEDIA', 'the Herald Group/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(named(text), expected));
});

describe('nameStations', () => {
  const named = (text: string) => applySpanRule(text, (view, spans) => nameStations(view, spans));
  const cases: [string, string, string[]][] = [
    ['a station the tagger missed', 'according to Radio Lir , the director', ['Radio Lir/MEDIA']],
    ['a span inside it gives way', 'told [Radio Lir]/LOC nothing', ['Radio Lir/MEDIA']],
    [
      'a span on its name only gives way',
      'told Radio [Kestel Nord]/GPE nothing',
      ['Radio Kestel Nord/MEDIA'],
    ],
    ['an outlet already found stays', 'told [Radio Free Europe]/MEDIA nothing', ['Radio Free Europe/MEDIA']],
    ['a name ending in a law', 'the Radio Act passed', []],
    ['a capitalised word before it', 'told Valley Radio Lir nothing', []],
    ['lower case', 'the radio said nothing', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(named(text), expected));
});
