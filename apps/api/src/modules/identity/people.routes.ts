// Routes of persons, enterprises, public accounts and authorisations. No response here carries a full ID number
// except the audited reveal (schemas in people.schemas.ts list masked fields only).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROLE_LABELS } from '@msb/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { grantAuthorisation, listAuthorisations, revokeAuthorisation } from './authorisations.service.ts';
import { setSessionCookie } from './identity.routes.ts';
import { login } from './identity.service.ts';
import { PEOPLE_DESK_ROLES, REVEAL_ROUTE_ROLES } from './people.policy.ts';
import {
  AuthorisationView,
  CreditCode,
  EnterpriseView,
  IdNumber,
  IsoDate,
  Mobile,
  Name,
  Nullable,
  Password,
  PersonView,
  ProfileView,
  RealNameModeT,
  SignedIn,
} from './people.schemas.ts';
import {
  lookupEnterprises,
  lookupPersons,
  type PeopleDeps,
  recordEnterprise,
  recordPerson,
  revealIdNumber,
} from './people.service.ts';
import { getProfile, registerCitizen, registerEnterprise } from './public-account.service.ts';
import { createRealNameVerifier, describeRealNameMode } from './real-name.ts';

export const peopleRoutes = (deps: Deps): FastifyPluginAsyncTypebox => {
  // Resolved when the app is built: a mode without an installed adapter stops the platform from starting.
  const people: PeopleDeps = {
    ...deps,
    realName: createRealNameVerifier(deps.config.realNameMode, { now: deps.now }),
  };
  const registerLimit = { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' };

  return async (app) => {
    /** Open a session for a just-created account, exactly as POST /api/auth/login does. */
    const signIn = async (
      reply: Parameters<typeof setSessionCookie>[0],
      username: string,
      password: string,
    ) => {
      const result = await login(people, { username, password });
      setSessionCookie(reply, people, result.token);
      const actor = { ...result.actor, roleLabels: result.actor.roles.map((r) => ROLE_LABELS[r]) };
      return { actor, expiresAt: result.expiresAt.toISOString() };
    };

    app.get(
      '/api/real-name/mode',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getRealNameMode',
          tags: ['实名与授权'],
          summary: '实名核验方式（本平台核验到什么程度）',
          response: {
            200: Type.Object({ mode: RealNameModeT, label: Type.String(), description: Type.String() }),
          },
        },
      },
      async () => describeRealNameMode(people.realName.mode),
    );

    app.post(
      '/api/register/citizen',
      {
        config: { access: 'public', rateLimit: registerLimit },
        schema: {
          operationId: 'registerCitizen',
          tags: ['实名与授权'],
          summary: '自然人注册（手机号码为登录名），注册后即登录',
          body: Type.Object({ mobile: Mobile, password: Password, name: Name, idNumber: IdNumber }),
          response: { 201: SignedIn },
        },
      },
      async (request, reply) => {
        const { username } = await registerCitizen(people, request.body);
        const body = await signIn(reply, username, request.body.password);
        return reply.status(201).send(body);
      },
    );

    app.post(
      '/api/register/enterprise',
      {
        config: { access: 'public', rateLimit: registerLimit },
        schema: {
          operationId: 'registerEnterprise',
          tags: ['实名与授权'],
          summary: '法人注册（经办人手机号码为登录名），注册后即登录',
          body: Type.Object({
            mobile: Mobile,
            password: Password,
            operatorName: Name,
            operatorIdNumber: IdNumber,
            enterpriseName: Type.String({ minLength: 1, maxLength: 100 }),
            creditCode: CreditCode,
            legalRepName: Name,
            legalRepIdNumber: IdNumber,
          }),
          response: { 201: SignedIn },
        },
      },
      async (request, reply) => {
        const { username } = await registerEnterprise(people, request.body);
        const body = await signIn(reply, username, request.body.password);
        return reply.status(201).send(body);
      },
    );

    app.get(
      '/api/me/profile',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'getMyProfile',
          tags: ['实名与授权'],
          summary: '本人信息（身份证号码、手机号码已脱敏）与可代为办理的委托',
          response: { 200: ProfileView },
        },
      },
      async (request) => getProfile(people, requireActor(request)),
    );

    app.post(
      '/api/authorisations',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'grantAuthorisation',
          tags: ['实名与授权'],
          summary: '委托代理人办理（委托书，行政许可法第二十九条）；企业账号以企业名义委托',
          body: Type.Object({
            agentName: Name,
            agentIdNumber: IdNumber,
            scope: Type.Array(Type.String({ minLength: 4, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }), {
              maxItems: 200,
              description: '可代办的基本目录事项编码；空数组表示全部事项',
            }),
            validFrom: IsoDate,
            validTo: IsoDate,
            letterSha256: Type.Optional(Nullable(Type.String({ pattern: '^[0-9a-f]{64}$' }))),
          }),
          response: { 201: AuthorisationView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await grantAuthorisation(people, requireActor(request), request.body)),
    );

    app.get(
      '/api/authorisations',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'listAuthorisations',
          tags: ['实名与授权'],
          summary: '我委托他人的（granted）与他人委托我的（received）',
          response: {
            200: Type.Object({
              granted: Type.Array(AuthorisationView),
              received: Type.Array(AuthorisationView),
            }),
          },
        },
      },
      async (request) => listAuthorisations(people, requireActor(request)),
    );

    app.post(
      '/api/authorisations/:id/revoke',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'revokeAuthorisation',
          tags: ['实名与授权'],
          summary: '撤销委托（仅委托人本人）',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: AuthorisationView },
        },
      },
      async (request) => revokeAuthorisation(people, requireActor(request), request.params.id),
    );

    app.get(
      '/api/persons',
      {
        config: { access: PEOPLE_DESK_ROLES },
        schema: {
          operationId: 'lookupPersons',
          tags: ['实名与授权'],
          summary: '按身份证号码精确查找自然人（窗口）',
          querystring: Type.Object({ idNumber: IdNumber }),
          response: { 200: Type.Object({ items: Type.Array(PersonView) }) },
        },
      },
      async (request) => ({ items: await lookupPersons(people, request.query.idNumber) }),
    );

    app.post(
      '/api/persons',
      {
        config: { access: PEOPLE_DESK_ROLES },
        schema: {
          operationId: 'recordPerson',
          tags: ['实名与授权'],
          summary: '登记现场申请人；已登记且姓名一致时返回原记录（200）',
          body: Type.Object({ name: Name, idNumber: IdNumber, mobile: Type.Optional(Nullable(Mobile)) }),
          response: { 200: PersonView, 201: PersonView },
        },
      },
      async (request, reply) => {
        const { person, created } = await recordPerson(people, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(person);
      },
    );

    app.get(
      '/api/enterprises',
      {
        config: { access: PEOPLE_DESK_ROLES },
        schema: {
          operationId: 'lookupEnterprises',
          tags: ['实名与授权'],
          summary: '按统一社会信用代码精确查找企业（窗口）',
          querystring: Type.Object({ creditCode: CreditCode }),
          response: { 200: Type.Object({ items: Type.Array(EnterpriseView) }) },
        },
      },
      async (request) => ({ items: await lookupEnterprises(people, request.query.creditCode) }),
    );

    app.post(
      '/api/enterprises',
      {
        config: { access: PEOPLE_DESK_ROLES },
        schema: {
          operationId: 'recordEnterprise',
          tags: ['实名与授权'],
          summary: '登记企业及其法定代表人；已登记且一致时返回原记录（200）',
          body: Type.Object({
            name: Type.String({ minLength: 1, maxLength: 100 }),
            creditCode: CreditCode,
            legalRepName: Name,
            legalRepIdNumber: IdNumber,
            address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          }),
          response: { 200: EnterpriseView, 201: EnterpriseView },
        },
      },
      async (request, reply) => {
        const { enterprise, created } = await recordEnterprise(people, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(enterprise);
      },
    );

    app.post(
      '/api/persons/:id/reveal-id-number',
      {
        config: { access: REVEAL_ROUTE_ROLES },
        schema: {
          operationId: 'revealIdNumber',
          tags: ['实名与授权'],
          summary: '查看完整身份证号码（须填写事由，每次查看记入审计日志）',
          description:
            '工作人员（窗口、首席代表、帮办代办、审批、督查、管理员）仅可查看其职责范围内办件申请人的号码；本人可查看自己的号码。',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 200: Type.Object({ idNumber: Type.String() }) },
        },
      },
      async (request) =>
        revealIdNumber(people, requireActor(request), {
          personId: request.params.id,
          reason: request.body.reason,
          requestId: request.id,
        }),
    );
  };
};
