// npm run bench:cases — the case engine (issue 3): (a) window intake + acceptance, cases per second, against a
// bare single-row INSERT loop at the same concurrency in the same run (target ≥ 200 cases/s on PostgreSQL);
// (b) staff work lists with 1,000,000 cases in the database (target p95 < 50 ms).
// Run against PostgreSQL with `PGTEST_PORT=55499 bash scripts/with-postgres.sh npm run bench:cases`; without
// DATABASE_URL it uses a fresh embedded PGlite for reference. Setup (published item, staff) goes through HTTP
// with app.inject like the API tests; the measured part calls the service functions directly, so it measures
// the engine and its SQL, not Fastify. BENCH_CASES, BENCH_INSERTS, BENCH_LIST_CASES, BENCH_LIST_CALLS and
// PG_POOL_MAX (the workers and connections) change the sizes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { idNumberCheckChar } from '@msb/contracts';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { performAction } from '../apps/api/src/modules/cases/case-actions.service.ts';
import { createWindowCase } from '../apps/api/src/modules/cases/case-apply.service.ts';
import { persons } from '../apps/api/src/modules/identity/people.tables.ts';
import { loadRegionTree } from '../apps/api/src/modules/regions/regions.service.ts';
import type { Actor } from '../apps/api/src/platform/access.ts';
import { openDatabase } from '../apps/api/src/platform/db.ts';
import type { Deps } from '../apps/api/src/platform/deps.ts';
import { verifyAllChains } from '../apps/api/src/tools/audit-verify.ts';
import { fullChecklist, PERSON_FORM, publishedItemWithStaff } from '../apps/api/test/case-fixtures.ts';
import type { TestContext } from '../apps/api/test/harness.ts';
import { generateCases, timeWorkLists } from './cases-data.ts';
import { percentile, report, round } from './lib.ts';

const CASES = Number(process.env.BENCH_CASES ?? 2_000);
const INSERTS = Number(process.env.BENCH_INSERTS ?? 4_000);
const LIST_CASES = Number(process.env.BENCH_LIST_CASES ?? 1_000_000);
const LIST_CALLS = Number(process.env.BENCH_LIST_CALLS ?? 200);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-cases-'));
const config = loadConfig(process.env, {
  dataDir,
  logLevel: 'silent',
  demoData: false,
  outboxPollMs: 0,
  loginRatePerMinute: 10_000,
});
const workers = config.pgPoolMax;
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir, poolMax: workers });
const deps: Deps = { db: database.db, database, config, now: () => new Date() };
const log = (line: string) => console.error(`[bench:cases] ${line}`);
log(`数据库：${database.kind}，并发 ${workers}`);

// ---- setup through HTTP, as the API tests do ----
await loadRegionTree(deps);
const app = await buildApp({ database, config, serveWeb: false, now: deps.now });
await app.ready();
const ctx: TestContext = {
  app,
  deps,
  config,
  advanceClock: () => undefined,
  close: async () => undefined,
};
const desk = await publishedItemWithStaff(ctx);
const region = '150203000000';
const clerk: Actor = {
  userId: desk.window.userId,
  username: desk.window.username,
  displayName: '测试窗口',
  kind: 'staff',
  roles: ['window_clerk'],
  regionCode: region,
  orgId: null,
  personId: null,
  enterpriseId: null,
};
// walk-in applicants, as a window clerk records them
const applicants = await database.db
  .insert(persons)
  .values(
    Array.from({ length: 200 }, (_, k) => {
      const body = `150203${1960 + (k % 40)}0101${String(100 + k).padStart(3, '0')}`;
      return {
        name: `示例居民${k}`,
        idNumber: `${body}${idNumberCheckChar(body)}`,
        mobile: `137${String(k).padStart(8, '0')}`,
        realNameMode: 'checksum' as const,
      };
    }),
  )
  .returning({ id: persons.id, mobile: persons.mobile });
const checklist = fullChecklist(desk.item.guide);

/** One window application: received (numbered, state submitted), then accepted by the clerk. */
async function oneCase(k: number): Promise<void> {
  const applicant = applicants[k % applicants.length];
  if (!applicant) throw new Error('no applicant');
  const { id } = await createWindowCase(
    deps,
    clerk,
    {
      implementationId: desk.item.id,
      applicant: { personId: applicant.id },
      contactMobile: applicant.mobile ?? '13700000000',
      formData: PERSON_FORM,
      deliveryPreference: 'window',
    },
    undefined,
  );
  const accepted = await performAction(deps, { kind: 'user', actor: clerk }, id, 'accept', {
    materialsChecklist: checklist,
  });
  if (accepted.state !== 'accepted') throw new Error(`case ${id} is ${accepted.state}`);
}

/**
 * CPU time (ms) used so far by the PostgreSQL processes of this machine (/proc), when the server is local:
 * with this process's own CPU it shows where the two cores go. Undefined where /proc is not readable.
 */
function postgresCpuMs(): number | undefined {
  if (database.kind !== 'postgres' || !fs.existsSync('/proc/self/stat')) return undefined;
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(0, close).endsWith('(postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    } catch {
      // the process ended while being read
    }
  }
  return total;
}

/** Runs `count` jobs on `workers` concurrent loops; returns jobs/s and each job's latency. */
async function runConcurrently(count: number, job: (k: number) => Promise<void>) {
  let next = 0;
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const pgCpu = postgresCpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let k = next++; k < count; k = next++) {
        const t = performance.now();
        await job(k);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const pgUsed = pgCpu === undefined ? undefined : (postgresCpuMs() ?? 0) - pgCpu;
  return {
    /** the local PostgreSQL server's CPU time per job */
    pgCpuMsPerJob: pgUsed === undefined ? undefined : round(pgUsed / count, 3),
    /** this process's CPU time per job (user + system): independent of what else the machine runs */
    cpuMsPerJob: round((used.user + used.system) / 1000 / count, 3),
    perSecond: round(count / seconds, 1),
    seconds: round(seconds, 2),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

// ---- (a) throughput ----
// The machine is shared and its load changes from minute to minute: the bare INSERT loop runs in two halves,
// before and after the cases, and its rate is the mean of both, so the ratio compares like with like.
await database.db.execute(
  sql`create table bench_scratch (id bigserial primary key, n integer not null, note text, at timestamptz not null default now())`,
);
const insertRow = async (k: number) => {
  await database.db.execute(sql`insert into bench_scratch (n, note) values (${k}, ${'示例'})`);
};
await runConcurrently(1_000, insertRow); // warm-up of the insert path (JIT), as the cases get below
for (let k = 0; k < 20; k++) await oneCase(1_000_000 + k); // warm-up: caches, JIT, connections
const insertsBefore = await runConcurrently(Math.ceil(INSERTS / 2), insertRow);
log(`吞吐：${CASES} 件（窗口收件 + 受理）……`);
const cases = await runConcurrently(CASES, oneCase);
log(
  `  ${cases.perSecond} 件/秒，单件 p50 ${cases.p50} ms、p95 ${cases.p95} ms，本进程 CPU ${cases.cpuMsPerJob} ms/件`,
);
const insertsAfter = await runConcurrently(Math.floor(INSERTS / 2), insertRow);
await database.db.execute(sql`drop table bench_scratch`);
const insertSeconds = insertsBefore.seconds + insertsAfter.seconds;
const inserts = {
  perSecond: round(INSERTS / insertSeconds, 1),
  before: insertsBefore.perSecond,
  after: insertsAfter.perSecond,
  cpuMsPerRow: round((insertsBefore.cpuMsPerJob + insertsAfter.cpuMsPerJob) / 2, 3),
  pgCpuMsPerRow:
    insertsBefore.pgCpuMsPerJob === undefined || insertsAfter.pgCpuMsPerJob === undefined
      ? undefined
      : round((insertsBefore.pgCpuMsPerJob + insertsAfter.pgCpuMsPerJob) / 2, 3),
};
const ratio = round(cases.perSecond / inserts.perSecond, 3);
log(
  `  裸单行 INSERT：${inserts.perSecond} 行/秒（前 ${inserts.before}、后 ${inserts.after}），比值 ${ratio}`,
);

const auditStarted = performance.now();
const audit = await verifyAllChains(database.db);
const auditSeconds = (performance.now() - auditStarted) / 1000;
if (!audit.ok) throw new Error(`chain broken after the run: ${JSON.stringify(audit)}`);

// ---- (b) work lists over LIST_CASES generated cases (BENCH_LIST_CASES=0 skips them) ----
let generated: Awaited<ReturnType<typeof generateCases>> | undefined;
let lists: Awaited<ReturnType<typeof timeWorkLists>> = {};
if (LIST_CASES > 0) {
  log(`工作台：生成 ${LIST_CASES} 件办件……`);
  generated = await generateCases(deps, desk, LIST_CASES, log);
  lists = await timeWorkLists(deps, generated.actors, LIST_CALLS);
  for (const [name, f] of Object.entries(lists)) {
    log(`  ${name}: p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms（${f.total} 件）`);
  }
}

await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const p95s = Object.values(lists).map((l) => l.p95);
const worstP95 = p95s.length > 0 ? Math.max(...p95s) : null;
report({
  bench: 'cases',
  database: database.kind,
  workers,
  throughput: {
    cases: CASES,
    casesPerSecond: cases.perSecond,
    caseLatencyMs: { p50: cases.p50, p95: cases.p95, p99: cases.p99 },
    nodeCpuMsPerCase: cases.cpuMsPerJob,
    bareInsertRowsPerSecond: inserts.perSecond,
    bareInsertBeforeAfter: [inserts.before, inserts.after],
    nodeCpuMsPerInsert: inserts.cpuMsPerRow,
    dbCpuMsPerCase: cases.pgCpuMsPerJob,
    dbCpuMsPerInsert: inserts.pgCpuMsPerRow,
    ratioToBareInsert: ratio,
    target: 200,
    ratioToTarget: round(cases.perSecond / 200, 2),
  },
  audit: { cases: audit.cases, events: audit.events, eventsPerSecond: round(audit.events / auditSeconds, 0) },
  workLists: {
    cases: LIST_CASES,
    generateSeconds: generated?.seconds,
    callsEach: LIST_CALLS,
    queues: lists,
    worstP95,
    target: 50,
    ratioToTarget: worstP95 === null ? null : round(worstP95 / 50, 2),
  },
});
