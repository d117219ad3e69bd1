/** whosaid sources: the most-cited sources across the corpus. */

import type { SourceKind } from '../../analysis/types.js';
import { DB_HELP, outputFormat, parseCommandArgs, positiveInt } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const KINDS: SourceKind[] = ['person', 'organization', 'media', 'document', 'anonymous', 'author', 'unknown'];

const usage = `Usage: whosaid sources [--db LOCATION] [--kind KIND] [--limit N] [--format table|json|csv]

The most-cited sources in the corpus: who is quoted, how often, in how many articles.
Sources resolved to an entity count under that entity (all its spellings); anonymous
descriptions count by their words. A source that resolved to nothing ("he", "the company")
is left out: it means someone else in every article.

  ${DB_HELP}
  --kind KIND       only ${KINDS.join(', ')}
  --limit N         rows (default 30)
  --format F        table (default), json or csv
`;

export const command: Command = {
  name: 'sources',
  summary: 'Most-cited sources across the corpus, with kinds and counts',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      kind: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    });
    const format = outputFormat(values.format);
    const kind = values.kind as SourceKind | undefined;
    if (kind && !KINDS.includes(kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    const store = await openStore(values.db);
    try {
      const rows = await store.topSources({ limit: positiveInt(values.limit, 'limit', 30), kind });
      process.stdout.write(
        render(
          rows,
          [
            { header: 'source', value: (r) => r.name },
            { header: 'kind', value: (r) => r.kind },
            { header: 'attributions', value: (r) => r.attributions, right: true },
            { header: 'articles', value: (r) => r.articles, right: true },
            { header: 'entity', value: (r) => r.entityId, right: true },
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
