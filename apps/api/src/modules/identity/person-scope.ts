// Whether a staff member's work concerns a person, so that they may see the person's full ID number (audited):
// the person is a party to a case the staff member may work on. The identity module does not know cases; the
// case engine registers its check while the app is built (app.ts), as the 一件事 module registers its hooks.
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx } from '../../platform/db.ts';

export type PersonScopeCheck = (db: DbOrTx, actor: Actor, personId: string) => Promise<boolean>;

const checks = new Set<PersonScopeCheck>();

export function onPersonInScope(check: PersonScopeCheck): void {
  checks.add(check);
}

/** Does any registered check place the person within this staff member's work? */
export async function personInScope(db: DbOrTx, actor: Actor, personId: string): Promise<boolean> {
  for (const check of checks) if (await check(db, actor, personId)) return true;
  return false;
}
