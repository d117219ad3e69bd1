import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeBytes, looksBinary } from '../../src/ingest/decode.js';
import { sniffFormat } from '../../src/ingest/detect.js';
import { normalizeDate, parseAuthors } from '../../src/ingest/metadata.js';
import { articleFromBuffer, resultsFromBuffer } from '../../src/ingest/readBuffer.js';
import { parseRecord } from '../../src/ingest/records.js';

describe('normalizeDate', () => {
  const table: [unknown, string | null][] = [
    ['2026-04-08', '2026-04-08'],
    ['2026-04-08T23:30:00-05:00', '2026-04-08'],
    ['8 April 2026', '2026-04-08'],
    ['Apr. 8, 2026', '2026-04-08'],
    ['Wed, 08 Apr 2026 17:45:00 +0100', '2026-04-08'],
    ['Sept. 11, 2025', '2025-09-11'],
    [1775606400, '2026-04-08'],
    ['yesterday', null],
    ['2026-13-40', null],
    [null, null],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(normalizeDate(input), expected));
  }
});

describe('parseAuthors', () => {
  const table: [unknown, string[]][] = [
    ['Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ana Ruiz', ['Jane Doe', 'John Roe', 'Ana Ruiz']],
    [
      ['Jane Doe', { name: 'John Roe' }, 7, null],
      ['Jane Doe', 'John Roe'],
    ],
    [{ '@type': 'Person', name: 'Li Wei' }, ['Li Wei']],
    [{ name: 'Doe, Jane' }, ['Doe, Jane']],
    ['', []],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => assert.deepEqual(parseAuthors(input), expected));
  }
});

describe('parseRecord', () => {
  it('maps the common field names', () => {
    const r = parseRecord(
      {
        headline: 'Pier Reopens',
        body: 'The pier reopened.\r\n\r\nCrowds came.',
        authors: [{ name: 'Ola Berg' }],
        publish_date: '2026-06-01 10:00',
        link: 'https://example.test/pier',
        source: { name: 'Coast News' },
      },
      'in#1',
    );
    assert.ok('article' in r);
    assert.deepEqual(r.article, {
      input: 'in#1',
      text: 'The pier reopened.\n\nCrowds came.',
      title: 'Pier Reopens',
      byline: ['Ola Berg'],
      published: '2026-06-01',
      url: 'https://example.test/pier',
      outlet: 'Coast News',
    });
  });

  it('reads an html field when there is no text field', () => {
    const r = parseRecord(
      { html: '<html><body><article><p>Inside the page body text.</p></article></body></html>' },
      'h',
    );
    assert.ok('article' in r && r.article.text.includes('Inside the page body text.'));
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseRecord(v, 'fuzz');
        assert.ok('error' in r || typeof r.article.text === 'string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('text', 'title', 'author', 'date', 'id', 'source', 'url'),
          fc.jsonValue(),
        ),
        (v) => {
          const r = parseRecord(v, 'fuzz');
          assert.ok('error' in r || r.article.text.trim().length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects non-objects and records without text', () => {
    for (const v of [null, 3, 'text', [1, 2], {}, { text: '   ' }, { text: 12 }]) {
      assert.ok('error' in parseRecord(v, 'x'), JSON.stringify(v));
    }
  });
});

describe('decodeBytes and sniffing', () => {
  it('flags binary data and leaves text alone', () => {
    assert.ok(looksBinary(Buffer.from([0x41, 0x00, 0x42])));
    assert.ok(!looksBinary(Buffer.from('plain\ttext\r\n\u001b[0m')));
    assert.deepEqual(decodeBytes(Buffer.from('a\r\nb\rc')), { text: 'a\nb\nc', warnings: [] });
  });

  const sniffs: [string, string][] = [
    ['<!doctype html><html><body>x</body></html>', 'html'],
    ['  <p>Hello</p>', 'html'],
    ['{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['{"text":\n"a"}', 'json'],
    ['[{"text":"a"}]', 'json'],
    ['Title\n\nBody <b>not html</b>', 'text'],
  ];
  for (const [head, format] of sniffs) {
    it(`sniffs ${JSON.stringify(head.slice(0, 20))} as ${format}`, () =>
      assert.equal(sniffFormat(head), format));
  }
});

describe('articleFromBuffer (uploads)', () => {
  it('uses the content type, then the file name, then the content', () => {
    const json = Buffer.from('{"text":"Uploaded."}');
    const asJson = articleFromBuffer(json, 'up', { contentType: 'application/json; charset=utf-8' });
    assert.ok(Array.isArray(asJson) && asJson[0].text === 'Uploaded.');
    const byName = articleFromBuffer(Buffer.from('id,text\n1,Row one.\n2,Row two.\n'), 'up', {
      filename: 'set.csv',
    });
    assert.ok(Array.isArray(byName));
    assert.deepEqual(
      byName.map((a) => a.input),
      ['up#1', 'up#2'],
    );
    const sniffed = articleFromBuffer(
      Buffer.from('<html><body><p>Sniffed page text.</p></body></html>'),
      'up',
    );
    assert.ok(Array.isArray(sniffed) && sniffed[0].text.includes('Sniffed page text.'));
  });

  it('fails as a whole, naming the first bad record; resultsFromBuffer keeps the good ones', () => {
    const buf = Buffer.from('{"text":"ok"}\nnot json\n{"text":"ok too"}\n');
    const whole = articleFromBuffer(buf, 'up.jsonl', { filename: 'up.jsonl' });
    assert.ok(
      !Array.isArray(whole) && /1 of 3 records failed; up\.jsonl#2: malformed JSON/.test(whole.error),
    );
    const parts = resultsFromBuffer(buf, 'up.jsonl', { filename: 'up.jsonl' });
    assert.equal(parts.filter((r) => 'article' in r).length, 2);
  });

  it('honours a declared legacy charset: HTTP header, or a meta tag when the bytes are not UTF-8', () => {
    const latin1 = Buffer.from('Caf\xe9 owners protest\n', 'latin1');
    const byHeader = articleFromBuffer(latin1, 'h', { contentType: 'text/plain; charset=ISO-8859-1' });
    assert.ok(Array.isArray(byHeader));
    assert.equal(byHeader[0].text, 'Café owners protest\n');
    assert.equal(byHeader[0].warnings, undefined);
    const mislabelled = articleFromBuffer(Buffer.from('Café owners\n'), 'm', {
      contentType: 'text/plain; charset=latin1',
    });
    assert.ok(Array.isArray(mislabelled) && mislabelled[0].text === 'Café owners\n', 'valid UTF-8 wins');
    const page = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><article><p>\x93Caf\xe9 owners,\x94 she said, protest the new rules.</p></article></body></html>',
      'latin1',
    );
    const byMeta = articleFromBuffer(page, 'p', { filename: 'p.html' });
    assert.ok(Array.isArray(byMeta));
    assert.match(byMeta[0].text, /“Café owners,” she said/);
    assert.equal(byMeta[0].warnings, undefined);
  });

  it('reports empty and binary uploads', () => {
    const empty = articleFromBuffer(Buffer.alloc(0), 'e');
    assert.ok(!Array.isArray(empty) && /empty/.test(empty.error));
    const binary = articleFromBuffer(Buffer.from([1, 2, 0, 3]), 'b');
    assert.ok(!Array.isArray(binary) && /binary/.test(binary.error));
  });
});
