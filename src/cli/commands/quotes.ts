/** whosaid quotes --by NAME: everything a person or outlet is reported to have said. */
import { DB_HELP, outputFormat, parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const usage = `Usage: whosaid quotes --by NAME [--db LOCATION] [--limit N] [--format table|json|csv]

Everything NAME (a person or outlet, by any spelling seen: "Haftar" finds "Khalifa Hafter") is reported
to have said across the corpus, newest first.

  --by NAME         the speaker
  ${DB_HELP}
  --limit N         rows (default 50)
  --format F        table (default), json or csv
`;

export const command: Command = {
  name: 'quotes',
  summary: 'Everything a person or outlet is reported to have said, newest first',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      by: { type: 'string' },
      db: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    if (!values.by?.trim()) throw new UsageError('--by NAME is required');
    const format = outputFormat(values.format);
    const store = await openStore(values.db);
    try {
      const rows = await store.quotesBy(values.by, { limit: positiveInt(values.limit, 'limit', 50) });
      process.stdout.write(
        render(
          rows,
          [
            { header: 'published', value: (r) => r.published?.slice(0, 10) },
            { header: 'article', value: (r) => r.articleId, right: true },
            { header: 'outlet', value: (r) => r.outlet },
            { header: 'speaker', value: (r) => r.speaker },
            { header: 'cue', value: (r) => r.cue },
            { header: 'form', value: (r) => r.form },
            { header: 'content', value: (r) => r.content },
          ],
          format,
        ),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
