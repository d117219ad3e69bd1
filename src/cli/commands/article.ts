/** whosaid article ID: one stored article, its sourcing and its near-duplicates. */
import { DB_HELP, outputFormat, parseCommandArgs } from '../../corpus/cliOptions.js';
import { render } from '../../export/table.js';
import { openStore } from '../../store/Store.js';
import { type Command, UsageError } from '../command.js';

const usage = `Usage: whosaid article ID [--db LOCATION] [--format table|json|csv]

One stored article: its metadata, scorecard, attributions and near-duplicates. --format json prints
the stored record with the complete analysis document; csv prints its attributions.

  ${DB_HELP}
  --format F        table (default), json or csv
`;

export const command: Command = {
  name: 'article',
  summary: 'One stored article: metadata, attributions, near-duplicates',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { db: { type: 'string' }, format: { type: 'string' } },
      true,
    );
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(id) || id < 1)
      throw new UsageError('give one article ID (a positive integer)');
    const format = outputFormat(values.format);
    const store = await openStore(values.db);
    try {
      const article = await store.getArticle(id);
      if (!article) {
        process.stderr.write(`whosaid article: no article ${id} in ${store.location}\n`);
        return 1;
      }
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
        return 0;
      }
      const attributions = render(
        article.analysis.attributions,
        [
          { header: 'id', value: (a) => a.id },
          { header: 'source', value: (a) => a.source?.text ?? '' },
          { header: 'kind', value: (a) => a.source?.kind ?? '' },
          { header: 'cue', value: (a) => a.cue.text },
          { header: 'stance', value: (a) => a.cue.stance },
          { header: 'form', value: (a) => a.form },
          { header: 'content', value: (a) => a.content.map((c) => c.text).join(' … ') },
        ],
        format,
      );
      if (format === 'csv') {
        process.stdout.write(attributions);
        return 0;
      }
      const s = article.analysis.scorecard;
      const lines = [
        `article ${article.id}: ${article.title ?? '(no title)'}`,
        `outlet: ${article.outlet ?? '?'}   published: ${article.published ?? '?'}   url: ${article.url ?? '-'}`,
        `input: ${article.input}   extractor: ${article.analysis.generator.extractor}`,
        `attributions ${s.attributions} (${s.direct} direct, ${s.indirect} indirect, ${s.mixed} mixed), ` +
          `anonymous sources ${s.anonymous}, claims ${s.claims} (${s.unsourcedClaims} unsourced), disputes ${s.disputes}`,
      ];
      if (article.duplicates.length > 0)
        lines.push(
          `near-duplicates (canonical ${article.canonical}): ` +
            article.duplicates.map((d) => `${d.id} (${Math.round(d.similarity * 100)}%)`).join(', '),
        );
      process.stdout.write(`${lines.join('\n')}\n\n${attributions}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
