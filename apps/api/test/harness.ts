// Integration-test harness: a fresh database per test file (PGlite in memory, or a new database on the
// PostgreSQL server named by DATABASE_URL), the real app, and factories for orgs and staff accounts.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { completeCreditCode, type Role } from '@msb/contracts';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { createUser } from '../src/modules/identity/identity.service.ts';
import { createOrg, type OrgRow } from '../src/modules/orgs/orgs.service.ts';
import { loadRegionTree } from '../src/modules/regions/regions.service.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import type { Deps } from '../src/platform/deps.ts';

export interface TestContext {
  app: FastifyInstance;
  /** move the platform's clock forward (sessions, locks, deadlines) */
  advanceClock(ms: number): void;
  deps: Deps;
  config: Config;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'Test-password-2026';

async function freshServerDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `msb_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-test-'));
  const serverUrl = process.env.DATABASE_URL;
  const server = serverUrl ? await freshServerDatabase(serverUrl) : undefined;
  const database: Database = await openDatabase({ databaseUrl: server?.url });
  const config = loadConfig(
    {},
    {
      dataDir,
      logLevel: 'silent',
      demoData: false,
      loginRatePerMinute: 10_000,
      outboxPollMs: 0,
      ...overrides,
    },
  );
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const deps: Deps = { db: database.db, database, config, now };
  await loadRegionTree(deps);
  const app = await buildApp({ database, config, serveWeb: false, now });
  await app.ready();
  return {
    app,
    advanceClock: (ms) => {
      offset += ms;
    },
    deps,
    config,
    close: async () => {
      await app.close();
      await database.close();
      await server?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
/** A department of its own per test, in a real region, with a valid (示例) credit code. */
export async function makeOrg(
  ctx: TestContext,
  regionCode = '150203000000',
  name = '测试部门',
): Promise<OrgRow> {
  seq++;
  const n = `${process.pid % 10000}`.padStart(4, '0') + `${seq}`.padStart(4, '0');
  return createOrg(ctx.deps, null, {
    key: `t-${randomUUID().slice(0, 8)}`,
    name: `${name}${seq}`,
    kind: 'government_department',
    regionCode,
    creditCode: completeCreditCode(`11${regionCode.slice(0, 6)}D${n}`),
    phone: '0472-0000000',
    address: '示例路 1 号',
    isDemo: true,
  });
}

export async function makeStaff(
  ctx: TestContext,
  roles: Role[],
  scope: { regionCode: string; orgId?: string | null },
): Promise<{ username: string; cookie: string; userId: string }> {
  const username = `u${randomUUID().slice(0, 12)}`;
  const actor = await createUser(ctx.deps, {
    username,
    password: TEST_PASSWORD,
    displayName: `测试${roles.join('/')}`,
    kind: 'staff',
    roles,
    regionCode: scope.regionCode,
    orgId: scope.orgId ?? null,
  });
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return { username, cookie: (raw ?? '').split(';')[0] ?? '', userId: actor.userId };
}
