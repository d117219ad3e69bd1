/**
 * Checks a document against `whosaid.analysis/1`: first the JSON Schema (docs/analysis.schema.json),
 * then what a schema cannot say — that every span lies within `text` and slices it (by code points)
 * to its own `text`, that ids are unique and that every reference names something that exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from '../paths.js';

export const SCHEMA_PATH = join(packageRoot, 'docs', 'analysis.schema.json');

let compiled: ValidateFunction | undefined;

/** The compiled schema validator, built on first use and kept for the process. */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return compiled;
}

/** Problems with `doc`, one readable line each; an empty list means it is a valid analysis. */
export function validateAnalysis(doc: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(doc)) {
    return (validate.errors ?? []).map((e) => {
      const where = e.instancePath || '/';
      const extra = 'additionalProperty' in e.params ? ` '${e.params.additionalProperty}'` : '';
      return `${where}: ${e.message}${extra}`;
    });
  }
  const d = doc as Record<string, unknown> & { text: string };
  return [...spanProblems(d, [...d.text]), ...referenceProblems(d as unknown as Doc)];
}

/** Every object with numeric start/end, wherever it sits: in bounds, ordered, and slicing to its text. */
function spanProblems(doc: Record<string, unknown>, chars: string[]): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, `${path}/${i}`);
      });
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (o.start > o.end) problems.push(`${path}: start ${o.start} is after end ${o.end}`);
      else if (o.end > chars.length)
        problems.push(`${path}: end ${o.end} is past the text (${chars.length} code points)`);
      else if (typeof o.text === 'string' && chars.slice(o.start, o.end).join('') !== o.text)
        problems.push(`${path}: text ${JSON.stringify(o.text)} is not text[${o.start}:${o.end}]`);
    }
    for (const [key, child] of Object.entries(o)) if (key !== 'text') walk(child, `${path}/${key}`);
  };
  for (const [key, value] of Object.entries(doc)) if (key !== 'text') walk(value, `/${key}`);
  return problems;
}

interface Doc {
  entities: { id: string }[];
  attributions: { id: string; via: string | null; source: { entity: string | null } | null }[];
  claims: { id: string; attribution: string | null }[];
  disputes: { id: string; claim: string; denials: string[] }[];
  dates: { attribution: string | null }[];
}

function referenceProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const ids = (name: string, items: { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push(`/${name}/${i}: duplicate id ${item.id}`);
      seen.add(item.id);
    });
    return seen;
  };
  const entities = ids('entities', doc.entities);
  const attributions = ids('attributions', doc.attributions);
  const claims = ids('claims', doc.claims);
  ids('disputes', doc.disputes);
  const expect = (ok: boolean, path: string, what: string) => {
    if (!ok) problems.push(`${path}: ${what} does not exist`);
  };
  const byId = new Map(doc.attributions.map((a) => [a.id, a]));
  doc.attributions.forEach((a, i) => {
    if (a.source?.entity)
      expect(entities.has(a.source.entity), `/attributions/${i}/source/entity`, `entity ${a.source.entity}`);
    if (a.via) expect(attributions.has(a.via), `/attributions/${i}/via`, `attribution ${a.via}`);
    const seen = new Set([a.id]);
    for (
      let next = a.via ? byId.get(a.via) : undefined;
      next;
      next = next.via ? byId.get(next.via) : undefined
    ) {
      if (seen.has(next.id)) {
        problems.push(`/attributions/${i}/via: the chain from ${a.id} loops back to ${next.id}`);
        break;
      }
      seen.add(next.id);
    }
  });
  doc.claims.forEach((c, i) => {
    if (c.attribution)
      expect(attributions.has(c.attribution), `/claims/${i}/attribution`, `attribution ${c.attribution}`);
  });
  doc.disputes.forEach((d, i) => {
    expect(
      attributions.has(d.claim) || claims.has(d.claim),
      `/disputes/${i}/claim`,
      `attribution or claim ${d.claim}`,
    );
    d.denials.forEach((id, j) => {
      expect(attributions.has(id), `/disputes/${i}/denials/${j}`, `attribution ${id}`);
    });
  });
  doc.dates.forEach((date, i) => {
    if (date.attribution)
      expect(
        attributions.has(date.attribution),
        `/dates/${i}/attribution`,
        `attribution ${date.attribution}`,
      );
  });
  return problems;
}
