// Queries of persons, enterprises, public accounts and authorisations; every function takes the handle first.
import { and, arrayContains, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db.ts';
import { users } from './identity.tables.ts';
import { authorisations, enterprises, persons } from './people.tables.ts';

export type PersonRow = typeof persons.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type AuthorisationRow = typeof authorisations.$inferSelect;
export type EnterpriseWithRep = EnterpriseRow & { legalRep: PersonRow };

export async function findPersonById(db: DbOrTx, id: string, lock = false): Promise<PersonRow | undefined> {
  const q = db.select().from(persons).where(eq(persons.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findPersonByIdNumber(db: DbOrTx, idNumber: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.idNumber, idNumber));
  return row;
}

/** Inserts unless a person with the ID number exists (possibly inserted by a concurrent transaction). */
export async function insertPersonIfAbsent(
  db: DbOrTx,
  values: typeof persons.$inferInsert,
): Promise<PersonRow | undefined> {
  const [row] = await db.insert(persons).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updatePerson(
  db: DbOrTx,
  id: string,
  set: Partial<Pick<PersonRow, 'mobile' | 'realNameMode' | 'realNameCheckedAt'>>,
): Promise<PersonRow | undefined> {
  const [row] = await db.update(persons).set(set).where(eq(persons.id, id)).returning();
  return row;
}

const legalRep = alias(persons, 'legal_rep');

async function selectEnterprises(db: DbOrTx, where: SQL, lock: boolean): Promise<EnterpriseWithRep[]> {
  const q = db
    .select({ enterprise: enterprises, legalRep })
    .from(enterprises)
    .innerJoin(legalRep, eq(legalRep.id, enterprises.legalRepPersonId))
    .where(where);
  const rows = lock ? await q.for('update', { of: enterprises }) : await q;
  return rows.map((r) => ({ ...r.enterprise, legalRep: r.legalRep }));
}

export async function findEnterpriseById(db: DbOrTx, id: string): Promise<EnterpriseWithRep | undefined> {
  return (await selectEnterprises(db, eq(enterprises.id, id), false))[0];
}

export async function findEnterpriseByCreditCode(
  db: DbOrTx,
  creditCode: string,
  lock = false,
): Promise<EnterpriseWithRep | undefined> {
  return (await selectEnterprises(db, eq(enterprises.creditCode, creditCode), lock))[0];
}

export async function insertEnterprise(
  db: DbOrTx,
  values: typeof enterprises.$inferInsert,
): Promise<EnterpriseRow> {
  const [row] = await db.insert(enterprises).values(values).returning();
  if (!row) throw new Error('insert enterprises returned no row');
  return row;
}

/** Is the mobile number (also a public account's login name) taken by any account? */
export async function mobileTaken(db: DbOrTx, mobile: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(or(eq(users.mobile, mobile), eq(users.username, mobile)))
    .limit(1);
  return Boolean(row);
}

export async function personHasAccount(db: DbOrTx, personId: string, role: 'citizen'): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, personId), arrayContains(users.roles, [role])))
    .limit(1);
  return Boolean(row);
}

export async function enterpriseHasAccount(db: DbOrTx, enterpriseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.enterpriseId, enterpriseId))
    .limit(1);
  return Boolean(row);
}

export async function insertUser(
  db: DbOrTx,
  values: typeof users.$inferInsert,
): Promise<{ id: string; username: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id, username: users.username });
  if (!row) throw new Error('insert users returned no row');
  return row;
}

export async function findUserMobile(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db.select({ mobile: users.mobile }).from(users).where(eq(users.id, userId));
  return row?.mobile ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// authorisations, with the names of both sides
// ---------------------------------------------------------------------------------------------------------

const principalPerson = alias(persons, 'principal_person');
const agent = alias(persons, 'agent');

export interface AuthorisationWithParties {
  authorisation: AuthorisationRow;
  principalPerson: PersonRow | null;
  principalEnterprise: EnterpriseRow | null;
  agent: PersonRow;
}

export async function selectAuthorisations(
  db: DbOrTx,
  where: SQL | undefined,
  lock = false,
): Promise<AuthorisationWithParties[]> {
  const q = db
    .select({ authorisation: authorisations, principalPerson, principalEnterprise: enterprises, agent })
    .from(authorisations)
    .leftJoin(principalPerson, eq(principalPerson.id, authorisations.principalPersonId))
    .leftJoin(enterprises, eq(enterprises.id, authorisations.principalEnterpriseId))
    .innerJoin(agent, eq(agent.id, authorisations.agentPersonId))
    .where(where)
    .orderBy(desc(authorisations.createdAt));
  return lock ? q.for('update', { of: authorisations }) : q;
}

/** Authorisations of a principal (a person or an enterprise). */
export const byPrincipal = (p: { personId?: string; enterpriseId?: string }): SQL | undefined =>
  p.enterpriseId
    ? eq(authorisations.principalEnterpriseId, p.enterpriseId)
    : p.personId
      ? eq(authorisations.principalPersonId, p.personId)
      : undefined;

export const byAgent = (personId: string): SQL => eq(authorisations.agentPersonId, personId);
export const notRevoked = (): SQL => isNull(authorisations.revokedAt);
export const byId = (id: string): SQL => eq(authorisations.id, id);

export async function insertAuthorisation(
  db: DbOrTx,
  values: typeof authorisations.$inferInsert,
): Promise<AuthorisationRow> {
  const [row] = await db.insert(authorisations).values(values).returning();
  if (!row) throw new Error('insert authorisations returned no row');
  return row;
}

export async function markRevoked(db: DbOrTx, id: string, at: Date, by: string): Promise<void> {
  await db.update(authorisations).set({ revokedAt: at, revokedBy: by }).where(eq(authorisations.id, id));
}

/** The PostgreSQL error behind a driver error (drizzle wraps it in `cause`), for constraint violations. */
export function pgError(error: unknown): { code?: string; constraint?: string } | null {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const candidate = e as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined,
      };
    }
    e = candidate.cause;
  }
  return null;
}
