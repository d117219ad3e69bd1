/**
 * Running totals behind the corpus-wide queries (sources, outlets, the source network, stats), kept
 * up to date in each write transaction, so those queries read a few hundred rows instead of
 * aggregating every attribution. Each statement aggregates the rows of the articles `WHERE` selects
 * and adds them to the totals: with `a.id = ANY($1)` for a new batch, with `TRUE` to rebuild.
 *
 * Only sources that name someone are ranked: those resolved to an entity, and anonymous descriptions
 * ("officials", "people close to the talks"), grouped by their words. A source that resolved to
 * nothing ("It", "He", "the company") means something different in every article, so adding it up
 * across articles would rank noise.
 */

const RANKED_SOURCE =
  "t.source_kind IS NOT NULL AND (t.entity_id IS NOT NULL OR t.source_kind = 'anonymous')";

const SOURCE_KEY = `CASE WHEN t.entity_id IS NOT NULL THEN 'e:' || t.entity_id || ':' || t.source_kind
  ELSE t.source_kind || ':' || lower(t.source_text) END`;

/** Source kinds that are nodes of the outlet → speaker network. */
export const NETWORK_KINDS = "('person', 'organization', 'media', 'document')";

export function totalsStatements(where: string): string[] {
  return [...sourceTotalsStatements(where), ...otherTotalsStatements(where)];
}

/** The source ranking and the outlet → speaker network (migration 4 rebuilds these alone). */
export function sourceTotalsStatements(where: string): string[] {
  return [
    `INSERT INTO source_totals (key, entity_id, kind, name, attributions, articles)
     SELECT ${SOURCE_KEY}, t.entity_id, t.source_kind, min(t.source_text), count(*), count(DISTINCT t.article_id)
     FROM attributions t JOIN articles a ON a.id = t.article_id
     WHERE ${RANKED_SOURCE} AND ${where} GROUP BY 1, 2, 3
     ON CONFLICT (key) DO UPDATE SET attributions = source_totals.attributions + excluded.attributions,
       articles = source_totals.articles + excluded.articles`,
    `INSERT INTO source_edges (outlet, key, entity_id, kind, speaker, count)
     SELECT a.outlet, ${SOURCE_KEY}, t.entity_id, t.source_kind, min(t.source_text), count(*)
     FROM attributions t JOIN articles a ON a.id = t.article_id
     WHERE a.outlet IS NOT NULL AND t.entity_id IS NOT NULL AND t.source_kind IN ${NETWORK_KINDS} AND ${where}
     GROUP BY 1, 2, 3, 4
     ON CONFLICT (outlet, key) DO UPDATE SET count = source_edges.count + excluded.count`,
  ];
}

function otherTotalsStatements(where: string): string[] {
  return [
    `INSERT INTO outlet_totals (outlet, articles, attributions, anonymous, claims, unsourced_claims)
     SELECT a.outlet, count(*), sum(a.attributions), sum(a.anonymous), sum(a.claims), sum(a.unsourced_claims)
     FROM articles a WHERE a.outlet IS NOT NULL AND ${where} GROUP BY 1
     ON CONFLICT (outlet) DO UPDATE SET articles = outlet_totals.articles + excluded.articles,
       attributions = outlet_totals.attributions + excluded.attributions,
       anonymous = outlet_totals.anonymous + excluded.anonymous, claims = outlet_totals.claims + excluded.claims,
       unsourced_claims = outlet_totals.unsourced_claims + excluded.unsourced_claims`,
    `INSERT INTO outlet_relays (outlet, relayed, count)
     SELECT a.outlet, r.relayed, count(*) FROM articles a, unnest(a.relays) AS r(relayed)
     WHERE a.outlet IS NOT NULL AND ${where} GROUP BY 1, 2
     ON CONFLICT (outlet, relayed) DO UPDATE SET count = outlet_relays.count + excluded.count`,
    `UPDATE corpus_totals SET
       articles = corpus_totals.articles + (SELECT count(*) FROM articles a WHERE ${where}),
       attributions = corpus_totals.attributions + (SELECT coalesce(sum(a.attributions), 0) FROM articles a WHERE ${where}),
       claims = corpus_totals.claims + (SELECT coalesce(sum(a.claims), 0) FROM articles a WHERE ${where}),
       disputes = corpus_totals.disputes + (SELECT coalesce(sum(a.disputes), 0) FROM articles a WHERE ${where})`,
  ];
}

export const TOTALS_TABLES = `
CREATE TABLE source_totals (
  key text PRIMARY KEY,
  entity_id int,
  kind text NOT NULL,
  name text NOT NULL,
  attributions int NOT NULL,
  articles int NOT NULL
);
CREATE INDEX source_totals_rank ON source_totals (attributions DESC);
CREATE INDEX source_totals_kind_rank ON source_totals (kind, attributions DESC);
CREATE TABLE source_edges (
  outlet text NOT NULL,
  key text NOT NULL,
  entity_id int,
  kind text NOT NULL,
  speaker text NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (outlet, key)
);
CREATE INDEX source_edges_rank ON source_edges (count DESC);
CREATE TABLE outlet_totals (
  outlet text PRIMARY KEY,
  articles int NOT NULL,
  attributions int NOT NULL,
  anonymous int NOT NULL,
  claims int NOT NULL,
  unsourced_claims int NOT NULL
);
CREATE TABLE outlet_relays (
  outlet text NOT NULL,
  relayed text NOT NULL,
  count int NOT NULL,
  PRIMARY KEY (outlet, relayed)
);
CREATE TABLE corpus_totals (
  id int PRIMARY KEY CHECK (id = 1),
  articles int NOT NULL,
  attributions int NOT NULL,
  claims int NOT NULL,
  disputes int NOT NULL
);
INSERT INTO corpus_totals VALUES (1, 0, 0, 0, 0);
CREATE INDEX attributions_unlinked_source ON attributions (lower(source_text)) WHERE entity_id IS NULL;
`;
