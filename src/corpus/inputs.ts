/**
 * What `whosaid ingest` reads: WARC archives and RSS/Atom feeds here, everything else (files,
 * directories, JSONL, CSV, HTML, URLs) through the ingest readers' `readInputs`. Directories are
 * walked so that archives and feeds inside them are recognized too.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadResult } from './ingest.js';
import { isFeedPath, readFeed } from './readFeed.js';
import { isWarcPath, readWarc } from './readWarc.js';

type ReadInputs = (specs: string[]) => AsyncIterable<ReadResult>;

/** Loaded lazily: commands that never ingest do not pay for the HTML readers. */
async function loadReadInputs(): Promise<ReadInputs> {
  const specifier = '../ingest/readInputs.js';
  const mod = (await import(specifier)) as { readInputs: ReadInputs };
  return mod.readInputs;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

const isOwnFormat = (path: string) => isWarcPath(path) || isFeedPath(path);

export async function* corpusInputs(specs: string[]): AsyncGenerator<ReadResult> {
  const readInputs = await loadReadInputs();
  let others: string[] = [];
  const flushOthers = async function* () {
    if (others.length > 0) yield* readInputs(others);
    others = [];
  };
  for (const spec of specs) {
    const info = /^https?:\/\//i.test(spec) ? null : await stat(spec).catch(() => null);
    const files: string[] = [];
    if (info?.isDirectory()) for await (const path of walk(spec)) files.push(path);
    // A directory with no archive or feed inside goes to readInputs whole, with its own rules.
    if (!info?.isDirectory() || !files.some(isOwnFormat)) {
      if (!info?.isDirectory() && isOwnFormat(spec)) files.push(spec);
      else {
        others.push(spec);
        continue;
      }
    }
    for (const path of files) {
      if (!isOwnFormat(path)) {
        others.push(path);
        continue;
      }
      yield* flushOthers();
      yield* isWarcPath(path) ? readWarc(path) : readFeed(path);
    }
  }
  yield* flushOthers();
}
