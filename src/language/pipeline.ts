import type { Doc } from './doc.js';
import { recognizeEntities } from './ner/index.js';

/** Runs the trained components over a tokenized Doc: tagger, parser, entity recognizer. */
export function annotate(doc: Doc): void {
  recognizeEntities(doc);
}
