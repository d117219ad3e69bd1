/**
 * Loads the language models from `models/` lazily, once per process. A missing file fails with a
 * message naming it and the command that builds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../paths.js';
import { Parser } from './parser/parser.js';
import { Tagger } from './tagger/tagger.js';

export const TAGGER_FILE = 'tagger.bin';
export const PARSER_FILE = 'parser.bin';

let tagger: Tagger | undefined;
let parser: Parser | undefined;

export function readModelFile(name: string): Buffer {
  const path = join(modelsDir, name);
  if (!existsSync(path))
    throw new Error(`whosaid: model file ${path} is missing; build it with \`npm run train\``);
  return readFileSync(path);
}

export function loadTagger(): Tagger {
  tagger ??= Tagger.load(readModelFile(TAGGER_FILE));
  return tagger;
}

export function loadParser(): Parser {
  parser ??= Parser.load(readModelFile(PARSER_FILE));
  return parser;
}
