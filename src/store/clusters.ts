/**
 * Near-duplicate clustering on insert. A new article joins the cluster of its most similar earlier
 * article (MinHash estimate ≥ NEAR_DUPLICATE_JACCARD, candidates from equal LSH band buckets).
 * Each cluster has one canonical article: the earliest published, then the longest, then the first stored.
 */
import { NEAR_DUPLICATE_JACCARD, similarity } from '../corpus/minhash.js';
import type { Sql } from './connection.js';

export interface Signed {
  id: number;
  sig: number[];
  buckets: number[];
  published: string | null;
  /** Text length in code points. */
  length: number;
}

interface Member {
  id: number;
  sig: number[];
  published: string | null;
  length: number;
  canonical: number | null;
}

/** Whether a should be the canonical article rather than b. */
function precedes(a: Member, b: Member): boolean {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  if (pa !== pb) return pa < pb;
  if (a.length !== b.length) return a.length > b.length;
  return a.id < b.id;
}

export async function clusterNearDuplicates(tx: Sql, signed: Signed[]): Promise<void> {
  if (signed.length === 0) return;
  const bands = signed.flatMap((s) => s.buckets.map((_, band) => band));
  const buckets = signed.flatMap((s) => s.buckets);
  const hits = await tx.query<{ id: number; band: number; bucket: number }>(
    `SELECT b.article_id AS id, b.band, b.bucket
     FROM (SELECT DISTINCT band, bucket FROM unnest($1::int[], $2::int[]) AS q(band, bucket)) q
     JOIN lsh_buckets b ON b.band = q.band AND b.bucket = q.bucket`,
    [bands, buckets],
  );
  const candidateIds = [...new Set(hits.map((h) => h.id))];
  const stored =
    candidateIds.length === 0
      ? []
      : await tx.query<{
          id: number;
          minhash: number[];
          published: string | null;
          length: number;
          canonical_id: number | null;
        }>(
          `SELECT a.id, s.minhash, a.published, length(a.text) AS length, a.canonical_id
           FROM articles a JOIN signatures s ON s.article_id = a.id WHERE a.id = ANY($1::int[])`,
          [candidateIds],
        );
  const members = new Map<number, Member>();
  const index = new Map<string, Set<number>>();
  const add = (band: number, bucket: number, id: number) => {
    const key = `${band}:${bucket}`;
    const set = index.get(key) ?? new Set<number>();
    set.add(id);
    index.set(key, set);
  };
  for (const r of stored)
    members.set(r.id, {
      id: r.id,
      sig: r.minhash,
      published: r.published,
      length: r.length,
      canonical: r.canonical_id,
    });
  for (const h of hits) add(h.band, h.bucket, h.id);

  for (const s of signed) {
    const me: Member = {
      id: s.id,
      sig: s.sig,
      published: s.published,
      length: s.length,
      canonical: null,
    };
    const candidates = new Set<number>();
    s.buckets.forEach((bucket, band) => {
      for (const id of index.get(`${band}:${bucket}`) ?? []) candidates.add(id);
    });
    let best: Member | null = null;
    let bestSim = 0;
    for (const id of candidates) {
      const other = members.get(id)!;
      const sim = similarity(me.sig, other.sig);
      if (sim >= NEAR_DUPLICATE_JACCARD && (sim > bestSim || (sim === bestSim && best && id < best.id))) {
        best = other;
        bestSim = sim;
      }
    }
    members.set(me.id, me);
    for (const [band, bucket] of s.buckets.entries()) add(band, bucket, me.id);
    if (!best) continue;
    const rootId = best.canonical ?? best.id;
    const root = members.get(rootId) ?? (await loadMember(tx, rootId));
    if (precedes(me, root)) {
      await tx.query('UPDATE articles SET canonical_id = $1 WHERE id = $2 OR canonical_id = $2', [
        me.id,
        rootId,
      ]);
      for (const m of members.values()) if (m.id === rootId || m.canonical === rootId) m.canonical = me.id;
      me.canonical = me.id;
      await tx.query('UPDATE articles SET canonical_id = $1, similarity = $2 WHERE id = $1', [
        me.id,
        bestSim,
      ]);
      await tx.query('UPDATE articles SET similarity = $2 WHERE id = $1', [rootId, bestSim]);
    } else {
      await tx.query('UPDATE articles SET canonical_id = $1 WHERE id = $1 AND canonical_id IS NULL', [
        rootId,
      ]);
      root.canonical = rootId;
      me.canonical = rootId;
      await tx.query('UPDATE articles SET canonical_id = $1, similarity = $2 WHERE id = $3', [
        rootId,
        bestSim,
        me.id,
      ]);
    }
  }
}

async function loadMember(tx: Sql, id: number): Promise<Member> {
  const [r] = await tx.query<{ published: string | null; length: number; canonical_id: number | null }>(
    'SELECT published, length(text) AS length, canonical_id FROM articles WHERE id = $1',
    [id],
  );
  return {
    id,
    sig: [],
    published: r?.published ?? null,
    length: r?.length ?? 0,
    canonical: r?.canonical_id ?? null,
  };
}
