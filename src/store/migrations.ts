/**
 * The schema, as numbered migrations applied in order on open (the same SQL on PGlite and PostgreSQL).
 * Never edit a released migration: add the next number.
 */
import type { Sql } from './connection.js';
import { sourceTotalsStatements, TOTALS_TABLES, totalsStatements } from './totals.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Serializes migrations when many workers open the same PostgreSQL database at once. */
const MIGRATION_LOCK = 727_001;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'corpus',
    sql: `
CREATE TABLE articles (
  id serial PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  input text NOT NULL,
  title text,
  outlet text,
  url text,
  published text,
  text text NOT NULL,
  raw json NOT NULL,
  extractor text NOT NULL,
  attributions int NOT NULL,
  anonymous int NOT NULL,
  claims int NOT NULL,
  unsourced_claims int NOT NULL,
  disputes int NOT NULL,
  relays text[] NOT NULL,
  canonical_id int,
  similarity real,
  created_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_canonical ON articles (canonical_id) WHERE canonical_id IS NOT NULL;
CREATE INDEX articles_search ON articles USING gin (search);

-- json, not jsonb: jsonb reorders keys, and an analysis must come back byte for byte as analyze() wrote it
-- (exports and the API promise the same bytes for the same input). Everything queried is in the tables below.
CREATE TABLE analyses (
  article_id int PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  doc json NOT NULL
);

CREATE TABLE entities (
  id serial PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL,
  norm text NOT NULL,
  block text NOT NULL,
  aliases text[] NOT NULL,
  UNIQUE (type, norm)
);
CREATE INDEX entities_block ON entities (type, block);

CREATE TABLE entity_names (
  norm text NOT NULL,
  entity_id int NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (norm, entity_id)
);

CREATE TABLE mentions (
  article_id int NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  entity_id int NOT NULL REFERENCES entities (id),
  start int NOT NULL,
  "end" int NOT NULL,
  text text NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE attributions (
  article_id int NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  source_text text,
  source_kind text,
  entity_id int REFERENCES entities (id),
  cue text NOT NULL,
  lemma text NOT NULL,
  stance text NOT NULL,
  form text NOT NULL,
  via text,
  content text NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  confidence real NOT NULL,
  rule text NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX attributions_entity ON attributions (entity_id);
CREATE INDEX attributions_source ON attributions (source_kind, lower(source_text));
CREATE INDEX attributions_search ON attributions USING gin (search);

CREATE TABLE claims (
  article_id int NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  text text NOT NULL,
  sourced boolean NOT NULL,
  attribution text,
  checkworthy real NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  PRIMARY KEY (article_id, local_id)
);

CREATE TABLE disputes (
  article_id int NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  claim text NOT NULL,
  denials text[] NOT NULL,
  about text NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  PRIMARY KEY (article_id, local_id)
);

CREATE TABLE signatures (
  article_id int PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  minhash int[] NOT NULL
);
CREATE TABLE lsh_buckets (
  band smallint NOT NULL,
  bucket int NOT NULL,
  article_id int NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX lsh_buckets_key ON lsh_buckets (band, bucket);

CREATE TABLE jobs (
  id serial PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  input jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued',
  attempts int NOT NULL DEFAULT 0,
  worker text,
  lease_until timestamptz,
  error text,
  article_id int
);
CREATE INDEX jobs_pending ON jobs (id) WHERE state IN ('queued', 'running');
`,
  },
  {
    version: 2,
    name: 'running totals for corpus-wide queries',
    sql: `${TOTALS_TABLES}
${totalsStatements('TRUE')
  .map((s) => `${s};`)
  .join('\n')}`,
  },
  {
    version: 3,
    name: 'article listings read one covering index',
    // Article rows are wide (text and its tsvector): a listing that reads the heap scans megabytes to
    // return fifty rows. The listing's order and every summary column live in this index instead, so
    // paging and filtered counts are index-only scans once the table is vacuumed (Store.vacuum).
    sql: `
CREATE INDEX articles_newest ON articles (published DESC NULLS LAST, id DESC)
  INCLUDE (input, title, outlet, url, attributions, anonymous, claims, unsourced_claims, disputes, canonical_id);
DROP INDEX articles_published;
`,
  },
  {
    version: 4,
    name: 'source rankings count only sources that name someone',
    sql: `DELETE FROM source_totals;
DELETE FROM source_edges;
${sourceTotalsStatements('TRUE')
  .map((s) => `${s};`)
  .join('\n')}`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies the migrations not yet applied; returns the schema version. */
export async function migrate(sql: Sql): Promise<number> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  for (const m of MIGRATIONS) {
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.length > 0) return;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    });
  }
  const [row] = await sql.query<{ v: number }>('SELECT max(version) AS v FROM schema_migrations');
  return row?.v ?? 0;
}
