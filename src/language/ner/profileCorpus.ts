/**
 * Unlabeled news text (PolNeAR train), tokenized and split as documents are: the word profiles
 * are built from its sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../index.js';

/** The words of each sentence of `text`, split as documents are. */
function sentencesOf(text: string): string[][] {
  const doc = makeDoc(text);
  const sentences: string[][] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const words: string[] = [];
    for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) words.push(doc.word(i));
    sentences.push(words);
  }
  return sentences;
}

/** Each .txt file of `dir` (in name order) as its sentences' words. */
function* newsDocuments(dir: string): Generator<string[][]> {
  for (const name of readdirSync(dir).sort())
    if (name.endsWith('.txt')) yield sentencesOf(readFileSync(join(dir, name), 'utf8'));
}

export function* newsSentences(dir: string): Generator<string[]> {
  for (const sentences of newsDocuments(dir)) yield* sentences;
}
