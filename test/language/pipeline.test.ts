import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../src/language/index.js';
import { LEX_FORM } from '../../src/language/lexeme.js';
import { annotate } from '../../src/language/pipeline.js';
import { DEPREL, UPOS, XPOS } from '../../src/language/tagsets.js';
import { hashString } from '../../src/learn/hash.js';

const TEXT =
  'The mayor said on Monday that the bridge would reopen in May. ' +
  '“We are not done yet,” she told reporters.\nCritics disagreed.';

describe('annotate (shipped tagger and parser)', () => {
  const doc = makeDoc(TEXT);
  annotate(doc);
  const words = Array.from({ length: doc.length }, (_, i) => doc.word(i));
  const at = (w: string) => words.indexOf(w);

  it('gives every token a tag and a lemma', () => {
    for (let i = 0; i < doc.length; i++) {
      assert.ok(doc.upos[i] > 0 && doc.xpos[i] > 0, `untagged ${words[i]}`);
      assert.ok(doc.lemma[i].length > 0);
    }
  });

  it('tags and lemmatizes plain words as EWT does', () => {
    assert.equal(UPOS[doc.upos[at('mayor')]], 'NOUN');
    assert.equal(XPOS[doc.xpos[at('said')]], 'VBD');
    assert.equal(doc.lemma[at('said')], 'say');
    assert.equal(doc.lemma[at('told')], 'tell');
    assert.equal(UPOS[doc.upos[at('would')]], 'AUX');
  });

  it('builds one tree per sentence: one root, heads inside the sentence, no cycles', () => {
    assert.equal(doc.sentenceCount, 3);
    for (let k = 0; k < doc.sentenceCount; k++) {
      const from = doc.sentStart[k];
      const to = doc.sentEnd[k];
      let roots = 0;
      for (let i = from; i < to; i++) {
        if (doc.head[i] === -1) {
          roots++;
          assert.equal(DEPREL[doc.dep[i]], 'root');
          continue;
        }
        assert.ok(doc.head[i] >= from && doc.head[i] < to && doc.head[i] !== i);
        let j = i;
        for (let steps = 0; doc.head[j] !== -1; steps++) {
          assert.ok(steps < to - from, 'cycle');
          j = doc.head[j];
        }
      }
      assert.equal(roots, 1);
    }
  });

  it('finds the subject of a reporting verb', () => {
    assert.equal(doc.head[at('mayor')], at('said'));
    assert.equal(DEPREL[doc.dep[at('mayor')]], 'nsubj');
  });

  it('leaves the lexeme row of each token on the Doc for the components', () => {
    assert.equal(doc.lexemeRows.length, doc.length);
    for (let i = 0; i < doc.length; i++)
      assert.equal(doc.lexemeAttrs[doc.lexemeRows[i] + LEX_FORM], hashString(words[i]) | 0);
    assert.equal(doc.lexemeRows[at('the')], doc.lexemeRows[words.lastIndexOf('the')]);
  });
});
