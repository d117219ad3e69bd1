import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bodyKindFirst,
  calledOnlyABody,
  kindBefore,
} from '../../../../src/extract/attributions/speakers/bodyOrPerson.js';

describe('kindBefore', () => {
  // phrase, name, kind of thing the phrase calls the name
  const cases: [string, string, string | null][] = [
    ["The drivers' union, Spoor", 'Spoor', 'union'],
    ['The administrators, Barton Reid', 'Barton Reid', 'administrators'],
    ['The firm that surveyed the boathouse in October, Marlowe Structural', 'Marlowe Structural', 'firm'],
    ['The company which built the bridge in 1990, Tarrant Steel', 'Tarrant Steel', 'company'],
    ['Gary Holt', 'Gary Holt', null],
  ];
  for (const [phrase, name, kind] of cases)
    it(`${phrase} → ${kind}`, () => assert.equal(kindBefore(phrase, name), kind));
});

describe('bodyKindFirst', () => {
  // phrase, name, whether the phrase calls the name a business or a group
  const cases: [string, string, boolean][] = [
    ['The firm that surveyed the boathouse in October, Marlowe Structural', 'Marlowe Structural', true],
    ['The man who found the boat in June, Gary Holt', 'Gary Holt', false],
  ];
  for (const [phrase, name, body] of cases)
    it(`${phrase}: ${body}`, () => assert.equal(bodyKindFirst(phrase, name), body));
});

describe('calledOnlyABody', () => {
  // phrase, name, whether no person could be so called
  const cases: [string, string, boolean][] = [
    ['The firm that surveyed the boathouse in October, Marlowe Structural', 'Marlowe Structural', true],
    ['The administrators, Barton Reid', 'Barton Reid', true],
    ['The bank, Sterling Hale', 'Sterling Hale', true],
    ['The builder, Tom Walsh', 'Tom Walsh', false],
    ['The developer that bought the site, Grant Ellis', 'Grant Ellis', false],
  ];
  for (const [phrase, name, body] of cases)
    it(`${phrase}: ${body}`, () => assert.equal(calledOnlyABody(phrase, name), body));
});
