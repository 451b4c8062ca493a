// Pure: who may look up, record and fully see persons and enterprises, and for whom an account acts.
import type { Role } from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';

/** Window-side lookup and recording of walk-in applicants and enterprises. */
export const PEOPLE_DESK_ROLES = [
  'window_clerk',
  'chief_representative',
  'consultant',
  'proxy_agent',
] as const satisfies readonly Role[];

/**
 * Staff who may see a full ID number (audited) — of a person applying in a case of their scope only
 * (person-scope.ts); a person may also see their own.
 */
export const REVEAL_STAFF_ROLES = [
  ...PEOPLE_DESK_ROLES,
  'approver',
  'supervisor',
  'admin',
] as const satisfies readonly Role[];

/** Callers of the reveal route: the staff roles above, and public accounts for their own person. */
export const REVEAL_ROUTE_ROLES = [
  ...REVEAL_STAFF_ROLES,
  'citizen',
  'enterprise',
] as const satisfies readonly Role[];

export function canRevealIdNumber(actor: Actor, personId: string): boolean {
  if (actor.roles.some((r) => (REVEAL_STAFF_ROLES as readonly Role[]).includes(r))) return true;
  return actor.personId !== null && actor.personId === personId;
}

export type Principal = { kind: 'person'; personId: string } | { kind: 'enterprise'; enterpriseId: string };

/**
 * For whom an account grants authorisations: an enterprise account for its enterprise, a citizen account for
 * its person; null when the account is linked to neither (e.g. a staff account given a public role).
 */
export function principalOf(actor: Actor): Principal | null {
  if (actor.roles.includes('enterprise') && actor.enterpriseId) {
    return { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  }
  if (actor.personId) return { kind: 'person', personId: actor.personId };
  return null;
}
