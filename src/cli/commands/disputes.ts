/** whosaid disputes: statements someone denied, rejected or disputed, across the corpus. */
import { DB_HELP, outputFormat, parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import type { Command } from '../command.js';

const usage = `Usage: whosaid disputes [--db LOCATION] [--limit N] [--format table|json|csv]

Who denies what: each disputed statement with who made it and who denied it, newest first.

  ${DB_HELP}
  --limit N         rows (default 50)
  --format F        table (default), json or csv
`;

export const command: Command = {
  name: 'disputes',
  summary: 'Disputed statements across the corpus: who said it, who denies it',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    const format = outputFormat(values.format);
    const store = await openStore(values.db);
    try {
      const rows = await store.disputes({ limit: positiveInt(values.limit, 'limit', 50) });
      process.stdout.write(
        render(
          rows,
          [
            { header: 'published', value: (r) => r.published?.slice(0, 10) },
            { header: 'article', value: (r) => r.articleId, right: true },
            { header: 'claimant', value: (r) => r.claimant },
            {
              header: 'disputed by',
              value: (r) => r.denials.map((d) => `${d.speaker ?? '?'} (${d.cue})`).join('; '),
            },
            { header: 'about', value: (r) => r.about },
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
