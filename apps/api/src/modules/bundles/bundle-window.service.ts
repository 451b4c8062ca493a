// The comprehensive window's and the output window's side of a bundle case (issue 4 §3): one acceptance for
// every member (一次受理), one correction notice (一次告知), refusal, and one output (一窗发证): all results handed
// over or posted together, recorded per member.
import type { StaffRole } from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import { type ActionInput, applyAction, type CaseActor } from '../cases/case-actions.service.ts';
import { chinaDate } from '../cases/case-clock.ts';
import { listCaseMaterials, lockCase } from '../cases/cases.repo.ts';
import { lockBundleCase, updateBundleCase, updateMemberLink } from './bundle-cases.repo.ts';
import { type BundleContext, bundleContext } from './bundle-context.ts';
import { tellBundleApplicant } from './bundle-notices.ts';
import { bundleRelation, intakeRole } from './bundles.policy.ts';
import { bundleClock } from './domain/bundle-clock.ts';
import { BUNDLE_INTAKE_LABELS, readyForOutput } from './domain/bundle-status.ts';

type Checklist = NonNullable<ActionInput['materialsChecklist']>;
type Missing = NonNullable<ActionInput['missingMaterials']>;

async function staffContext(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  id: string,
): Promise<{ ctx: BundleContext; roles: StaffRole[] }> {
  const bc = await lockBundleCase(tx, id);
  if (!bc) throw notFound('一件事办件');
  const ctx = await bundleContext(deps, tx, bc);
  const relation = bundleRelation(
    actor,
    bc,
    ctx.members.map((m) => m.row.orgId),
  );
  if (relation.kind === 'hidden') throw notFound('一件事办件');
  if (relation.kind !== 'staff') throw forbidden('该一件事办件不在您的办理范围内');
  return { ctx, roles: relation.roles };
}

async function intakeContext(deps: Deps, tx: Tx, actor: Actor, id: string) {
  const { ctx, roles } = await staffContext(deps, tx, actor, id);
  const role = intakeRole({ kind: 'staff', roles });
  if (!role) throw forbidden('只有综合窗口或首席代表可以受理一件事');
  return { ctx, who: { kind: 'bundle', actor, role } as CaseActor };
}

/**
 * 一次受理: the material checklist once for the whole bundle; every member that waits for no other is accepted
 * in one transaction with the entries of its own materials, and the bundle's promise starts.
 */
export async function acceptBundleCase(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { materialsChecklist: Checklist; missingMaterials?: Missing; comment?: string },
): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const { ctx, who } = await intakeContext(deps, tx, actor, id);
    if (ctx.bc.intakeState !== 'submitted')
      throw new AppError(
        'INVALID_TRANSITION',
        `一件事办件当前为“${BUNDLE_INTAKE_LABELS[ctx.bc.intakeState]}”，不能受理`,
      );
    const unknown = input.materialsChecklist.filter(
      (e) => !ctx.plan.materials.some((m) => m.materialId === e.materialId),
    );
    if (unknown.length > 0)
      throw validationFailed(
        unknown.map((e) => ({
          field: `materialsChecklist.${input.materialsChecklist.indexOf(e)}.materialId`,
          message: `本一件事的材料清单中没有“${e.materialId}”`,
        })),
      );
    await acceptMembers(
      tx,
      deps,
      calendar,
      ctx,
      who,
      input.materialsChecklist,
      input.missingMaterials ?? [],
      input.comment,
    );
  });
}

export async function acceptMembers(
  tx: Tx,
  deps: Deps,
  calendar: WorkingCalendar,
  ctx: BundleContext,
  who: CaseActor,
  checklist: Checklist,
  missing: Missing,
  comment?: string,
): Promise<void> {
  for (const m of ctx.members) {
    if (m.link.held) continue;
    const row = await lockCase(tx, m.row.id);
    if (row?.state !== 'submitted') continue;
    const own = memberChecklist(ctx, m.link.memberKey, checklist);
    await withMember(m.link.memberKey, m.row.itemName, () =>
      applyAction(tx, deps, calendar, who, row, 'accept', {
        materialsChecklist: own,
        // 容缺受理 of a shared material applies to every member that needs it (each member's rule decides)
        ...(ownMissing(ctx, m.link.memberKey, missing).length > 0
          ? { missingMaterials: ownMissing(ctx, m.link.memberKey, missing) }
          : {}),
        comment: comment ?? `一件事“${ctx.bc.bundleName}”一次受理`,
      }),
    );
  }
  const now = deps.now();
  const acceptedOn = chinaDate(now);
  const clock = bundleClock(calendar, {
    acceptedOn,
    promisedLimit: ctx.bc.promisedLimit,
    asOf: acceptedOn,
    yellowThresholdWorkdays: deps.config.warningYellowWorkdays + 1,
    naturalDayRollsToWorkday: deps.config.naturalDayRollsToWorkday,
  });
  await updateBundleCase(tx, ctx.bc.id, {
    intakeState: 'accepted',
    acceptedAt: now,
    acceptedOn,
    acceptedBy: who.kind === 'system' ? null : who.actor.userId,
    promisedDue: clock.promisedDue,
    correctionItems: null,
    updatedAt: now,
  });
  await tellBundleApplicant(
    tx,
    ctx.members,
    {
      title: '一件事已受理',
      body: `您的“${ctx.bc.bundleName}”（编号 ${ctx.bc.caseNumber}）已一次受理，${ctx.members.length} 个事项并联办理，承诺 ${clock.promisedDue} 前办结。`,
    },
    `bundle:${ctx.bc.id}:accept`,
  );
}

/**
 * 一次告知: one notice listing every correction of every member (行政许可法 第三十二条); the members a correction
 * concerns go to 待补正, the others wait with them, and the applicant answers once.
 */
export async function requestBundleCorrection(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { items: { materialId?: string; problem: string; requirement?: string }[] },
): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const { ctx, who } = await intakeContext(deps, tx, actor, id);
    if (ctx.bc.intakeState !== 'submitted')
      throw new AppError(
        'INVALID_TRANSITION',
        `一件事办件当前为“${BUNDLE_INTAKE_LABELS[ctx.bc.intakeState]}”，不能告知补正`,
      );
    if (input.items.length === 0)
      throw validationFailed([{ field: 'items', message: '请列出需要补正的全部内容' }]);
    const perMember: { memberKey: string; items: string[] }[] = [];
    for (const m of ctx.members) {
      const items = input.items.flatMap((item) => {
        if (!item.materialId) return [item];
        const p = ctx.plan.materials.find((x) => x.materialId === item.materialId);
        return p?.members.includes(m.link.memberKey) ? [{ ...item, materialId: p.guideMaterialId }] : [];
      });
      const row = await lockCase(tx, m.row.id);
      if (items.length === 0 || !row || row.state !== 'submitted') continue;
      await withMember(m.link.memberKey, m.row.itemName, () =>
        applyAction(tx, deps, calendar, who, row, 'request_correction', { correctionItems: items }),
      );
      perMember.push({ memberKey: m.link.memberKey, items: items.map((i) => i.problem) });
    }
    if (perMember.length === 0)
      throw validationFailed([{ field: 'items', message: '补正内容与本一件事的待受理事项无关' }]);
    await updateBundleCase(tx, id, {
      intakeState: 'awaiting_correction',
      correctionItems: perMember,
      updatedAt: deps.now(),
    });
    await tellBundleApplicant(
      tx,
      ctx.members,
      {
        title: '一件事需要补正材料',
        body: `您的“${ctx.bc.bundleName}”（编号 ${ctx.bc.caseNumber}）需要一次性补正以下内容：${input.items.map((i, n) => `${n + 1}. ${i.problem}`).join('；')}。补正后请在一件事办件中统一提交。`,
      },
      `bundle:${id}:correction:${ctx.bc.updatedAt.getTime()}`,
    );
  });
}

/** The applicant answers the one correction notice once: every member waiting for it returns to 待受理. */
export async function resubmitBundleCase(
  deps: Deps,
  actor: Actor,
  id: string,
  comment?: string,
): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const bc = await lockBundleCase(tx, id);
    if (!bc || bundleRelation(actor, bc, []).kind !== 'party') throw notFound('一件事办件');
    const ctx = await bundleContext(deps, tx, bc);
    if (bc.intakeState !== 'awaiting_correction')
      throw new AppError('INVALID_TRANSITION', '一件事办件不在待补正状态');
    for (const m of ctx.members) {
      const row = await lockCase(tx, m.row.id);
      if (row?.state !== 'awaiting_correction') continue;
      const onFile = [...new Set((await listCaseMaterials(tx, row.id)).map((x) => x.materialId))];
      await withMember(m.link.memberKey, m.row.itemName, () =>
        applyAction(tx, deps, calendar, { kind: 'bundle', actor, role: 'applicant' }, row, 'resubmit', {
          materialsChecklist: onFile.map((materialId) => ({ materialId, present: true })),
          ...(comment ? { comment } : {}),
        }),
      );
    }
    await updateBundleCase(tx, id, { intakeState: 'submitted', updatedAt: deps.now() });
  });
}

/** 不予受理 for the whole bundle: every member received is refused with the reasons, waiting ones end. */
export async function refuseBundleCase(deps: Deps, actor: Actor, id: string, reasons: string): Promise<void> {
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const { ctx, who } = await intakeContext(deps, tx, actor, id);
    if (ctx.bc.intakeState !== 'submitted')
      throw new AppError(
        'INVALID_TRANSITION',
        `一件事办件当前为“${BUNDLE_INTAKE_LABELS[ctx.bc.intakeState]}”，不能不予受理`,
      );
    for (const m of ctx.members) {
      const row = await lockCase(tx, m.row.id);
      if (!row) continue;
      if (row.state === 'submitted')
        await applyAction(tx, deps, calendar, who, row, 'refuse', { decisionReasons: reasons });
      else if (row.state === 'draft')
        await applyAction(tx, deps, calendar, { kind: 'system' }, row, 'terminate', {
          reason: `一件事不予受理：${reasons}`,
        });
    }
    await updateBundleCase(tx, id, {
      intakeState: 'refused',
      refusalReasons: reasons,
      updatedAt: deps.now(),
    });
    await tellBundleApplicant(
      tx,
      ctx.members,
      {
        title: '一件事不予受理',
        body: `您的“${ctx.bc.bundleName}”（编号 ${ctx.bc.caseNumber}）不予受理，理由：${reasons}。如不服，可以依法申请行政复议或者提起行政诉讼。`,
      },
      `bundle:${id}:refuse`,
    );
  });
}

/**
 * 统一出件: the output window hands over (signed receipt) or posts (one tracking number) every member result
 * waiting there. "Together" and "post" bundles go out once every member has its result; "each" hands over
 * what is ready.
 */
export async function deliverBundleCase(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { deliveryMethod: 'window' | 'post'; signedReceipt?: string; trackingNumber?: string },
): Promise<{ delivered: string[] }> {
  const calendar = await workingCalendar(deps);
  return deps.db.transaction(async (tx) => {
    const { ctx, roles } = await staffContext(deps, tx, actor, id);
    if (!roles.includes('output_clerk')) throw forbidden('只有出件窗口可以统一送达');
    if (ctx.bc.intakeState !== 'accepted')
      throw new AppError('INVALID_TRANSITION', '一件事尚未受理，没有可送达的结果');
    const who: CaseActor = { kind: 'bundle', actor, role: 'output_clerk' };
    const pending = ctx.members.filter((m) => !m.link.deliveredAt && !endedWithoutResult(m.row.state));
    const waiting = pending.filter((m) => !readyForOutput(m.row.state) && m.row.state !== 'approved');
    if (ctx.bc.outputMode !== 'each' && waiting.length > 0)
      throw new AppError(
        'CONFLICT',
        `尚有 ${waiting.length} 个事项未办结（${waiting.map((m) => m.row.itemName).join('、')}），办结后一次送达`,
      );
    const ready = pending.filter((m) => readyForOutput(m.row.state) || m.row.state === 'approved');
    if (ready.length === 0) throw new AppError('CONFLICT', '没有待送达的办理结果');
    const now = deps.now();
    for (const m of ready) {
      let row = await lockCase(tx, m.row.id);
      if (!row) continue;
      // an approval not yet made into a result is issued here, at the output window (行政许可法 第四十四条)
      if (row.state === 'approved') row = await applyAction(tx, deps, calendar, who, row, 'issue', {});
      await applyAction(tx, deps, calendar, who, row, 'deliver', {
        deliveryMethod: input.deliveryMethod,
        ...(input.signedReceipt ? { signedReceipt: input.signedReceipt } : {}),
        ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
        comment: `一件事“${ctx.bc.bundleName}”统一出件`,
      });
      await updateMemberLink(tx, ctx.bc.id, m.link.memberKey, { deliveredAt: now });
    }
    await updateBundleCase(tx, id, { updatedAt: now });
    return { delivered: ready.map((m) => m.link.memberKey) };
  });
}

/** The bundle checklist's entries for one member, under the material ids of that member's guide. */
function memberChecklist(ctx: BundleContext, memberKey: string, checklist: Checklist): Checklist {
  return checklist.flatMap((e) => {
    const p = ctx.plan.materials.find((x) => x.materialId === e.materialId);
    return p?.members.includes(memberKey) ? [{ ...e, materialId: p.guideMaterialId }] : [];
  });
}

/** The 容缺 materials of one member, under its guide's material ids. */
function ownMissing(ctx: BundleContext, memberKey: string, missing: Missing): Missing {
  return missing.flatMap((e) => {
    const p = ctx.plan.materials.find((x) => x.materialId === e.materialId);
    return p?.members.includes(memberKey) ? [{ ...e, materialId: p.guideMaterialId }] : [];
  });
}

function endedWithoutResult(state: string): boolean {
  return state === 'refused' || state === 'withdrawn' || state === 'terminated';
}

/** A member's refusal of an action names the member, so the clerk knows which department's rule it was. */
async function withMember<T>(memberKey: string, itemName: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
      const details = error.details as { fields?: { field: string; message: string }[] } | undefined;
      const fields = (details?.fields ?? []).map((f) => ({
        field: `members.${memberKey}.${f.field}`,
        message: `${itemName}：${f.message}`,
      }));
      throw validationFailed(fields, `${itemName}：${error.message}`);
    }
    throw error;
  }
}
