// Trains the POS tagger + lemmatizer on UD English EWT train and writes models/tagger.bin. The tagger
// also reads the word clusters of models/clusters.tsv.gz (05-clusters.train.ts), copied into tagger.bin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClusters } from '../../src/language/clusters/index.js';
import { readEwt } from '../../src/language/ewt.js';
import { TAGGER_FILE } from '../../src/language/models.js';
import { tagSentences } from '../../src/language/tagger/data.js';
import { DEFAULT_TAGGER_OPTIONS, trainTagger } from '../../src/language/tagger/train.js';
import { hashString } from '../../src/learn/hash.js';
import { modelsDir } from '../../src/paths.js';

const started = Date.now();
const train = readEwt('train');
const dev = readEwt('dev');
const tagger = trainTagger(train, {
  ...DEFAULT_TAGGER_OPTIONS,
  // Keyed like the lexemes' lower-cased form ids.
  clusters: [...loadClusters().classes].map(([word, classes]) => [hashString(word) | 0, classes] as const),
  onEpoch: (e, acc) => console.log(`epoch ${e}: train accuracy ${(100 * acc).toFixed(2)}%`),
});
const buffer = tagger.save();
writeFileSync(join(modelsDir, TAGGER_FILE), buffer);
const tagged = tagSentences(tagger, dev);
let upos = 0;
let total = 0;
for (let k = 0; k < dev.length; k++)
  for (let i = 0; i < dev[k].upos.length; i++) {
    total++;
    if (tagged[k].upos[i] === dev[k].upos[i]) upos++;
  }
console.log(
  `models/${TAGGER_FILE}: ${(buffer.length / 1e6).toFixed(2)} MB, dev UPOS ${((100 * upos) / total).toFixed(2)}%, ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
