import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendBackOverParticles, joinNameParticles } from '../../../src/language/ner/nameParticles.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const joined = (text: string) => applySpanRule(text, (view, spans, n) => joinNameParticles(view, spans, n));

describe('joinNameParticles', () => {
  const cases: [string, string, string[]][] = [
    ['hyphenated particle', 'cleric [Yusra]/PERSON al - Haddad spoke', ['Yusra al - Haddad/PERSON']],
    ['particle without hyphen', 'said [Karim]/PERSON bin Tarek yesterday', ['Karim bin Tarek/PERSON']],
    [
      'the rest already a span of its own',
      'met [Yusra]/PERSON [al - Haddad]/PERSON today',
      ['Yusra al - Haddad/PERSON'],
    ],
    ['capitalised particle with a hyphen', 'by [Omar]/PERSON Al - Farsi', ['Omar Al - Farsi/PERSON']],
    [
      'capitalised word without a hyphen is a name of its own',
      'with [Rhea]/PERSON Ben Tollan',
      ['Rhea/PERSON'],
    ],
    ['lower-case word after the particle', 'as [Yusra]/PERSON al - ready', ['Yusra/PERSON']],
    ['only people', 'in [Marsa]/GPE al - Burayqa', ['Marsa/GPE']],
    [
      'an unlisted place before a hyphenated particle',
      'wrote to [Tarkan]/LOC al - Misri',
      ['Tarkan al - Misri/PERSON'],
    ],
    [
      'the place span ran into the particle',
      'wrote to [Tarkan al -]/LOC Misri',
      ['Tarkan al - Misri/PERSON'],
    ],
    ['a place after a locative preposition', 'stayed in [Tarkan]/LOC al - Misri', ['Tarkan/LOC']],
    ['a listed place', 'the road to [Paris]/LOC al - Misri', ['Paris/LOC']],
    ['a place before an unhyphenated particle', 'sent to [Tarkan]/LOC bin Omar', ['Tarkan/LOC']],
    ['an organisation stays one', 'joined [Tarkan]/ORG al - Misri', ['Tarkan/ORG']],
    ['particle at the end of the sentence', 'asked [Yusra]/PERSON al', ['Yusra/PERSON']],
    [
      'a name cut after the hyphen',
      'spokesman [Yusra al -]/PERSON [Haddad]/PERSON said',
      ['Yusra al - Haddad/PERSON'],
    ],
    ['a surname cut after the hyphen', '[Al -]/PERSON [Haddad]/PERSON told', ['Al - Haddad/PERSON']],
    ['a cut name with nothing after it', 'met [Yusra al -]/PERSON today', ['Yusra al -/PERSON']],
    [
      'a particle typed apart from its name joins it',
      'said [Al -]/ORG [Haddad]/PERSON on Monday',
      ['Al - Haddad/PERSON'],
    ],
    ['the name keeps its own type', 'of [El -]/PERSON [Nasr Foods]/ORG', ['El - Nasr Foods/ORG']],
    ['a particle span with no name after it stays', 'the [Al -]/ORG , Haddad', ['Al -/ORG']],
    ['a European particle', 'Mayor [Tomas]/PERSON de Vries spoke', ['Tomas de Vries/PERSON']],
    ['two European particles', 'said [Anke]/PERSON van der Berg', ['Anke van der Berg/PERSON']],
    [
      'the span already holds the particle',
      'said [Tomas de]/PERSON [Vries]/PERSON',
      ['Tomas de Vries/PERSON'],
    ],
    ['a capitalised European particle is a name of its own', 'met [Tomas]/PERSON De Vries', ['Tomas/PERSON']],
    [
      'a European particle before a lower-case word',
      'gave [Tomas]/PERSON de facto control',
      ['Tomas/PERSON'],
    ],
    ['a European particle after a place stays apart', 'flew from [Lyon]/GPE to de Vries', ['Lyon/GPE']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});

describe('extendBackOverParticles', () => {
  const extended = (text: string) =>
    applySpanRule(text, (view, spans) => {
      extendBackOverParticles(view, spans, 0);
      return spans;
    });
  const cases: [string, string, string[]][] = [
    [
      'the first name before the particle',
      'a fight with Yusra al - [Haddad]/PERSON today',
      ['Yusra al - Haddad/PERSON'],
    ],
    ['no first name before it', 'then al - [Haddad]/PERSON spoke', ['al - Haddad/PERSON']],
    ['a lower-case European particle', 'a passenger , Joost de [Wit]/PERSON , said', ['Joost de Wit/PERSON']],
    ['two of them', 'a rider , Mia van der [Hoek]/PERSON , said', ['Mia van der Hoek/PERSON']],
    ['no capitalised word before them', 'the de [Wit]/PERSON family', ['Wit/PERSON']],
    [
      'a sentence-initial ordinary word stays out',
      'Later al - [Haddad]/PERSON spoke',
      ['al - Haddad/PERSON'],
    ],
    ['an honorific stays out', 'met President al - [Haddad]/PERSON', ['al - Haddad/PERSON']],
    [
      'a word another span covers stays out',
      'in [Tarn]/GPE al - [Haddad]/PERSON',
      ['Tarn/GPE', 'al - Haddad/PERSON'],
    ],
    ['no hyphen', 'met Yusra al [Haddad]/PERSON', ['Haddad/PERSON']],
    ['not a person', 'the Yusra al - [Haddad]/ORG', ['Haddad/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(extended(text), expected));
});
