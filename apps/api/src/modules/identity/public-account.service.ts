// Use cases of public accounts: registration of citizens and enterprises (signing in is the route's
// business) and the profile of the signed-in account with the authorisations under which it may act.
import { checkCreditCode, type FieldError, normaliseCreditCode } from '@msb/contracts';
import { and } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { maskIdNumber, maskMobile } from './domain/mask.ts';
import { authorisationStatus, chinaDate } from './domain/people-rules.ts';
import { hashPassword } from './passwords.ts';
import * as repo from './people.repo.ts';
import {
  assertSameEnterprise,
  conflictOn,
  ensurePerson,
  mapUniqueViolation,
  type PeopleDeps,
  verifyIdentities,
} from './people.service.ts';
import { REAL_NAME_MODES } from './real-name.ts';

// ---------------------------------------------------------------------------------------------------------
// registration (public)
// ---------------------------------------------------------------------------------------------------------

export interface RegisterCitizenInput {
  mobile: string;
  password: string;
  name: string;
  idNumber: string;
}

/** A citizen account (username = mobile), linked to an existing walk-in person of the same ID and name. */
export async function registerCitizen(
  deps: PeopleDeps,
  input: RegisterCitizenInput,
  options: { isDemo?: boolean } = {},
): Promise<{ userId: string; username: string }> {
  const [who] = await verifyIdentities(deps, [
    { name: input.name, idNumber: input.idNumber, nameField: 'name', idField: 'idNumber' },
  ]);
  if (!who) throw new AppError('INTERNAL', '实名核验失败');
  const passwordHash = await hashPassword(input.password);
  return deps.db
    .transaction(async (tx) => {
      if (await repo.mobileTaken(tx, input.mobile)) {
        throw conflictOn('mobile', '该手机号码已注册账号，请直接登录');
      }
      const { person } = await ensurePerson(tx, deps, {
        ...who,
        mobile: input.mobile,
        createdBy: null,
        idField: 'idNumber',
      });
      if (await repo.personHasAccount(tx, person.id, 'citizen')) {
        throw conflictOn('idNumber', '该身份证号码已注册个人账号，请使用原手机号码登录');
      }
      await repo.updatePerson(tx, person.id, {
        mobile: person.mobile ?? input.mobile,
        realNameMode: deps.realName.mode,
        realNameCheckedAt: deps.now(),
      });
      const user = await repo.insertUser(tx, {
        username: input.mobile,
        mobile: input.mobile,
        passwordHash,
        displayName: who.name,
        kind: 'public',
        roles: ['citizen'],
        personId: person.id,
        isDemo: options.isDemo ?? false,
      });
      return { userId: user.id, username: user.username };
    })
    .catch(mapUniqueViolation);
}

export interface RegisterEnterpriseInput {
  mobile: string;
  password: string;
  operatorName: string;
  operatorIdNumber: string;
  enterpriseName: string;
  creditCode: string;
  legalRepName: string;
  legalRepIdNumber: string;
}

/** An enterprise account for its operator (经办人); the enterprise and both persons are created or linked. */
export async function registerEnterprise(
  deps: PeopleDeps,
  input: RegisterEnterpriseInput,
  options: { isDemo?: boolean } = {},
): Promise<{ userId: string; username: string }> {
  const creditCode = normaliseCreditCode(input.creditCode);
  const enterpriseName = input.enterpriseName.trim();
  const extra: FieldError[] = [];
  const codeProblem = checkCreditCode(creditCode);
  // GB 32100-2015 check character; public registration cannot override it (domain-facts §6.2)
  if (codeProblem) extra.push({ field: 'creditCode', message: codeProblem.message });
  if (!enterpriseName) extra.push({ field: 'enterpriseName', message: '企业名称不能为空' });
  const [operator, rep] = await verifyIdentities(
    deps,
    [
      {
        name: input.operatorName,
        idNumber: input.operatorIdNumber,
        nameField: 'operatorName',
        idField: 'operatorIdNumber',
      },
      {
        name: input.legalRepName,
        idNumber: input.legalRepIdNumber,
        nameField: 'legalRepName',
        idField: 'legalRepIdNumber',
      },
    ],
    extra,
  );
  if (!operator || !rep) throw new AppError('INTERNAL', '实名核验失败');
  const passwordHash = await hashPassword(input.password);
  return deps.db
    .transaction(async (tx) => {
      if (await repo.mobileTaken(tx, input.mobile)) {
        throw conflictOn('mobile', '该手机号码已注册账号，请直接登录');
      }
      const legalRep = await ensurePerson(tx, deps, { ...rep, createdBy: null, idField: 'legalRepIdNumber' });
      const existing = await repo.findEnterpriseByCreditCode(tx, creditCode, true);
      if (existing) {
        if (await repo.enterpriseHasAccount(tx, existing.id)) {
          throw conflictOn('creditCode', '该企业已注册账号，请由原经办人登录或联系窗口办理变更');
        }
        assertSameEnterprise(existing, enterpriseName, legalRep.person.id);
      }
      const { person } = await ensurePerson(tx, deps, {
        ...operator,
        mobile: input.mobile,
        createdBy: null,
        idField: 'operatorIdNumber',
      });
      if (!person.mobile) await repo.updatePerson(tx, person.id, { mobile: input.mobile });
      const enterprise =
        existing ??
        (await repo.insertEnterprise(tx, {
          name: enterpriseName,
          creditCode,
          legalRepPersonId: legalRep.person.id,
          createdBy: null,
        }));
      const user = await repo.insertUser(tx, {
        username: input.mobile,
        mobile: input.mobile,
        passwordHash,
        displayName: `${enterprise.name}（${operator.name}）`,
        kind: 'public',
        roles: ['enterprise'],
        personId: person.id,
        enterpriseId: enterprise.id,
        isDemo: options.isDemo ?? false,
      });
      return { userId: user.id, username: user.username };
    })
    .catch(mapUniqueViolation);
}

// ---------------------------------------------------------------------------------------------------------
// profile
// ---------------------------------------------------------------------------------------------------------

export interface ProfileView {
  person: { id: string; name: string; idNumberMasked: string; mobile: string | null };
  enterprise: { id: string; name: string; creditCode: string; legalRepName: string } | null;
  realName: { mode: repo.PersonRow['realNameMode']; label: string };
  actingFor: ActingForView[];
}

/** An authorisation under which the person may act today (行政许可法 第二十九条 委托代理人). */
export interface ActingForView {
  authorisationId: string;
  principalKind: 'person' | 'enterprise';
  principalName: string;
  scope: string[];
  validFrom: string;
  validTo: string;
}

/** The principals this person may act for today (China date), from unrevoked authorisations in force. */
export async function listActingFor(deps: Deps, personId: string): Promise<ActingForView[]> {
  const today = chinaDate(deps.now());
  const rows = await repo.selectAuthorisations(deps.db, and(repo.byAgent(personId), repo.notRevoked()));
  return rows
    .filter((r) => authorisationStatus(r.authorisation, today) === 'active')
    .map(({ authorisation: a, principalPerson, principalEnterprise }) => ({
      authorisationId: a.id,
      principalKind: principalEnterprise ? ('enterprise' as const) : ('person' as const),
      principalName: principalEnterprise?.name ?? principalPerson?.name ?? '',
      scope: a.scope,
      validFrom: a.validFrom,
      validTo: a.validTo,
    }));
}

export async function getProfile(deps: Deps, actor: Actor): Promise<ProfileView> {
  const person = actor.personId ? await repo.findPersonById(deps.db, actor.personId) : undefined;
  if (!person) throw notFound('本账号关联的自然人信息');
  const enterprise = actor.enterpriseId
    ? await repo.findEnterpriseById(deps.db, actor.enterpriseId)
    : undefined;
  const mobile = (await repo.findUserMobile(deps.db, actor.userId)) ?? person.mobile;
  return {
    person: {
      id: person.id,
      name: person.name,
      idNumberMasked: maskIdNumber(person.idNumber),
      mobile: maskMobile(mobile),
    },
    enterprise: enterprise
      ? {
          id: enterprise.id,
          name: enterprise.name,
          creditCode: enterprise.creditCode,
          legalRepName: enterprise.legalRep.name,
        }
      : null,
    realName: { mode: person.realNameMode, label: REAL_NAME_MODES[person.realNameMode].label },
    actingFor: await listActingFor(deps, person.id),
  };
}
