// 牵头部门督办 (issue 4 §3: the lead department sees and chases all members): the lead department's approver or
// chief representative sends a reminder about one open member to whoever handles it — its assignee, or the
// member department's approvers and chief representatives while nobody has claimed it — as in-app messages,
// recorded in the audit log.
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors.ts';
import { enqueueNotification } from '../../platform/outbox.ts';
import { isOpen } from '../cases/domain/transitions.ts';
import { users } from '../identity/identity.tables.ts';
import { findBundleCase } from './bundle-cases.repo.ts';
import { bundleContext } from './bundle-context.ts';

export async function chaseBundleMember(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { memberKey: string; message?: string },
): Promise<{ notified: number }> {
  const bc = await findBundleCase(deps.db, id);
  if (!bc) throw notFound('一件事办件');
  const leads = actor.roles.some((r) => r === 'approver' || r === 'chief_representative');
  if (!leads || actor.orgId !== bc.leadOrgId) throw forbidden('只有牵头部门可以督办成员事项');
  const ctx = await bundleContext(deps, deps.db, bc);
  const member = ctx.members.find((m) => m.link.memberKey === input.memberKey);
  if (!member)
    throw validationFailed([{ field: 'memberKey', message: `本一件事办件没有成员“${input.memberKey}”` }]);
  if (!isOpen(member.row.state) || member.row.state === 'draft')
    throw new AppError('CONFLICT', `“${member.row.itemName}”当前不在办理中，无需督办`);
  return deps.db.transaction(async (tx) => {
    const handlers = await tx
      .select({ id: users.id, roles: users.roles })
      .from(users)
      .where(
        member.row.assigneeId
          ? eq(users.id, member.row.assigneeId)
          : and(eq(users.orgId, member.row.orgId), eq(users.kind, 'staff')),
      );
    const recipients = handlers.filter(
      (u) => member.row.assigneeId || u.roles.some((r) => r === 'approver' || r === 'chief_representative'),
    );
    const due = bc.promisedDue ? `，一件事承诺 ${bc.promisedDue} 前办结` : '';
    for (const u of recipients) {
      await enqueueNotification(tx, {
        userId: u.id,
        title: '一件事督办',
        body: `牵头部门督办“${bc.bundleName}”（编号 ${bc.caseNumber}）中的“${member.row.itemName}”（办件编号 ${member.row.caseNumber}）${due}。${input.message ?? ''}`,
        caseId: member.row.id,
      });
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'chase_bundle_member',
      subjectType: 'case',
      subjectId: member.row.id,
      detail: { bundleCaseId: bc.id, memberKey: input.memberKey, notified: recipients.length },
    });
    return { notified: recipients.length };
  });
}
