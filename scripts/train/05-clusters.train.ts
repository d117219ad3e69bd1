// Learns word clusters (src/language/clusters/) from the words of EWT train and the unlabeled text
// of clusters/unlabeledText.ts and writes models/clusters.tsv.gz (training only: the file holds word
// forms, class ids and a digest of the corpus, never sentences).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLUSTER_OPTIONS, WordClusters } from '../../src/language/clusters/clusters.js';
import { CLUSTERS_FILE } from '../../src/language/clusters/index.js';
import { clusterCorpus } from '../../src/language/clusters/unlabeledText.js';
import { modelsDir, packageRoot } from '../../src/paths.js';

const DATA = join(packageRoot, '..', 'shared', 'data');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const sentences = clusterCorpus(DATA);
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
