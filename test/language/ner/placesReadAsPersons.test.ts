import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypePlacesReadAsPersons } from '../../../src/language/ner/placesReadAsPersons.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans) => retypePlacesReadAsPersons(view, spans));

describe('retypePlacesReadAsPersons', () => {
  // Invented places and people; one "document" per row.
  const cases: [string, string, string[]][] = [
    [
      'the first word of a council',
      '[Ostley]/PERSON beach was shut . [Ostley Town Council]/ORG said so .',
      ['Ostley/GPE', 'Ostley Town Council/ORG'],
    ],
    [
      'inside a place name with a place head word',
      'the [River Ostley]/LOC rose . the [Ostley]/PERSON flooded .',
      ['River Ostley/LOC', 'Ostley/GPE'],
    ],
    ['after "near"', 'a crash near [Ostley]/PERSON , police said', ['Ostley/GPE']],
    [
      'the first word of an outlet',
      "[Ostley]/PERSON 's minister spoke . the [Ostley Press]/MEDIA said",
      ['Ostley/GPE', 'Ostley Press/MEDIA'],
    ],
    [
      'coordinated with a place after "in"',
      'hospitals in [Tarvale]/GPE and [Ostley]/PERSON were full',
      ['Tarvale/GPE', 'Ostley/GPE'],
    ],
    ['"in" alone says nothing', 'we believe in [Ostley]/PERSON .', ['Ostley/PERSON']],
    [
      'part of a person’s name elsewhere',
      '[Ostley]/PERSON said no . [Ostley Town Council]/ORG met . [Ray Ostley]/PERSON left .',
      ['Ostley/PERSON', 'Ostley Town Council/ORG', 'Ray Ostley/PERSON'],
    ],
    [
      'after an honorific',
      'Mr [Ostley]/PERSON said no . [Ostley Council]/ORG met .',
      ['Ostley/PERSON', 'Ostley Council/ORG'],
    ],
    [
      'a body named after a founder shows nothing',
      '[Ostley]/PERSON said no . [Ostley Foundation]/ORG paid .',
      ['Ostley/PERSON', 'Ostley Foundation/ORG'],
    ],
    [
      'a listed first name stays a person',
      '[Maria]/PERSON said no . [Maria Council]/ORG met .',
      ['Maria/PERSON', 'Maria Council/ORG'],
    ],
    [
      'listed among places',
      'routes to [Tarvale]/GPE , [Dunby]/LOC , [Ostley]/PERSON and [Kell]/GPE will end',
      ['Tarvale/GPE', 'Dunby/LOC', 'Ostley/GPE', 'Kell/GPE'],
    ],
    [
      'a speaker after a list of places is not in it',
      'routes to [Tarvale]/GPE , [Dunby]/GPE and [Kell]/GPE , [Ostley]/PERSON said',
      ['Tarvale/GPE', 'Dunby/GPE', 'Kell/GPE', 'Ostley/PERSON'],
    ],
    [
      'a list of mostly people says nothing',
      'met [Ostley]/PERSON , [Ann Rudd]/PERSON and [Tarvale]/GPE officials',
      ['Ostley/PERSON', 'Ann Rudd/PERSON', 'Tarvale/GPE'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
