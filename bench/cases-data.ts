// Work-list data for bench:cases: a million cases written by SQL (generate_series), spread over 70 departments
// of the region tree with a realistic mix — most closed, the open ones recent — and the staff whose lists are
// timed. The cases carry every column the lists read (limits, due dates, maturity); they have no events, so
// this database is not one to run audit:verify on.
import { idNumberCheckChar, type Role } from '@msb/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { listQueue, type Queue } from '../apps/api/src/modules/cases/case-queries.service.ts';
import { cases } from '../apps/api/src/modules/cases/cases.tables.ts';
import type { ClockWarning } from '../apps/api/src/modules/cases/domain/deadline.ts';
import { implementations, implementationVersions } from '../apps/api/src/modules/catalog/catalog.tables.ts';
import { users } from '../apps/api/src/modules/identity/identity.tables.ts';
import { persons } from '../apps/api/src/modules/identity/people.tables.ts';
import { orgs } from '../apps/api/src/modules/orgs/orgs.tables.ts';
import { regions } from '../apps/api/src/modules/regions/regions.tables.ts';
import type { Actor } from '../apps/api/src/platform/access.ts';
import type { Deps } from '../apps/api/src/platform/deps.ts';
import type { Desk } from '../apps/api/test/case-fixtures.ts';
import { percentile, round } from './lib.ts';

const ORGS = 70;
const APPROVERS_PER_ORG = 5;
const PEOPLE = 20_000;
const HOME = '150203000000';
const LEAGUE = '150200000000';

export interface ListProbe {
  queue: Queue;
  actor: Actor;
  /** 督查 by warning colour (case-warnings.ts) */
  warning?: ClockWarning;
}

const staff = (userId: string, roles: Role[], regionCode: string, orgId: string | null): Actor => ({
  userId,
  username: userId,
  displayName: '测试',
  kind: 'staff',
  roles,
  regionCode,
  orgId,
  personId: null,
  enterpriseId: null,
});

/** Departments, their published items and staff, 20,000 citizens, then `size` cases; ANALYZE. */
export async function generateCases(deps: Deps, desk: Desk, size: number, log: (line: string) => void) {
  const db = deps.db;
  const started = performance.now();
  const [deskImpl] = await db.select().from(implementations).where(eq(implementations.id, desk.item.id));
  const [hashRow] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, desk.window.userId));
  if (!deskImpl || !hashRow) throw new Error('bench desk missing');
  const passwordHash = hashRow.hash;

  // 70 departments: the bench item's own and 7 more in 昆都仑区, 9 league-level, the rest one per county
  const tree = await db
    .select({ code: regions.code, level: regions.level })
    .from(regions)
    .where(inArray(regions.level, ['city', 'county']));
  const cities = tree.filter((r) => r.level === 'city' && r.code !== LEAGUE).map((r) => r.code);
  const counties = tree.filter((r) => r.level === 'county' && r.code !== HOME).map((r) => r.code);
  const orgRegions = [
    ...Array.from({ length: 7 }, () => HOME),
    ...cities.slice(0, 9),
    ...counties.slice(0, ORGS - 17),
  ];
  const newOrgs = await db
    .insert(orgs)
    .values(
      orgRegions.map((regionCode, k) => ({
        key: `bench-cases-${k}`,
        name: `示例部门${k + 1}`,
        kind: 'government_department' as const,
        regionCode,
        isDemo: true,
      })),
    )
    .returning({ id: orgs.id, regionCode: orgs.regionCode });
  const allOrgs = [{ id: desk.item.orgId, regionCode: HOME }, ...newOrgs];
  const items: { implId: string; versionId: string; name: string }[] = [
    {
      implId: desk.item.id,
      versionId: desk.item.versionId,
      name: desk.item.guide.name,
    },
  ];
  for (const [k, org] of newOrgs.entries()) {
    const guide = { ...desk.item.guide, name: `${desk.item.guide.name}（示例${k + 1}）` };
    const [impl] = await db
      .insert(implementations)
      .values({
        code: `BENCH-CASES-${k}`,
        baseItemId: deskImpl.baseItemId,
        regionCode: org.regionCode,
        orgId: org.id,
        isDemo: true,
      })
      .returning({ id: implementations.id });
    if (!impl) throw new Error('implementation');
    const [version] = await db
      .insert(implementationVersions)
      .values({
        implementationId: impl.id,
        versionNo: 1,
        status: 'published',
        guide,
        publishedAt: new Date(),
      })
      .returning({ id: implementationVersions.id });
    if (!version) throw new Error('version');
    await db
      .update(implementations)
      .set({ publishedVersionId: version.id })
      .where(eq(implementations.id, impl.id));
    items.push({ implId: impl.id, versionId: version.id, name: guide.name });
  }

  // staff: a window clerk per region (files window cases), five approvers per department
  const clerkRegions = [...new Set(allOrgs.map((o) => o.regionCode))];
  const clerks = await db
    .insert(users)
    .values(
      clerkRegions.map((regionCode, k) => ({
        username: `bench-window-${k}`,
        passwordHash,
        displayName: `示例窗口${k}`,
        kind: 'staff' as const,
        roles: ['window_clerk'],
        regionCode,
        isDemo: true,
      })),
    )
    .returning({ id: users.id, regionCode: users.regionCode });
  const clerkOf = new Map(clerks.map((c) => [c.regionCode, c.id]));
  const approvers = await db
    .insert(users)
    .values(
      allOrgs.flatMap((org, k) =>
        Array.from({ length: APPROVERS_PER_ORG }, (_, j) => ({
          username: `bench-approver-${k}-${j}`,
          passwordHash,
          displayName: `示例审批${k}-${j}`,
          kind: 'staff' as const,
          roles: ['approver'],
          regionCode: org.regionCode,
          orgId: org.id,
          isDemo: true,
        })),
      ),
    )
    .returning({ id: users.id, orgId: users.orgId });

  await db.execute(sql`drop table if exists bench_orgs, bench_people`);
  await db.execute(sql`create table bench_orgs (idx integer primary key, org_id uuid not null,
    region_code varchar(12) not null, impl_id uuid not null, version_id uuid not null, item_name text not null,
    clerk_id uuid not null, approvers uuid[] not null)`);
  for (const [k, org] of allOrgs.entries()) {
    const item = items[k];
    const team = approvers.filter((a) => a.orgId === org.id).map((a) => a.id);
    if (!item) throw new Error('item');
    await db.execute(sql`insert into bench_orgs values (${k}, ${org.id}, ${org.regionCode}, ${item.implId},
      ${item.versionId}, ${item.name}, ${clerkOf.get(org.regionCode) ?? desk.window.userId},
      ${`{${team.join(',')}}`}::uuid[])`);
  }

  // citizens with accounts (online cases are filed by the applicant's own account)
  await db.execute(sql`create table bench_people (idx integer primary key, person_id uuid not null,
    user_id uuid not null, name text not null, mobile text not null)`);
  for (let from = 0; from < PEOPLE; from += 1_000) {
    const batch = Array.from({ length: 1_000 }, (_, j) => {
      const k = from + j;
      const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(k / 900) * 86_400_000);
      const body = `150204${birth.toISOString().slice(0, 10).replaceAll('-', '')}${100 + (k % 900)}`;
      return {
        name: `示例居民${k}`,
        idNumber: `${body}${idNumberCheckChar(body)}`,
        mobile: `139${String(k).padStart(8, '0')}`,
        realNameMode: 'checksum' as const,
      };
    });
    const people = await db
      .insert(persons)
      .values(batch)
      .returning({ id: persons.id, mobile: persons.mobile });
    const accounts = await db
      .insert(users)
      .values(
        people.map((p, j) => ({
          username: p.mobile ?? '',
          passwordHash,
          displayName: batch[j]?.name ?? '',
          kind: 'public' as const,
          roles: ['citizen'],
          mobile: p.mobile,
          personId: p.id,
          isDemo: true,
        })),
      )
      .returning({ id: users.id });
    const values = people.map(
      (p, j) => sql`(${from + j}, ${p.id}, ${accounts[j]?.id}, ${batch[j]?.name}, ${p.mobile})`,
    );
    await db.execute(sql`insert into bench_people values ${sql.join(values, sql`, `)}`);
  }
  log(
    `  部门 ${allOrgs.length} 个、审批人员 ${approvers.length} 名、居民 ${PEOPLE} 名（${round((performance.now() - started) / 1000, 1)} s）`,
  );

  const chunk = 100_000;
  for (let from = 0; from < size; from += chunk) {
    const t = performance.now();
    await insertCases(deps, desk, from, Math.min(size, from + chunk), size);
    log(`  办件 ${Math.min(size, from + chunk)} / ${size}（${round((performance.now() - t) / 1000, 1)} s）`);
  }
  await db.execute(sql`drop table bench_orgs, bench_people`);
  const analyzeStarted = performance.now();
  await deps.database.vacuum();
  log(`  ANALYZE ${round((performance.now() - analyzeStarted) / 1000, 1)} s`);

  const heavy = allOrgs[0];
  const typical = allOrgs[35];
  const [heavyApprover] = await db
    .select({ assignee_id: cases.assigneeId })
    .from(cases)
    .where(and(eq(cases.orgId, heavy?.id ?? ''), inArray(cases.state, ['in_review', 'special_procedure'])))
    .groupBy(cases.assigneeId)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  if (!heavy || !typical || !heavyApprover?.assignee_id) throw new Error('no probes');
  const probes: Record<string, ListProbe> = {
    'department (largest department)': {
      queue: 'department',
      actor: staff(heavyApprover.assignee_id, ['approver'], HOME, heavy.id),
    },
    'department (typical department)': {
      queue: 'department',
      actor: staff(
        approvers.find((a) => a.orgId === typical.id)?.id ?? '',
        ['approver'],
        typical.regionCode,
        typical.id,
      ),
    },
    'window (county)': { queue: 'window', actor: staff(desk.window.userId, ['window_clerk'], HOME, null) },
    'window (league)': { queue: 'window', actor: staff(desk.window.userId, ['window_clerk'], LEAGUE, null) },
    assigned: { queue: 'assigned', actor: staff(heavyApprover.assignee_id, ['approver'], HOME, heavy.id) },
    'output (county)': { queue: 'output', actor: staff(desk.output.userId, ['output_clerk'], HOME, null) },
    'supervision (league)': {
      queue: 'supervision',
      actor: staff(desk.window.userId, ['supervisor'], LEAGUE, null),
    },
    'supervision red (league)': {
      queue: 'supervision',
      actor: staff(desk.window.userId, ['supervisor'], LEAGUE, null),
      warning: 'red',
    },
    'supervision yellow (league)': {
      queue: 'supervision',
      actor: staff(desk.window.userId, ['supervisor'], LEAGUE, null),
      warning: 'yellow',
    },
  };
  return { seconds: round((performance.now() - started) / 1000, 1), actors: probes };
}

/**
 * One chunk of cases [from, to). Three hashed uniform numbers per row pick the department (skewed: the
 * first gets ~12%), the state (open states only in the last 60 days), the channel and the dates.
 */
async function insertCases(deps: Deps, desk: Desk, from: number, to: number, size: number) {
  const perDay = Math.max(1, size / 1_000); // spread over ~1,000 days
  const legal = JSON.stringify(desk.item.guide.legalLimit);
  const promised = JSON.stringify(desk.item.guide.promisedLimit);
  await deps.db.execute(sql`
    insert into cases (case_number, implementation_id, version_id, item_name, org_id, region_code, state,
      channel, applicant_kind, applicant_person_id, applicant_name, contact_mobile, filed_by, form_data,
      assignee_id, step_started_on, legal_limit, promised_limit, instant, maturity, delivery_preference,
      received_at, correction_due, accepted_at, accepted_on, legal_due, promised_due, original_legal_due,
      original_promised_due, decision, decided_at, decided_by, delivery_method, delivered_at, closed_at,
      is_demo, created_at, updated_at)
    select
      case when st.state = 'draft' then null else o.region_code || '-' ||
        to_char(s.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' ||
        lpad(((s.i % 900000) + 1)::text, 6, '0') end,
      o.impl_id, o.version_id, o.item_name, o.org_id, o.region_code, st.state, ch.channel, 'person',
      p.person_id, p.name, p.mobile, case when ch.channel = 'window' then o.clerk_id else p.user_id end,
      jsonb_build_object('applicant.name', p.name, 'applicant.mobile', p.mobile,
        'applicant.address', '示例路 1 号（示例）'),
      case when st.assigned then o.approvers[1 + floor(s.r3 * ${APPROVERS_PER_ORG})::int] end,
      case when st.accepted then s.received_on end,
      ${legal}::jsonb, ${promised}::jsonb, false, 'IV',
      case when ch.channel = 'window' then 'window' else 'download' end,
      case when st.state <> 'draft' then s.created_at end,
      case when st.state <> 'draft' then s.received_on + 7 end,
      case when st.accepted then s.created_at + interval '2 hours' end,
      case when st.accepted then s.received_on end,
      case when st.accepted then s.received_on + 28 end,
      case when st.accepted then s.received_on + 14 end,
      case when st.accepted then s.received_on + 28 end,
      case when st.accepted then s.received_on + 14 end,
      case when st.decided then (case when s.r3 < 0.05 or st.state = 'denied' then 'denied' else 'approved' end) end,
      case when st.decided then s.created_at + (1 + s.r3 * 12) * interval '1 day' end,
      case when st.decided then o.approvers[1 + floor(s.r3 * ${APPROVERS_PER_ORG})::int] end,
      case when st.state in ('delivered', 'closed') then 'window' end,
      case when st.state in ('delivered', 'closed') then s.created_at + (2 + s.r3 * 12) * interval '1 day' end,
      case when st.state in ('closed', 'refused', 'withdrawn', 'terminated')
        then s.created_at + (2 + s.r3 * 13) * interval '1 day' end,
      true, s.created_at, s.created_at
    from (
      select g.i, h.r1, h.r2, h.r3, h.r4, c.created_at, (c.created_at at time zone 'Asia/Shanghai')::date as received_on
      from generate_series(${from}::bigint, ${to - 1}::bigint) g(i)
      cross join lateral (select
        (hashint8extended(g.i, 1) & 2147483647)::float8 / 2147483648 as r1,
        (hashint8extended(g.i, 2) & 2147483647)::float8 / 2147483648 as r2,
        (hashint8extended(g.i, 3) & 2147483647)::float8 / 2147483648 as r3,
        (hashint8extended(g.i, 4) & 2147483647)::float8 / 2147483648 as r4) h
      -- from yesterday backwards, so no generated number collides with today's real ones
      cross join lateral (select now() - interval '1 day' - (g.i / ${perDay}::float8) * interval '1 day'
        - h.r3 * interval '8 hours' as created_at) c
    ) s
    join bench_orgs o on o.idx = floor(${ORGS} * s.r1 * s.r1)::int
    join bench_people p on p.idx = s.i % ${PEOPLE}
    cross join lateral (select case
      when s.i < 60 * ${perDay} then case
        when s.r2 < 0.04 then 'draft' when s.r2 < 0.08 then 'submitted' when s.r2 < 0.10 then 'awaiting_correction'
        when s.r2 < 0.18 then 'accepted' when s.r2 < 0.38 then 'in_review' when s.r2 < 0.40 then 'special_procedure'
        when s.r2 < 0.44 then 'approved' when s.r2 < 0.45 then 'denied' when s.r2 < 0.50 then 'result_issued'
        when s.r2 < 0.51 then 'delivered' when s.r2 < 0.53 then 'refused' when s.r2 < 0.54 then 'withdrawn'
        when s.r2 < 0.545 then 'terminated' else 'closed' end
      else case when s.r2 < 0.025 then 'refused' when s.r2 < 0.04 then 'withdrawn'
        when s.r2 < 0.05 then 'terminated' else 'closed' end
      end as state) st0
    cross join lateral (select st0.state,
      st0.state in ('accepted', 'in_review', 'special_procedure', 'approved', 'denied', 'result_issued',
        'delivered', 'closed') as accepted,
      st0.state in ('in_review', 'special_procedure', 'approved', 'denied', 'result_issued', 'delivered',
        'closed') as assigned,
      st0.state in ('approved', 'denied', 'result_issued', 'delivered', 'closed') as decided) st
    cross join lateral (select case when s.r4 < 0.4 then 'window' when s.r4 < 0.85 then 'web'
      else 'phone' end as channel) ch
  `);
}

/** Times `calls` requests of each work list, page 1 mostly and pages 2–4 now and then. */
export async function timeWorkLists(deps: Deps, probes: Record<string, ListProbe>, calls: number) {
  const figures: Record<string, { p50: number; p95: number; p99: number; total: number }> = {};
  for (const [name, probe] of Object.entries(probes)) {
    const page = (k: number) => (k % 4 === 3 ? 2 + (k % 3) : 1);
    const filter = probe.warning ? { warning: probe.warning } : {};
    let total = 0;
    for (let k = 0; k < 10; k++)
      await listQueue(deps, probe.actor, probe.queue, { page: page(k), pageSize: 20, ...filter });
    const samples: number[] = [];
    for (let k = 0; k < calls; k++) {
      const t = performance.now();
      const result = await listQueue(deps, probe.actor, probe.queue, {
        page: page(k),
        pageSize: 20,
        ...filter,
      });
      samples.push(performance.now() - t);
      total = result.total;
    }
    figures[name] = {
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      p99: percentile(samples, 99),
      total,
    };
  }
  return figures;
}
