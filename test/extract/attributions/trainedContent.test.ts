import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenSpan } from '../../../src/extract/attributions/build.js';
import { contentOf } from '../../../src/extract/attributions/trained/index.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../src/language/index.js';

/** The content `contentOf` keeps when the role tagger marked only `marked` (phrases of the text). */
function keptContent(text: string, source: string, cue: string, marked: string[]): string[] {
  const doc = makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const span = (phrase: string): TokenSpan => {
    const at = text.lastIndexOf(phrase);
    assert.ok(at >= 0, phrase);
    return doc.tokensInRange(at, at + phrase.length);
  };
  const kept = contentOf(view, { source: span(source), cue: span(cue), content: marked.map(span) });
  return kept.map((s) => doc.spanText(s.start, s.end));
}

describe('trained extractor: content repair', () => {
  const cases: [string, string, string, string, string[], string[]][] = [
    [
      'a content cut before the second of two joined verbs ends before the conjunction',
      'Councillor Ana Lind told the Times that fees rose "sharply" and described the plan as reckless.',
      'Councillor Ana Lind',
      'told',
      ['that fees rose "sharply" and'],
      ['that fees rose "sharply"'],
    ],
    [
      'keeps words the role tagger marked',
      'The mayor said the bridge would reopen in May.',
      'The mayor',
      'said',
      ['the bridge would reopen in May'],
      ['the bridge would reopen in May'],
    ],
    [
      'a cue closing a quote whose opening mark is missing says the sentence before it',
      'Repairs ran late all winter. The crews will be back on site by June, the engineer insisted,” the Harbour Gazette reported.',
      'the engineer',
      'insisted',
      ['”'],
      ['The crews will be back on site by June'],
    ],
    [
      'inside a quote, the content stops at the quote’s opening mark',
      'The report ended there. “Nobody told us the ferry was sold, the captain said,” a crew member recalled.',
      'the captain',
      'said',
      [','],
      ['Nobody told us the ferry was sold'],
    ],
    [
      'punctuation alone, with no quote to fall back on, is no content',
      'The minister, she said, left early.',
      'she',
      'said',
      [','],
      [],
    ],
  ];
  for (const [name, text, source, cue, marked, expected] of cases)
    it(name, () => assert.deepEqual(keptContent(text, source, cue, marked), expected));
});
