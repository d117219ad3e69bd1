/**
 * The one write path: a batch of analysed articles in one transaction. Articles are identified by
 * content hash (ON CONFLICT DO NOTHING makes re-ingesting a no-op); their entities are resolved
 * against the corpus; near-duplicates are clustered. An advisory lock serializes writers, so many
 * workers on one PostgreSQL server see each other's entities and signatures.
 */
import type { Analysis, Entity, EntityType, SourceKind } from '../analysis/types.js';
import { contentHash } from '../corpus/contentHash.js';
import { bandBuckets, minhash } from '../corpus/minhash.js';
import { clusterNearDuplicates } from './clusters.js';
import type { Sql } from './connection.js';
import { resolveEntities } from './resolveEntities.js';
import type { AddResult, AnalysedArticle } from './Store.js';
import { totalsStatements } from './totals.js';

export const WRITE_LOCK = 727_002;

/** The analysis document as stored: its text lives once, in articles.text. */
export function storedDoc(analysis: Analysis): Omit<Analysis, 'text'> {
  const { text: _text, ...rest } = analysis;
  return rest;
}

export function restoreDoc(doc: Omit<Analysis, 'text'>, text: string): Analysis {
  const { schema, input, ...rest } = doc;
  return { schema, input, text, ...rest } as Analysis;
}

const SOURCE_TYPES: Partial<Record<SourceKind, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  media: 'MEDIA',
};
const sourceKey = (attributionId: string) => `source:${attributionId}`;
/** "The Associated Press" names someone; "the ministry" and "a spokesman" describe them. */
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'who',
  'this',
  'that',
  'one',
  'others',
]);
const isProperName = (text: string) =>
  !PRONOUNS.has(text.toLowerCase()) && /^\p{Lu}/u.test(text.replace(/^(?:the|a|an)\s+/i, ''));

/**
 * Named sources the entity extractor did not link ("Haftar said" with no entity) still become corpus
 * entities, so that who-said-what across articles does not depend on every name being recognized.
 */
function sourceEntities(analysis: Analysis): Entity[] {
  return analysis.attributions.flatMap((a) => {
    const type =
      a.source && !a.source.entity && isProperName(a.source.text) ? SOURCE_TYPES[a.source.kind] : undefined;
    return type ? [{ id: sourceKey(a.id), name: a.source!.text, type, mentions: [] }] : [];
  });
}

const contentOf = (spans: { text: string }[]) => spans.map((s) => s.text).join(' … ');

export async function addAnalyses(sql: Sql, batch: AnalysedArticle[]): Promise<AddResult> {
  const unique = new Map<string, AnalysedArticle>();
  for (const item of batch) {
    const hash = contentHash(item.analysis.text);
    if (!unique.has(hash)) unique.set(hash, item);
  }
  if (unique.size === 0) return { inserted: 0, skipped: batch.length, ids: [] };
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const rows = [...unique].map(([hash, { input, analysis }]) => {
      const { text: _text, ...raw } = input;
      const s = analysis.scorecard;
      return {
        content_hash: hash,
        input: analysis.input,
        title: analysis.article.title?.text ?? input.title ?? null,
        outlet: analysis.article.outlet ?? input.outlet ?? null,
        url: analysis.article.url ?? input.url ?? null,
        published: analysis.article.published ?? input.published ?? null,
        text: analysis.text,
        raw,
        extractor: analysis.generator.extractor,
        attributions: s.attributions,
        anonymous: analysis.attributions.filter((a) => a.source?.kind === 'anonymous').length,
        claims: s.claims,
        unsourced_claims: s.unsourcedClaims,
        disputes: s.disputes,
        relays: s.outletsRelayed,
      };
    });
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
      [JSON.stringify(rows)],
    );
    const idByHash = new Map(inserted.map((r) => [r.content_hash, r.id]));
    const fresh = [...unique]
      .filter(([hash]) => idByHash.has(hash))
      .map(([hash, item]) => ({ id: idByHash.get(hash)!, analysis: item.analysis }));
    if (fresh.length > 0) {
      await storeDetails(tx, fresh);
      for (const statement of totalsStatements('a.id = ANY($1::int[])'))
        await tx.query(statement, [fresh.map((f) => f.id)]);
    }
    return { inserted: fresh.length, skipped: batch.length - fresh.length, ids: fresh.map((f) => f.id) };
  });
}

async function insertRows(tx: Sql, table: string, columns: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  await tx.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS r(${columns})`,
    [JSON.stringify(rows)],
  );
}

async function storeDetails(tx: Sql, fresh: { id: number; analysis: Analysis }[]): Promise<void> {
  await insertRows(
    tx,
    'analyses',
    'article_id int, doc json',
    fresh.map((f) => ({ article_id: f.id, doc: storedDoc(f.analysis) })),
  );
  const perArticle = fresh.map((f) => ({
    id: f.id,
    entities: [...f.analysis.entities, ...sourceEntities(f.analysis)],
  }));
  const entityIds = await resolveEntities(tx, perArticle);

  const mentions: object[] = [];
  const attributions: object[] = [];
  const claims: object[] = [];
  const disputes: object[] = [];
  for (const { id, analysis } of fresh) {
    const local = entityIds.get(id) ?? new Map<string, number>();
    for (const e of analysis.entities) {
      const entityId = local.get(e.id);
      if (entityId === undefined) continue;
      for (const m of e.mentions)
        mentions.push({
          article_id: id,
          local_id: e.id,
          entity_id: entityId,
          start: m.start,
          end: m.end,
          text: m.text,
        });
    }
    for (const a of analysis.attributions) {
      const first = a.content[0] ?? a.cue;
      const last = a.content[a.content.length - 1] ?? a.cue;
      attributions.push({
        article_id: id,
        local_id: a.id,
        source_text: a.source?.text ?? null,
        source_kind: a.source?.kind ?? null,
        entity_id: a.source ? (local.get(a.source.entity ?? sourceKey(a.id)) ?? null) : null,
        cue: a.cue.text,
        lemma: a.cue.lemma,
        stance: a.cue.stance,
        form: a.form,
        via: a.via,
        content: contentOf(a.content),
        start: first.start,
        end: last.end,
        confidence: a.confidence,
        rule: a.rule,
      });
    }
    for (const c of analysis.claims)
      claims.push({
        article_id: id,
        local_id: c.id,
        text: c.text,
        sourced: c.sourced,
        attribution: c.attribution,
        checkworthy: c.checkworthy,
        start: c.start,
        end: c.end,
      });
    for (const d of analysis.disputes)
      disputes.push({
        article_id: id,
        local_id: d.id,
        claim: d.claim,
        denials: d.denials,
        about: d.about.text,
        start: d.about.start,
        end: d.about.end,
      });
  }
  await insertRows(
    tx,
    'mentions',
    'article_id int, local_id text, entity_id int, start int, "end" int, text text',
    mentions,
  );
  await insertRows(
    tx,
    'attributions',
    `article_id int, local_id text, source_text text, source_kind text, entity_id int, cue text, lemma text,
     stance text, form text, via text, content text, start int, "end" int, confidence real, rule text`,
    attributions,
  );
  await insertRows(
    tx,
    'claims',
    'article_id int, local_id text, text text, sourced boolean, attribution text, checkworthy real, start int, "end" int',
    claims,
  );
  await insertRows(
    tx,
    'disputes',
    'article_id int, local_id text, claim text, denials text[], about text, start int, "end" int',
    disputes,
  );

  const signed = fresh.flatMap(({ id, analysis }) => {
    const sig = minhash(analysis.text);
    return sig ? [{ id, sig: Array.from(sig), buckets: bandBuckets(sig), analysis }] : [];
  });
  await clusterNearDuplicates(tx, signed);
  await insertRows(
    tx,
    'signatures',
    'article_id int, minhash int[]',
    signed.map((s) => ({ article_id: s.id, minhash: s.sig })),
  );
  await insertRows(
    tx,
    'lsh_buckets',
    'band smallint, bucket int, article_id int',
    signed.flatMap((s) => s.buckets.map((bucket, band) => ({ band, bucket, article_id: s.id }))),
  );
}
