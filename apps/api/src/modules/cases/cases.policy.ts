// Pure: how an actor stands to a case, and which lifecycle role they act in. Citizens see only their own
// cases (anything else is "not found", never revealing it exists); staff see the cases of their scope
// (region, or department for back-office accounts) and get 403 outside it (DESIGN.md "Who uses it").
import type { StaffRole } from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';
import { inScope } from '../identity/domain/scope.ts';
import {
  type ActorRole,
  type CaseAction,
  type CaseState,
  findTransition,
  TRANSITIONS,
} from './domain/transitions.ts';

export interface CaseParties {
  regionCode: string;
  orgId: string;
  applicantKind: 'person' | 'enterprise';
  applicantPersonId: string | null;
  applicantEnterpriseId: string | null;
  filedBy: string;
  agentPersonId: string | null;
}

/** Staff roles that work on cases, and what each may do besides reading. */
export const CASE_STAFF_ROLES = [
  'window_clerk',
  'approver',
  'chief_representative',
  'output_clerk',
  'proxy_agent',
  'supervisor',
  'admin',
] as const satisfies readonly StaffRole[];

export type CaseRelation =
  | { kind: 'party'; roles: ActorRole[] }
  | { kind: 'staff'; roles: ActorRole[] }
  | { kind: 'hidden' }
  | { kind: 'out_of_scope' };

export function relationTo(actor: Actor, c: CaseParties): CaseRelation {
  if (actor.kind === 'public') {
    const roles: ActorRole[] = [];
    const ownPerson =
      c.applicantKind === 'person' && actor.personId !== null && c.applicantPersonId === actor.personId;
    const ownEnterprise =
      c.applicantKind === 'enterprise' &&
      actor.enterpriseId !== null &&
      c.applicantEnterpriseId === actor.enterpriseId;
    if (ownPerson || ownEnterprise) roles.push('applicant');
    // 委托代理人 (行政许可法 第二十九条): the agent who filed it under a recorded authorisation
    if (c.filedBy === actor.userId && c.agentPersonId !== null && c.agentPersonId === actor.personId)
      roles.push('agent');
    return roles.length > 0 ? { kind: 'party', roles } : { kind: 'hidden' };
  }
  const staffRoles = actor.roles.filter((r): r is (typeof CASE_STAFF_ROLES)[number] =>
    CASE_STAFF_ROLES.some((s) => s === r),
  );
  if (staffRoles.length === 0) return { kind: 'out_of_scope' };
  const roles: ActorRole[] = staffRoles.filter((role) =>
    role === 'proxy_agent'
      ? c.filedBy === actor.userId
      : inScope(
          { regionCode: actor.regionCode, orgId: actor.orgId },
          { regionCode: c.regionCode, orgId: c.orgId },
        ),
  );
  return roles.length > 0 ? { kind: 'staff', roles } : { kind: 'out_of_scope' };
}

/**
 * May any of these roles ever take `action`, in whatever state? When not, the answer is 403 in every state (a
 * supervisor's accept, an applicant's claim); when yes, a wrong state is 409 (a second submit).
 */
export function mayEverTake(roles: readonly ActorRole[], action: CaseAction): boolean {
  return TRANSITIONS.some((t) => t.action === action && roles.some((r) => t.roles.includes(r)));
}

/**
 * The role an actor acts in for `action`: the first of their roles the transition table allows, else their
 * first role (so the table's refusal names it).
 */
export function actingRole(roles: readonly ActorRole[], state: CaseState, action: CaseAction): ActorRole {
  const transition = findTransition(state, action);
  const allowed = roles.find((r) => transition?.roles.includes(r));
  const fallback = roles[0];
  if (allowed) return allowed;
  if (!fallback) throw new Error('actingRole needs at least one role');
  return fallback;
}

/** Back-office steps are the assignee's; a chief representative may act on any case of the department. */
export function mayWorkAsAssignee(role: ActorRole, actorId: string, assigneeId: string | null): boolean {
  return role === 'chief_representative' || role === 'system' || assigneeId === actorId;
}
