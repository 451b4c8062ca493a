// 延长一件事办理期限 (行政许可法 第四十二条第二款): a bundle handled jointly must be done within 45 working days; when it
// cannot, the head of the people's government at that level may approve 15 more, and the applicant is told why.
// The lead department's chief representative records the approval (who approved, the document) with the reason;
// the bundle's promise and its legal cap move together, the members keep their own clocks. Refused when the
// 15 days are used up or the legal period has already ended (the same rule as a case's extension).
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { workingCalendar } from '../calendar/calendar.service.ts';
import { chinaDate } from '../cases/case-clock.ts';
import { ART_42_LIMITS, extensionAllowed } from '../cases/domain/deadline.ts';
import type { BundleCaseRow } from './bundle-cases.repo.ts';
import { findBundleCase, lockBundleCase, updateBundleCase } from './bundle-cases.repo.ts';
import { bundleContext } from './bundle-context.ts';
import { tellBundleApplicant } from './bundle-notices.ts';
import { bundleClock } from './domain/bundle-clock.ts';
import { bundleStatus } from './domain/bundle-status.ts';

export interface BundleExtensionInput {
  amount: number;
  reason: string;
  approval: string;
}

/** Working days of 第四十二条第二款's 15 not yet used. */
export function extensionLeft(bc: Pick<BundleCaseRow, 'extensions'>): number {
  const used = bc.extensions.reduce((sum, e) => sum + e.amount, 0);
  return Math.max(0, ART_42_LIMITS.joint.maxExtension.amount - used);
}

/** May this actor extend this bundle's promise? The lead department's chief representative. */
export function mayExtend(actor: Actor, bc: Pick<BundleCaseRow, 'leadOrgId'>): boolean {
  return actor.roles.includes('chief_representative') && actor.orgId === bc.leadOrgId;
}

export async function extendBundleCase(
  deps: Deps,
  actor: Actor,
  id: string,
  input: BundleExtensionInput,
): Promise<void> {
  const found = await findBundleCase(deps.db, id);
  if (!found) throw notFound('一件事办件');
  if (!mayExtend(actor, found)) throw forbidden('只有牵头部门的首席代表可以登记延长一件事办理期限');
  const reason = input.reason.trim();
  const approval = input.approval.trim();
  const blank = [
    ...(reason ? [] : [{ field: 'reason', message: '请填写延长期限的理由（将告知申请人）' }]),
    ...(approval ? [] : [{ field: 'approval', message: '请填写批准延期的本级人民政府负责人及批准文件' }]),
  ];
  if (blank.length > 0) throw validationFailed(blank);
  const calendar = await workingCalendar(deps);
  await deps.db.transaction(async (tx) => {
    const bc = await lockBundleCase(tx, id);
    if (!bc) throw notFound('一件事办件');
    const ctx = await bundleContext(deps, tx, bc);
    const status = bundleStatus(
      bc.intakeState,
      ctx.members.map((m) => m.row),
    );
    if (!bc.acceptedOn || status !== 'in_progress')
      throw new AppError('CONFLICT', '只有已受理、尚在办理中的一件事可以延长办理期限');
    const today = chinaDate(deps.now());
    const settings = {
      acceptedOn: bc.acceptedOn,
      promisedLimit: bc.promisedLimit,
      asOf: today,
      yellowThresholdWorkdays: deps.config.warningYellowWorkdays + 1,
      naturalDayRollsToWorkday: deps.config.naturalDayRollsToWorkday,
    };
    const before = bundleClock(calendar, { ...settings, extensions: bc.extensions });
    const requested = { amount: input.amount, unit: 'workday' as const, approvedOn: today };
    const decision = extensionAllowed({
      requested,
      granted: bc.extensions,
      maximum: ART_42_LIMITS.joint.maxExtension,
      legalDue: before.legalDue,
    });
    if (!decision.allowed)
      throw validationFailed([{ field: 'amount', message: decision.message ?? '不能延期' }]);
    const extensions = [...bc.extensions, { ...requested, reason, approval, recordedBy: actor.userId }];
    const after = bundleClock(calendar, { ...settings, extensions });
    await updateBundleCase(tx, bc.id, { extensions, promisedDue: after.promisedDue, updatedAt: deps.now() });
    await tellBundleApplicant(
      tx,
      ctx.members,
      {
        title: '一件事办理期限延长',
        body: `您的“${bc.bundleName}”（编号 ${bc.caseNumber}）经批准延长 ${input.amount} 个工作日，现承诺 ${after.promisedDue} 前办结。理由：${reason}`,
      },
      `bundle:${bc.id}:extend:${bc.extensions.length + 1}`,
    );
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'extend_bundle_case',
      subjectType: 'bundle_case',
      subjectId: bc.id,
      detail: { amount: input.amount, reason, approval, promisedDue: after.promisedDue },
    });
  });
}
