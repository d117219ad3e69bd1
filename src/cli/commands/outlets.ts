/** whosaid outlets: per outlet, how it sources its stories. */
import { DB_HELP, outputFormat, parseCommandArgs } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import type { Command } from '../command.js';

const usage = `Usage: whosaid outlets [--db LOCATION] [--format table|json|csv]

Per outlet: articles, attributions, the share of anonymous sources, the share of claims nobody
sourced, and the outlets it relays ("…, Reuters reported").

  ${DB_HELP}
  --format F        table (default), json or csv
`;

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export const command: Command = {
  name: 'outlets',
  summary: 'Per outlet: articles, anonymous-source share, unsourced-claim share, outlets relayed',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { db: { type: 'string' }, format: { type: 'string' } });
    const format = outputFormat(values.format);
    const store = await openStore(values.db);
    try {
      const rows = await store.outlets();
      process.stdout.write(
        render(
          rows,
          [
            { header: 'outlet', value: (r) => r.outlet },
            { header: 'articles', value: (r) => r.articles, right: true },
            { header: 'attributions', value: (r) => r.attributions, right: true },
            {
              header: 'anonymous',
              value: (r) => (format === 'csv' ? r.anonymousShare : percent(r.anonymousShare)),
              right: true,
            },
            {
              header: 'unsourced claims',
              value: (r) => (format === 'csv' ? r.unsourcedClaimShare : percent(r.unsourcedClaimShare)),
              right: true,
            },
            { header: 'relays', value: (r) => r.relays.map((x) => `${x.outlet} (${x.count})`).join('; ') },
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
