import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { joinPartyMembers } from '../../../src/language/ner/partyMembers.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

function joined(text: string, spans: Candidate[]): string[] {
  const words = text.split(' ');
  const out = joinPartyMembers(makeTokenView(words, lexicon), spans, 0, words.length);
  return out.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('joinPartyMembers', () => {
  it('makes two groups one', () =>
    assert.deepEqual(
      joined('The Liberal Democrats said no .', [
        { start: 1, end: 2, label: 'NORP', rule: 'gazetteer:peoples' },
        { start: 2, end: 3, label: 'NORP', rule: 'gazetteer:peoples' },
      ]),
      ['Liberal Democrats/NORP'],
    ));

  it('retypes a party read as a person, in the singular too', () =>
    assert.deepEqual(
      joined('A Lib Dem peer and the Lib Dems met .', [
        { start: 5, end: 7, label: 'PERSON', rule: 'ner-model' },
      ]),
      ['Lib Dem/NORP', 'Lib Dems/NORP'],
    ));

  it('keeps the spans around it in order', () =>
    assert.deepEqual(
      joined('Ada Vey of the Social Democrats spoke in Dunmoor .', [
        { start: 0, end: 2, label: 'PERSON', rule: 'ner-model' },
        { start: 8, end: 9, label: 'GPE', rule: 'ner-model' },
      ]),
      ['Ada Vey/PERSON', 'Social Democrats/NORP', 'Dunmoor/GPE'],
    ));

  it('leaves lower-case words alone', () => assert.deepEqual(joined('a liberal democrat view', []), []));
});
