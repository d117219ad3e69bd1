import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/Store.js';
import { type ArticleSpec, analysed, makeAnalysis } from './build.js';

const CHECKPOINT =
  'Colonel Amira Tounsi said the northern checkpoint near the salt flats would reopen on Friday once engineers ' +
  'had cleared the road of debris. Officials said the aid convoy was delayed by two days. Tounsi rejected reports ' +
  'that fuel had gone missing from the depot, and the depot manager denied it as well.';

const articles: ArticleSpec[] = [
  {
    input: 'harbor-1',
    text: CHECKPOINT,
    outlet: 'Harbor Post',
    published: '2025-03-01',
    entities: [{ name: 'Amira Tounsi', type: 'PERSON', surfaces: ['Amira Tounsi', 'Tounsi rejected'] }],
    quotes: [
      {
        source: 'Colonel Amira Tounsi',
        kind: 'person',
        cue: 'said',
        content: 'the northern checkpoint',
        entity: 'Amira Tounsi',
      },
      { source: 'Officials', kind: 'anonymous', cue: 'said the aid', content: 'the aid convoy was delayed' },
      {
        source: 'Tounsi',
        kind: 'person',
        cue: 'rejected',
        content: 'fuel had gone missing',
        stance: 'reject',
        entity: 'Amira Tounsi',
      },
      { source: 'the depot manager', kind: 'person', cue: 'denied', content: 'it as well', stance: 'deny' },
    ],
    claims: [
      { text: 'Officials said the aid convoy was delayed by two days.', sourced: true },
      { text: 'the road of debris', sourced: false },
    ],
  },
  {
    // The same wire story re-run earlier by another outlet, one word changed: a near-duplicate.
    input: 'courier-copy',
    text: CHECKPOINT.replace('Friday', 'Saturday'),
    outlet: 'Valley Courier',
    published: '2025-02-28',
    quotes: [
      { source: 'Colonel Amira Tounsi', kind: 'person', cue: 'said', content: 'the northern checkpoint' },
    ],
  },
  {
    input: 'courier-2',
    text:
      'Tounsy told the station that the checkpoint stayed shut all week. A ministry spokesman denied that talks ' +
      'had collapsed, the Harbor Post reported. The road remains closed to lorries.',
    outlet: 'Valley Courier',
    published: '2025-03-04',
    entities: [{ name: 'Tounsy', type: 'PERSON' }],
    quotes: [
      {
        source: 'Tounsy',
        kind: 'person',
        cue: 'told',
        content: 'the checkpoint stayed shut all week',
        entity: 'Tounsy',
      },
      {
        source: 'A ministry spokesman',
        kind: 'anonymous',
        cue: 'denied',
        content: 'talks had collapsed',
        stance: 'deny',
      },
      { source: 'the Harbor Post', kind: 'media', cue: 'reported', content: 'A ministry spokesman denied' },
    ],
    claims: [{ text: 'The road remains closed to lorries.', sourced: false }],
    disputes: [{ claim: 0, denials: [1], about: 'talks had collapsed' }],
  },
  {
    input: 'courier-3',
    text: 'Karim Tounsi, a grain trader in the market town, said barley prices had doubled since the spring floods.',
    outlet: 'Valley Courier',
    published: '2025-03-05',
    entities: [{ name: 'Karim Tounsi', type: 'PERSON' }],
    quotes: [
      {
        source: 'Karim Tounsi',
        kind: 'person',
        cue: 'said',
        content: 'barley prices had doubled',
        entity: 'Karim Tounsi',
      },
    ],
  },
];

describe('store (memory://)', () => {
  let store: Store;
  const ids = new Map<string, number>();

  before(async () => {
    store = await openStore('memory://');
    const result = await store.addAnalyses(articles.map(analysed));
    for (const [i, a] of articles.entries()) ids.set(a.input, result.ids[i]!);
  });
  after(() => store.close());

  it('stores each article once: re-adding the same batch is a no-op', async () => {
    const again = await store.addAnalyses(articles.map(analysed));
    assert.deepEqual(again, { inserted: 0, skipped: articles.length, ids: [] });
    assert.equal((await store.stats()).articles, articles.length);
  });

  it('dedupes by content hash within one batch and across whitespace-only differences', async () => {
    const text =
      'A spokesman for the port said the cranes would restart on Monday after repairs to the power line.';
    const r = await store.addAnalyses([
      analysed({ input: 'ws-1', text }),
      analysed({ input: 'ws-2', text: `  ${text.replace(/ /g, '  ')}\n` }),
    ]);
    assert.equal(r.inserted, 1);
    assert.equal(r.skipped, 1);
  });

  it('keeps one entity per normalized name even when two spellings fall in different blocks', async () => {
    const text = 'GM Canada said output would rise. The GM Canada president said talks would resume in May.';
    const r = await store.addAnalyses([
      analysed({
        input: 'gm',
        text,
        entities: [
          { name: 'GM Canada', type: 'PERSON' },
          { name: 'GM Canada president', type: 'PERSON' },
        ],
      }),
    ]);
    assert.equal(r.inserted, 1);
    const found = await store.findEntities('GM Canada');
    assert.equal(found.length, 1);
  });

  it('returns the full analysis document unchanged', async () => {
    const detail = await store.getArticle(ids.get('harbor-1')!);
    assert.ok(detail);
    assert.deepEqual(detail.analysis, makeAnalysis(articles[0]!));
    assert.equal(detail.raw.text, articles[0]!.text);
    assert.equal(detail.outlet, 'Harbor Post');
    assert.equal(typeof detail.entityIds.E1, 'number');
    assert.equal(await store.getArticle(999_999), null);
  });

  it('merges spelling variants of one person across articles and keeps other people apart', async () => {
    const [amira] = await store.findEntities('Tounsy');
    assert.ok(amira);
    assert.equal(amira.name, 'Amira Tounsi');
    assert.ok(amira.aliases.includes('Tounsy'));
    assert.ok(amira.articles >= 2);
    const [karim] = await store.findEntities('Karim Tounsi');
    assert.ok(karim);
    assert.notEqual(karim.id, amira.id);
  });

  it('finds everything a person said, newest first, by any spelling', async () => {
    const quotes = await store.quotesBy('amira tounsi');
    const dates = quotes.map((q) => q.published);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(quotes.some((q) => q.content === 'the checkpoint stayed shut all week'));
    assert.ok(quotes.some((q) => q.content === 'fuel had gone missing'));
    assert.ok(!quotes.some((q) => q.content.includes('barley')));
  });

  it('clusters near-duplicates with the earliest article as canonical', async () => {
    const clusters = await store.duplicateClusters();
    assert.equal(clusters.length, 1);
    assert.equal(clusters[0]!.canonical.id, ids.get('courier-copy'));
    assert.deepEqual(
      clusters[0]!.members.map((m) => m.id),
      [ids.get('harbor-1')],
    );
    const detail = await store.getArticle(ids.get('harbor-1')!);
    assert.equal(detail!.canonical, ids.get('courier-copy'));
    assert.deepEqual(
      detail!.duplicates.map((d) => d.id),
      [ids.get('courier-copy')],
    );
    const unrelated = await store.getArticle(ids.get('courier-3')!);
    assert.equal(unrelated!.canonical, null);
  });

  it('lists articles with filters, totals and paging', async () => {
    const table: [Parameters<Store['listArticles']>[0], string[]][] = [
      [{ outlet: 'harbor post' }, ['harbor-1']],
      [{ from: '2025-03-04', to: '2025-03-04' }, ['courier-2']],
      [{ hasDispute: true }, ['courier-2']],
      [{ hasAnonymous: true }, ['courier-2', 'harbor-1']],
      [{ q: 'barley' }, ['courier-3']],
      [{ q: 'collapsed' }, ['courier-2']],
    ];
    for (const [query, expected] of table) {
      const page = await store.listArticles(query);
      assert.deepEqual(
        page.items.map((a) => a.input),
        expected,
        JSON.stringify(query),
      );
      assert.equal(page.total, expected.length);
    }
    const page = await store.listArticles({ limit: 2, offset: 1 });
    assert.equal(page.items.length, 2);
    assert.equal(page.total, 6);
  });

  it('lists the same pages after a vacuum, when the listing reads its covering index alone', async () => {
    const queries = [{}, { limit: 2, offset: 1 }, { hasAnonymous: true }, { outlet: 'harbor post' }];
    const before = await Promise.all(queries.map((q) => store.listArticles(q)));
    await store.vacuum();
    const after = await Promise.all(queries.map((q) => store.listArticles(q)));
    assert.deepEqual(after, before);
    assert.equal(after[0]!.total, 6);
  });

  it('searches article text and quote contents', async () => {
    const hits = await store.search('lorries');
    assert.deepEqual(
      hits.map((h) => [h.articleId, h.in]),
      [[ids.get('courier-2'), 'article']],
    );
    const quoteHits = await store.search('doubled');
    assert.ok(quoteHits.some((h) => h.in === 'quote' && h.speaker === 'Karim Tounsi'));
    assert.ok(quoteHits.every((h) => h.snippet.includes('«')));
    assert.deepEqual(await store.search('zeppelin'), []);
  });

  it('counts outlets: anonymous share, unsourced share, relays', async () => {
    const outlets = await store.outlets();
    const harbor = outlets.find((o) => o.outlet === 'Harbor Post')!;
    assert.equal(harbor.articles, 1);
    assert.equal(harbor.anonymousShare, 0.25);
    assert.equal(harbor.unsourcedClaimShare, 0.5);
    const courier = outlets.find((o) => o.outlet === 'Valley Courier')!;
    assert.equal(courier.articles, 3);
  });

  it('ranks sources and filters them by kind', async () => {
    const top = await store.topSources();
    assert.equal(top[0]!.name, 'Amira Tounsi');
    assert.equal(top[0]!.attributions, 4);
    const anonymous = await store.topSources({ kind: 'anonymous' });
    assert.ok(anonymous.length > 0 && anonymous.every((s) => s.kind === 'anonymous'));
    const names = top.map((s) => s.name);
    assert.ok(names.includes('Officials'), 'anonymous descriptions are ranked by their words');
    assert.ok(!names.includes('the depot manager'), 'a source that resolved to no entity is not ranked');
  });

  it('reports disputes with claimant and deniers, also from the entity', async () => {
    const [d] = await store.disputes();
    assert.ok(d);
    assert.equal(d.claimant, 'Tounsy');
    assert.deepEqual(
      d.denials.map((x) => [x.speaker, x.cue]),
      [['A ministry spokesman', 'denied']],
    );
    const [amira] = await store.findEntities('Amira Tounsi');
    const entity = await store.getEntity(amira!.id);
    assert.equal(entity!.disputes.length, 1);
    assert.equal(entity!.quotes.length, 4);
    assert.equal(await store.getEntity(999_999), null);
  });

  it('draws the outlet → speaker network from named sources only', async () => {
    const edges = await store.sourceNetwork();
    assert.ok(edges.some((e) => e.outlet === 'Valley Courier' && e.speaker === 'Amira Tounsi'));
    assert.ok(edges.every((e) => e.kind !== 'anonymous'));
  });

  it('streams every analysis in id order', async () => {
    const seen: number[] = [];
    for await (const { id, analysis } of store.analyses({ batchSize: 2 })) {
      seen.push(id);
      assert.equal(analysis.schema, 'whosaid.analysis/1');
    }
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => a - b),
    );
    assert.equal(seen.length, (await store.stats()).articles);
  });
});

describe('job queue (memory://)', () => {
  it('leases, retries expired leases, acknowledges and skips what is stored', async () => {
    const store = await openStore('memory://');
    try {
      const spec = articles[3]!;
      const inputs = [
        { input: 'q1', text: spec.text },
        {
          input: 'q2',
          text: 'An engineer at the plant said the turbines were inspected in March and found sound.',
        },
      ];
      assert.deepEqual(await store.jobs.enqueue(inputs), { queued: 2, skipped: 0 });
      assert.deepEqual(await store.jobs.enqueue(inputs), { queued: 0, skipped: 2 });

      const first = await store.jobs.claim('w1', 10, 1);
      assert.equal(first.length, 2);
      await new Promise((r) => setTimeout(r, 20));
      // w1's leases expired: a second worker takes the same jobs again.
      const retried = await store.jobs.claim('w2', 1, 60_000);
      assert.equal(retried.length, 1);
      assert.equal(retried[0]!.attempts, 2);

      const job = retried[0]!;
      const done = await store.jobs.complete([
        { job: job.id, article: analysed({ ...spec, input: job.input.input, text: job.input.text }) },
      ]);
      assert.equal(done.inserted, 1);
      // The slow first worker finishing the same job later stores nothing new.
      const late = await store.jobs.complete([
        { job: job.id, article: analysed({ ...spec, input: job.input.input, text: job.input.text }) },
      ]);
      assert.equal(late.inserted, 0);

      const other = (await store.jobs.claim('w2', 10, 60_000))[0]!;
      await store.jobs.fail(other.id, 'boom', 3);
      assert.equal((await store.jobs.counts()).queued, 1);
      await store.jobs.fail(other.id, 'boom', 2);
      assert.deepEqual(await store.jobs.counts(), { queued: 0, running: 0, done: 1, failed: 1 });
      assert.deepEqual(await store.jobs.enqueue([inputs[0]!]), { queued: 0, skipped: 1 });
    } finally {
      await store.close();
    }
  });
});
