/** The shipped word clusters (models/clusters.tsv.gz), loaded lazily, once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../paths.js';
import { WordClusters } from './clusters.js';

export { coarseOf, fineOf, midOf, WordClusters } from './clusters.js';
export const CLUSTERS_FILE = 'clusters.tsv.gz';

let clusters: WordClusters | undefined;

export function loadClusters(): WordClusters {
  if (!clusters) {
    const path = join(modelsDir, CLUSTERS_FILE);
    if (!existsSync(path))
      throw new Error(`whosaid: model file ${path} is missing; build it with \`npm run train\``);
    clusters = WordClusters.load(readFileSync(path));
  }
  return clusters;
}
