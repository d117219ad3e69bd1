/**
 * Annotated PolNeAR Docs cached on disk between training runs: tagging and parsing 840 articles
 * costs minutes, and the result only changes when the language layer or its models change (the
 * cache key hashes both). Lives in the OS temp directory; delete it freely.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../../../language/doc.js';
import { makeDoc } from '../../../language/index.js';
import { modelsDir, packageRoot } from '../../../paths.js';
import { polnearDoc } from './evaluate.js';
import type { PolnearArticle } from './load.js';

export function annotatedDocs(articles: PolnearArticle[], split: string): Doc[] {
  const dir = join(tmpdir(), 'whosaid-polnear-docs', `${split}-${languageKey()}`);
  const file = join(dir, 'docs.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SavedDoc>;
    if (articles.every((a) => saved[a.name])) return articles.map((a) => restore(a, saved[a.name]));
  }
  const docs = articles.map(polnearDoc);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(articles.map((a, k) => [a.name, save(docs[k])]))));
  return docs;
}

interface SavedDoc {
  upos: number[];
  xpos: number[];
  lemma: string[];
  head: number[];
  dep: number[];
  ents: Doc['ents'];
  length: number;
}

function save(doc: Doc): SavedDoc {
  return {
    upos: [...doc.upos],
    xpos: [...doc.xpos],
    lemma: doc.lemma,
    head: [...doc.head],
    dep: [...doc.dep],
    ents: doc.ents,
    length: doc.length,
  };
}

function restore(article: PolnearArticle, s: SavedDoc): Doc {
  // Tokens and sentences are cheap and deterministic: rebuild them, then lay the saved tags on top.
  const doc = polnearDocUntagged(article);
  if (doc.length !== s.length) return polnearDoc(article);
  doc.upos.set(s.upos);
  doc.xpos.set(s.xpos);
  doc.head.set(s.head);
  doc.dep.set(s.dep);
  s.lemma.forEach((l, i) => {
    doc.lemma[i] = l;
  });
  doc.ents = s.ents;
  return doc;
}

function polnearDocUntagged(article: PolnearArticle): Doc {
  return makeDoc(article.text);
}

/** A hash of the language layer's code and models: the tags change only when these do. */
function languageKey(): string {
  const h = createHash('sha1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) h.update(readFileSync(p));
    }
  };
  walk(join(packageRoot, 'src/language'));
  for (const name of readdirSync(modelsDir).sort())
    if (/^(?:tagger|parser|ner)/.test(name)) h.update(readFileSync(join(modelsDir, name)));
  return h.digest('hex').slice(0, 16);
}
