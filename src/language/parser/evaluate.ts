/** Attachment scores of a parser over CoNLL-U sentences (every word counts, punctuation included). */
import type { Sentence } from '../conllu.js';
import { parserExamples, type SentenceTags } from './data.js';
import type { Parser } from './parser.js';

export interface AttachmentScores {
  /** Percentages. */
  uas: number;
  las: number;
  words: number;
}

export function evaluateParser(
  parser: Parser,
  sentences: Sentence[],
  tags: SentenceTags[],
): AttachmentScores {
  const examples = parserExamples(sentences, tags);
  let attached = 0;
  let labelled = 0;
  let words = 0;
  let heads = new Int32Array(256);
  let labels = new Uint8Array(256);
  for (const e of examples) {
    const n = e.words.length;
    if (heads.length < n) {
      heads = new Int32Array(2 * n);
      labels = new Uint8Array(2 * n);
    }
    parser.parse(e.words, e.tags, n, heads, labels);
    for (let i = 0; i < n; i++) {
      words++;
      if (heads[i] !== e.heads[i]) continue;
      attached++;
      if (labels[i] === e.labels[i]) labelled++;
    }
  }
  return { uas: (100 * attached) / words, las: (100 * labelled) / words, words };
}
