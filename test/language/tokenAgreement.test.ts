import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu } from '../../src/language/conllu.js';
import { alignWords, measureTokenAgreement } from '../../src/language/tokenAgreement.js';

const conllu = (text: string, words: string[]) =>
  [`# text = ${text}`, ...words.map((w, i) => `${i + 1}\t${w}\t_\tX\tX\t_\t0\troot\t_\t_`)].join('\n');

describe('token agreement with a treebank', () => {
  it('aligns gold words to their characters, across spaces', () => {
    assert.deepEqual(alignWords('We do n’t', ['We', 'do', 'n’t']), [
      [0, 2],
      [3, 5],
      [6, 9],
    ]);
    assert.equal(alignWords('gonna go', ['going', 'to', 'go']), null);
  });

  it('scores a perfect match as 1 and counts a split the gold does not make', () => {
    const same = parseConllu(conllu('She didn’t go.', ['She', 'did', 'n’t', 'go', '.']));
    assert.equal(measureTokenAgreement(same).f1, 1);
    const differs = parseConllu(conllu('a well-known fact', ['a', 'well-known', 'fact']));
    const r = measureTokenAgreement(differs);
    assert.equal(r.exactSentences, 0);
    assert.ok(r.precision < 1 && r.recall < 1);
  });
});
