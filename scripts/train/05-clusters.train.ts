// Learns word clusters (src/language/clusters/) from unlabeled text and writes models/clusters.tsv.gz:
// the words of UD English EWT train (UNER English EWT train is the same sentences, so it adds
// nothing) and the unlabeled text of clusters/unlabeledText.ts (training only: the file holds word
// forms and class ids, never sentences).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLUSTER_OPTIONS, WordClusters } from '../../src/language/clusters/clusters.js';
import { CLUSTERS_FILE } from '../../src/language/clusters/index.js';
import { claimBusterTexts } from '../../src/language/clusters/unlabeledText.js';
import { readEwt } from '../../src/language/ewt.js';
import { makeDoc } from '../../src/language/index.js';
import { newsSentences } from '../../src/language/ner/profileCorpus.js';
import { modelsDir, packageRoot } from '../../src/paths.js';

const DATA = join(packageRoot, '..', 'shared', 'data');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** The words of each ClaimBuster text (one list per text: the clusters need no sentence breaks). */
function claimBusterWords(): string[][] {
  return claimBusterTexts(DATA).map((text) => {
    const doc = makeDoc(text);
    return Array.from({ length: doc.length }, (_, i) => doc.word(i));
  });
}

const sentences = [
  ...readEwt('train').map((s) => s.words),
  ...newsSentences(join(DATA, 'polnear', 'train', 'text')),
  ...claimBusterWords(),
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
