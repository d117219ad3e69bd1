import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendFirstNames } from '../../../src/language/ner/firstNameStart.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
function extended(text: string): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    const m = /^(\[?)(.*?)(\]\/[A-Z]+)?$/.exec(token)!;
    if (m[1]) open = words.length;
    words.push(m[2]);
    if (m[3]) spans.push({ start: open, end: words.length, label: m[3].slice(2), rule: 'ner-model' });
  }
  extendFirstNames(makeTokenView(words, lexicon), spans, 0);
  return spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

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
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(extended(text), expected));
});
