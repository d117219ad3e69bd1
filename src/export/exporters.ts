/** `whosaid export`: the corpus as JSONL, CSV, brat standoff or W3C Web Annotation JSON-LD. */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Store } from '../store/Store.js';
import { BRAT_CONF, bratAnnotations } from './brat.js';
import { csvField } from './table.js';
import { ANNOTATION_CONTEXT, webAnnotations } from './webAnnotation.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'brat', 'web-annotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CSV_HEADER = [
  'article',
  'input',
  'outlet',
  'published',
  'attribution',
  'source',
  'source_kind',
  'cue',
  'stance',
  'form',
  'content',
  'start',
  'end',
  'confidence',
  'rule',
];

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Streams the corpus in one of the line/document formats to `out`; returns the number of articles. */
export async function exportStream(store: Store, format: Exclude<ExportFormat, 'brat'>, out: Writable) {
  let n = 0;
  if (format === 'csv') await write(out, `${CSV_HEADER.join(',')}\r\n`);
  if (format === 'web-annotation')
    await write(
      out,
      `{"@context":"${ANNOTATION_CONTEXT}","type":"AnnotationCollection","label":"whosaid corpus","first":{"type":"AnnotationPage","items":[`,
    );
  let first = true;
  for await (const { id, analysis } of store.analyses()) {
    n++;
    if (format === 'jsonl') await write(out, `${JSON.stringify(analysis)}\n`);
    else if (format === 'csv') {
      for (const a of analysis.attributions) {
        const row = [
          id,
          analysis.input,
          analysis.article.outlet ?? '',
          analysis.article.published ?? '',
          a.id,
          a.source?.text ?? '',
          a.source?.kind ?? '',
          a.cue.text,
          a.cue.stance,
          a.form,
          a.content.map((c) => c.text).join(' … '),
          a.content[0]?.start ?? a.cue.start,
          a.content[a.content.length - 1]?.end ?? a.cue.end,
          a.confidence,
          a.rule,
        ];
        await write(out, `${row.map((v) => csvField(String(v))).join(',')}\r\n`);
      }
    } else {
      for (const annotation of webAnnotations(id, analysis)) {
        const { '@context': _context, ...rest } = annotation;
        await write(out, `${first ? '' : ','}\n${JSON.stringify(rest)}`);
        first = false;
      }
    }
  }
  if (format === 'web-annotation') await write(out, '\n]}}\n');
  return n;
}

/** brat: one NNNNNN.txt/.ann pair per article plus annotation.conf, in `dir`. */
export async function exportBrat(store: Store, dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'annotation.conf'), BRAT_CONF);
  let n = 0;
  for await (const { id, analysis } of store.analyses()) {
    const base = join(dir, String(id).padStart(6, '0'));
    writeFileSync(`${base}.txt`, analysis.text);
    writeFileSync(`${base}.ann`, bratAnnotations(analysis));
    n++;
  }
  return n;
}

export async function exportToFile(store: Store, format: Exclude<ExportFormat, 'brat'>, path: string) {
  const out = createWriteStream(path);
  const n = await exportStream(store, format, out);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return n;
}
