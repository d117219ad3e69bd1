import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendFirstNames, extendOverNameTitles } from '../../../src/language/ner/firstNameStart.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const extended = (text: string) =>
  applySpanRule(text, (view, spans) => {
    extendFirstNames(view, spans, 0);
    return spans;
  });

describe('extendFirstNames', () => {
  const cases: [string, string, string[]][] = [
    [
      'a first name left out',
      'veteran engineer Maria [Vostrikova]/PERSON retired',
      ['Maria Vostrikova/PERSON'],
    ],
    ['at the sentence start', 'Maria [Vostrikova]/PERSON retired', ['Maria Vostrikova/PERSON']],
    ['a lower-case word stays out', 'engineer [Vostrikova]/PERSON retired', ['Vostrikova/PERSON']],
    ['a title stays out', 'Gen. [Vostrikova]/PERSON retired', ['Vostrikova/PERSON']],
    ['only people', 'Maria [Quillcorp]/ORG grew', ['Quillcorp/ORG']],
    [
      'a first name inside another span stays there',
      '[Lake Maria]/LOC [Vostrikova]/PERSON',
      ['Lake Maria/LOC', 'Vostrikova/PERSON'],
    ],
    [
      'an unlisted given name inside the sentence',
      'said Zorvath [Ben Qadir]/PERSON',
      ['Zorvath Ben Qadir/PERSON'],
    ],
    [
      'an unlisted word at the sentence start stays out',
      'Zorvath [Ben Qadir]/PERSON said',
      ['Ben Qadir/PERSON'],
    ],
    ['an abbreviation stays out', 'said the PM [Vostrikova]/PERSON today', ['Vostrikova/PERSON']],
    ['an all-caps word stays out', 'called the QRT [Ben Qadir]/PERSON', ['Ben Qadir/PERSON']],
    ['a word with an apostrophe stays out', "has OK'd [Vostrikova]/PERSON 's plan", ['Vostrikova/PERSON']],
    ['a greeting stays out', 'Hi [Carys]/PERSON , the file is attached', ['Carys/PERSON']],
    ['"Dear" stays out', 'Dear [Tomasz Wren]/PERSON :', ['Tomasz Wren/PERSON']],
    ['"Hey" stays out', 'Hey [Odile]/PERSON !', ['Odile/PERSON']],
    ['a day name stays out', 'on Monday [Vostrikova]/PERSON said', ['Vostrikova/PERSON']],
    ['a listed place stays out', 'from Paris [Vostrikova]/PERSON said', ['Vostrikova/PERSON']],
    ['a storm word stays out', 'as the strong Hurricane [Odessa]/PERSON neared', ['Odessa/PERSON']],
    ['so does a capitalised Storm', 'after Storm [Odessa]/PERSON passed', ['Odessa/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(extended(text), expected));
});

describe('extendOverNameTitles', () => {
  const titled = (text: string) =>
    applySpanRule(text, (view, spans) => {
      extendOverNameTitles(view, spans, 0);
      return spans;
    });
  const cases: [string, string, string[]][] = [
    ['a sheikh', 'killed Sheikh [Amal Haddad]/PERSON , a clan elder', ['Sheikh Amal Haddad/PERSON']],
    ['a mullah', 'where is Mullah [Karim]/PERSON ?', ['Mullah Karim/PERSON']],
    ['"Mr." stays out', 'said Mr. [Haddad]/PERSON', ['Haddad/PERSON']],
    ['a lower-case title stays out', 'the blind sheik [Amal Haddad]/PERSON', ['Amal Haddad/PERSON']],
    ['only people', 'Sheikh [Zayed Road]/LOC', ['Zayed Road/LOC']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(titled(text), expected));
});
