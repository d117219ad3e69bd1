/** The read side: one function per Store query, each one or two SQL statements. */
import type { Analysis, EntityType, SourceKind } from '../analysis/types.js';
import { blockKey, namesMatch } from '../corpus/entityKey.js';
import type { ArticleInput } from '../ingest/article.js';
import type { Sql } from './connection.js';
import { restoreDoc } from './prepare.js';
import type {
  ArticleDetail,
  ArticleQuery,
  ArticleSummary,
  CorpusEntity,
  DisputeRecord,
  DuplicateCluster,
  EntityDetail,
  NetworkEdge,
  OutletStats,
  Page,
  Quote,
  SearchHit,
  SourceCount,
} from './Store.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
/** Quotes returned with an entity: the newest; `quotesBy` pages through the rest. */
export const ENTITY_QUOTES = 200;

const clampLimit = (n: number | undefined) =>
  Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));

const SUMMARY_COLUMNS = `a.id, a.input, a.title, a.outlet, a.url, a.published, a.attributions, a.anonymous, a.claims,
  a.unsourced_claims AS "unsourcedClaims", a.disputes, a.canonical_id AS canonical`;

export async function listArticles(sql: Sql, query: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (query.q) {
    const q = param(query.q);
    where.push(`a.id IN (SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', ${q})
      UNION SELECT article_id FROM attributions WHERE search @@ websearch_to_tsquery('english', ${q}))`);
  }
  if (query.outlet) where.push(`lower(a.outlet) = lower(${param(query.outlet)})`);
  if (query.from) where.push(`a.published >= ${param(query.from)}`);
  // published may carry a time: everything on the `to` day is included.
  if (query.to) where.push(`a.published < ${param(`${query.to}\uffff`)}`);
  if (query.hasAnonymous !== undefined)
    where.push(query.hasAnonymous ? 'a.anonymous > 0' : 'a.anonymous = 0');
  if (query.hasDispute !== undefined) where.push(query.hasDispute ? 'a.disputes > 0' : 'a.disputes = 0');
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Unfiltered, the running total answers without counting every row.
  const [count] = await sql.query<{ n: number }>(
    where.length
      ? `SELECT count(*)::int AS n FROM articles a ${clause}`
      : 'SELECT articles::int AS n FROM corpus_totals',
    params,
  );
  const limit = param(clampLimit(query.limit));
  const offset = param(Math.max(0, Math.floor(query.offset ?? 0)));
  const items = await sql.query<ArticleSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a ${clause}
     ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return { total: count?.n ?? 0, items };
}

export async function getArticle(sql: Sql, id: number): Promise<ArticleDetail | null> {
  const [row] = await sql.query<
    ArticleSummary & {
      contentHash: string;
      text: string;
      raw: Omit<ArticleInput, 'text'>;
      doc: Omit<Analysis, 'text'>;
    }
  >(
    `SELECT ${SUMMARY_COLUMNS}, a.content_hash AS "contentHash", a.text, a.raw, n.doc
     FROM articles a JOIN analyses n ON n.article_id = a.id WHERE a.id = $1`,
    [id],
  );
  if (!row) return null;
  const { text, raw, doc, ...summary } = row;
  const duplicates = row.canonical
    ? await sql.query<{ id: number; title: string | null; outlet: string | null; similarity: number }>(
        `SELECT id, title, outlet, coalesce(similarity, 1)::float8 AS similarity FROM articles
         WHERE (canonical_id = $1 OR id = $1) AND id <> $2 ORDER BY id`,
        [row.canonical, id],
      )
    : [];
  const links = await sql.query<{ local_id: string; entity_id: number }>(
    'SELECT DISTINCT local_id, entity_id FROM mentions WHERE article_id = $1',
    [id],
  );
  return {
    ...summary,
    analysis: restoreDoc(doc, text),
    raw: { ...raw, text } as ArticleInput,
    duplicates,
    entityIds: Object.fromEntries(links.map((l) => [l.local_id, l.entity_id])),
  };
}

const ENTITY_COLUMNS = `e.id, e.name, e.type, e.aliases,
  (SELECT count(*)::int FROM (SELECT article_id FROM mentions m WHERE m.entity_id = e.id
    UNION SELECT article_id FROM attributions t WHERE t.entity_id = e.id) u) AS articles,
  (SELECT count(*)::int FROM mentions m WHERE m.entity_id = e.id) AS mentions,
  (SELECT count(*)::int FROM attributions t WHERE t.entity_id = e.id) AS attributions`;

export async function findEntities(sql: Sql, name: string, limit = 20): Promise<CorpusEntity[]> {
  const exact = await sql.query<CorpusEntity>(
    `SELECT ${ENTITY_COLUMNS} FROM entities e
     WHERE e.id IN (SELECT entity_id FROM entity_names WHERE norm = lower($1))
     ORDER BY attributions DESC, e.id LIMIT $2`,
    [name.trim(), limit],
  );
  if (exact.length > 0) return exact;
  // No alias spelled so: look for spelling variants in the name's block, as ingest does.
  const types: EntityType[] = ['PERSON', 'ORG', 'MEDIA', 'GPE', 'NORP', 'LOC', 'WORK', 'MISC'];
  const candidates = await sql.query<CorpusEntity>(
    `SELECT ${ENTITY_COLUMNS} FROM entities e
     JOIN unnest($1::text[], $2::text[]) AS k(type, block) ON e.type = k.type AND e.block = k.block`,
    [types, types.map((t) => blockKey(name, t))],
  );
  return candidates
    .filter((c) => namesMatch(c.name, name, c.type))
    .sort((a, b) => b.attributions - a.attributions || a.id - b.id)
    .slice(0, limit);
}

const QUOTE_COLUMNS = `t.article_id AS "articleId", a.title, a.outlet, a.published, t.local_id AS attribution,
  coalesce(e.name, t.source_text) AS speaker, t.entity_id AS "entityId", t.source_kind AS kind, t.cue, t.stance,
  t.form, t.content, t.start, t."end"`;

export async function quotesByEntities(
  sql: Sql,
  ids: number[],
  name: string | null,
  limit: number,
): Promise<Quote[]> {
  return sql.query<Quote>(
    // Two index scans joined, not one OR (which would scan every attribution).
    `SELECT ${QUOTE_COLUMNS}
     FROM (SELECT * FROM attributions WHERE entity_id = ANY($1::int[])
           UNION ALL SELECT * FROM attributions WHERE entity_id IS NULL AND lower(source_text) = lower($2)) t
     JOIN articles a ON a.id = t.article_id LEFT JOIN entities e ON e.id = t.entity_id
     ORDER BY a.published DESC NULLS LAST, t.article_id DESC, t.start LIMIT $3`,
    [ids, name ?? '', clampLimit(limit)],
  );
}

export async function quotesBy(sql: Sql, name: string, limit?: number): Promise<Quote[]> {
  const entities = await findEntities(sql, name);
  return quotesByEntities(
    sql,
    entities.map((e) => e.id),
    name.trim(),
    clampLimit(limit),
  );
}

const DISPUTE_SELECT = `SELECT d.article_id AS "articleId", a.title, a.outlet, a.published, d.local_id AS dispute,
  d.about, c.source_text AS claimant, c.entity_id AS "claimantEntityId",
  (SELECT coalesce(json_agg(json_build_object('speaker', x.source_text, 'entityId', x.entity_id, 'cue', x.cue,
      'stance', x.stance, 'content', x.content) ORDER BY x.start), '[]'::json)
   FROM attributions x WHERE x.article_id = d.article_id AND x.local_id = ANY(d.denials)) AS denials
  FROM disputes d JOIN articles a ON a.id = d.article_id
  LEFT JOIN attributions c ON c.article_id = d.article_id AND c.local_id = d.claim`;

export async function disputes(sql: Sql, limit?: number): Promise<DisputeRecord[]> {
  return sql.query<DisputeRecord>(
    `${DISPUTE_SELECT} ORDER BY a.published DESC NULLS LAST, d.article_id DESC, d.local_id LIMIT $1`,
    [clampLimit(limit)],
  );
}

export async function getEntity(sql: Sql, id: number): Promise<EntityDetail | null> {
  const [entity] = await sql.query<CorpusEntity>(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = $1`, [
    id,
  ]);
  if (!entity) return null;
  const quotes = await quotesByEntities(sql, [id], null, ENTITY_QUOTES);
  const involved = await sql.query<DisputeRecord>(
    `${DISPUTE_SELECT}
     WHERE c.entity_id = $1 OR EXISTS (SELECT 1 FROM attributions x
       WHERE x.article_id = d.article_id AND x.local_id = ANY(d.denials) AND x.entity_id = $1)
     ORDER BY a.published DESC NULLS LAST, d.article_id DESC, d.local_id LIMIT $2`,
    [id, MAX_LIMIT],
  );
  return { ...entity, quotes, disputes: involved };
}

export async function topSources(sql: Sql, limit?: number, kind?: SourceKind): Promise<SourceCount[]> {
  return sql.query<SourceCount>(
    `SELECT s.entity_id AS "entityId", coalesce(e.name, s.name) AS name, s.kind, e.type, s.attributions, s.articles
     FROM source_totals s LEFT JOIN entities e ON e.id = s.entity_id
     WHERE $2::text IS NULL OR s.kind = $2
     ORDER BY s.attributions DESC, s.articles DESC, s.key LIMIT $1`,
    [clampLimit(limit), kind ?? null],
  );
}

export async function outlets(sql: Sql): Promise<OutletStats[]> {
  const rows = await sql.query<Omit<OutletStats, 'relays'>>(
    `SELECT outlet, articles, attributions,
       CASE WHEN attributions = 0 THEN 0 ELSE round(anonymous::numeric / attributions, 3)::float8 END AS "anonymousShare",
       CASE WHEN claims = 0 THEN 0 ELSE round(unsourced_claims::numeric / claims, 3)::float8 END AS "unsourcedClaimShare"
     FROM outlet_totals ORDER BY articles DESC, outlet`,
  );
  const relays = await sql.query<{ outlet: string; relayed: string; count: number }>(
    'SELECT outlet, relayed, count FROM outlet_relays ORDER BY count DESC, relayed',
  );
  return rows.map((o) => ({
    ...o,
    relays: relays.filter((r) => r.outlet === o.outlet).map((r) => ({ outlet: r.relayed, count: r.count })),
  }));
}

export async function search(sql: Sql, text: string, limit?: number): Promise<SearchHit[]> {
  return sql.query<SearchHit>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     hits AS (
       (SELECT a.id AS article_id, 'article' AS kind, NULL::text AS attribution, NULL::text AS speaker,
          ts_rank(a.search, q.q) AS rank, coalesce(a.title, '') || ' ' || a.text AS body
        FROM articles a, q WHERE a.search @@ q.q ORDER BY rank DESC, a.id LIMIT $2)
       UNION ALL
       (SELECT t.article_id, 'quote', t.local_id, t.source_text, ts_rank(t.search, q.q) AS rank, t.content
        FROM attributions t, q WHERE t.search @@ q.q ORDER BY rank DESC, t.article_id LIMIT $2))
     SELECT h.article_id AS "articleId", a.title, a.outlet, a.published, h.kind AS "in", h.attribution, h.speaker,
       ts_headline('english', h.body, q.q, 'MaxWords=24, MinWords=8, StartSel=«, StopSel=»') AS snippet,
       h.rank::float8 AS rank
     FROM (SELECT * FROM hits ORDER BY rank DESC, article_id LIMIT $2) h
     JOIN articles a ON a.id = h.article_id, q
     ORDER BY h.rank DESC, h.article_id, h.attribution NULLS FIRST`,
    [text, clampLimit(limit)],
  );
}

export async function duplicateClusters(sql: Sql, limit?: number): Promise<DuplicateCluster[]> {
  const rows = await sql.query<{
    id: number;
    title: string | null;
    outlet: string | null;
    published: string | null;
    members: DuplicateCluster['members'];
  }>(
    `WITH top AS (
       SELECT canonical_id AS id, count(*) AS n FROM articles WHERE canonical_id IS NOT NULL
       GROUP BY canonical_id HAVING count(*) > 1 ORDER BY n DESC, canonical_id LIMIT $1)
     SELECT c.id, c.title, c.outlet, c.published,
       (SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'outlet', m.outlet, 'published', m.published,
          'similarity', m.similarity) ORDER BY m.id)
        FROM articles m WHERE m.canonical_id = c.id AND m.id <> c.id) AS members
     FROM top JOIN articles c ON c.id = top.id ORDER BY top.n DESC, c.id`,
    [clampLimit(limit)],
  );
  return rows.map(({ members, ...canonical }) => ({ canonical, members }));
}

export async function sourceNetwork(sql: Sql, limit?: number): Promise<NetworkEdge[]> {
  return sql.query<NetworkEdge>(
    `SELECT g.outlet, coalesce(e.name, g.speaker) AS speaker, g.entity_id AS "entityId", g.kind, g.count
     FROM source_edges g LEFT JOIN entities e ON e.id = g.entity_id
     ORDER BY g.count DESC, g.outlet, g.key LIMIT $1`,
    [clampLimit(limit)],
  );
}
