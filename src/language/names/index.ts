/** Name normalisation for speaker resolution and entity clustering. */

export {
  type NameKind,
  nameSimilarity,
  PHONETIC_AGREEMENT_BONUS,
  SAME_NAME_THRESHOLD,
  sameEntityName,
  wordSimilarity,
} from './nameSimilarity.js';
export { foldName, phoneticKey } from './normalize.js';
export { type ParsedName, parseName, stripTitles } from './parseName.js';
export { jaroWinkler, oneSlipApart } from './similarity.js';
