import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { bratAnnotations } from '../../src/export/brat.js';
import { exportBrat, exportStream } from '../../src/export/exporters.js';
import { render } from '../../src/export/table.js';
import { QUOTE_CONTEXT, webAnnotations } from '../../src/export/webAnnotation.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { type ArticleSpec, analysed, makeAnalysis } from '../store/build.js';

// Astral characters before the spans: code-point and UTF-16 offsets differ.
const SPEC: ArticleSpec = {
  input: 'emoji-desk',
  text:
    '🌊🌊 Flood desk 𝔑𝔢𝔴𝔰: Mayor Ines Carvalho said the river defences held overnight. ' +
    'Engineers warned that the east bank could still fail, according to a council memo.',
  outlet: 'Delta Daily',
  published: '2025-06-01',
  entities: [{ name: 'Ines Carvalho', type: 'PERSON' }],
  quotes: [
    {
      source: 'Mayor Ines Carvalho',
      kind: 'person',
      cue: 'said',
      content: 'the river defences held overnight',
      entity: 'Ines Carvalho',
    },
    {
      source: 'Engineers',
      kind: 'unknown',
      cue: 'warned',
      content: 'the east bank could still fail',
      stance: 'warn',
    },
  ],
  claims: [{ text: 'Engineers warned that the east bank could still fail', sourced: true }],
};

async function collect(store: Store, format: 'jsonl' | 'csv' | 'web-annotation'): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => {
    text += d;
  });
  await exportStream(store, format, out);
  return text;
}

describe('exports', () => {
  let store: Store;
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-export-'));
  before(async () => {
    store = await openStore('memory://');
    await store.addAnalyses([analysed(SPEC)]);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('jsonl: one analysis document per line, byte-identical to the stored one', async () => {
    const lines = (await collect(store, 'jsonl')).trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(lines[0], JSON.stringify(makeAnalysis(SPEC)));
  });

  it('csv: a header and one row per attribution', async () => {
    const rows = (await collect(store, 'csv')).trimEnd().split('\r\n');
    assert.equal(rows.length, 3);
    assert.match(rows[0]!, /^article,input,outlet/);
    assert.match(rows[1]!, /Mayor Ines Carvalho,person,said,assert/);
  });

  it('web-annotation: selectors agree with the text in code points', async () => {
    const doc = JSON.parse(await collect(store, 'web-annotation'));
    assert.equal(doc.type, 'AnnotationCollection');
    const chars = [...SPEC.text];
    const items = doc.first.items as { target: unknown }[];
    assert.equal(items.length, 3);
    for (const item of items)
      for (const t of [item.target].flat() as { selector: unknown }[]) {
        const [pos, quote] = t.selector as [
          { start: number; end: number },
          { exact: string; prefix: string; suffix: string },
        ];
        assert.equal(chars.slice(pos.start, pos.end).join(''), quote.exact);
        assert.equal(chars.slice(Math.max(0, pos.start - QUOTE_CONTEXT), pos.start).join(''), quote.prefix);
        assert.equal(chars.slice(pos.end, pos.end + QUOTE_CONTEXT).join(''), quote.suffix);
      }
  });

  it('brat: .txt/.ann pairs whose offsets point at their text', async () => {
    const n = await exportBrat(store, dir);
    assert.equal(n, 1);
    const files = readdirSync(dir).sort();
    assert.deepEqual(files, ['000001.ann', '000001.txt', 'annotation.conf']);
    const text = [...readFileSync(join(dir, '000001.txt'), 'utf8')];
    const ann = readFileSync(join(dir, '000001.ann'), 'utf8').trimEnd().split('\n');
    const events = ann.filter((l) => l.startsWith('E'));
    assert.equal(events.length, 2);
    for (const line of ann.filter((l) => l.startsWith('T'))) {
      const [, labelAndRanges, covered] = line.split('\t') as [string, string, string];
      const ranges = labelAndRanges.split(' ').slice(1).join(' ').split(';');
      const pieces = ranges.map((r) => {
        const [s, e] = r.split(' ').map(Number) as [number, number];
        return text.slice(s, e).join('');
      });
      assert.equal(pieces.join(' '), covered, line);
    }
    assert.ok(ann.some((l) => /^A\d+\tStance E2 warn$/.test(l)));
  });

  it('brat and web annotations locate spans after any astral prefix (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (prefix) => {
        const text = `${prefix} Ana Lopes said the bridge was safe.`;
        const a = makeAnalysis({
          input: 'p',
          text,
          quotes: [{ source: 'Ana Lopes', kind: 'person', cue: 'said', content: 'the bridge was safe' }],
        });
        const chars = [...text];
        for (const line of bratAnnotations(a)
          .split('\n')
          .filter((l) => l.startsWith('T'))) {
          const [, spec, covered] = line.split('\t') as [string, string, string];
          const [, s, e] = spec.split(' ').map(Number) as [number, number, number];
          if (chars.slice(s, e).join('') !== covered) return false;
        }
        const [anno] = webAnnotations(1, a);
        const t = (anno!.target as { selector: { start: number; end: number; exact?: string }[] }[])[0]!;
        return chars.slice(t.selector[0]!.start, t.selector[0]!.end).join('') === t.selector[1]!.exact;
      }),
    );
  });

  it('renders aligned tables, CSV with quoting, and JSON', () => {
    const rows = [
      { name: 'Ana', n: 3, note: 'said "no", twice' },
      { name: 'Bartholomew', n: 12, note: null },
    ];
    const cols = [
      { header: 'name', value: (r: (typeof rows)[number]) => r.name },
      { header: 'n', value: (r: (typeof rows)[number]) => r.n, right: true },
      { header: 'note', value: (r: (typeof rows)[number]) => r.note },
    ];
    const table = render(rows, cols, 'table').split('\n');
    assert.equal(table[0], 'name          n  note');
    assert.equal(table[2], 'Ana           3  said "no", twice');
    assert.equal(table[3], 'Bartholomew  12');
    assert.equal(
      render(rows, cols, 'csv'),
      'name,n,note\r\nAna,3,"said ""no"", twice"\r\nBartholomew,12,\r\n',
    );
    assert.deepEqual(JSON.parse(render(rows, cols, 'json')), rows);
    assert.equal(render([], cols, 'table'), '(none)\n');
  });
});
