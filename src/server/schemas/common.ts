/** Schemas shared by several routes. */
import { type TSchema, Type } from '@sinclair/typebox';
import { ERRORS } from '../errors.js';

export const ErrorEnvelope = Type.Object(
  {
    ok: Type.Literal(false),
    error: Type.Object({
      code: Type.Union(Object.keys(ERRORS).map((code) => Type.Literal(code))),
      message: Type.String(),
    }),
    status: Type.Integer(),
  },
  { description: 'Error' },
);

/** The error responses every route may return, for the OpenAPI document. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries([...new Set([400, 401, 500, ...statuses])].map((s) => [s, ErrorEnvelope]));

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (1-200).' }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0, description: 'Rows to skip.' }),
};

export const IsoDate = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A page of results. */
export const Page = <T extends TSchema>(item: T, description: string) =>
  Type.Object({ total: Type.Integer(), items: Type.Array(item) }, { description });
