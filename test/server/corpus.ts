/** Small articles written for these tests (no borrowed text), and helpers to stand a server up. */
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/buildServer.js';
import { openStore, type Store } from '../../src/store/Store.js';

export const ARTICLES = [
  {
    title: 'Harbour bridge to reopen, mayor says',
    outlet: 'Lakeside Courier',
    published: '2025-03-04',
    text: `Mayor Ana Ruiz said on Tuesday that the harbour bridge would reopen next week after repairs.

"We are confident the deck is safe," Ruiz told reporters at city hall.

But a city engineer, who spoke on condition of anonymity, said the inspection had not been completed. According to the Harbour Gazette, the contractor has not been paid since January.

The bridge carries about 40,000 vehicles a day.`,
  },
  {
    title: 'Contractor denies payment dispute',
    outlet: 'Harbour Gazette',
    published: '2025-03-05',
    text: `The bridge contractor, Delmar Works, denied on Wednesday that it had stopped work over unpaid bills.

"Our crews never left the site," said Tomas Keller, a spokesman for Delmar Works.

Mayor Ana Ruiz said the city had paid every invoice on time. Officials expect the bridge to open on March 12.`,
  },
  {
    title: 'Council questions bridge costs',
    outlet: 'Lakeside Courier',
    published: '2025-03-06',
    text: `Councillor Ines Okafor questioned the cost of the bridge repairs on Thursday, saying the budget had doubled.

"Nobody has explained where the money went," Okafor said.

The repairs will cost taxpayers 12 million dollars, the council's finance office said in a statement.`,
  },
] as const;

export const jsonl = (articles: readonly object[]) => articles.map((a) => JSON.stringify(a)).join('\n');

export async function makeServer(
  options: Partial<ServerOptions> = {},
): Promise<{ app: FastifyInstance; store: Store }> {
  const store = options.store ?? (await openStore('memory://'));
  const app = await buildServer({ uiDir: null, ...options, store });
  return { app, store };
}
