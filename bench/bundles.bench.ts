// npm run bench:bundles — 一件事 window intake (issue 4): merging the forms of a ten-member bundle and creating
// its cases in one transaction, p95 ≤ 100 ms on PostgreSQL.
// Run with `PGTEST_PORT=55477 bash scripts/with-postgres.sh npm run bench:bundles` (DATABASE_URL required).
// Setup (ten published member items, the published bundle, staff) goes through HTTP with app.inject like the
// API tests; the timed unit is one whole createBundleCase call by a window clerk for a walk-in applicant with
// all ten members selected: load the published bundle, plan and merge the forms, validate, and one transaction
// writing the bundle case, ten member cases (seven numbered and received, three waiting as drafts) and the links.
// Calls run one after another after a warm-up. The pure plan (planBundle: members, materials, merged form) is
// timed alone to show its share, and, apart, intakes right after the guide cache expired. BENCH_BUNDLES (timed
// intakes), BENCH_WARMUP, BENCH_PLANS and BENCH_COLD change the sizes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { checkedPlan, loadPublishedBundle } from '../apps/api/src/modules/bundles/bundle-catalog.service.ts';
import { createBundleCase } from '../apps/api/src/modules/bundles/bundle-intake.service.ts';
import { bundleCaseMembers } from '../apps/api/src/modules/bundles/bundles.tables.ts';
import { bundleForm, planBundle } from '../apps/api/src/modules/bundles/domain/bundle-plan.ts';
import { cases } from '../apps/api/src/modules/cases/cases.tables.ts';
import { invalidateGuide } from '../apps/api/src/modules/catalog/guide-cache.ts';
import { loadRegionTree } from '../apps/api/src/modules/regions/regions.service.ts';
import { openDatabase } from '../apps/api/src/platform/db.ts';
import type { Deps } from '../apps/api/src/platform/deps.ts';
import type { TestContext } from '../apps/api/test/harness.ts';
import { ANSWERS_ALL_TEN, BENCH_FORM, benchBundle, MEMBERS } from './bundles-data.ts';
import { percentile, report, round } from './lib.ts';

const INTAKES = Number(process.env.BENCH_BUNDLES ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const PLANS = Number(process.env.BENCH_PLANS ?? 2_000);
const COLD = Number(process.env.BENCH_COLD ?? 30);
const TARGET_MS = 100;

if (!process.env.DATABASE_URL) {
  console.error(
    '[bench:bundles] 需要 PostgreSQL：请设置 DATABASE_URL，或运行 `PGTEST_PORT=55477 bash scripts/with-postgres.sh npm run bench:bundles`',
  );
  process.exit(2);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-bundles-'));
const config = loadConfig(process.env, {
  dataDir,
  logLevel: 'silent',
  demoData: false,
  outboxPollMs: 0,
  loginRatePerMinute: 10_000,
});
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir, poolMax: config.pgPoolMax });
const deps: Deps = { db: database.db, database, config, now: () => new Date() };
const log = (line: string) => console.error(`[bench:bundles] ${line}`);
log(`数据库：${database.kind}`);

// every statement sent to the server (pool queries go through Client#query too, as do BEGIN and COMMIT)
let statements = 0;
let recorded: string[] | undefined;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements++;
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
  recorded?.push((text ?? '?').replace(/\s+/g, ' ').slice(0, 70));
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

// ---- setup through HTTP, as the API tests do ----
await loadRegionTree(deps);
const app = await buildApp({ database, config, serveWeb: false, now: deps.now });
await app.ready();
const ctx: TestContext = { app, deps, config, advanceClock: () => undefined, close: async () => undefined };
const setupStarted = performance.now();
const bench = await benchBundle(ctx, 200);
log(
  `准备：${MEMBERS} 个已发布成员事项、一件事、窗口人员与申请人（${round((performance.now() - setupStarted) / 1000, 1)} s）`,
);

/** One window intake: the clerk files the bundle for a walk-in applicant, all ten members selected. */
async function intake(k: number): Promise<string> {
  const applicant = bench.applicants[k % bench.applicants.length];
  if (!applicant) throw new Error('no applicant');
  const { id, created } = await createBundleCase(
    deps,
    bench.clerk,
    {
      bundleId: bench.bundleId,
      answers: ANSWERS_ALL_TEN,
      formData: BENCH_FORM,
      outputMode: 'together',
      contactMobile: applicant.mobile ?? '13600000000',
      applicant: { personId: applicant.id },
    },
    undefined,
  );
  if (!created) throw new Error('not created');
  return id;
}

// ---- the pure plan: members, shared materials and the merged form of the ten (no database) ----
const loaded = await loadPublishedBundle(deps, bench.bundleId);
const { plan, answers } = checkedPlan(loaded, ANSWERS_ALL_TEN, { complete: true });
if (plan.members.length !== MEMBERS) throw new Error(`plan has ${plan.members.length} members`);
const timePure = (fn: () => unknown) => {
  for (let k = 0; k < 200; k++) fn();
  const samples: number[] = [];
  for (let k = 0; k < PLANS; k++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
};
const pure = timePure(() => planBundle(loaded.definition, loaded.members, answers));
const formOnly = timePure(() =>
  bundleForm(
    loaded.members.filter((m) => plan.members.some((p) => p.key === m.key)),
    'person',
  ),
);
log(
  `纯计算 planBundle（${plan.form.definition.fields.length} 个合并字段、${plan.materials.length} 份材料）：p50 ${pure.p50} ms、p95 ${pure.p95} ms；其中合并表单 p95 ${formOnly.p95} ms`,
);

// ---- window intakes, one after another ----
for (let k = 0; k < WARMUP; k++) await intake(1_000_000 + k);
// an intake makes what it should: ten member cases, the waiting ones as numberless drafts
const sample = await intake(2_000_000);
const [links] = await database.db
  .select({ n: count() })
  .from(bundleCaseMembers)
  .where(eq(bundleCaseMembers.bundleCaseId, sample));
const [drafts] = await database.db
  .select({ n: count() })
  .from(cases)
  .where(sql`${cases.bundleCaseId} = ${sample} and ${cases.state} = 'draft' and ${cases.caseNumber} is null`);
if (links?.n !== MEMBERS || drafts?.n !== bench.waiting)
  throw new Error(`intake made ${links?.n} members, ${drafts?.n} waiting`);

// statements of one intake, and the share of loading the published bundle
const before = statements;
recorded = [];
await intake(3_000_000);
const perIntake = statements - before;
log(`一次收件的语句：\n    ${recorded.join('\n    ')}`);
recorded = undefined;
const loadSamples: number[] = [];
for (let k = 0; k < 100; k++) {
  const t = performance.now();
  await loadPublishedBundle(deps, bench.bundleId);
  loadSamples.push(performance.now() - t);
}

log(`计时：${INTAKES} 次窗口收件（每次 ${MEMBERS} 个成员，逐一执行）……`);
const samples: number[] = [];
const cpu = process.cpuUsage();
const started = performance.now();
for (let k = 0; k < INTAKES; k++) {
  const t = performance.now();
  await intake(k);
  samples.push(performance.now() - t);
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const figures = {
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
  max: round(Math.max(...samples)),
};
log(
  `  p50 ${figures.p50} ms、p95 ${figures.p95} ms、p99 ${figures.p99} ms、最大 ${figures.max} ms（${INTAKES} 次，${perIntake} 条语句/次）`,
);

// the published guides come from the process's guide cache; it expires after GUIDE_CACHE_TTL_MS (60 s), when
// the next intake reads every member's guide again: that intake, measured apart
const cold: number[] = [];
for (let k = 0; k < COLD; k++) {
  invalidateGuide();
  const t = performance.now();
  await intake(4_000_000 + k);
  cold.push(performance.now() - t);
}
log(`  指南缓存刚失效时：p50 ${percentile(cold, 50)} ms、p95 ${percentile(cold, 95)} ms（${COLD} 次）`);

await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

report({
  bench: 'bundles',
  database: database.kind,
  members: MEMBERS,
  waitingMembers: bench.waiting,
  mergedFields: plan.form.definition.fields.length,
  materials: plan.materials.length,
  intakes: INTAKES,
  warmup: WARMUP,
  intakeMs: figures,
  intakesPerSecond: round(INTAKES / seconds, 1),
  nodeCpuMsPerIntake: round((used.user + used.system) / 1000 / INTAKES, 2),
  statementsPerIntake: perIntake,
  loadPublishedBundleMs: { p50: percentile(loadSamples, 50), p95: percentile(loadSamples, 95) },
  coldGuideCacheIntakeMs: { calls: COLD, p50: percentile(cold, 50), p95: percentile(cold, 95) },
  pureMerge: { calls: PLANS, planBundleMs: pure, formMergeMs: formOnly },
  pureMergeShareOfP95: round(pure.p95 / figures.p95, 3),
  target: TARGET_MS,
  ratioToTarget: round(figures.p95 / TARGET_MS, 2),
});
