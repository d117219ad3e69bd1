/** whosaid export: the whole corpus as JSONL, CSV, brat standoff or W3C Web Annotation JSON-LD. */
import { DB_HELP, parseCommandArgs } from '../../corpus/cliOptions.js';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportBrat,
  exportStream,
  exportToFile,
} from '../../export/exporters.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const usage = `Usage: whosaid export --format jsonl|csv|brat|web-annotation [--out DIR|FILE] [--db LOCATION]

  jsonl           one whosaid.analysis/1 document per line
  csv             one row per attribution (article, source, kind, cue, stance, form, content, offsets)
  brat            a directory of NNNNNN.txt/.ann standoff pairs and annotation.conf (--out DIR required)
  web-annotation  a W3C Web Annotation collection (JSON-LD) with TextPosition and TextQuote selectors

Offsets are Unicode code points. Without --out, jsonl/csv/web-annotation go to standard output.

  ${DB_HELP}
`;

export const command: Command = {
  name: 'export',
  summary: 'Export the corpus: jsonl, csv, brat standoff, W3C Web Annotation',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
    });
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (format === 'brat' && !values.out) throw new UsageError('brat export needs --out DIR');
    const store = await openStore(values.db);
    try {
      const n =
        format === 'brat'
          ? await exportBrat(store, values.out!)
          : values.out
            ? await exportToFile(store, format, values.out)
            : await exportStream(store, format, process.stdout);
      process.stderr.write(
        `whosaid export: ${n} articles as ${format}${values.out ? ` → ${values.out}` : ''}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
