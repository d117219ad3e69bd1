import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { validateAnalysis } from '../../src/analysis/validate.js';
import { UsageError } from '../../src/cli/command.js';
import { chooseFormat, isCalendarDate, parseOptions } from '../../src/cli/commands/analyze.js';
import { runCli } from '../helpers/cli.js';

/** Short articles written for these tests. */
const FERRY = [
  'Ferry Crossings Halted After Storm Damage',
  '',
  'Ferry Crossings Halted After Storm Damage',
  '',
  'By Tomas Leroux',
  '',
  'Crossings to the island were suspended on Monday, the operator said, after waves damaged the main pier.',
  '',
  '“We cannot risk a single passenger,” said Greta Holm, the harbour master. Two crew members, who asked not to be named, said repairs would take weeks.',
  '',
  'Share this article',
].join('\n');
const MARKET = [
  'Market Stalls Move Indoors for Winter',
  '',
  'Traders will move into the old tram depot next month, according to the city council.',
  '',
  'Council spokesman Ravi Anand told reporters the rent would not change. A trader said that was “not the whole story.”',
].join('\n');

let dir: string;
let batch: string;
const path = (...parts: string[]) => join(dir, ...parts);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  batch = path('batch');
  mkdirSync(join(batch, 'nested'), { recursive: true });
  writeFileSync(path('ferry.txt'), FERRY);
  writeFileSync(path('market.txt'), MARKET);
  writeFileSync(join(batch, 'ferry.txt'), FERRY);
  writeFileSync(join(batch, 'nested', 'market.txt'), MARKET);
  writeFileSync(join(batch, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0xff]));
  writeFileSync(
    path('latin1.txt'),
    Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners said prices rose.')]),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('whosaid analyze: formats', () => {
  it('writes one pretty JSON document for one input when stdout is not a terminal', async () => {
    const r = await runCli(['analyze', path('ferry.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^\{\n {2}"schema": "whosaid\.analysis\/1",\n/);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.input, path('ferry.txt'));
    assert.deepEqual(validateAnalysis(doc), []);
    assert.ok(doc.attributions.length > 0, 'found attributions');
  });

  it('writes a JSON array for several inputs with --format json', async () => {
    const r = await runCli(['analyze', '--format', 'json', path('ferry.txt'), path('market.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const docs = JSON.parse(r.stdout);
    assert.deepEqual(
      docs.map((d: { input: string }) => d.input),
      [path('ferry.txt'), path('market.txt')],
    );
    assert.match(r.stderr, /^whosaid: 2 analysed, 0 failed\n$/);
  });

  it('writes one compact line per input for jsonl, each carrying its input', async () => {
    const r = await runCli(['analyze', '--format=jsonl', path('ferry.txt'), path('market.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    const docs = jsonLines(r.stdout);
    assert.deepEqual(
      docs.map((d) => d.input),
      [path('ferry.txt'), path('market.txt')],
    );
    for (const d of docs) assert.deepEqual(validateAnalysis(d), []);
  });

  it('writes the readable report for text, uncoloured off a terminal', async () => {
    const r = await runCli(['analyze', '--format', 'text', path('ferry.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Ferry Crossings Halted After Storm Damage\n/);
    for (const section of ['SCORECARD', 'ATTRIBUTIONS', 'ENTITIES'])
      assert.ok(r.stdout.includes(section), section);
    assert.match(r.stdout, /Greta Holm[^\n]*—said→ "We cannot risk a single passenger,?"/);
    assert.ok(!r.stdout.includes('\u001b['), 'no colour codes');
  });

  it('writes one self-contained HTML page', async () => {
    const r = await runCli(['analyze', '--format', 'html', path('ferry.txt')]);
    assert.equal(r.status, 0, r.stderr);
    const { document } = parseHTML(r.stdout);
    assert.equal(document.querySelector('section.text')!.textContent, FERRY);
    assert.equal(document.querySelectorAll('script').length, 0);
    assert.ok(document.querySelectorAll('[data-role="cue"]').length > 0, 'cues marked');
  });

  it('reads standard input as -, with --input-format and --published', async () => {
    const record = JSON.stringify({ title: 'Stalls', author: 'Ana Ruiz', text: MARKET });
    const r = await runCli(['analyze', '-', '--input-format', 'json', '--published', '2026-01-05'], {
      stdin: record,
    });
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.input, '-');
    assert.equal(doc.text, MARKET);
    assert.equal(doc.article.published, '2026-01-05');
    assert.deepEqual(
      doc.article.byline.map((b: { name: string }) => b.name),
      ['Ana Ruiz'],
    );
  });
});

describe('whosaid analyze: batches and failures', () => {
  it('reads a directory recursively, names each bad input, writes the rest, exits 1, same bytes twice', async () => {
    const args = ['analyze', batch, path('nope.txt')];
    const r = await runCli(args);
    assert.equal(r.status, 1);
    const docs = jsonLines(r.stdout);
    assert.deepEqual(docs.map((d) => d.input).sort(), [
      join(batch, 'ferry.txt'),
      join(batch, 'nested', 'market.txt'),
    ]);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.ok(lines[0].startsWith(`whosaid: ${join(batch, 'broken.txt')}: `), lines[0]);
    assert.ok(lines[1].startsWith(`whosaid: ${path('nope.txt')}: `), lines[1]);
    assert.equal(lines[2], 'whosaid: 2 analysed, 2 failed');
    const again = await runCli(args);
    assert.equal(again.stdout, r.stdout);
    assert.equal(again.stderr, r.stderr);
  });

  it('warns about input it repaired, without failing', async () => {
    const r = await runCli(['analyze', path('latin1.txt')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^whosaid: .*latin1\.txt: warning: .+\n$/);
  });

  it('refuses an input over --max-bytes', async () => {
    const r = await runCli(['analyze', '--max-bytes', '20', path('ferry.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /ferry\.txt: .*(20|large|size|limit)/i);
    assert.equal(r.stdout, '');
  });
});

describe('whosaid analyze: URLs', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ferry') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(FERRY);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('refuses loopback addresses unless --allow-private, and names a failed fetch', async () => {
    const refused = await runCli(['analyze', `${base}/ferry`]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, new RegExp(`^whosaid: ${base}/ferry: .+\n$`));
    const allowed = await runCli(['analyze', '--allow-private', `${base}/ferry`, `${base}/gone`]);
    assert.equal(allowed.status, 1);
    const docs = jsonLines(allowed.stdout);
    assert.deepEqual(
      docs.map((d) => [d.input, d.text]),
      [[`${base}/ferry`, FERRY]],
    );
    assert.match(
      allowed.stderr,
      new RegExp(`^whosaid: ${base}/gone: .*404.*\nwhosaid: 1 analysed, 1 failed\n$`),
    );
  });
});

describe('whosaid analyze: --out', () => {
  it('writes the file atomically and nothing to stdout; the format follows the extension', async () => {
    const out = path('report.html');
    const r = await runCli(['analyze', path('ferry.txt'), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('creates no file when every input failed', async () => {
    const out = path('none.json');
    const r = await runCli(['analyze', path('missing.txt'), '--out', out]);
    assert.equal(r.status, 1);
    assert.ok(!readdirSync(dir).some((f) => f.startsWith('none.json') || f.includes('none.json')), 'no file');
  });
});

describe('whosaid analyze: usage errors', () => {
  const usage: [string, string[], RegExp][] = [
    ['no input', [], /no input given/],
    ['an unknown option', ['--colour', 'x'], /Unknown option '--colour'/],
    [
      'a bad format',
      ['--format', 'pdf', 'x'],
      /--format must be one of text, json, jsonl, html \(got 'pdf'\)/,
    ],
    [
      'a date that is not YYYY-MM-DD',
      ['--published', '25/11/2026', 'x'],
      /--published must be a calendar date/,
    ],
    ['a day that does not exist', ['--published', '2026-02-29', 'x'], /--published must be a calendar date/],
    ['a missing option value', ['x', '--published'], /--published/],
    ['a bad --max-bytes', ['--max-bytes', '5MB', 'x'], /--max-bytes must be a positive whole number/],
    ['a zero --max-bytes', ['--max-bytes', '0', 'x'], /--max-bytes must be a positive whole number/],
    ['a bad --input-format', ['--input-format', 'docx', 'x'], /--input-format must be one of/],
    [
      '--out into a missing directory',
      ['--out', '/no/such/dir/out.json', 'x'],
      /directory '\/no\/such\/dir' does not exist/,
    ],
    ['a value for a flag', ['--allow-private=yes', 'x'], /allow-private/],
  ];
  for (const [what, argv, message] of usage)
    it(`rejects ${what}`, () => {
      assert.throws(
        () => parseOptions(argv),
        (err: unknown) =>
          err instanceof UsageError && message.test(err.message) && !err.message.includes('\n'),
      );
    });

  it('exits 2 with one line on stderr', async () => {
    const r = await runCli(['analyze', '--published', '2026-13-01', 'x']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^whosaid analyze: --published must be a calendar date YYYY-MM-DD \(got '2026-13-01'\)\n$/,
    );
  });

  it('accepts every documented option', () => {
    const o = parseOptions([
      'a.txt',
      '-',
      '--format',
      'html',
      '--published',
      '2024-02-29',
      '--max-bytes',
      '1000',
      '--allow-private',
      '--input-format',
      'csv',
      '--out',
      join(tmpdir(), 'x.html'),
    ]);
    assert.deepEqual(o, {
      specs: ['a.txt', '-'],
      format: 'html',
      published: '2024-02-29',
      out: join(tmpdir(), 'x.html'),
      maxBytes: 1000,
      allowPrivate: true,
      inputFormat: 'csv',
    });
  });

  it('knows calendar dates', () => {
    const cases: [string, boolean][] = [
      ['2026-11-25', true],
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['2026-04-31', false],
      ['2026-00-10', false],
      ['2026-1-5', false],
      ['20261125', false],
      [' 2026-11-25', false],
    ];
    for (const [value, ok] of cases) assert.equal(isCalendarDate(value), ok, value);
  });

  it('chooses the format from --format, then the --out extension, then the terminal, then the batch', () => {
    const cases: [string[], boolean, boolean, string][] = [
      [['a', '--format', 'html'], false, true, 'html'],
      [['a', '--out', join(tmpdir(), 'r.jsonl')], false, true, 'jsonl'],
      [['a', '--out', join(tmpdir(), 'r.HTML')], false, false, 'html'],
      [['a', '--out', join(tmpdir(), 'r.txt')], true, false, 'text'],
      [['a', '--out', join(tmpdir(), 'report')], true, true, 'jsonl'],
      [['a'], false, true, 'text'],
      [['a', 'b'], true, true, 'text'],
      [['a'], false, false, 'json'],
      [['a', 'b'], true, false, 'jsonl'],
    ];
    for (const [argv, batch, tty, expected] of cases)
      assert.equal(
        chooseFormat(parseOptions(argv), batch, tty),
        expected,
        `${argv.join(' ')} batch=${batch} tty=${tty}`,
      );
  });
});
