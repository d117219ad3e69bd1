import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusDigest, WordClusters } from '../../../src/language/clusters/clusters.js';
import { CLUSTERS_FILE } from '../../../src/language/clusters/index.js';
import { clusterCorpus } from '../../../src/language/clusters/unlabeledText.js';
import { modelsDir, packageRoot } from '../../../src/paths.js';

const DATA = join(packageRoot, '..', 'shared', 'data');

describe('the committed clusters and the corpus they were learned from', () => {
  it('records the digest of its training words and keeps it through save/load', () => {
    const corpus = [
      ['The', 'heron', 'waits', '.'],
      ['A', 'heron', 'swims', '.'],
    ];
    const clusters = WordClusters.train(corpus, {
      fine: 2,
      mid: 2,
      coarse: 1,
      minCount: 1,
      maxIterations: 3,
    });
    assert.equal(clusters.corpus, corpusDigest(corpus));
    assert.equal(WordClusters.load(clusters.save()).corpus, clusters.corpus);
    assert.notEqual(
      corpusDigest([['The', 'heron', 'waits.']]),
      corpusDigest([['The', 'heron', 'waits', '.']]),
    );
  });

  // The unlabeled text is split by our own tokenizer: when a tokenizer change alters it, the
  // committed clusters (and the tagger, parser, recognizer and attribution weights that read them)
  // no longer come out of `npm run train`, which must then be run.
  it('matches the corpus as the tokenizer splits it today', {
    skip: !existsSync(DATA) && 'no ../shared/data',
  }, () => {
    const committed = WordClusters.load(readFileSync(join(modelsDir, CLUSTERS_FILE)));
    assert.equal(
      committed.corpus,
      corpusDigest(clusterCorpus(DATA)),
      'models/clusters.tsv.gz was learned from another tokenization of its corpus: run `npm run train`',
    );
  });
});
