/** Where the UD English EWT treebank lives (read-only, outside the repository). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { readConllu, type Sentence } from './conllu.js';

export const EWT_DIR = join(packageRoot, '..', 'shared', 'data', 'ud-english-ewt');

export function readEwt(split: 'train' | 'dev' | 'test'): Sentence[] {
  const path = join(EWT_DIR, `${split}.conllu`);
  if (!existsSync(path)) throw new Error(`whosaid: EWT ${split} split not found at ${path}`);
  return readConllu(path);
}
