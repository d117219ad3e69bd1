import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinCompanySuffixes } from '../../../src/language/ner/companySuffix.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
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
  const out = joinCompanySuffixes(makeTokenView(words, lexicon), spans, words.length);
  return out.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('joinCompanySuffixes', () => {
  const cases: [string, string, string[]][] = [
    ['after a comma', 'She joined [Quillcorp]/ORG , Inc. in May', ['Quillcorp , Inc./ORG']],
    ['without a comma', 'Shares of [Marlow]/ORG Ltd fell', ['Marlow Ltd/ORG']],
    ['a company named after a person', 'He sued [Tobias Renn]/PERSON LLC today', ['Tobias Renn LLC/ORG']],
    [
      'a suffix tagged on its own is absorbed',
      'Call [Quillcorp]/ORG , [Inc.]/ORG now',
      ['Quillcorp , Inc./ORG'],
    ],
    ['lower-case words are not legal forms', 'a [Texas]/GPE co. op', ['Texas/GPE']],
    ['no suffix, no change', '[Quillcorp]/ORG , which grew', ['Quillcorp/ORG']],
    [
      'a longer span after the suffix is kept',
      '[Quillcorp]/ORG [Inc. Holdings]/ORG said',
      ['Quillcorp/ORG', 'Inc. Holdings/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
