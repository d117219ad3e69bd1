import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wholeToldClauses } from '../../../src/extract/attributions/toldClauses.js';
import { cuesAndContents, type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/** The [cue, content] pairs once the told-clauses are made whole. */
function mended(text: string, specs: PhraseSpec[]): string[][] {
  const { doc, found } = phraseAttributions(text, specs);
  wholeToldClauses(doc, found);
  return cuesAndContents(found);
}

describe('a clause told to a recipient without "that" is the whole content', () => {
  const cases: [string, string, PhraseSpec, string][] = [
    [
      'a content cut down to a relative clause grows to the reported clause',
      'Its chief engineer, Dr Lena Holt, told the paper the county had approved a repair plan that was later dropped.',
      ['Its chief engineer, Dr Lena Holt', 'told', 'that was later dropped'],
      'the county had approved a repair plan that was later dropped',
    ],
    [
      'a day between the recipient and the clause is left out',
      'The ferry owner told the Gazette on Friday the harbour had sold a berth that she had rented for years.',
      ['The ferry owner', 'told', 'that she had rented for years'],
      'the harbour had sold a berth that she had rented for years',
    ],
    [
      'a recipient the parser may take for a subject is left out',
      'The quiz host later told the crowd the singer had been soaked from "top to toe".',
      ['The quiz host', 'later told', 'top to toe'],
      'the singer had been soaked from "top to toe"',
    ],
    [
      'a content holding the clause verb is left as the taggers read it',
      'Mr Abara told reporters the bridge would reopen in May.',
      ['Mr Abara', 'told', 'the bridge would reopen in May'],
      'the bridge would reopen in May',
    ],
    [
      'a verb other than tell is left alone',
      'Mr Abara said the council had chosen a builder that had never built a bridge.',
      ['Mr Abara', 'said', 'that had never built a bridge'],
      'that had never built a bridge',
    ],
  ];
  for (const [name, text, spec, expected] of cases)
    it(name, () => assert.deepEqual(mended(text, [spec]), [[spec[1], expected]]));
});
