import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attitudeParticiple } from '../../../src/extract/attributions/attitudeParticiples.js';

describe('attitudeParticiple', () => {
  // participle, the word after it, whether it says how its subject feels or stands
  const cases: [string, string, boolean][] = [
    ['divided', 'on', true],
    ['thrilled', 'with', true],
    ['worried', 'by', true],
    ['assured', 'of', true],
    // Told, not a state: "were assured that …", "was assured by aides".
    ['assured', 'that', false],
    ['assured', 'by', false],
    // Done to the subject.
    ['accused', 'of', false],
    ['asked', 'about', false],
    ['charged', 'with', false],
  ];
  for (const [word, next, expected] of cases)
    it(`"${word} ${next}" -> ${expected}`, () => assert.equal(attitudeParticiple(word, next), expected));
});
