// Persons (自然人) and enterprises (法人): the rules every use case shares (real-name check, find-or-create by
// ID number), window-side lookup and recording, and the audited full view of an ID number. Presenters mask
// every ID number and mobile. Registration and the profile: public-account.service.ts.
import {
  checkCreditCode,
  checkIdNumber,
  type FieldError,
  normaliseCreditCode,
  normaliseIdNumber,
} from '@msb/contracts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { DbOrTx } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, conflict, notFound, validationFailed } from '../../platform/errors.ts';
import { maskIdNumber, maskMobile } from './domain/mask.ts';
import { normalisePersonName } from './domain/people-rules.ts';
import { canRevealIdNumber } from './people.policy.ts';
import * as repo from './people.repo.ts';
import { personInScope } from './person-scope.ts';
import { REAL_NAME_MODES, type RealNameVerifier } from './real-name.ts';

/** The use cases of this file also need the configured real-name verifier. */
export interface PeopleDeps extends Deps {
  realName: RealNameVerifier;
}

// ---------------------------------------------------------------------------------------------------------
// presenters
// ---------------------------------------------------------------------------------------------------------

export interface PersonView {
  id: string;
  name: string;
  idNumberMasked: string;
  /** masked */
  mobile: string | null;
  realNameMode: repo.PersonRow['realNameMode'];
  realNameLabel: string;
}

export interface EnterpriseView {
  id: string;
  name: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumberMasked: string;
  address: string | null;
}

export const presentPerson = (p: repo.PersonRow): PersonView => ({
  id: p.id,
  name: p.name,
  idNumberMasked: maskIdNumber(p.idNumber),
  mobile: maskMobile(p.mobile),
  realNameMode: p.realNameMode,
  realNameLabel: REAL_NAME_MODES[p.realNameMode].label,
});

export const presentEnterprise = (e: repo.EnterpriseWithRep): EnterpriseView => ({
  id: e.id,
  name: e.name,
  creditCode: e.creditCode,
  legalRepName: e.legalRep.name,
  legalRepIdNumberMasked: maskIdNumber(e.legalRep.idNumber),
  address: e.address,
});

// ---------------------------------------------------------------------------------------------------------
// shared checks
// ---------------------------------------------------------------------------------------------------------

/** 422 with every offending field named, in the same form as schema errors. */
export const invalid = (fields: FieldError[]) =>
  validationFailed(
    fields,
    `提交的数据未通过校验：${fields.map((f) => `${f.field} ${f.message}`).join('；')}`,
  );

/** 409 naming the field that collides. */
export const conflictOn = (field: string, message: string) =>
  conflict(message, { fields: [{ field, message }] });

const sameEnterpriseName = (a: string, b: string) =>
  a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

export interface IdentityInput {
  name: string;
  idNumber: string;
  nameField: string;
  idField: string;
}

/**
 * Names normalised, ID numbers checked by the real-name verifier (outside any transaction: an adapter may call
 * the public-security system). Returns the normalised values or throws 422 listing every bad field.
 */
export async function verifyIdentities(
  deps: PeopleDeps,
  people: IdentityInput[],
  extra: FieldError[] = [],
): Promise<{ name: string; idNumber: string }[]> {
  const fields = [...extra];
  const out: { name: string; idNumber: string }[] = [];
  for (const p of people) {
    const name = normalisePersonName(p.name);
    const idNumber = normaliseIdNumber(p.idNumber);
    out.push({ name, idNumber });
    if (!name) {
      fields.push({ field: p.nameField, message: '姓名不能为空' });
      continue;
    }
    const result = await deps.realName.verify(name, idNumber);
    if (!result.ok) fields.push({ field: p.idField, message: result.reason ?? '实名核验未通过' });
  }
  if (fields.length) throw invalid(fields);
  return out;
}

/**
 * The person with this ID number: the existing row when the name matches (a walk-in recorded at a window, an
 * agent named in an earlier authorisation), a new row otherwise. A different name is a 409 on `idField`.
 */
export async function ensurePerson(
  tx: DbOrTx,
  deps: PeopleDeps,
  input: {
    name: string;
    idNumber: string;
    mobile?: string | null;
    createdBy: string | null;
    idField: string;
  },
): Promise<{ person: repo.PersonRow; created: boolean }> {
  const check = (p: repo.PersonRow) => {
    if (normalisePersonName(p.name) !== input.name) {
      throw conflictOn(
        input.idField,
        `身份证号码 ${maskIdNumber(p.idNumber)} 已登记为其他姓名的自然人，请核对姓名与身份证号码`,
      );
    }
    return { person: p, created: false };
  };
  const existing = await repo.findPersonByIdNumber(tx, input.idNumber);
  if (existing) return check(existing);
  const inserted = await repo.insertPersonIfAbsent(tx, {
    name: input.name,
    idNumber: input.idNumber,
    mobile: input.mobile ?? null,
    realNameMode: deps.realName.mode,
    realNameCheckedAt: deps.now(),
    createdBy: input.createdBy,
  });
  if (inserted) return { person: inserted, created: true };
  // a concurrent transaction recorded the same ID number first
  const raced = await repo.findPersonByIdNumber(tx, input.idNumber);
  if (!raced) throw new AppError('INTERNAL', '登记自然人失败');
  return check(raced);
}

/** Unique violations that slip past the checks under concurrency, as the 409 the checks would have given. */
export function mapUniqueViolation(error: unknown): never {
  const pg = repo.pgError(error);
  if (pg?.code === '23505') {
    const c = pg.constraint ?? '';
    if (/mobile|username/.test(c)) throw conflictOn('mobile', '该手机号码已注册账号，请直接登录');
    if (/credit_code/.test(c)) throw conflictOn('creditCode', '该统一社会信用代码已登记');
    throw conflict('数据已被他人同时修改，请重试');
  }
  throw error;
}

/** An enterprise already on record is linked only when its name and legal representative match. */
export function assertSameEnterprise(
  existing: repo.EnterpriseWithRep,
  name: string,
  legalRepPersonId: string,
): void {
  if (!sameEnterpriseName(existing.name, name)) {
    throw conflictOn('creditCode', '该统一社会信用代码已登记为其他企业名称，请核对企业名称与信用代码');
  }
  if (existing.legalRepPersonId !== legalRepPersonId) {
    throw conflictOn(
      'legalRepIdNumber',
      '法定代表人与该企业已登记的不一致，请核对；法定代表人如已变更，须先办理变更',
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// window-side lookup and recording
// ---------------------------------------------------------------------------------------------------------

/** Exact lookup by ID number; the number must be well-formed (GB 11643) so typos are caught, not "not found". */
export async function lookupPersons(deps: Deps, idNumber: string): Promise<PersonView[]> {
  const v = normaliseIdNumber(idNumber);
  const problem = checkIdNumber(v, deps.now());
  if (problem) throw invalid([{ field: 'idNumber', message: problem.message }]);
  const row = await repo.findPersonByIdNumber(deps.db, v);
  return row ? [presentPerson(row)] : [];
}

export interface RecordPersonInput {
  name: string;
  idNumber: string;
  mobile?: string | null;
}

/** Records a walk-in applicant, or returns the one on record with the same ID number and name. */
export async function recordPerson(
  deps: PeopleDeps,
  actor: Actor,
  input: RecordPersonInput,
): Promise<{ person: PersonView; created: boolean }> {
  const [who] = await verifyIdentities(deps, [
    { name: input.name, idNumber: input.idNumber, nameField: 'name', idField: 'idNumber' },
  ]);
  if (!who) throw new AppError('INTERNAL', '实名核验失败');
  return deps.db.transaction(async (tx) => {
    const result = await ensurePerson(tx, deps, {
      ...who,
      mobile: input.mobile ?? null,
      createdBy: actor.userId,
      idField: 'idNumber',
    });
    // a number given now fills a gap, never replaces the one on record
    if (!result.created && !result.person.mobile && input.mobile) {
      const updated = await repo.updatePerson(tx, result.person.id, { mobile: input.mobile });
      if (updated) return { person: presentPerson(updated), created: false };
    }
    return { person: presentPerson(result.person), created: result.created };
  });
}

export async function lookupEnterprises(deps: Deps, creditCode: string): Promise<EnterpriseView[]> {
  const v = normaliseCreditCode(creditCode);
  const problem = checkCreditCode(v);
  if (problem) throw invalid([{ field: 'creditCode', message: problem.message }]);
  const row = await repo.findEnterpriseByCreditCode(deps.db, v);
  return row ? [presentEnterprise(row)] : [];
}

export interface RecordEnterpriseInput {
  name: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumber: string;
  address?: string | null;
}

/** Records an enterprise (and its legal representative), or returns the one on record when it matches. */
export async function recordEnterprise(
  deps: PeopleDeps,
  actor: Actor,
  input: RecordEnterpriseInput,
): Promise<{ enterprise: EnterpriseView; created: boolean }> {
  const creditCode = normaliseCreditCode(input.creditCode);
  const name = input.name.trim();
  const extra: FieldError[] = [];
  const codeProblem = checkCreditCode(creditCode);
  if (codeProblem) extra.push({ field: 'creditCode', message: codeProblem.message });
  if (!name) extra.push({ field: 'name', message: '企业名称不能为空' });
  const [rep] = await verifyIdentities(
    deps,
    [
      {
        name: input.legalRepName,
        idNumber: input.legalRepIdNumber,
        nameField: 'legalRepName',
        idField: 'legalRepIdNumber',
      },
    ],
    extra,
  );
  if (!rep) throw new AppError('INTERNAL', '实名核验失败');
  return deps.db
    .transaction(async (tx) => {
      const legalRep = await ensurePerson(tx, deps, {
        ...rep,
        createdBy: actor.userId,
        idField: 'legalRepIdNumber',
      });
      const existing = await repo.findEnterpriseByCreditCode(tx, creditCode, true);
      if (existing) {
        assertSameEnterprise(existing, name, legalRep.person.id);
        return { enterprise: presentEnterprise(existing), created: false };
      }
      const row = await repo.insertEnterprise(tx, {
        name,
        creditCode,
        legalRepPersonId: legalRep.person.id,
        address: input.address?.trim() || null,
        createdBy: actor.userId,
      });
      return { enterprise: presentEnterprise({ ...row, legalRep: legalRep.person }), created: true };
    })
    .catch(mapUniqueViolation);
}

// ---------------------------------------------------------------------------------------------------------
// the audited full view
// ---------------------------------------------------------------------------------------------------------

/**
 * The full ID number, for staff who need it (e.g. to fill a department's system) and for the person themself.
 * Every call writes one audit row in the same transaction; a caller who may not see this person gets 404, so
 * the route does not reveal who is on record.
 */
export async function revealIdNumber(
  deps: Deps,
  actor: Actor,
  input: { personId: string; reason: string; requestId: string },
): Promise<{ idNumber: string }> {
  const reason = input.reason.trim();
  if (!reason) throw invalid([{ field: 'reason', message: '请填写查看完整身份证号码的事由' }]);
  if (!canRevealIdNumber(actor, input.personId)) throw notFound('自然人');
  return deps.db.transaction(async (tx) => {
    const person = await repo.findPersonById(tx, input.personId);
    if (!person) throw notFound('自然人');
    // staff only for a person their work concerns (an applicant of a case in their scope); as unknown otherwise
    const self = actor.personId === person.id;
    if (!self && !(await personInScope(tx, actor, person.id))) throw notFound('自然人');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'reveal_id_number',
      subjectType: 'person',
      subjectId: person.id,
      detail: { reason, roles: actor.roles, self },
      requestId: input.requestId,
    });
    return { idNumber: person.idNumber };
  });
}
