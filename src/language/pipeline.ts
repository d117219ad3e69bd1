import type { Doc } from './doc.js';
import { sharedLexemes } from './lexeme.js';
import { loadParser, loadTagger } from './models.js';
import { recognizeEntities } from './ner/index.js';
import { parseDoc } from './parser/index.js';
import { tagDoc } from './tagger/index.js';

/** Runs the trained components over a tokenized Doc: tagger, parser, entity recognizer. */
export function annotate(doc: Doc): void {
  const tagger = loadTagger();
  const parser = loadParser();
  const lexemes = sharedLexemes();
  const rows = new Int32Array(doc.length);
  for (let i = 0; i < doc.length; i++) rows[i] = lexemes.lookup(doc.word(i));
  tagDoc(doc, tagger, lexemes, rows);
  parseDoc(doc, parser, lexemes, rows);
  recognizeEntities(doc);
}
