// What a member's decision means for the rest of its bundle (issue 4 §3), run inside the member's transaction
// through the case engine's hook: an approval releases the members that waited for it (submitted and accepted
// by the platform; their materials were checked at the bundle's one acceptance); a denial — or a member ending
// without a result — ends the members that depend on it, and the applicant is told once what it means for the
// whole bundle. The bundle case row is locked first, so two members decided at once are handled one at a time.

import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { applyAction } from '../cases/case-actions.service.ts';
import { type CaseTransitionEvent, onBundleMemberTransition, onCaseReadGrant } from '../cases/case-hooks.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { listCaseMaterials, lockCase } from '../cases/cases.repo.ts';
import { onPersonInScope } from '../identity/person-scope.ts';
import { findBundleCase, lockBundleCase, updateMemberLink } from './bundle-cases.repo.ts';
import { bundleContext } from './bundle-context.ts';
import { notifyBundleApplicant } from './bundle-notices.ts';
import { bundleCases } from './bundles.tables.ts';

const ENDED_WITHOUT_RESULT = new Set(['deny', 'terminate', 'withdraw', 'refuse']);

async function reactToMember(event: CaseTransitionEvent): Promise<void> {
  const { tx, deps, calendar, row, action } = event;
  if (action !== 'approve' && !ENDED_WITHOUT_RESULT.has(action)) return;
  if (!row.bundleCaseId) return;
  const bc = await lockBundleCase(tx, row.bundleCaseId);
  // intake actions on every member at once (refuse, withdraw of the whole bundle) are the bundle's own doing
  if (bc?.intakeState !== 'accepted') return;
  const ctx = await bundleContext(deps, tx, bc);
  const decided = ctx.members.find((m) => m.row.id === row.id);
  if (!decided) return;
  // ended because a member it depends on ended: that member's notice already said so
  const becauseOf = ctx.members.filter((m) => decided.link.dependsOn.includes(m.link.memberKey));
  if (
    action !== 'approve' &&
    becauseOf.some((m) => ['denied', 'terminated', 'withdrawn', 'refused'].includes(m.row.state))
  )
    return;
  const system = { kind: 'system' } as const;
  if (action === 'approve') {
    const approved = new Set(
      ctx.members
        .filter((m) => m.row.id === row.id || m.row.decision === 'approved')
        .map((m) => m.link.memberKey),
    );
    for (const m of ctx.members) {
      if (!m.link.held || !m.link.dependsOn.every((d) => approved.has(d))) continue;
      let member = await lockCase(tx, m.row.id);
      if (member?.state !== 'draft') continue;
      member = await applyAction(tx, deps, calendar, system, member, 'submit', {
        comment: `前置事项“${decided.row.itemName}”已准予，一件事自动提交`,
      });
      const onFile = [...new Set((await listCaseMaterials(tx, member.id)).map((x) => x.materialId))];
      const materials = ctx.plan.materials.filter((p) => p.members.includes(m.link.memberKey));
      await applyAction(tx, deps, calendar, system, member, 'accept', {
        materialsChecklist: materials.map((p) => ({
          materialId: p.guideMaterialId,
          present: true,
          ...(onFile.includes(p.guideMaterialId) ? {} : { note: '已在一件事受理时核验' }),
        })),
        comment: `一件事“${bc.bundleName}”已于 ${bc.acceptedOn} 一次受理，前置事项办结后开始办理`,
      });
      await updateMemberLink(tx, bc.id, m.link.memberKey, { held: false, releasedAt: deps.now() });
    }
    return;
  }
  // every member that depends, directly or through others, on the one that ended
  const ended = new Set([decided.link.memberKey]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of ctx.members) {
      if (!ended.has(m.link.memberKey) && m.link.dependsOn.some((d) => ended.has(d))) {
        ended.add(m.link.memberKey);
        grew = true;
      }
    }
  }
  const dependents = ctx.members.filter(
    (m) => m.link.memberKey !== decided.link.memberKey && ended.has(m.link.memberKey),
  );
  const stopped: string[] = [];
  for (const m of dependents) {
    const member = await lockCase(tx, m.row.id);
    if (
      !member ||
      !['draft', 'submitted', 'accepted', 'in_review', 'special_procedure'].includes(member.state)
    )
      continue;
    await applyAction(tx, deps, calendar, system, member, 'terminate', {
      reason: `前置事项“${decided.row.itemName}”${verb(action)}，本事项无法继续办理`,
    });
    stopped.push(m.row.itemName);
  }
  const going = ctx.members
    .filter((m) => !ended.has(m.link.memberKey) && m.row.id !== row.id)
    .filter((m) => !['refused', 'withdrawn', 'terminated', 'denied'].includes(m.row.state))
    .map((m) => m.row.itemName);
  const reasons = action === 'deny' && row.decisionReasons ? `（理由：${row.decisionReasons}）` : '';
  const parts = [
    `您的“${bc.bundleName}”（编号 ${bc.caseNumber}）中，“${decided.row.itemName}”${verb(action)}${reasons}。`,
    stopped.length > 0 ? `因此依赖它的${stopped.map((n) => `“${n}”`).join('、')}终止办理。` : '',
    going.length > 0 ? `其余事项${going.map((n) => `“${n}”`).join('、')}继续办理。` : '',
    action === 'deny' ? '如不服不予决定，可以依法申请行政复议或者提起行政诉讼。' : '',
  ];
  await notifyBundleApplicant(
    tx,
    row,
    { title: '一件事办理情况变化', body: parts.join('') },
    `bundle:${bc.id}:ended:${row.id}`,
  );
}

function verb(action: string): string {
  switch (action) {
    case 'deny':
      return '不予办理';
    case 'withdraw':
      return '已撤回';
    case 'refuse':
      return '不予受理';
    default:
      return '终止办理';
  }
}

/** 牵头部门督办: the lead department's approvers and chief representatives read every member's case. */
async function leadReadsMember(deps: Deps, actor: Actor, row: CaseRow): Promise<boolean> {
  if (!row.bundleCaseId || !actor.orgId) return false;
  if (!actor.roles.some((r) => r === 'approver' || r === 'chief_representative')) return false;
  const bc = await findBundleCase(deps.db, row.bundleCaseId);
  return bc?.leadOrgId === actor.orgId;
}

/**
 * The lead department reads every member's case, its applicant's full ID number included (audited): the
 * applicant of one of the bundles it leads is within its work.
 */
async function leadHandlesPerson(db: DbOrTx, actor: Actor, personId: string): Promise<boolean> {
  if (!actor.orgId || !actor.roles.some((r) => r === 'approver' || r === 'chief_representative'))
    return false;
  const [row] = await db
    .select({ id: bundleCases.id })
    .from(bundleCases)
    .where(and(eq(bundleCases.applicantPersonId, personId), eq(bundleCases.leadOrgId, actor.orgId)))
    .limit(1);
  return row !== undefined;
}

/** Registers the reactions with the case engine once (app.ts calls it while building the app). */
export function registerBundleMemberHooks(): void {
  onBundleMemberTransition(reactToMember);
  onCaseReadGrant(leadReadsMember);
  onPersonInScope(leadHandlesPerson);
}
