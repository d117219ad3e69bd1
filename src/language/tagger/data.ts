/** Running a tagger over tokenized sentences (CoNLL-U gold tokens or unlabeled text), for evaluation, jackknifing and self-training. */
import { LexemeTable } from '../lexeme.js';
import type { Tagger } from './tagger.js';

export interface TaggedSentence {
  upos: string[];
  xpos: string[];
  lemmas: string[];
}

export function tagSentences(
  tagger: Tagger,
  sentences: readonly { words: string[] }[],
  lexemes = new LexemeTable(),
): TaggedSentence[] {
  let classes = new Int32Array(256);
  return sentences.map((s) => {
    const n = s.words.length;
    const rows = Int32Array.from(s.words, (w) => lexemes.lookup(w));
    if (classes.length < n) classes = new Int32Array(n * 2);
    tagger.predict(lexemes.attrs, rows, n, classes);
    const names = Array.from(classes.subarray(0, n), (c) => tagger.classNames[c].split(' '));
    const xpos = names.map((t) => t[1]);
    return {
      upos: names.map((t) => t[0]),
      xpos,
      lemmas: s.words.map((w, i) => tagger.lemmatizer.lemma(w, xpos[i])),
    };
  });
}
