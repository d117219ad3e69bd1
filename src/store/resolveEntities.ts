/**
 * Maps each article's entities ("E1", "E2") to corpus entities, creating those not seen before.
 * Candidates come from the same (type, block); the exact normalized name wins, then a compatible
 * name ("Haftar" → "Khalifa Hafter"). A bare surname that fits several different people stays apart.
 */
import type { Entity, EntityType } from '../analysis/types.js';
import {
  blockKey,
  CORPUS_ENTITY_TYPES,
  namesMatch,
  normalizeName,
  preferredName,
} from '../corpus/entityKey.js';
import type { Sql } from './connection.js';

interface Known {
  id: number | null;
  type: EntityType;
  name: string;
  norm: string;
  block: string;
  aliases: string[];
  changed: boolean;
}

const blockOf = (type: string, block: string) => `${type}\u0000${block}`;

function pick(candidates: Known[], name: string, norm: string, type: EntityType): Known | null {
  const exact = candidates.find(
    (c) => c.norm === norm || c.aliases.some((a) => normalizeName(a, type) === norm),
  );
  if (exact) return exact;
  const fits = candidates.filter((c) => namesMatch(c.name, name, type));
  if (fits.length === 1) return fits[0]!;
  return null;
}

export async function resolveEntities(
  tx: Sql,
  articles: { id: number; entities: Entity[] }[],
): Promise<Map<number, Map<string, number>>> {
  const wanted = articles.flatMap((a) => a.entities.filter((e) => CORPUS_ENTITY_TYPES.has(e.type)));
  const keys = new Map<string, { type: string; block: string }>();
  for (const e of wanted) {
    const block = blockKey(e.name, e.type);
    if (block) keys.set(blockOf(e.type, block), { type: e.type, block });
  }
  const existing =
    keys.size === 0
      ? []
      : await tx.query<{
          id: number;
          type: EntityType;
          name: string;
          norm: string;
          block: string;
          aliases: string[];
        }>(
          `SELECT e.id, e.type, e.name, e.norm, e.block, e.aliases FROM entities e
           JOIN unnest($1::text[], $2::text[]) AS k(type, block) ON e.type = k.type AND e.block = k.block`,
          [[...keys.values()].map((k) => k.type), [...keys.values()].map((k) => k.block)],
        );
  const byBlock = new Map<string, Known[]>();
  for (const row of existing) {
    const list = byBlock.get(blockOf(row.type, row.block)) ?? [];
    list.push({ ...row, changed: false });
    byBlock.set(blockOf(row.type, row.block), list);
  }

  const byNorm = new Map<string, Known>();
  for (const list of byBlock.values()) for (const k of list) byNorm.set(blockOf(k.type, k.norm), k);
  const assigned = new Map<number, Map<string, Known>>();
  for (const article of articles) {
    const local = new Map<string, Known>();
    assigned.set(article.id, local);
    for (const e of article.entities) {
      if (!CORPUS_ENTITY_TYPES.has(e.type)) continue;
      const block = blockKey(e.name, e.type);
      const norm = normalizeName(e.name, e.type);
      if (!block || !norm) continue;
      const list = byBlock.get(blockOf(e.type, block)) ?? [];
      byBlock.set(blockOf(e.type, block), list);
      // The same normalized name can land in two blocks ("GM Canada" and "GM Canada president"
      // parse to different surnames): one (type, norm) is one entity, whatever its block.
      let known = pick(list, e.name, norm, e.type) ?? byNorm.get(blockOf(e.type, norm)) ?? null;
      if (!known) {
        known = { id: null, type: e.type, name: e.name, norm, block, aliases: [e.name], changed: true };
        list.push(known);
      }
      byNorm.set(blockOf(e.type, norm), known);
      for (const variant of [e.name, ...(e.variants ?? [])]) {
        if (!known.aliases.includes(variant)) {
          known.aliases.push(variant);
          known.changed = true;
        }
      }
      const better = preferredName(known.name, e.name, e.type);
      if (better !== known.name) {
        known.name = better;
        known.changed = true;
      }
      local.set(e.id, known);
    }
  }

  const all = [...new Set([...byBlock.values()].flat())];
  const created = all.filter((k) => k.id === null);
  // Only new and changed entities have names not yet in entity_names.
  const touched = all.filter((k) => k.changed);
  if (created.length > 0) {
    const rows = await tx.query<{ id: number; type: string; norm: string }>(
      `INSERT INTO entities (type, name, norm, block, aliases)
       SELECT type, name, norm, block, aliases FROM json_to_recordset($1::json)
         AS r(type text, name text, norm text, block text, aliases text[])
       ON CONFLICT (type, norm) DO UPDATE SET aliases = entities.aliases
       RETURNING id, type, norm`,
      [
        JSON.stringify(
          created.map(({ type, name, norm, block, aliases }) => ({ type, name, norm, block, aliases })),
        ),
      ],
    );
    const idOf = new Map(rows.map((r) => [`${r.type}\u0000${r.norm}`, r.id]));
    for (const k of created) {
      k.id = idOf.get(`${k.type}\u0000${k.norm}`)!;
      k.changed = false;
    }
  }
  const updated = all.filter((k) => k.changed);
  if (updated.length > 0)
    await tx.query(
      `UPDATE entities e SET name = r.name, aliases = r.aliases
       FROM json_to_recordset($1::json) AS r(id int, name text, aliases text[]) WHERE e.id = r.id`,
      [JSON.stringify(updated.map(({ id, name, aliases }) => ({ id, name, aliases })))],
    );
  const names = touched.flatMap((k) => k.aliases.map((a) => ({ norm: a.toLowerCase(), entity_id: k.id })));
  if (names.length > 0)
    await tx.query(
      `INSERT INTO entity_names (norm, entity_id)
       SELECT DISTINCT norm, entity_id FROM json_to_recordset($1::json) AS r(norm text, entity_id int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(names)],
    );

  const out = new Map<number, Map<string, number>>();
  for (const [articleId, local] of assigned)
    out.set(articleId, new Map([...local].map(([localId, k]) => [localId, k.id!])));
  return out;
}
