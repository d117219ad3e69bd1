// A tagged and parsed Doc of an invented text, for tests of the rules that read tags and the parse.
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { isTagged } from '../../../src/extract/attributions/trained/index.js';

/** The tagged Doc, and the token span of the first occurrence of `words` (space-separated tokens). */
export function taggedDoc(text: string) {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  const span = (words: string) => {
    const w = words.split(' ');
    for (let i = 0; i + w.length <= doc.length; i++)
      if (w.every((x, k) => doc.word(i + k) === x)) return { start: i, end: i + w.length };
    throw new Error(`no "${words}" in ${text}`);
  };
  return { doc, span };
}

/** Whether the tagger and parser models are there (tests that need them skip otherwise). */
export const modelsLoaded = (): boolean =>
  isTagged(polnearDoc({ name: 'probe', text: 'She said so.', gold: [] }));
