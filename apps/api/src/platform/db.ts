// The database handle: embedded PGlite in DATA_DIR by default, a PostgreSQL server when DATABASE_URL is set.
// Both run the same committed migrations (apps/api/src/db/migrations).
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import * as schema from '../db/schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** VACUUM ANALYZE: PGlite never autovacuums (stack-notes), so bulk loads call this */
  vacuum(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../db/migrations');

export interface OpenOptions {
  /** postgres://… ; otherwise embedded */
  databaseUrl?: string;
  /** folder for the embedded database; undefined = in memory (tests) */
  dataDir?: string;
  /** PostgreSQL connections of this process (config.pgPoolMax) */
  poolMax?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolMax ?? 10)
    : openPglite(options.dataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection that the server drops (restart, failover, a dropped test database) is discarded by the
  // pool; without a listener its 'error' event would crash the process.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL 空闲连接已断开：${error.message}`);
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  // Several instances may start at once: one migrates, the others wait on the advisory lock.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7310001)');
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7310001)').catch(() => undefined);
    client.release();
  }
  return {
    db,
    kind: 'postgres',
    vacuum: async () => {
      // autovacuum runs on a server; an explicit ANALYZE after bulk loads keeps plans right
      await db.execute(sql`ANALYZE`);
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  let client: PGlite;
  if (dataDir) {
    const pgdata = path.join(dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true });
    release = await lockDataDir(dataDir);
    client = await PGlite.create(pgdata);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    kind: 'pglite',
    vacuum: async () => {
      await client.exec('VACUUM ANALYZE');
    },
    close: async () => {
      await client.close();
      await release?.();
    },
  };
}

/** PGlite does not lock its folder: a second process would lose writes silently (stack-notes). */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, '.lock'),
      stale: 15_000,
      update: 5_000,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(
        `数据目录 ${dataDir} 已被另一个平台进程占用（内嵌数据库只允许一个进程）。请先停止那个进程，或用 DATA_DIR 指定另一个目录。`,
      );
    }
    throw error;
  }
}
