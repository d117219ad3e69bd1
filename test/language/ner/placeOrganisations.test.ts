import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { joinPlaceOrganisations } from '../../../src/language/ner/placeOrganisations.js';
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
  const out = joinPlaceOrganisations(makeTokenView(words, lexicon), spans, words.length);
  return out.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('joinPlaceOrganisations', () => {
  const cases: [string, string, string[]][] = [
    ['head word last', 'the [Dunmoor]/GPE Rowing Club said', ['Dunmoor Rowing Club/ORG']],
    [
      'head word inside, connectors between',
      'the [Dunmoor]/LOC Department of Roads and Bridges said',
      ['Dunmoor Department of Roads and Bridges/ORG'],
    ],
    [
      'an inner span is absorbed',
      'the [Dunmoor]/LOC [Department of Roads]/ORG said',
      ['Dunmoor Department of Roads/ORG'],
    ],
    ['no head word, no change', 'in [Dunmoor]/LOC Harbour Street', ['Dunmoor/LOC']],
    ['lower-case words end the run', 'the [Dunmoor]/LOC rowing club', ['Dunmoor/LOC']],
    ['only places', '[Marta Kowal]/PERSON Foundation', ['Marta Kowal/PERSON']],
    ['a connector cannot end the run', 'in [Dunmoor]/LOC Council of', ['Dunmoor Council/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
