/**
 * The unlabeled text the language models may learn from beyond EWT: PolNeAR train and the
 * ClaimBuster sentences that are in neither CheckThat! 2024 dev split (never EWT dev/test, BBC,
 * Reuters or CoNLL). The clusters read its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEwt } from '../ewt.js';
import { makeDoc } from '../index.js';
import { newsSentences } from '../ner/profileCorpus.js';

/** ClaimBuster texts, minus any that CheckThat! 2024 uses for dev or dev-test. */
export function claimBusterTexts(dataDir: string): string[] {
  const held = new Set<string>();
  for (const split of ['dev', 'dev-test'])
    for (const line of readFileSync(
      join(dataDir, 'claimbuster', `ct24_checkworthy_english_${split}.tsv`),
      'utf8',
    )
      .split('\n')
      .slice(1))
      held.add(line.split('\t')[1]?.trim() ?? '');
  const items = JSON.parse(readFileSync(join(dataDir, 'claimbuster', 'kfold_25ncs.json'), 'utf8')) as {
    text: string;
  }[];
  return items.map((item) => item.text).filter((text) => !held.has(text.trim()));
}

/** The words of each ClaimBuster text (one list per text: the clusters need no sentence breaks). */
function claimBusterWords(dataDir: string): string[][] {
  return claimBusterTexts(dataDir).map((text) => {
    const doc = makeDoc(text);
    return Array.from({ length: doc.length }, (_, i) => doc.word(i));
  });
}

/**
 * What the clusters learn from, in order: the words of UD English EWT train (UNER English EWT train is
 * the same sentences, so it adds nothing), then PolNeAR train and ClaimBuster split by our tokenizer.
 */
export function clusterCorpus(dataDir: string): string[][] {
  return [
    ...readEwt('train').map((s) => s.words),
    ...newsSentences(join(dataDir, 'polnear', 'train', 'text')),
    ...claimBusterWords(dataDir),
  ];
}
