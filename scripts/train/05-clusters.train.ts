// Learns word clusters (src/language/clusters/) from unlabeled text and writes models/clusters.tsv.gz:
// the words of UD English EWT train (UNER English EWT train is the same sentences, so it adds
// nothing), the text of PolNeAR train (training only: the file holds word forms and class ids,
// never sentences) and the ClaimBuster sentences that are in neither CheckThat! 2024 dev split.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLUSTER_OPTIONS, WordClusters } from '../../src/language/clusters/clusters.js';
import { CLUSTERS_FILE } from '../../src/language/clusters/index.js';
import { readEwt } from '../../src/language/ewt.js';
import { makeDoc } from '../../src/language/index.js';
import { newsSentences } from '../../src/language/ner/profileCorpus.js';
import { modelsDir, packageRoot } from '../../src/paths.js';

const DATA = join(packageRoot, '..', 'shared', 'data');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** ClaimBuster sentences, minus any that CheckThat! 2024 uses for dev or dev-test. */
function claimBusterSentences(): string[][] {
  const held = new Set<string>();
  for (const split of ['dev', 'dev-test'])
    for (const line of readFileSync(
      join(DATA, 'claimbuster', `ct24_checkworthy_english_${split}.tsv`),
      'utf8',
    )
      .split('\n')
      .slice(1))
      held.add(line.split('\t')[1]?.trim() ?? '');
  const items = JSON.parse(readFileSync(join(DATA, 'claimbuster', 'kfold_25ncs.json'), 'utf8')) as {
    text: string;
  }[];
  const out: string[][] = [];
  for (const { text } of items) {
    if (held.has(text.trim())) continue;
    const doc = makeDoc(text);
    out.push(Array.from({ length: doc.length }, (_, i) => doc.word(i)));
  }
  return out;
}

const sentences = [
  ...readEwt('train').map((s) => s.words),
  ...newsSentences(join(DATA, 'polnear', 'train', 'text')),
  ...claimBusterSentences(),
];
const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
console.log(`${sentences.length} sentences, ${tokens} tokens (${elapsed()})`);
const clusters = WordClusters.train(sentences, {
  ...DEFAULT_CLUSTER_OPTIONS,
  onProgress: (m) => console.log(`${m} (${elapsed()})`),
});
const bytes = clusters.save();
writeFileSync(join(modelsDir, CLUSTERS_FILE), bytes);
console.log(
  `models/${CLUSTERS_FILE}: ${clusters.classes.size} words, ${(bytes.length / 1e3).toFixed(0)} kB, ${elapsed()}`,
);
