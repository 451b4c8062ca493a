// Reading bundle cases: the one progress view (issue 4 §3: each member's state and due date, the bundle's due
// date and warning), the applicant's list, and the staff work lists — the 一件事 window, the lead department
// (牵头部门, who sees and chases every member) and the output window.
import { BUNDLE_OUTPUT_LABELS } from '@msb/contracts';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { chinaDate } from '../cases/case-clock.ts';
import { clockSummary, maskFormData } from '../cases/case-views.ts';
import { listCaseMaterials } from '../cases/cases.repo.ts';
import { cases } from '../cases/cases.tables.ts';
import { CASE_STATE_LABELS } from '../cases/domain/transitions.ts';
import { maskMobile } from '../identity/domain/mask.ts';
import { trimRegion } from '../identity/domain/scope.ts';
import { orgs } from '../orgs/orgs.tables.ts';
import { type BundleCaseRow, findBundleCase } from './bundle-cases.repo.ts';
import { planView } from './bundle-catalog.service.ts';
import { type BundleContext, bundleContext } from './bundle-context.ts';
import { extensionLeft, mayExtend } from './bundle-extension.service.ts';
import { type BundleRelation, bundleRelation, intakeRole } from './bundles.policy.ts';
import { bundleCaseMembers, bundleCases } from './bundles.tables.ts';
import { bundleClock } from './domain/bundle-clock.ts';
import {
  BUNDLE_INTAKE_LABELS,
  BUNDLE_STATUS_LABELS,
  bundleStatus,
  readyForOutput,
} from './domain/bundle-status.ts';

export async function getBundleCaseView(deps: Deps, actor: Actor, id: string) {
  const bc = await findBundleCase(deps.db, id);
  if (!bc) throw notFound('一件事办件');
  const ctx = await bundleContext(deps, deps.db, bc);
  const relation = bundleRelation(
    actor,
    bc,
    ctx.members.map((m) => m.row.orgId),
  );
  if (relation.kind === 'hidden') throw notFound('一件事办件');
  if (relation.kind === 'out_of_scope') throw forbidden('该一件事办件不在您的办理范围内');
  const calendar = await workingCalendar(deps);
  const [lead] = await deps.db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(eq(orgs.id, bc.leadOrgId));
  const onFile = new Map<string, Awaited<ReturnType<typeof listCaseMaterials>>>();
  for (const m of ctx.members) onFile.set(m.link.memberKey, await listCaseMaterials(deps.db, m.row.id));
  /** the files of a bundle material: what its members hold under its guide id, each file once */
  const filesOf = (p: (typeof ctx.plan.materials)[number]) => {
    const list: { fileName: string; source: string }[] = [];
    for (const key of p.members)
      for (const x of onFile.get(key) ?? [])
        if (x.materialId === p.guideMaterialId && !list.some((f) => f.fileName === (x.fileName ?? x.name)))
          list.push({ fileName: x.fileName ?? x.name, source: x.source });
    return list;
  };
  return {
    ...summaryOf(deps, calendar, ctx),
    versionId: bc.versionId,
    channel: bc.channel,
    contactMobile: maskMobile(bc.contactMobile),
    receivedAt: bc.receivedAt?.toISOString() ?? null,
    outputMode: bc.outputMode,
    outputModeLabel: BUNDLE_OUTPUT_LABELS[bc.outputMode],
    outputModes: ctx.definition.outputModes,
    outputWindow: ctx.definition.outputWindow,
    postalAddress: bc.postalAddress,
    leadOrg: lead ?? { id: bc.leadOrgId, name: '' },
    correctionItems: bc.correctionItems,
    refusalReasons: bc.refusalReasons,
    extensions: bc.extensions.map(({ recordedBy: _recordedBy, ...e }) => e),
    extensionLeft: extensionLeft(bc),
    answers: bc.answers,
    formData: maskFormData(bc.formData),
    plan: planView(ctx.plan, ctx),
    questions: ctx.definition.questions,
    materials: ctx.plan.materials.map((m) => ({
      materialId: m.materialId,
      name: m.name,
      members: m.members,
      requiredBy: m.requiredBy,
      files: filesOf(m),
    })),
    actions: actionsFor(relation, ctx, actor.orgId === bc.leadOrgId, mayExtend(actor, bc)),
  };
}

function summaryOf(deps: Deps, calendar: WorkingCalendar, ctx: BundleContext) {
  const { bc } = ctx;
  const now = deps.now();
  const status = bundleStatus(
    bc.intakeState,
    ctx.members.map((m) => m.row),
  );
  const clock =
    bc.acceptedOn && status === 'in_progress'
      ? bundleClock(calendar, {
          acceptedOn: bc.acceptedOn,
          promisedLimit: bc.promisedLimit,
          extensions: bc.extensions,
          asOf: chinaDate(now),
          yellowThresholdWorkdays: deps.config.warningYellowWorkdays + 1,
          naturalDayRollsToWorkday: deps.config.naturalDayRollsToWorkday,
        })
      : null;
  const present = new Set(ctx.members.map((m) => m.link.memberKey));
  return {
    id: bc.id,
    caseNumber: bc.caseNumber,
    bundleId: bc.bundleId,
    bundleName: bc.bundleName,
    intakeState: bc.intakeState,
    intakeStateLabel: BUNDLE_INTAKE_LABELS[bc.intakeState],
    status,
    statusLabel: BUNDLE_STATUS_LABELS[status],
    applicantName: bc.applicantName,
    acceptedOn: bc.acceptedOn,
    promisedDue: bc.promisedDue,
    warning: clock?.warning ?? null,
    remainingWorkdays: clock?.remainingWorkdays ?? null,
    createdAt: bc.createdAt.toISOString(),
    isDemo: bc.isDemo,
    members: ctx.members.map((m) => {
      const c = clockSummary(calendar, deps.config, m.row, now);
      return {
        key: m.link.memberKey,
        caseId: m.row.id,
        caseNumber: m.row.caseNumber,
        itemName: m.row.itemName,
        orgName: m.orgName,
        state: m.row.state,
        stateLabel: m.link.held && m.row.state === 'draft' ? '等待前置事项' : CASE_STATE_LABELS[m.row.state],
        held: m.link.held,
        waitingFor: m.link.held ? m.link.dependsOn.filter((d) => present.has(d)) : [],
        promisedDue: c?.promisedDue ?? null,
        warning: c && !m.row.decidedAt ? c.warning : null,
        decision: m.row.decision,
        decisionReasons: m.row.decisionReasons,
        delivered: m.link.deliveredAt !== null || m.row.deliveredAt !== null,
      };
    }),
  };
}

function actionsFor(
  relation: BundleRelation,
  ctx: BundleContext,
  lead: boolean,
  extender: boolean,
): string[] {
  const { bc } = ctx;
  const actions: string[] = [];
  if (relation.kind === 'party') {
    if (bc.intakeState === 'draft') actions.push('edit', 'upload', 'submit');
    if (bc.intakeState === 'awaiting_correction') actions.push('upload', 'resubmit');
    if (
      bc.intakeState !== 'refused' &&
      bc.intakeState !== 'withdrawn' &&
      bundleStatus(
        bc.intakeState,
        ctx.members.map((m) => m.row),
      ) !== 'completed'
    )
      actions.push('withdraw');
  }
  if (relation.kind === 'staff') {
    if (intakeRole(relation) && bc.intakeState === 'submitted')
      actions.push('accept', 'request_correction', 'refuse');
    const ready = ctx.members.some(
      (m) => !m.link.deliveredAt && (readyForOutput(m.row.state) || m.row.state === 'approved'),
    );
    if (relation.roles.includes('output_clerk') && bc.intakeState === 'accepted' && ready)
      actions.push('deliver');
    // 牵头部门督办
    const backOffice = relation.roles.some((r) => r === 'approver' || r === 'chief_representative');
    if (lead && backOffice && bc.intakeState === 'accepted') actions.push('chase');
    // 第四十二条第二款: the lead department's chief representative records an approved extension
    const inProgress =
      bundleStatus(
        bc.intakeState,
        ctx.members.map((m) => m.row),
      ) === 'in_progress';
    if (extender && inProgress && bc.acceptedOn && extensionLeft(bc) > 0) actions.push('extend');
  }
  return actions;
}

export async function listMyBundleCases(deps: Deps, actor: Actor) {
  const mine: SQL[] = [eq(bundleCases.filedBy, actor.userId)];
  if (actor.personId) mine.push(eq(bundleCases.applicantPersonId, actor.personId));
  if (actor.enterpriseId) mine.push(eq(bundleCases.applicantEnterpriseId, actor.enterpriseId));
  const rows = await deps.db
    .select()
    .from(bundleCases)
    .where(or(...mine))
    .orderBy(desc(bundleCases.createdAt))
    .limit(100);
  return { items: await summaries(deps, rows) };
}

export const BUNDLE_QUEUES = ['window', 'lead', 'output'] as const;
export type BundleQueue = (typeof BUNDLE_QUEUES)[number];

const QUEUE_ROLES: Record<BundleQueue, readonly string[]> = {
  window: ['window_clerk', 'chief_representative'],
  lead: ['approver', 'chief_representative'],
  output: ['output_clerk'],
};

export async function listBundleQueue(
  deps: Deps,
  actor: Actor,
  queue: BundleQueue,
  page: { page: number; pageSize: number },
) {
  if (!actor.roles.some((r) => QUEUE_ROLES[queue].includes(r))) throw forbidden('当前账号无权查看该工作台');
  const conditions: SQL[] = [];
  if (queue === 'lead') {
    if (!actor.orgId) return { items: [], total: 0 };
    conditions.push(eq(bundleCases.leadOrgId, actor.orgId), eq(bundleCases.intakeState, 'accepted'));
  } else {
    if (!actor.regionCode) return { items: [], total: 0 };
    const prefix = trimRegion(actor.regionCode);
    conditions.push(
      sql`${bundleCases.regionCode} between ${prefix.padEnd(12, '0')} and ${prefix.padEnd(12, '9')}`,
    );
    if (queue === 'window')
      conditions.push(inArray(bundleCases.intakeState, ['submitted', 'awaiting_correction']));
    else
      conditions.push(
        eq(bundleCases.intakeState, 'accepted'),
        // a member result waits at the output window and has not been handed over
        sql`exists (select 1 from ${bundleCaseMembers} m join ${cases} c on c.id = m.case_id
          where m.bundle_case_id = ${bundleCases.id} and m.delivered_at is null
          and c.state in ('approved', 'denied', 'result_issued'))`,
      );
  }
  const where = and(...conditions);
  const [count] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(bundleCases).where(where);
  const rows = await deps.db
    .select()
    .from(bundleCases)
    .where(where)
    .orderBy(queue === 'lead' ? asc(bundleCases.promisedDue) : asc(bundleCases.receivedAt))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { items: await summaries(deps, rows), total: count?.n ?? 0 };
}

async function summaries(deps: Deps, rows: readonly BundleCaseRow[]) {
  const calendar = await workingCalendar(deps);
  const items = [];
  for (const bc of rows) {
    const s = summaryOf(deps, calendar, await bundleContext(deps, deps.db, bc));
    items.push({ ...s, memberCount: s.members.length });
  }
  return items;
}
