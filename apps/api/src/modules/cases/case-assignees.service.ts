// Who may take over a case's back-office work (转办, 分派): the in-post approvers and chief representatives of
// the case's department — the same rule the transfer and assign effects enforce (case-effects.ts staffOfOrg),
// so the workbench offers only people the action will accept.
import { ROLE_LABELS, type StaffRole } from '@msb/contracts';
import { and, arrayOverlaps, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { users } from '../identity/identity.tables.ts';
import { visibleCase } from './case-queries.service.ts';

export const BACK_OFFICE: StaffRole[] = ['approver', 'chief_representative'];

export async function listCaseAssignees(deps: Deps, actor: Actor, caseId: string) {
  const { row } = await visibleCase(deps, actor, caseId);
  const staff = await deps.db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(
      and(
        eq(users.orgId, row.orgId),
        eq(users.kind, 'staff'),
        eq(users.disabled, false),
        arrayOverlaps(users.roles, BACK_OFFICE),
      ),
    )
    .orderBy(asc(users.displayName));
  return {
    items: staff.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      roleLabels: u.roles.flatMap((r) =>
        BACK_OFFICE.includes(r as StaffRole) ? [ROLE_LABELS[r as StaffRole]] : [],
      ),
      current: u.id === row.assigneeId,
    })),
  };
}
