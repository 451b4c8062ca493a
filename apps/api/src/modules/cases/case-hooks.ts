// Modules built on the case engine react to what happens to their cases inside the same transaction (一件事:
// a member approved releases the members that wait for it; a member denied ends those that depend on it),
// without the engine importing them. A hook is registered once, by identity.
import type { Actor } from '../../platform/access.ts';
import type { Tx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import type { WorkingCalendar } from '../calendar/domain/working-calendar.ts';
import type { CaseRow } from './cases.repo.ts';
import type { CaseAction } from './domain/transitions.ts';

export interface CaseTransitionEvent {
  tx: Tx;
  deps: Deps;
  calendar: WorkingCalendar;
  /** the case as it stands after the action */
  row: CaseRow;
  action: CaseAction;
}

export type CaseTransitionHook = (event: CaseTransitionEvent) => Promise<void>;

const hooks = new Set<CaseTransitionHook>();

/** Called after every action on a case that belongs to a bundle (cases.bundle_case_id set). */
export function onBundleMemberTransition(hook: CaseTransitionHook): void {
  hooks.add(hook);
}

export async function runBundleMemberHooks(event: CaseTransitionEvent): Promise<void> {
  if (!event.row.bundleCaseId) return;
  for (const hook of hooks) await hook(event);
}

/**
 * May a staff member outside the case's own scope still read it? (一件事: the lead department reads every
 * member's case to chase it.) Reading only: no action follows from such a grant.
 */
export type CaseReadGrant = (deps: Deps, actor: Actor, row: CaseRow) => Promise<boolean>;

const readGrants = new Set<CaseReadGrant>();

export function onCaseReadGrant(grant: CaseReadGrant): void {
  readGrants.add(grant);
}

export async function readGranted(deps: Deps, actor: Actor, row: CaseRow): Promise<boolean> {
  for (const grant of readGrants) if (await grant(deps, actor, row)) return true;
  return false;
}
