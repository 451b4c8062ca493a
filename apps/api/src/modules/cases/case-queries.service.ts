// Reading cases: one case as its viewer may see it, the applicant's own list, the staff work lists sorted by
// due date with warning colours, and the public progress lookup by case number and phone.
import { and, asc, between, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { likeContaining } from '../../platform/sql-text.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import { getFiledVersionGuide } from '../catalog/catalog-public.service.ts';
import { maskIdNumber } from '../identity/domain/mask.ts';
import { trimRegion } from '../identity/domain/scope.ts';
import { users } from '../identity/identity.tables.ts';
import { findEnterpriseById, findPersonById } from '../identity/people.repo.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { chinaDate } from './case-clock.ts';
import { readGranted } from './case-hooks.ts';
import {
  creditMarksOf,
  findCommitment,
  findVerificationTaskOfCase,
  listMissingMaterials,
} from './case-obligations.repo.ts';
import {
  art32Overdue,
  CASE_CHANNEL_LABELS,
  type CaseObligations,
  clockSummary,
  presentCase,
} from './case-views.ts';
import { warningCondition } from './case-warnings.ts';
import { relationTo } from './cases.policy.ts';
import { type CaseRow, findCase, listCaseEvents, listCaseMaterials } from './cases.repo.ts';
import { cases } from './cases.tables.ts';
import type { ClockWarning } from './domain/deadline.ts';
import {
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  type CaseAction,
  type CaseState,
  type IntakeChannel,
} from './domain/transitions.ts';

/** The case if the actor may see it: others' cases are "not found" to citizens, "forbidden" to staff. */
export async function visibleCase(deps: Deps, actor: Actor, caseId: string) {
  const row = await findCase(deps.db, caseId);
  if (!row) throw notFound('办件');
  const relation = relationTo(actor, row);
  if (relation.kind === 'hidden') throw notFound('办件');
  if (relation.kind === 'out_of_scope') throw forbidden('该办件不在您的办理范围内');
  return { row, relation };
}

/** visibleCase, or — for staff outside the case's scope whom another module grants it — read-only. */
async function readableCase(deps: Deps, actor: Actor, caseId: string) {
  const row = await findCase(deps.db, caseId);
  if (!row) throw notFound('办件');
  const relation = relationTo(actor, row);
  if (relation.kind === 'out_of_scope' && (await readGranted(deps, actor, row)))
    return { row, relation: { kind: 'staff', roles: [] } as const };
  return visibleCase(deps, actor, caseId);
}

export async function getCase(deps: Deps, actor: Actor, caseId: string) {
  const { row, relation } = await readableCase(deps, actor, caseId);
  const [materials, events, guide, calendar, names, obligations] = await Promise.all([
    listCaseMaterials(deps.db, row.id),
    listCaseEvents(deps.db, row.id),
    getFiledVersionGuide(deps, row.versionId),
    workingCalendar(deps),
    caseNames(deps, row),
    caseObligations(deps, row, relation.kind === 'staff'),
  ]);
  return presentCase(row, materials, events, {
    calendar,
    config: deps.config,
    now: deps.now(),
    guide,
    roles: relation.roles,
    isParty: relation.kind === 'party',
    ...names,
    obligations,
  });
}

async function caseObligations(deps: Deps, row: CaseRow, staff: boolean): Promise<CaseObligations> {
  const [missing, commitment, verification, marks] = await Promise.all([
    listMissingMaterials(deps.db, row.id),
    findCommitment(deps.db, row.id),
    findVerificationTaskOfCase(deps.db, row.id),
    staff ? creditMarksOf(deps.db, row) : Promise.resolve([]),
  ]);
  return { missing, commitment, verification, creditMarks: marks };
}

async function caseNames(deps: Deps, row: CaseRow) {
  const [org] = await deps.db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, row.orgId));
  const [assignee] = row.assigneeId
    ? await deps.db.select({ name: users.displayName }).from(users).where(eq(users.id, row.assigneeId))
    : [];
  const person = row.applicantPersonId ? await findPersonById(deps.db, row.applicantPersonId) : undefined;
  const enterprise = row.applicantEnterpriseId
    ? await findEnterpriseById(deps.db, row.applicantEnterpriseId)
    : undefined;
  return {
    orgName: org?.name ?? '',
    assigneeName: assignee?.name ?? null,
    applicantIdMasked: person ? maskIdNumber(person.idNumber) : null,
    creditCode: enterprise?.creditCode ?? null,
  };
}

export const QUEUES = ['window', 'department', 'assigned', 'output', 'supervision'] as const;
export type Queue = (typeof QUEUES)[number];

/** Which states each work list shows, and who may open it. */
const QUEUE_STATES: Record<Queue, readonly CaseState[]> = {
  window: ['submitted', 'awaiting_correction'],
  department: ['accepted', 'in_review', 'special_procedure'],
  assigned: ['in_review', 'special_procedure'],
  output: ['approved', 'denied', 'result_issued'],
  supervision: [
    'submitted',
    'awaiting_correction',
    'accepted',
    'in_review',
    'special_procedure',
    'approved',
    'denied',
    'result_issued',
  ],
};

export const QUEUE_ROLES: Record<Queue, readonly Actor['roles'][number][]> = {
  window: ['window_clerk', 'chief_representative'],
  department: ['approver', 'chief_representative'],
  assigned: ['approver', 'chief_representative'],
  output: ['output_clerk', 'chief_representative'],
  supervision: ['supervisor', 'admin'],
};

export interface QueueQuery {
  page: number;
  pageSize: number;
  q?: string;
  state?: CaseState;
  /** 时限预警 as the list shows it (case-warnings.ts) */
  warning?: ClockWarning;
}

export async function listQueue(deps: Deps, actor: Actor, queue: Queue, query: QueueQuery) {
  if (!actor.roles.some((r) => QUEUE_ROLES[queue].includes(r))) throw forbidden('当前账号无权查看该工作台');
  const states = query.state ? QUEUE_STATES[queue].filter((s) => s === query.state) : QUEUE_STATES[queue];
  if (states.length === 0) return { items: [], total: 0 };
  const conditions: (SQL | undefined)[] = [inArray(cases.state, [...states]), scopeCondition(actor)];
  if (queue === 'assigned') conditions.push(eq(cases.assigneeId, actor.userId));
  if (query.q?.trim()) {
    const text = likeContaining(query.q.trim());
    conditions.push(
      or(like(cases.caseNumber, text), like(cases.applicantName, text), like(cases.itemName, text)),
    );
  }
  if (query.warning) {
    const calendar = await workingCalendar(deps);
    conditions.push(await warningCondition(deps, and(...conditions), query.warning, calendar, deps.now()));
  }
  const where = and(...conditions);
  const order =
    queue === 'window'
      ? [asc(cases.receivedAt)]
      : queue === 'output'
        ? [asc(cases.decidedAt)]
        : [asc(cases.promisedDue), asc(cases.acceptedAt)];
  return pagedCases(deps, where, order, query);
}

/** One page of cases as list items (with their clocks), and how many match in all. */
async function pagedCases(
  deps: Deps,
  where: SQL | undefined,
  order: SQL[],
  page: { page: number; pageSize: number },
) {
  const [rows, [count], calendar] = await Promise.all([
    deps.db
      .select()
      .from(cases)
      .where(where)
      .orderBy(...order)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    deps.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
    workingCalendar(deps),
  ]);
  const now = deps.now();
  const today = chinaDate(now);
  return {
    items: rows.map((row) => listItem(row, clockSummary(calendar, deps.config, row, now), today)),
    total: count?.n ?? 0,
  };
}

/** The cases of a staff member's scope: their department's, else their region's subtree. */
export function scopeCondition(actor: Actor): SQL {
  if (actor.orgId) return eq(cases.orgId, actor.orgId);
  if (actor.regionCode) {
    // A region's subtree is a range of 12-digit codes. Written as a range, the (region_code, …) queue indexes
    // scan just that range; LIKE 'prefix%' cannot use them under the database's non-C collation and read the
    // whole province's queue (docs/BENCHMARKS.md "办件引擎").
    const prefix = trimRegion(actor.regionCode);
    return between(cases.regionCode, prefix.padEnd(12, '0'), prefix.padEnd(12, '9'));
  }
  return sql`false`;
}

function listItem(row: CaseRow, clock: ReturnType<typeof clockSummary>, today: string) {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    itemName: row.itemName,
    applicantName: row.applicantName,
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    channel: row.channel,
    channelLabel: CASE_CHANNEL_LABELS[row.channel as IntakeChannel] ?? row.channel,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    acceptedOn: row.acceptedOn,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    promisedDue: clock?.promisedDue ?? null,
    legalDue: clock?.legalDue ?? null,
    remainingWorkdays: clock?.remainingWorkdays ?? null,
    warning: clock?.warning ?? 'normal',
    pausedWorkdays: clock?.pausedWorkdays ?? 0,
    assigneeId: row.assigneeId,
    deemedAccepted: row.deemedAccepted,
    art32Overdue: art32Overdue(row, today),
    deliveryPreference: row.deliveryPreference,
    decision: row.decision,
  };
}

/** 我的办件: cases where the signed-in citizen or enterprise is the applicant, or that they filed as agent. */
export async function listMyCases(deps: Deps, actor: Actor, query: { page: number; pageSize: number }) {
  const mine: SQL[] = [eq(cases.filedBy, actor.userId)];
  if (actor.personId)
    mine.push(and(eq(cases.applicantKind, 'person'), eq(cases.applicantPersonId, actor.personId)) as SQL);
  if (actor.enterpriseId)
    mine.push(
      and(eq(cases.applicantKind, 'enterprise'), eq(cases.applicantEnterpriseId, actor.enterpriseId)) as SQL,
    );
  const where = or(...mine);
  return pagedCases(deps, where, [desc(cases.updatedAt)], query);
}

/**
 * 办件进度查询 without signing in: the case number and the applicant's phone must both match. A mismatch
 * answers exactly like an unknown number, so the lookup cannot be used to probe which numbers exist.
 */
export async function lookupProgress(deps: Deps, caseNumber: string, mobile: string) {
  const [row] = await deps.db
    .select()
    .from(cases)
    .where(and(eq(cases.caseNumber, caseNumber), eq(cases.contactMobile, mobile)));
  if (!row) throw new AppError('NOT_FOUND', '未找到办件，请核对办件编号和手机号码');
  const [events, calendar, [org]] = await Promise.all([
    listCaseEvents(deps.db, row.id),
    workingCalendar(deps),
    deps.db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, row.orgId)),
  ]);
  const clock = clockSummary(calendar, deps.config, row, deps.now());
  return {
    caseNumber: caseNumber,
    itemName: row.itemName,
    departmentName: org?.name ?? '',
    applicantName: maskName(row.applicantName, row.applicantKind),
    state: row.state,
    stateLabel: CASE_STATE_LABELS[row.state],
    receivedAt: row.receivedAt?.toISOString() ?? null,
    acceptedOn: row.acceptedOn,
    clock,
    steps: events
      .filter(
        (e) =>
          e.action !== 'record_opinion' &&
          e.action !== 'transfer' &&
          e.action !== 'claim' &&
          e.action !== 'assign',
      )
      .map((e) => ({
        at: e.at.toISOString(),
        actionLabel:
          e.action === 'create' ? '创建办件' : (CASE_ACTION_LABELS[e.action as CaseAction] ?? e.action),
        stateLabel: CASE_STATE_LABELS[e.toState as CaseState] ?? e.toState,
      })),
  };
}

/** 张三 → 张*, 欧阳小明 → 欧***; enterprise names are public register data and stay whole. */
export function maskName(name: string, kind: 'person' | 'enterprise'): string {
  if (kind === 'enterprise') return name;
  const chars = Array.from(name);
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
