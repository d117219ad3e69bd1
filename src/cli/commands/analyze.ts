/**
 * `whosaid analyze`: read articles (files, directories, URLs, stdin), analyse each, and write the
 * reports in one format. Inputs that fail are named on stderr and skipped; the rest are still written.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Analysis } from '../../analysis/types.js';
import { analyze } from '../../analyze.js';
import { type InputResult, readInputs } from '../../ingest/readInputs.js';
import { renderHtml } from '../../report/html.js';
import { fileOutput, type Output, stdoutOutput } from '../../report/output.js';
import { DEFAULT_WIDTH, shouldColour } from '../../report/terminal.js';
import { renderText, renderTextBatchItem, type TextOptions } from '../../report/text.js';
import { type Command, UsageError } from '../command.js';

const FORMATS = ['text', 'json', 'jsonl', 'html'] as const;
type Format = (typeof FORMATS)[number];
const INPUT_FORMATS = ['text', 'html', 'json', 'jsonl', 'csv'] as const;
type InputFormat = (typeof INPUT_FORMATS)[number];

const USAGE = `Usage: whosaid analyze [PATH|URL|-]... [options]

Audits the sourcing of news articles: who said what, according to whom, which sources are
anonymous, which claims nobody sourced, who denies what, and when things happened.

Inputs:
  PATH                    a file (.txt, .html, .json, .jsonl, .csv) or a directory, read recursively
  URL                     an http(s) address, fetched with a timeout and a size cap
  -                       standard input

Options:
  --format FORMAT         text, json, jsonl or html. Default: the extension of --out if it has one
                          (.txt .json .jsonl .html); else text on a terminal; else json for one
                          input and jsonl for several inputs or a directory
  --published YYYY-MM-DD  publication date used to resolve relative dates ("last May");
                          overrides the date found in the article
  --out FILE              write to FILE instead of standard output; the file appears complete
                          or not at all
  --max-bytes N           refuse inputs larger than N bytes (default 5 MB)
  --allow-private         allow URLs on private and loopback addresses
  --input-format KIND     read every input as text, html, json, jsonl or csv instead of
                          guessing from its name and content
  -h, --help              show this help

Formats:
  text    a readable report: scorecard, attributions (SOURCE —cue→ "content", chain, kind),
          entities, unsourced check-worthy claims, disputes, timeline
  json    one analysis document (whosaid.analysis/1, docs/format.md); a JSON array for several
  jsonl   one compact document per line, each carrying its "input"
  html    one self-contained page with sources, cues and contents highlighted

Each input that fails gets one line on stderr ('whosaid: INPUT: PROBLEM'); a batch ends with a
summary line ('12 analysed, 1 failed').

Exit status: 0 every input analysed; 1 some inputs failed (the others are still written);
2 usage error.`;

export interface Options {
  specs: string[];
  format: Format | null;
  published: string | null;
  out: string | null;
  maxBytes: number | undefined;
  allowPrivate: boolean;
  inputFormat: InputFormat | undefined;
}

/** Parses and checks the command line; any problem is a UsageError with a one-line message. */
export function parseOptions(argv: string[]): Options {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    // Node's messages add a second sentence about '--'; the first says what is wrong.
    throw new UsageError((err as Error).message.split(/\.\s/)[0].replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError('no input given (a path, a URL, or - for standard input)');
  const format = values.format ?? null;
  if (format !== null && !isOneOf(FORMATS, format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${format}')`);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !isOneOf(INPUT_FORMATS, inputFormat))
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')} (got '${inputFormat}')`);
  const published = values.published ?? null;
  if (published !== null && !isCalendarDate(published))
    throw new UsageError(`--published must be a calendar date YYYY-MM-DD (got '${published}')`);
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = /^[0-9]+$/.test(values['max-bytes']) ? Number(values['max-bytes']) : Number.NaN;
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0)
      throw new UsageError(
        `--max-bytes must be a positive whole number of bytes (got '${values['max-bytes']}')`,
      );
  }
  const out = values.out ?? null;
  if (out !== null) {
    const dir = statSync(dirname(out), { throwIfNoEntry: false });
    if (!dir?.isDirectory()) throw new UsageError(`--out: directory '${dirname(out)}' does not exist`);
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`--out: '${out}' is a directory`);
  }
  return {
    specs: positionals,
    format,
    published,
    out,
    maxBytes,
    allowPrivate: values['allow-private'] ?? false,
    inputFormat,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      published: { type: 'string' },
      out: { type: 'string' },
      'max-bytes': { type: 'string' },
      'allow-private': { type: 'boolean' },
      'input-format': { type: 'string' },
    },
  });
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** YYYY-MM-DD naming a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The format asked for, else the one the --out extension names, else what suits where the output goes. */
export function chooseFormat(options: Options, batch: boolean, stdoutIsTTY: boolean): Format {
  if (options.format) return options.format;
  const ext = options.out ? /\.([a-z]+)$/i.exec(options.out)?.[1].toLowerCase() : undefined;
  const byExtension: Record<string, Format> = {
    txt: 'text',
    json: 'json',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    html: 'html',
    htm: 'html',
  };
  if (ext && byExtension[ext]) return byExtension[ext];
  if (!options.out && stdoutIsTTY) return 'text';
  return batch ? 'jsonl' : 'json';
}

/** Looks two results ahead, to know whether this run is a batch before writing anything. */
async function peekBatch(
  results: AsyncIterator<InputResult>,
): Promise<{ batch: boolean; all: AsyncIterable<InputResult> }> {
  const first = await results.next();
  const second = first.done ? first : await results.next();
  async function* all(): AsyncGenerator<InputResult> {
    if (first.done) return;
    yield first.value;
    if (second.done) return;
    yield second.value;
    for (let r = await results.next(); !r.done; r = await results.next()) yield r.value;
  }
  return { batch: !second.done, all: all() };
}

const isDirectory = (spec: string) =>
  spec !== '-' &&
  !/^https?:\/\//i.test(spec) &&
  Boolean(statSync(spec, { throwIfNoEntry: false })?.isDirectory());

async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const stderr = (line: string) => process.stderr.write(`whosaid: ${line}\n`);
  const results = readInputs(options.specs, {
    maxBytes: options.maxBytes,
    allowPrivate: options.allowPrivate,
    format: options.inputFormat,
  });
  const peeked = await peekBatch(results[Symbol.asyncIterator]());
  const batch = peeked.batch || options.specs.length > 1 || options.specs.some(isDirectory);
  const toTerminal = !options.out && Boolean(process.stdout.isTTY);
  const format = chooseFormat(options, batch, toTerminal);
  const textOptions: TextOptions = {
    colour: !options.out && shouldColour(process.stdout.isTTY),
    width: toTerminal ? (process.stdout.columns ?? DEFAULT_WIDTH) : DEFAULT_WIDTH,
  };
  const output: Output = options.out ? fileOutput(options.out) : stdoutOutput();
  // json and html are one document for the whole run: collected, then written once.
  const collected: Analysis[] = [];
  let analysed = 0;
  let failed = 0;
  try {
    for await (const result of peeked.all) {
      if ('error' in result) {
        stderr(`${result.input}: ${result.error}`);
        failed++;
        continue;
      }
      let analysis: Analysis;
      try {
        analysis = analyze(result.article, { published: options.published });
      } catch (err) {
        stderr(`${result.input}: analysis failed: ${err instanceof Error ? err.message : String(err)}`);
        failed++;
        continue;
      }
      for (const warning of analysis.warnings ?? []) stderr(`${result.input}: warning: ${warning}`);
      if (format === 'jsonl') await output.write(JSON.stringify(analysis) + '\n');
      else if (format === 'text')
        await output.write(
          batch
            ? renderTextBatchItem(analysis, analysed === 0, textOptions)
            : renderText(analysis, textOptions),
        );
      else collected.push(analysis);
      analysed++;
    }
    if (format === 'json' && analysed > 0)
      await output.write(JSON.stringify(batch ? collected : collected[0], null, 2) + '\n');
    if (format === 'html' && analysed > 0) await output.write(renderHtml(collected));
    if (analysed > 0) await output.commit();
    else await output.abort();
  } catch (err) {
    await output.abort();
    throw err;
  }
  if (batch) process.stderr.write(`whosaid: ${analysed} analysed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

export const command: Command = {
  name: 'analyze',
  summary: 'Audit the sourcing of articles: who said what, according to whom',
  usage: USAGE,
  run,
};
