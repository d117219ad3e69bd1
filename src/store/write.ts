/**
 * The one write path: a batch of prepared articles (see prepare.ts) in one transaction. Articles are
 * identified by content hash (ON CONFLICT DO NOTHING makes re-ingesting a no-op); their entities are
 * resolved against the corpus; near-duplicates are clustered. An advisory lock serializes writers, so
 * many workers on one PostgreSQL server see each other's entities and signatures.
 *
 * Rows arrive as JSON text built in the analysis threads; here they are only wrapped with their new
 * article ids and concatenated, and PostgreSQL expands them with json_to_recordset: one statement
 * per table per batch, and next to no JavaScript on the thread that owns the store.
 */
import { clusterNearDuplicates } from './clusters.js';
import type { Sql } from './connection.js';
import { type PreparedArticle, prepareArticle } from './prepare.js';
import { resolveEntities } from './resolveEntities.js';
import type { AddResult, AnalysedArticle } from './Store.js';
import { totalsStatements } from './totals.js';

export const WRITE_LOCK = 727_002;

export function addAnalyses(sql: Sql, batch: AnalysedArticle[]): Promise<AddResult> {
  return addPrepared(sql, batch.map(prepareArticle));
}

export async function addPrepared(sql: Sql, batch: PreparedArticle[]): Promise<AddResult> {
  const unique = new Map<string, PreparedArticle>();
  for (const item of batch) if (!unique.has(item.hash)) unique.set(item.hash, item);
  if (unique.size === 0) return { inserted: 0, skipped: batch.length, ids: [] };
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const inserted = await tx.query<{ id: number; content_hash: string }>(
      `INSERT INTO articles (content_hash, input, title, outlet, url, published, text, raw, extractor,
         attributions, anonymous, claims, unsourced_claims, disputes, relays)
       SELECT content_hash, input, title, outlet, url, published, text, raw, extractor,
         attributions, anonymous, claims, unsourced_claims, disputes, relays
       FROM json_to_recordset($1::json) AS r(content_hash text, input text, title text, outlet text, url text,
         published text, text text, raw json, extractor text, attributions int, anonymous int, claims int,
         unsourced_claims int, disputes int, relays text[])
       ON CONFLICT (content_hash) DO NOTHING
       RETURNING id, content_hash`,
      [`[${[...unique.values()].map((p) => p.article).join(',')}]`],
    );
    const idByHash = new Map(inserted.map((r) => [r.content_hash, r.id]));
    const fresh = [...unique.values()]
      .filter((p) => idByHash.has(p.hash))
      .map((p) => ({ id: idByHash.get(p.hash)!, prepared: p }));
    if (fresh.length > 0) {
      await storeDetails(tx, fresh);
      for (const statement of totalsStatements('a.id = ANY($1::int[])'))
        await tx.query(statement, [fresh.map((f) => f.id)]);
    }
    return { inserted: fresh.length, skipped: batch.length - fresh.length, ids: fresh.map((f) => f.id) };
  });
}

type Fresh = { id: number; prepared: PreparedArticle };

/** `[{"a": id, "r": rows}, …]`: each article's prepared rows under its new id. */
const perArticle = (fresh: Fresh[], rows: (p: PreparedArticle) => string) =>
  `[${fresh.map((f) => `{"a":${f.id},"r":${rows(f.prepared)}}`).join(',')}]`;

/**
 * Inserts per-article rows: `$1` is `perArticle(…)`, `$2…$4` map (article, entity_key) to corpus
 * entity ids. Rows whose key resolves to nothing keep a null entity, or are dropped when `entityRequired`.
 */
async function insertDetails(
  tx: Sql,
  table: string,
  columns: string,
  json: string,
  entities: unknown[][] | null,
  entityRequired = false,
): Promise<void> {
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]!);
  const select = names.map((n) => `r.${n}`).join(', ');
  const join = entities
    ? `${entityRequired ? 'JOIN' : 'LEFT JOIN'} unnest($2::int[], $3::text[], $4::int[]) AS m(article_id, key, entity_id)
         ON m.article_id = x.a AND m.key = r.entity_key`
    : '';
  await tx.query(
    `INSERT INTO ${table} (article_id, ${entities ? 'entity_id, ' : ''}${names.join(', ')})
     SELECT x.a, ${entities ? 'm.entity_id, ' : ''}${select}
     FROM json_to_recordset($1::json) AS x(a int, r json)
     CROSS JOIN LATERAL json_to_recordset(x.r) AS r(${columns}${entities ? ', entity_key text' : ''})
     ${join}`,
    entities ? [json, ...entities] : [json],
  );
}

async function storeDetails(tx: Sql, fresh: Fresh[]): Promise<void> {
  await tx.query(
    `INSERT INTO analyses (article_id, doc)
     SELECT x.a, x.d FROM json_to_recordset($1::json) AS x(a int, d json)`,
    [`[${fresh.map((f) => `{"a":${f.id},"d":${f.prepared.doc}}`).join(',')}]`],
  );
  const entityIds = await resolveEntities(
    tx,
    fresh.map((f) => ({ id: f.id, entities: f.prepared.entities })),
  );
  const resolved: [number[], string[], number[]] = [[], [], []];
  for (const [articleId, local] of entityIds)
    for (const [key, entityId] of local) {
      resolved[0].push(articleId);
      resolved[1].push(key);
      resolved[2].push(entityId);
    }

  await insertDetails(
    tx,
    'mentions',
    'local_id text, start int, "end" int, text text',
    perArticle(fresh, (p) => p.mentions),
    resolved,
    true,
  );
  await insertDetails(
    tx,
    'attributions',
    `local_id text, source_text text, source_kind text, cue text, lemma text, stance text, form text,
     via text, content text, start int, "end" int, confidence real, rule text`,
    perArticle(fresh, (p) => p.attributions),
    resolved,
  );
  await insertDetails(
    tx,
    'claims',
    'local_id text, text text, sourced boolean, attribution text, checkworthy real, start int, "end" int',
    perArticle(fresh, (p) => p.claims),
    null,
  );
  if (fresh.some((f) => f.prepared.disputes !== '[]'))
    await insertDetails(
      tx,
      'disputes',
      'local_id text, claim text, denials text[], about text, start int, "end" int',
      perArticle(fresh, (p) => p.disputes),
      null,
    );

  const signed = fresh.flatMap(({ id, prepared: p }) =>
    p.signature ? [{ id, ...p.signature, published: p.published, length: p.length }] : [],
  );
  if (signed.length === 0) return;
  await clusterNearDuplicates(tx, signed);
  await tx.query(
    `INSERT INTO signatures (article_id, minhash)
     SELECT r.article_id, r.minhash FROM json_to_recordset($1::json) AS r(article_id int, minhash int[])`,
    [JSON.stringify(signed.map((s) => ({ article_id: s.id, minhash: s.sig })))],
  );
  await tx.query(
    `INSERT INTO lsh_buckets (band, bucket, article_id)
     SELECT b.band - 1, b.bucket, r.article_id FROM json_to_recordset($1::json) AS r(article_id int, buckets int[])
     CROSS JOIN LATERAL unnest(r.buckets) WITH ORDINALITY AS b(bucket, band)`,
    [JSON.stringify(signed.map((s) => ({ article_id: s.id, buckets: s.buckets })))],
  );
}
