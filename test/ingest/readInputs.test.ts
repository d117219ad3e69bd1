import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { INVALID_UTF8_WARNING } from '../../src/ingest/decode.js';
import { type InputResult, type ReadOptions, readInputs } from '../../src/ingest/readInputs.js';

let dir: string;
const path = (...p: string[]) => join(dir, ...p);

async function collect(specs: string[], options?: ReadOptions): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(specs, options)) out.push(r);
  return out;
}

function write(name: string, content: string | Uint8Array) {
  const full = path(name);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

const ARTICLE =
  'Quarry Plan Rejected\n\nThe planning board rejected the quarry extension on Tuesday, citing dust and traffic.\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs: plain text', () => {
  it('strips a BOM and normalises CRLF, nothing else', async () => {
    const file = write('crlf.txt', '\uFEFFTitle Line\r\n\r\nBody\u00a0text “quoted”.\r\n');
    const [r] = await collect([file]);
    assert.ok('article' in r);
    assert.equal(r.article.text, 'Title Line\n\nBody\u00a0text “quoted”.\n');
    assert.equal(r.input, file);
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ferry news\n', 'utf16le')]);
    const [r] = await collect([write('utf16.txt', bytes)]);
    assert.ok('article' in r && r.article.text === 'Ferry news\n');
  });

  it('replaces invalid UTF-8 and warns instead of failing', async () => {
    const file = write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]));
    const [r] = await collect([file]);
    assert.ok('article' in r);
    assert.equal(r.article.text, 'caf\uFFFD ok\n');
    assert.deepEqual(r.article.warnings, [INVALID_UTF8_WARNING]);
  });

  it('reads a file without extension by sniffing it', async () => {
    const [r] = await collect([write('README', ARTICLE)]);
    assert.ok('article' in r && r.article.text === ARTICLE);
  });
});

describe('readInputs: bad input gives one error line and the batch goes on', () => {
  const cases: [string, () => string, RegExp, ReadOptions?][] = [
    ['missing path', () => path('nope.txt'), /no such file/],
    ['path through a file', () => join(write('plain.txt', ARTICLE), 'child.txt'), /cannot read|no such file/],
    ['empty file', () => write('empty.txt', ''), /empty/],
    ['whitespace-only file', () => write('blank.txt', ' \n\n\t\n'), /empty/],
    [
      'binary with NUL bytes',
      () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2])),
      /binary/,
    ],
    [
      'mostly control bytes',
      () => write('ctl.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 1 : 65)))),
      /binary/,
    ],
    [
      'UTF-16 byte-order mark before an odd number of bytes',
      () =>
        write(
          'odd16.txt',
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from('Quay news', 'utf16le'),
            Buffer.from([0x41]),
          ]),
        ),
      /invalid UTF-16/,
    ],
    [
      'UTF-16 byte-order mark before a lone surrogate',
      () => write('surrogate16.txt', Buffer.from([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x00, 0x00, 0x42])),
      /invalid UTF-16/,
    ],
    [
      'UTF-16 byte-order mark before binary data',
      () => write('binary16.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x89, 0x50, 1, 0, 2, 0, 0x41, 0])),
      /binary/,
    ],
    ['over the size cap', () => write('big.txt', 'x'.repeat(5000)), /size cap/, { maxBytes: 1000 }],
    ['malformed JSON', () => write('bad.json', '{"text": "unterminated'), /malformed JSON/],
    ['JSON without a text field', () => write('notext.json', '{"title": "Only a title"}'), /no text field/],
    ['empty JSON array', () => write('none.json', '[]'), /no records/],
    ['CSV without a text column', () => write('cols.csv', 'id,title\n1,A\n'), /no text column/],
    ['CSV header only', () => write('header.csv', 'id,text\n'), /no data rows/],
    [
      'empty HTML page',
      () => write('blank.html', '<html><head><title></title></head><body></body></html>'),
      /no article text/,
    ],
  ];
  for (const [name, make, pattern, options] of cases) {
    it(name, async () => {
      const spec = make();
      const results = await collect([spec, write('after.txt', ARTICLE)], options);
      assert.equal(results.length, 2, JSON.stringify(results));
      assert.ok('error' in results[0], JSON.stringify(results[0]));
      assert.match(results[0].error, pattern);
      assert.ok(results[0].input.startsWith(spec));
      assert.ok(!results[0].error.includes('\n'), 'one line');
      assert.ok('article' in results[1], 'the next input is still read');
    });
  }

  it('reports a file it may not read', {
    skip: process.getuid?.() === 0 && 'root reads everything',
  }, async () => {
    const file = write('secret.txt', ARTICLE);
    chmodSync(file, 0o000);
    const [r] = await collect([file]);
    chmodSync(file, 0o600);
    assert.ok('error' in r && /permission denied/.test(r.error));
  });

  it('never throws on random bytes under any extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('txt', 'html', 'json', 'jsonl', 'csv', 'bin'),
        async (bytes, ext) => {
          const file = write(`fuzz.${ext}`, bytes);
          const results = await collect([file]);
          assert.ok(results.length >= 1);
          for (const r of results)
            assert.ok('error' in r ? r.error.length > 0 : typeof r.article.text === 'string');
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('readInputs: directories', () => {
  it('reads recursively in sorted order, skipping hidden files, sidecars and unknown kinds', async () => {
    write('tree/b.txt', ARTICLE);
    write('tree/a/z.txt', ARTICLE);
    write('tree/a/y.html', `<html><body><article><h1>Quarry</h1><p>${ARTICLE}</p></article></body></html>`);
    write('tree/.hidden.txt', ARTICLE);
    write('tree/.git/config.txt', ARTICLE);
    write('tree/c.expected.json', '{"attributions": []}');
    write('tree/photo.png', Buffer.from([0x89, 0x50, 0, 0]));
    symlinkSync(path('tree/b.txt'), path('tree/c-link.txt'));
    symlinkSync(path('tree'), path('tree/a/loop'));
    const results = await collect([path('tree')]);
    assert.deepEqual(
      results.map((r) => r.input),
      [path('tree/a/y.html'), path('tree/a/z.txt'), path('tree/b.txt'), path('tree/c-link.txt')],
    );
    assert.ok(results.every((r) => 'article' in r));
  });

  it('reports a directory with nothing readable', async () => {
    write('dull/.hidden.txt', ARTICLE);
    write('dull/notes.pdf', 'x');
    const [r] = await collect([path('dull')]);
    assert.ok('error' in r && /no readable files/.test(r.error));
  });
});

describe('readInputs: records', () => {
  it('yields one result per JSONL line; a bad line fails alone', async () => {
    const file = write(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'r1', title: 'One', text: 'First story.', author: 'Ana Ruiz and Tom Becker' }),
        '',
        '{"id": "r2", "text": ',
        JSON.stringify({
          content: 'Third story.',
          authors: [{ name: 'Li Wei' }],
          published_at: '2026-01-05T23:00:00-05:00',
        }),
        JSON.stringify({ id: 'r4', title: 'No text here' }),
      ].join('\n'),
    );
    const results = await collect([file]);
    assert.deepEqual(
      results.map((r) => [r.input, 'error' in r]),
      [
        [`${file}#r1`, false],
        [`${file}#3`, true],
        [`${file}#4`, false],
        [`${file}#r4`, true],
      ],
    );
    const first = results[0] as { article: { byline?: string[]; title?: string | null } };
    assert.deepEqual(first.article.byline, ['Ana Ruiz', 'Tom Becker']);
    const third = results[2] as { article: { byline?: string[]; published?: string | null } };
    assert.deepEqual(third.article.byline, ['Li Wei']);
    assert.equal(third.article.published, '2026-01-05');
    assert.match((results[1] as { error: string }).error, /malformed JSON on line 3/);
  });

  it('streams a JSONL file larger than the cap, record by record, and refuses one oversized line', async () => {
    const record = (i: number) => JSON.stringify({ id: `n${i}`, text: `Story number ${i}. `.repeat(5) });
    const lines = Array.from({ length: 400 }, (_, i) => record(i));
    lines.splice(200, 0, JSON.stringify({ id: 'huge', text: 'y'.repeat(3000) }));
    const file = write('stream.jsonl', lines.join('\n') + '\n');
    const results = await collect([file], { maxBytes: 2000 });
    assert.equal(results.length, 401);
    assert.equal(results.filter((r) => 'article' in r).length, 400);
    const bad = results[200];
    assert.ok('error' in bad && /size cap/.test(bad.error) && bad.input === `${file}#201`);
    assert.equal(results[400].input, `${file}#n399`);
  });

  it('reads a JSON array, a JSON object holding a list, and one JSON article', async () => {
    const arr = write(
      'arr.json',
      JSON.stringify([{ text: 'A.', id: 7 }, { body: 'B.', headline: 'Bee' }, 42]),
    );
    const wrapped = write('wrapped.json', JSON.stringify({ articles: [{ text: 'C.' }] }));
    const single = write(
      'single.json',
      JSON.stringify({
        text: 'D.',
        publisher: { name: 'The Post' },
        date: 'Apr. 8, 2026',
        url: 'https://x.example/d',
      }),
    );
    const results = await collect([arr, wrapped, single]);
    assert.deepEqual(
      results.map((r) => r.input),
      [`${arr}#7`, `${arr}#2`, `${arr}#3`, `${wrapped}#1`, single],
    );
    assert.ok('error' in results[2]);
    const d = results[4] as {
      article: { outlet?: string | null; published?: string | null; url?: string | null };
    };
    assert.equal(d.article.outlet, 'The Post');
    assert.equal(d.article.published, '2026-04-08');
    assert.equal(d.article.url, 'https://x.example/d');
  });

  it('reads a .json file that is really JSONL', async () => {
    const file = write('lines.json', '{"text":"One."}\n{"text":"Two."}\n');
    const results = await collect([file]);
    assert.deepEqual(
      results.map((r) => ('article' in r ? r.article.text : r.error)),
      ['One.', 'Two.'],
    );
  });

  it('reads CSV with a header: quoted newlines, a row with the wrong column count, ids', async () => {
    const file = write(
      'set.csv',
      'id,title,author,text,label\r\na1,First,Jo Park,"Line one,\r\nline two",1\r\na2,Second,Al Ng,too few\r\na3,Third,,"She said ""no"".",0\r\n',
    );
    const results = await collect([file]);
    assert.deepEqual(
      results.map((r) => [r.input, 'error' in r]),
      [
        [`${file}#a1`, false],
        [`${file}#4`, true],
        [`${file}#a3`, false],
      ],
    );
    const a1 = results[0] as { article: { text: string; byline?: string[]; title?: string | null } };
    assert.equal(a1.article.text, 'Line one,\nline two');
    assert.deepEqual(a1.article.byline, ['Jo Park']);
    assert.equal((results[2] as { article: { text: string } }).article.text, 'She said "no".');
    assert.match((results[1] as { error: string }).error, /4 columns, the header has 5/);
  });

  it('finds the text column by name, in any position and case', async () => {
    const file = write('cased.csv', 'Body,Headline\nSome text here.,A Title\n');
    const [r] = await collect([file]);
    assert.ok('article' in r && r.article.text === 'Some text here.' && r.article.title === 'A Title');
  });

  it('honours an explicit format over the extension', async () => {
    const file = write('looks.txt', '{"text":"From JSON."}');
    const [asText] = await collect([file]);
    const [asJson] = await collect([file], { format: 'json' });
    assert.ok('article' in asText && asText.article.text === '{"text":"From JSON."}');
    assert.ok('article' in asJson && asJson.article.text === 'From JSON.');
  });
});

describe('readInputs: stdin', () => {
  const chunks = async function* (...parts: string[]) {
    for (const p of parts) yield Buffer.from(p);
  };

  it('reads plain text and a JSONL stream split mid-line from -', async () => {
    const [text] = await collect(['-'], { stdin: chunks(ARTICLE.slice(0, 10), ARTICLE.slice(10)) });
    assert.deepEqual(text, { input: '-', article: { input: '-', text: ARTICLE } });
    const jsonl = await collect(['-'], {
      stdin: chunks('{"id":"s1","text":"On', 'e."}\n{"id":"s2","text":"Two."}\n'),
    });
    assert.deepEqual(
      jsonl.map((r) => ('article' in r ? [r.input, r.article.text] : r.error)),
      [
        ['-#s1', 'One.'],
        ['-#s2', 'Two.'],
      ],
    );
  });

  it('reports empty stdin', async () => {
    const [r] = await collect(['-'], { stdin: chunks() });
    assert.ok('error' in r && /empty/.test(r.error));
  });

  it('reads the real process.stdin by default', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/ingest/readInputs.ts').then(async (m) => { for await (const r of m.readInputs(['-'])) console.log(JSON.stringify(r)); })`,
      ],
      { input: ARTICLE, encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(child.stdout.trim()), { input: '-', article: { input: '-', text: ARTICLE } });
  });
});
