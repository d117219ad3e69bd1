/** whosaid search TEXT: full-text search over article text and quotes. */
import { DB_HELP, outputFormat, parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const usage = `Usage: whosaid search TEXT [--db LOCATION] [--limit N] [--format table|json|csv]

Full-text search (English stemming; "quoted phrases", OR and -exclusions work) over article text and
quote contents, best matches first.

  ${DB_HELP}
  --limit N         rows (default 20)
  --format F        table (default), json or csv
`;

export const command: Command = {
  name: 'search',
  summary: 'Full-text search over articles and quotes',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } },
      true,
    );
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the TEXT to search for');
    const format = outputFormat(values.format);
    const store = await openStore(values.db);
    try {
      const rows = await store.search(text, { limit: positiveInt(values.limit, 'limit', 20) });
      process.stdout.write(
        render(
          rows,
          [
            { header: 'article', value: (r) => r.articleId, right: true },
            { header: 'published', value: (r) => r.published?.slice(0, 10) },
            { header: 'in', value: (r) => (r.in === 'quote' ? `quote ${r.attribution}` : 'text') },
            { header: 'speaker', value: (r) => r.speaker },
            { header: 'title', value: (r) => r.title },
            { header: 'snippet', value: (r) => r.snippet },
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
