import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { joinNameParticles } from '../../../src/language/ner/nameParticles.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/** Spans written as [words]/LABEL in `text`; returns the joined spans as "words/label". */
function joined(text: string): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    const m = /^(\[?)(.*?)(\]\/[A-Z]+)?$/.exec(token)!;
    if (m[1]) open = words.length;
    words.push(m[2]);
    if (m[3]) spans.push({ start: open, end: words.length, label: m[3].slice(2), rule: 'ner-model' });
  }
  const out = joinNameParticles(makeTokenView(words, lexicon), spans, words.length);
  return out.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

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
    ['particle at the end of the sentence', 'asked [Yusra]/PERSON al', ['Yusra/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
