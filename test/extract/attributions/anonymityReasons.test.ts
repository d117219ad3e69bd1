import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { withoutAnonymityReasons } from '../../../src/extract/attributions/anonymityReasons.js';

/** The cues kept of attributions whose cues are the given words of `text`, each at its first occurrence. */
function keptCues(text: string, cues: string[]): string[] {
  const found = cues.map((cue) => {
    const start = text.indexOf(cue);
    return { cue: { start, end: start + cue.length, text: cue } } as unknown as Attribution;
  });
  return withoutAnonymityReasons(text, found).map((a) => a.cue.text);
}

describe('the reason a source is unnamed reports nothing', () => {
  const cases: [string, string, string[], string[]][] = [
    [
      'a fear of losing a job',
      'A porter, who asked not to be named because he feared losing his job, said the lift had failed.',
      ['feared', 'said'],
      ['said'],
    ],
    [
      'speaking on condition of anonymity',
      'A nurse speaking on condition of anonymity because she worried for her safety said wards were full.',
      ['worried', 'said'],
      ['said'],
    ],
    [
      'a longer subject before the verb',
      'One driver, who did not want to be named because the firm feared losing the contract, said so.',
      ['feared', 'said'],
      ['said'],
    ],
    [
      'an order not to speak to the press',
      'A guard, who did not want to be named because guards had been told not to talk to reporters, said the gate was open.',
      ['told', 'said'],
      ['said'],
    ],
    [
      'a hope with an infinitive',
      'A chef, who asked not to be named because she still hopes to cook at the hotel, said the kitchen shut.',
      ['still hopes', 'said'],
      ['said'],
    ],
    [
      'a promise made by others',
      'A steward, who asked not to be named because the club had agreed to keep the deal quiet, said fans knew.',
      ['had agreed', 'said'],
      ['said'],
    ],
    // Any wording that makes a source anonymous (sourceWords.ts) opens a reason.
    [
      'a name withheld',
      'A tenant, who declined to give her name because she feared losing the flat, said the damp spread.',
      ['feared', 'said'],
      ['said'],
    ],
    [
      'anonymity requested',
      'A ranger who requested anonymity because he hopes to stay on said the fence was cut.',
      ['hopes', 'said'],
      ['said'],
    ],
    [
      'an order naming whom it binds',
      'A keeper, who would only talk if he was not named because the zoo has told staff not to speak to the press, said two wolves were ill.',
      ['has told', 'said'],
      ['said'],
    ],
    [
      'a tie to an employer, an object and no clause',
      'A former porter at the inn, who asked not to be named because he still works for the owners, said the roof leaked.',
      ['still works for', 'said'],
      ['said'],
    ],
    [
      'a reason with a clause of its own is a belief, kept',
      'A cleaner who asked not to be identified because she feared the manager would sack her said so.',
      ['feared', 'said'],
      ['feared', 'said'],
    ],
    [
      'a fear with no anonymity before it stays',
      'Farmers feared losing the harvest after the storm, the union said.',
      ['feared', 'said'],
      ['feared', 'said'],
    ],
  ];
  for (const [name, text, cues, expected] of cases)
    it(name, () => assert.deepEqual(keptCues(text, cues), expected));
});
