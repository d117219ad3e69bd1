import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../../src/language/index.js';
import { recognizeEntities } from '../../../src/language/ner/index.js';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { findRuleSpans } from '../../../src/language/ner/rules.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

/** Rule spans of one sentence, as "text/LABEL". */
function ruleSpans(sentence: string): string[] {
  const doc = makeDoc(sentence);
  const words = Array.from({ length: doc.length }, (_, i) => doc.word(i));
  const out: Candidate[] = [];
  findRuleSpans(makeTokenView(words, sharedLexicon()), 0, words.length, out);
  return out.sort((a, b) => a.start - b.start).map((c) => `${doc.spanText(c.start, c.end)}/${c.label}`);
}

describe('NER rules', () => {
  const cases: [string, string[]][] = [
    ['The claim was first made by the Marsa Herald on Sunday.', ['Marsa Herald/MEDIA', 'Sunday/DATE']],
    [
      'Tamsin Online and the Ridgeway Gazette both ran it.',
      ['Tamsin Online/MEDIA', 'Ridgeway Gazette/MEDIA'],
    ],
    [
      'The Oranmore News Agency quoted AP and Reuters.',
      ['Oranmore News Agency/MEDIA', 'AP/MEDIA', 'Reuters/MEDIA'],
    ],
    ['She told Al Jazeera and the New York Times nothing.', ['Al Jazeera/MEDIA', 'New York Times/MEDIA']],
    ['He spoke to the Guardian, then to CNN.', ['Guardian/MEDIA', 'CNN/MEDIA']],
    [
      'Both the Marlow Echo and the Pentland Ledger had the story.',
      ['Marlow Echo/MEDIA', 'Pentland Ledger/MEDIA'],
    ],
    // A paper's head inside a body's name ("… Review Board") names no paper.
    [
      'The Kelmore Services Review Board met the Kelmore Review on Friday.',
      ['Kelmore Review/MEDIA', 'Friday/DATE'],
    ],
    ['It told the Tarrow Post Commission little.', []],
    ['A guardian of the law spoke.', []],
    ['Egyptian officers met Islamists and Libyans.', ['Egyptian/NORP', 'Islamists/NORP', 'Libyans/NORP']],
    [
      'Jordan and the United Arab Emirates sent aid to Libya.',
      ['Jordan/GPE', 'United Arab Emirates/GPE', 'Libya/GPE'],
    ],
    ['Officials in Cairo denied it.', ['Cairo/GPE']],
    // Informal text writes countries in lower case; the common noun after a determiner stays a word.
    ['we drove down to mexico for the holidays', ['mexico/GPE']],
    ['the turkey was dry but the stuffing was fine', []],
    // An unseen lower-case place name after a place preposition; ordinary words have profiles.
    ['we took the night bus from kollam to kerala', ['kollam/GPE', 'kerala/GPE']],
    ['the kollam bus was late', []],
    ['she went back to reading in bed', []],
    ['It happened on March 5, 2015, not in May 2014.', ['March 5, 2015/DATE', 'May 2014/DATE']],
    ['The talks resumed last week and end in 2016.', ['last week/DATE', '2016/DATE']],
    ['Two days ago, and again yesterday, the port closed.', ['Two days ago/DATE', 'yesterday/DATE']],
    ['We may march on Tuesday night.', ['Tuesday night/DATE']],
    ['The vote is set for 12 October.', ['12 October/DATE']],
  ];
  for (const [sentence, expected] of cases)
    it(`finds ${expected.length ? expected.join(', ') : 'nothing'} in "${sentence}"`, () =>
      assert.deepEqual(ruleSpans(sentence), expected));

  it('fills doc.ents with token spans that carry a rule, without overlaps', () => {
    const doc = makeDoc('Speaking to the Marsa Herald on Monday, Egyptian officials in Cairo said little.');
    recognizeEntities(doc);
    const texts = doc.ents.map((e) => `${doc.spanText(e.start, e.end)}/${e.label}`);
    for (const expected of ['Marsa Herald/MEDIA', 'Monday/DATE'])
      assert.ok(texts.includes(expected), texts.join());
    for (const e of doc.ents) assert.ok(e.rule.length > 0 && e.start < e.end);
    for (let k = 1; k < doc.ents.length; k++) assert.ok(doc.ents[k - 1].end <= doc.ents[k].start);
  });

  it('survives empty, punctuation-only and odd input', () => {
    for (const text of ['', '   ', '“”—…', 'the the the', 'THE HERALD', '2014 2015 2016', 'Online', 'al-']) {
      const doc = makeDoc(text);
      recognizeEntities(doc);
      for (const e of doc.ents) assert.ok(e.start >= 0 && e.end <= doc.length && e.start < e.end);
    }
  });
});
