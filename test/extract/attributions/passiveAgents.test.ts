import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { span as spanText } from '../../../src/extract/attributions/build.js';
import { passiveAgents } from '../../../src/extract/attributions/passiveAgents.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('passiveAgents', { skip }, () => {
  // text, cue, content (one piece), the source after (null: none), the content after
  const cases: [string, string, string, string | null, string[]][] = [
    [
      'The old mill , a listed building , has been called an eyesore by several neighbours .',
      'has been called',
      'The old mill , a listed building , has been called an eyesore by several neighbours',
      'several neighbours',
      ['The old mill , a listed building , has been called an eyesore'],
    ],
    [
      'The ferry plan was praised by the mayor and the council for its low fares .',
      'was praised',
      'The ferry plan was praised by the mayor and the council for its low fares',
      'the mayor and the council',
      ['The ferry plan was praised', 'for its low fares'],
    ],
    // A quoted complement, however long, stands between the participle and its "by".
    [
      'He was described as a " kind man who never turned anyone away " by his friend Carol Jory .',
      'was described',
      'He was described as a " kind man who never turned anyone away " by his friend Carol Jory',
      'his friend Carol Jory',
      ['He was described as a " kind man who never turned anyone away "'],
    ],
    // The content may end inside the agent's phrase: the whole phrase is the source.
    [
      'She was hailed as a " true original " by her friend and fellow painter Ann Lee .',
      'was hailed',
      'She was hailed as a " true original " by her friend',
      'her friend and fellow painter Ann Lee',
      ['She was hailed as a " true original "'],
    ],
    // No "by" phrase: no one named.
    [
      'The ferry plan was praised for its low fares .',
      'was praised',
      'for its low fares',
      null,
      ['for its low fares'],
    ],
    // A "by" after another verb belongs to that verb.
    [
      'The plan was praised as it was backed by the council .',
      'was praised',
      'The plan was praised as it was backed by the council',
      null,
      ['The plan was praised as it was backed by the council'],
    ],
    // An active cue has no agent.
    [
      'The mayor praised the plan by the harbour .',
      'praised',
      'the plan by the harbour',
      null,
      ['the plan by the harbour'],
    ],
  ];
  for (const [text, cue, content, source, after] of cases)
    it(`"${text.slice(0, 45)}…" has source ${source}`, () => {
      const { doc, span } = taggedDoc(text);
      const s = (words: string) => spanText(doc, span(words));
      const a: Attribution = {
        id: '',
        source: null,
        cue: { ...s(cue), lemma: 'praise', stance: 'assert' },
        content: [s(content)],
        form: 'indirect',
        via: null,
        confidence: 0.5,
        rule: 'trained-perceptron',
      };
      passiveAgents(doc, [a]);
      assert.equal(a.source?.text ?? null, source);
      assert.deepEqual(
        a.content.map((c) => c.text),
        after,
      );
    });
});
