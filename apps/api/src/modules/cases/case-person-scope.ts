// 查看完整身份证号 by staff (identity/person-scope.ts): allowed when the person applies in a case the staff member
// may work on — of their department or region, or filed by them (帮办代办) — and nowhere else. Registered with
// the identity module while the app is built (app.ts).
import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { DbOrTx } from '../../platform/db.ts';
import { onPersonInScope } from '../identity/person-scope.ts';
import { scopeCondition } from './case-queries.service.ts';
import { relationTo } from './cases.policy.ts';
import { cases } from './cases.tables.ts';

export async function staffWorksForPerson(db: DbOrTx, actor: Actor, personId: string): Promise<boolean> {
  if (actor.kind !== 'staff') return false;
  const rows = await db
    .select({
      regionCode: cases.regionCode,
      orgId: cases.orgId,
      applicantKind: cases.applicantKind,
      applicantPersonId: cases.applicantPersonId,
      applicantEnterpriseId: cases.applicantEnterpriseId,
      filedBy: cases.filedBy,
      agentPersonId: cases.agentPersonId,
    })
    .from(cases)
    .where(
      and(eq(cases.applicantPersonId, personId), or(scopeCondition(actor), eq(cases.filedBy, actor.userId))),
    )
    .limit(20);
  return rows.some((row) => relationTo(actor, row).kind === 'staff');
}

export function registerCasePersonScope(): void {
  onPersonInScope(staffWorksForPerson);
}
