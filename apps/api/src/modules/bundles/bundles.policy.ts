// Pure: how an actor stands to a bundle case. The applicant (or whoever filed it) sees it; anyone else of the
// public gets "not found". Staff: the comprehensive window, the output window and supervisors of the bundle's
// region (综合窗口 spans departments), the lead department and every member department; 403 for other staff.
import type { StaffRole } from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';
import { regionWithin } from '../identity/domain/scope.ts';

export interface BundleParties {
  regionCode: string;
  leadOrgId: string;
  applicantKind: 'person' | 'enterprise';
  applicantPersonId: string | null;
  applicantEnterpriseId: string | null;
  filedBy: string;
}

export type BundleRelation =
  | { kind: 'party' }
  | { kind: 'staff'; roles: StaffRole[] }
  | { kind: 'hidden' }
  | { kind: 'out_of_scope' };

const REGION_ROLES: readonly StaffRole[] = [
  'window_clerk',
  'chief_representative',
  'output_clerk',
  'supervisor',
  'admin',
];
const DEPARTMENT_ROLES: readonly StaffRole[] = ['approver', 'chief_representative'];

export function bundleRelation(
  actor: Actor,
  b: BundleParties,
  memberOrgIds: readonly string[],
): BundleRelation {
  if (actor.kind === 'public') {
    const own =
      actor.userId === b.filedBy ||
      (b.applicantKind === 'person' && actor.personId !== null && actor.personId === b.applicantPersonId) ||
      (b.applicantKind === 'enterprise' &&
        actor.enterpriseId !== null &&
        actor.enterpriseId === b.applicantEnterpriseId);
    return own ? { kind: 'party' } : { kind: 'hidden' };
  }
  const inRegion = actor.regionCode !== null && regionWithin(b.regionCode, actor.regionCode);
  const ownDepartment =
    actor.orgId !== null && (actor.orgId === b.leadOrgId || memberOrgIds.includes(actor.orgId));
  const roles = actor.roles.filter(
    (r): r is StaffRole =>
      (REGION_ROLES.some((x) => x === r) && inRegion) ||
      (DEPARTMENT_ROLES.some((x) => x === r) && ownDepartment),
  );
  return roles.length > 0 ? { kind: 'staff', roles } : { kind: 'out_of_scope' };
}

/** One acceptance at the comprehensive window (一窗受理), by a clerk or a chief representative there. */
export function intakeRole(relation: BundleRelation): 'window_clerk' | 'chief_representative' | null {
  if (relation.kind !== 'staff') return null;
  if (relation.roles.includes('window_clerk')) return 'window_clerk';
  if (relation.roles.includes('chief_representative')) return 'chief_representative';
  return null;
}
