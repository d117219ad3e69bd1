/**
 * What `whosaid ingest` reads: WARC archives and RSS/Atom feeds here, everything else (files,
 * directories, JSONL, CSV, HTML, URLs) through the ingest readers' `readInputs`. Directories are
 * walked so that archives and feeds inside them are recognized too.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listArticleFiles, readInputs } from '../ingest/readInputs.js';
import type { ReadResult } from './ingest.js';
import { isFeedPath, readFeed } from './readFeed.js';
import { isWarcPath, readWarc } from './readWarc.js';

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

const isOwnFormat = (path: string) => isWarcPath(path) || isFeedPath(path);
const readOwn = (path: string) => (isWarcPath(path) ? readWarc(path) : readFeed(path));

export async function* corpusInputs(specs: string[]): AsyncGenerator<ReadResult> {
  let others: string[] = [];
  const flushOthers = async function* () {
    if (others.length > 0) yield* readInputs(others);
    others = [];
  };
  for (const spec of specs) {
    const info = /^https?:\/\//i.test(spec) ? null : await stat(spec).catch(() => null);
    if (info?.isDirectory()) {
      const own: string[] = [];
      for await (const path of walk(spec)) if (isOwnFormat(path)) own.push(path);
      // Without archives or feeds inside, the directory goes to readInputs whole, with its own rules.
      if (own.length === 0) others.push(spec);
      else {
        others.push(...(await listArticleFiles(spec)).filter((p) => !isOwnFormat(p)));
        yield* flushOthers();
        for (const path of own) yield* readOwn(path);
      }
    } else if (info && isOwnFormat(spec)) {
      yield* flushOthers();
      yield* readOwn(spec);
    } else others.push(spec);
  }
  yield* flushOthers();
}
