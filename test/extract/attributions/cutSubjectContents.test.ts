import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { span as spanText } from '../../../src/extract/attributions/build.js';
import { cutSubjectContents } from '../../../src/extract/attributions/cutSubjectContents.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('cutSubjectContents', { skip }, () => {
  // text, [source, cue, content] of the outer and the inner attribution as tagged, the inner source
  // and outer content after
  const cases: [string, [string, string, string][], [string, string]][] = [
    // The teller is the noun phrase the outer content was cut at, not the outer speaker.
    [
      'Mara said a nurse at Dunmore Infirmary had told her the wound was septic .',
      [
        ['Mara', 'said', 'a nurse at Dunmore Infirmary'],
        ['Mara', 'had told', 'the wound was septic'],
      ],
      ['a nurse at Dunmore Infirmary', 'a nurse at Dunmore Infirmary had told her the wound was septic'],
    ],
    [
      'The grower said that the buyer told him the crop was late .',
      [
        ['The grower', 'said', 'the buyer'],
        ['The grower', 'told', 'the crop was late'],
      ],
      ['the buyer', 'the buyer told him the crop was late'],
    ],
    // An outer content already whole keeps its extent; only the teller changes.
    [
      'Mara said a nurse at Dunmore Infirmary had told her the wound was septic .',
      [
        ['Mara', 'said', 'a nurse at Dunmore Infirmary had told her the wound was septic'],
        ['Mara', 'had told', 'the wound was septic'],
      ],
      ['a nurse at Dunmore Infirmary', 'a nurse at Dunmore Infirmary had told her the wound was septic'],
    ],
    // No listener after the cue: not a telling, left as tagged.
    [
      'Mara said the staff at the ward have refused the change .',
      [
        ['Mara', 'said', 'the staff at the ward'],
        ['Mara', 'have refused', 'the change'],
      ],
      ['Mara', 'the staff at the ward'],
    ],
  ];
  for (const [text, tagged, [innerSource, outerContent]] of cases) {
    it(text, () => {
      const { doc, span } = taggedDoc(text);
      const s = (words: string) => spanText(doc, span(words));
      const found = tagged.map(
        ([source, cue, content]): Attribution => ({
          id: '',
          source: { ...s(source), entity: null, kind: 'person' },
          cue: { ...s(cue), lemma: cue, stance: 'assert' },
          content: [s(content)],
          form: 'indirect',
          via: null,
          confidence: 0.5,
          rule: 'trained-perceptron',
        }),
      );
      cutSubjectContents(doc, found);
      assert.equal(found[1].source?.text, innerSource);
      assert.equal(found[0].content.map((c) => c.text).join(' | '), outerContent);
    });
  }
});
