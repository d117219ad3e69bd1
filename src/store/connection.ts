/**
 * The two engines behind one tiny SQL surface: `query` and `transaction`. Everything above this file
 * writes the same SQL for both (PGlite is PostgreSQL compiled to WebAssembly, so one dialect is exact).
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pgliteSql(db: PGlite): Sql {
  // Inside a transaction, a nested `transaction` joins it (PGlite has one connection: nesting would wait forever).
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>, inTransaction: boolean): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await q.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
    transaction: (fn) => (inTransaction ? fn(wrap(q, true)) : db.transaction((tx) => fn(wrap(tx, true)))),
    close: () => db.close(),
  });
  return wrap(db, false);
}

export function postgresSql(pool: pg.Pool): Sql {
  const onClient = (client: pg.PoolClient): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
    transaction: (fn) => fn(onClient(client)),
    close: async () => {},
  });
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
