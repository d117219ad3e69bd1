import type { Doc } from '../doc.js';

/** Fills `doc.ents` with entity spans (PERSON, ORG, GPE, LOC, NORP, MEDIA, DATE). */
export function recognizeEntities(_doc: Doc): void {}
