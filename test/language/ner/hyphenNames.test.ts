import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinHyphenatedNames } from '../../../src/language/ner/hyphenNames.js';
import { applySpanRule } from './spanNotation.js';

/** `+word` touches the word before it; spans are [words]/LABEL. */
const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => joinHyphenatedNames(view, spans, 0, n));

describe('joinHyphenatedNames', () => {
  const cases: [string, string, string[]][] = [
    [
      'a name cut before its hyphenated surname',
      'the lawyer [Samira El]/PERSON +- +Tawil said',
      ['Samira El - Tawil/PERSON'],
    ],
    [
      'a name starting after a hyphenated first name',
      'asked Abdel +- +[Karim Nour]/PERSON twice',
      ['Abdel - Karim Nour/PERSON'],
    ],
    ['a double-barrelled surname', 'wrote [Lena Marsh]/PERSON +- +Oduya in', ['Lena Marsh - Oduya/PERSON']],
    ['an organisation name over its hyphen', 'shares of [Vexa]/ORG +- +Lintor fell', ['Vexa - Lintor/ORG']],
    [
      'a particle and a name as two people become one organisation',
      'fighters of [Al]/PERSON +- +[Rukhan]/PERSON attacked',
      ['Al - Rukhan/ORG'],
    ],
    [
      'a particle name after a first name stays a person',
      'met [Omar Al]/PERSON +- +Rukhan today',
      ['Omar Al - Rukhan/PERSON'],
    ],
    [
      'an organisation side gives its type',
      'the [Tarvo]/PERSON +- +[Meridian Group]/ORG deal',
      ['Tarvo - Meridian Group/ORG'],
    ],
    [
      'two one-word organisations stay two',
      'a [Corvel]/ORG +- +[Tarvo]/ORG merger',
      ['Corvel/ORG', 'Tarvo/ORG'],
    ],
    [
      'two one-word people stay two',
      'the [Harlow]/PERSON +- +[Penn]/PERSON ticket',
      ['Harlow/PERSON', 'Penn/PERSON'],
    ],
    [
      'a hyphen with spaces joins nothing',
      'said [Dana Whitlock]/PERSON - The mayor +,',
      ['Dana Whitlock/PERSON'],
    ],
    [
      'spaced hyphen between two names',
      'by [Dana Whitlock]/PERSON - [Corvel]/ORG +,',
      ['Dana Whitlock/PERSON', 'Corvel/ORG'],
    ],
    ['a lower-case right side', 'a [Whitlock]/PERSON +- +led push', ['Whitlock/PERSON']],
    ['a lower-case left side', 'a well +- +[Corvel]/ORG plan', ['Corvel/ORG']],
    ['a place stays out', 'in [Dorvan]/GPE +- +Kessel', ['Dorvan/GPE']],
    [
      'a place on the other side is not taken in',
      'the [Whitlock]/PERSON +- +[Dorvan]/GPE road',
      ['Whitlock/PERSON', 'Dorvan/GPE'],
    ],
    ['a hyphen at the end of the sentence', 'thanks [Dana]/PERSON +-', ['Dana/PERSON']],
    [
      'a word another span covers stays out when extending back',
      '[Dorvan]/GPE +- +[Whitlock]/PERSON',
      ['Dorvan/GPE', 'Whitlock/PERSON'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));

  it('does nothing when the spacing is unknown', () => {
    assert.deepEqual(
      applySpanRule('the lawyer [Samira El]/PERSON - Tawil said', (view, spans, n) =>
        joinHyphenatedNames(view, spans, 0, n),
      ),
      ['Samira El/PERSON'],
    );
  });
});
