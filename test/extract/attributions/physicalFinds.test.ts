import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { withoutPhysicalFinds } from '../../../src/extract/attributions/physicalFinds.js';

/** Whether the attribution whose cue is the first `cue` of `text` is kept. */
function kept(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  const found = [{ cue: { start, end: start + cue.length, text: cue } } as unknown as Attribution];
  return withoutPhysicalFinds(text, found).length === 1;
}

describe('a thing found is no finding reported', () => {
  const cases: [string, string, string, boolean][] = [
    ['a vehicle found where it lay', 'Crews found the tractor on its side in a field.', 'found', false],
    ['a person found in a state', 'Divers later found a swimmer alive near the rocks.', 'found', false],
    ['a reflexive', 'The mayor has found herself in a row over parking.', 'has found', false],
    ['a finding with "that"', 'The review found that the alarms had been switched off.', 'found', true],
    ['a finding with a bare clause', 'The audit found the trust had overpaid its builders.', 'found', true],
    ['a finding of no evidence', 'Inspectors found no sign of damp in the flats.', 'found', true],
    ['a survey finding support', 'A survey of traders found strong support for the plan.', 'found', true],
    ['another cue is left alone', 'The trust said the tractor was on its side.', 'said', true],
  ];
  for (const [name, text, cue, expected] of cases) it(name, () => assert.equal(kept(text, cue), expected));
});
