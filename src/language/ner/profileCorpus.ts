/**
 * The unlabeled sentences word profiles are built from: the words of the labeled training
 * sentences plus raw news text (PolNeAR train), tokenized and split as documents are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDoc } from '../index.js';

export function* newsSentences(dir: string): Generator<string[]> {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const doc = makeDoc(readFileSync(join(dir, name), 'utf8'));
    for (let s = 0; s < doc.sentenceCount; s++) {
      const words: string[] = [];
      for (let i = doc.sentStart[s]; i < doc.sentEnd[s]; i++) words.push(doc.word(i));
      yield words;
    }
  }
}
