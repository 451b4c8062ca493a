// npm run bench:guide — requests per second of the public guide API (getItemGuide) against a bare Fastify
// JSON route measured in the same run (issue 2: guide detail ≥ 50% of the bare route).
// Starts the platform on a fresh embedded database with the demo data; BENCH_SECONDS sets each run's length.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { openDatabase } from '../apps/api/src/platform/db.ts';
import { bootstrap } from '../apps/api/src/seed/bootstrap.ts';
import { report, round } from './lib.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
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

const run = (url: string, rotate: boolean) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    let n = 0;
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: rotate
          ? [{ setupRequest: (req) => ({ ...req, path: `/api/items/${ids[n++ % ids.length]}` }) }]
          : undefined,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });

// interleave so both see the same machine load
const bareA = await run(`${bareUrl}/json`, false);
const guideA = await run(`${appUrl}/api/items/${ids[0]}`, true);
const bareB = await run(`${bareUrl}/json`, false);
const guideB = await run(`${appUrl}/api/items/${ids[0]}`, true);
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
