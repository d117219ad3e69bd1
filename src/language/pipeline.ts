import type { Doc } from './doc.js';
import { sharedLexemes } from './lexeme.js';
import { loadParser, loadTagger } from './models.js';
import { recognizeEntities } from './ner/index.js';
import { parseDoc } from './parser/index.js';
import { tagDoc } from './tagger/index.js';

/** The trained components, in the order `annotate` runs them. */
export type LanguageStage = 'tag' | 'parse' | 'ner';

/**
 * Runs the trained components over a tokenized Doc: tagger, parser, entity recognizer.
 * `stageEnds` is called as each one finishes (for benchmarks that time them).
 */
export function annotate(doc: Doc, stageEnds?: (stage: LanguageStage) => void): void {
  const tagger = loadTagger();
  const parser = loadParser();
  const lexemes = sharedLexemes();
  const rows = new Int32Array(doc.length);
  for (let i = 0; i < doc.length; i++) rows[i] = lexemes.lookupIn(doc.text, doc.tokStart[i], doc.tokEnd[i]);
  doc.lexemeRows = rows;
  doc.lexemeAttrs = lexemes.attrs;
  doc.lexemeEpoch = lexemes.epoch;
  tagDoc(doc, tagger, lexemes, rows);
  stageEnds?.('tag');
  parseDoc(doc, parser, lexemes, rows);
  stageEnds?.('parse');
  recognizeEntities(doc);
  stageEnds?.('ner');
}
