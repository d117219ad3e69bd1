import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { joinHyphenatedNames, joinKnownHyphenatedNames } from '../../../src/language/ner/hyphenNames.js';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';
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
      'a span on the hyphen itself is not run over',
      'the [Samira El]/PERSON +[-]/PERSON +Tawil case',
      ['Samira El/PERSON', '-/PERSON'],
    ],
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

describe('joinHyphenatedNames on random sentences', () => {
  const word = fc.constantFrom('Al', 'Dana', 'Corvel', 'led', 'the', '-', 'Kim', ',');
  const label = fc.constantFrom('PERSON', 'ORG', 'GPE');
  const sentence = fc.record({
    words: fc.array(word, { minLength: 1, maxLength: 12 }),
    attached: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    cuts: fc.array(fc.tuple(fc.nat(11), fc.integer({ min: 1, max: 3 }), label), { maxLength: 4 }),
  });

  it('keeps spans sorted, apart, inside the sentence and covering what they covered', () => {
    fc.assert(
      fc.property(sentence, ({ words, attached, cuts }) => {
        const n = words.length;
        const spans: Candidate[] = [];
        let free = 0;
        for (const [at, length, type] of [...cuts].sort((a, b) => a[0] - b[0])) {
          const start = Math.max(at % n, free);
          const end = Math.min(start + length, n);
          if (start >= end) continue;
          spans.push({ start, end, label: type, rule: 'ner-model' });
          free = end;
        }
        const view = makeTokenView(words, sharedLexicon(), Uint8Array.from(attached.slice(0, n), Number));
        const out = joinHyphenatedNames(view, spans, 0, n);
        for (let k = 0; k < out.length; k++) {
          assert.ok(out[k].start >= 0 && out[k].start < out[k].end && out[k].end <= n);
          if (k > 0) assert.ok(out[k - 1].end <= out[k].start);
        }
        for (const s of spans)
          for (let i = s.start; i < s.end; i++) assert.ok(out.some((o) => o.start <= i && i < o.end));
      }),
    );
  });
});

describe('joinKnownHyphenatedNames', () => {
  const known = (text: string) => applySpanRule(text, (view, spans) => joinKnownHyphenatedNames(view, spans));
  const cases: [string, string, string[]][] = [
    [
      'the double name again, found as two',
      'mayor [Ruth Adeyemi +- +Clarke]/PERSON spoke ; [Adeyemi]/PERSON +- +[Clarke]/PERSON agreed',
      ['Ruth Adeyemi - Clarke/PERSON', 'Adeyemi - Clarke/PERSON'],
    ],
    [
      'two names the article never wrote as one',
      'mayor [Ruth Adeyemi +- +Clarke]/PERSON spoke ; [Bush]/PERSON +- +[Cheney]/PERSON won',
      ['Ruth Adeyemi - Clarke/PERSON', 'Bush/PERSON', 'Cheney/PERSON'],
    ],
    [
      'a double name the tagger read whole, with no given name',
      'Ms [Tanaka +- +Royle]/PERSON left ; [Tanaka]/PERSON +- +[Royle]/PERSON stayed',
      ['Tanaka - Royle/PERSON', 'Tanaka - Royle/PERSON'],
    ],
    [
      'an organisation written whole once',
      'shares of [Vexa +- +Lintor]/ORG fell ; [Vexa]/ORG +- +[Lintor]/ORG rose',
      ['Vexa - Lintor/ORG', 'Vexa - Lintor/ORG'],
    ],
    [
      'a spaced hyphen',
      'mayor [Ruth Adeyemi +- +Clarke]/PERSON spoke ; [Adeyemi]/PERSON - [Clarke]/PERSON agreed',
      ['Ruth Adeyemi - Clarke/PERSON', 'Adeyemi/PERSON', 'Clarke/PERSON'],
    ],
    [
      'labels that differ',
      'mayor [Ruth Adeyemi +- +Clarke]/PERSON spoke ; [Adeyemi]/PERSON +- +[Clarke]/LOC agreed',
      ['Ruth Adeyemi - Clarke/PERSON', 'Adeyemi/PERSON', 'Clarke/LOC'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(known(text), expected));
});

describe('joinKnownHyphenatedNames after the hyphen pass carried a name', () => {
  // The first span is one joinHyphenatedNames carried over its hyphen.
  const known = (text: string) =>
    applySpanRule(text, (view, spans) =>
      joinKnownHyphenatedNames(
        view,
        spans.map((s, k) => (k === 0 ? { ...s, rule: 'ner-model+hyphen' } : s)),
      ),
    );
  const cases: [string, string, string[]][] = [
    [
      'two surnames carried together stay two elsewhere',
      'the [Bush +- +Cheney]/PERSON ticket ; [Bush]/PERSON +- +[Cheney]/PERSON won',
      ['Bush - Cheney/PERSON', 'Bush/PERSON', 'Cheney/PERSON'],
    ],
    [
      'a half too short to be a surname',
      'rapper [Jay +- +Q]/PERSON sang ; [Jay]/PERSON +- +[Q]/PERSON again',
      ['Jay - Q/PERSON', 'Jay - Q/PERSON'],
    ],
    [
      'after a given name',
      'mayor [Ruth Adeyemi +- +Clarke]/PERSON spoke ; [Adeyemi]/PERSON +- +[Clarke]/PERSON agreed',
      ['Ruth Adeyemi - Clarke/PERSON', 'Adeyemi - Clarke/PERSON'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(known(text), expected));
});
