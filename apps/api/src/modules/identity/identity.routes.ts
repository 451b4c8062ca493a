import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROLE_LABELS, STAFF_ROLES } from '@msb/contracts';
import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import type { Actor } from '../../platform/access.ts';
import { requireActor, SESSION_COOKIE } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { forbidden } from '../../platform/errors.ts';
import { regionWithin } from './domain/scope.ts';
import { createUser, listStaff, login, logout } from './identity.service.ts';

export const ActorView = Type.Object({
  userId: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  kind: Type.String(),
  roles: Type.Array(Type.String()),
  roleLabels: Type.Array(Type.String()),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  orgId: Type.Union([Type.String(), Type.Null()]),
});

/** The session cookie of a signed-in account (login and public registration). */
export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    maxAge: deps.config.sessionMaxHours * 3600,
  });
}

export const identityRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const view = (a: Actor) => ({
      ...a,
      roleLabels: a.roles.map((r) => ROLE_LABELS[r]),
    });

    app.post(
      '/api/auth/login',
      {
        config: {
          access: 'public',
          rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' },
        },
        schema: {
          operationId: 'login',
          tags: ['身份认证'],
          summary: '工作人员登录',
          body: Type.Object({
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
          }),
          response: { 200: Type.Object({ actor: ActorView, expiresAt: Type.String() }) },
        },
      },
      async (request, reply) => {
        const result = await login(deps, request.body);
        setSessionCookie(reply, deps, result.token);
        return { actor: view(result.actor), expiresAt: result.expiresAt.toISOString() };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'public' },
        schema: { operationId: 'logout', tags: ['身份认证'], summary: '退出登录' },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logout(deps, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getCurrentUser',
          tags: ['身份认证'],
          summary: '当前登录用户',
          response: { 200: ActorView },
        },
      },
      async (request) => view(requireActor(request)),
    );

    app.get(
      '/api/users',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'listStaffUsers',
          tags: ['身份认证'],
          summary: '本人管辖区划内的工作人员账号',
          response: {
            200: Type.Array(
              Type.Intersect([
                ActorView,
                Type.Object({ lockedUntil: Type.Union([Type.String(), Type.Null()]) }),
              ]),
            ),
          },
        },
      },
      async (request) => {
        const admin = requireActor(request);
        return (await listStaff(deps, admin.regionCode ?? '__none__')).map((u) => ({
          ...view(u),
          lockedUntil: u.lockedUntil,
        }));
      },
    );
    app.post(
      '/api/users',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'createStaffUser',
          tags: ['身份认证'],
          summary: '新建工作人员账号',
          body: Type.Object({
            username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[a-zA-Z0-9_.-]+$' }),
            password: Type.String({ minLength: 10, maxLength: 256 }),
            displayName: Type.String({ minLength: 1, maxLength: 64 }),
            roles: Type.Array(Type.Enum(STAFF_ROLES), { minItems: 1 }),
            regionCode: Type.String({ pattern: '^\\d{12}$' }),
            orgId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
          }),
          response: { 201: ActorView },
        },
      },
      async (request, reply) => {
        const admin = requireActor(request);
        if (!admin.regionCode || !regionWithin(request.body.regionCode, admin.regionCode)) {
          throw forbidden('只能在本人管辖区划内创建账号');
        }
        const actor = await createUser(deps, { ...request.body, kind: 'staff' });
        return reply.status(201).send(view(actor));
      },
    );
  };
