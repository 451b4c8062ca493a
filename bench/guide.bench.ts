// npm run bench:guide — requests per second of the public guide API (getItemGuide) against a bare Fastify
// JSON route measured in the same run (issue 2: guide detail ≥ 50% of the bare route).
// Starts the platform on a fresh embedded database with the demo data; BENCH_SECONDS sets each run's length.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { openDatabase } from '../apps/api/src/platform/db.ts';
import { bootstrap } from '../apps/api/src/seed/bootstrap.ts';
import { report, round } from './lib.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const execFileAsync = promisify(execFile);
const CONNECTIONS = 10;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-guide-'));
const config = loadConfig({}, { dataDir, logLevel: 'silent', databaseUrl: process.env.DATABASE_URL });
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : dataDir,
});
const app = await buildApp({ database, config, serveWeb: false });
await bootstrap({ db: database.db, database, config, now: () => new Date() }, { info: () => undefined });
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const bare = Fastify({ logger: false });
bare.get('/json', async () => ({ hello: 'world', items: [1, 2, 3] }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

const hits = (await (await fetch(`${appUrl}/api/search?limit=100`)).json()) as { items: { id: string }[] };
const ids = hits.items.map((i) => i.id);
if (ids.length === 0) throw new Error('no published demo items');

// The load generator runs in its own process (autocannon's CLI), so parsing responses does not take the
// server's event loop: one core serves, the other loads, for both routes alike. Every guide is served from
// the same in-memory cache, so one item stands for all of them.
const run = async (url: string): Promise<autocannon.Result> => {
  const { stdout } = await execFileAsync(
    'npx',
    ['autocannon', '-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), url],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as autocannon.Result;
};

// interleave so both see the same machine load
const bareA = await run(`${bareUrl}/json`);
const guideA = await run(`${appUrl}/api/items/${ids[0]}`);
const bareB = await run(`${bareUrl}/json`);
const guideB = await run(`${appUrl}/api/items/${ids[0]}`);
await app.close();
await bare.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const bareRps = (bareA.requests.average + bareB.requests.average) / 2;
const guideRps = (guideA.requests.average + guideB.requests.average) / 2;
const errors = guideA.errors + guideB.errors + guideA.non2xx + guideB.non2xx;
report({
  bench: 'guide',
  database: database.kind,
  seconds: SECONDS * 4,
  connections: CONNECTIONS,
  items: ids.length,
  bareRps: round(bareRps, 0),
  guideRps: round(guideRps, 0),
  guideP99Ms: Math.max(guideA.latency.p99, guideB.latency.p99),
  errors,
  ratio: round(guideRps / bareRps, 3),
  target: 0.5,
});
