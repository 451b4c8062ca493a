import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { createOrg, getOrg, listOrgs, updateOrg } from './orgs.service.ts';

const KINDS = ['government_department', 'service_centre', 'public_utility'] as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const OrgView = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  kind: Type.Enum(KINDS),
  regionCode: Type.String(),
  creditCode: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  isDemo: Type.Boolean(),
});
const OrgBody = Type.Object({
  key: Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]*$' }),
  name: Type.String({ minLength: 2, maxLength: 100 }),
  kind: Type.Enum(KINDS),
  regionCode: Type.String({ pattern: '^\\d{12}$' }),
  creditCode: Nullable(Type.String({ minLength: 18, maxLength: 18 })),
  phone: Nullable(Type.String({ maxLength: 40 })),
  address: Nullable(Type.String({ maxLength: 200 })),
});
const present = <T extends { createdAt?: unknown }>(row: T) => {
  const { createdAt: _omit, ...rest } = row;
  return rest;
};

export const orgRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/orgs',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listOrgs',
          tags: ['部门'],
          summary: '部门与单位列表',
          querystring: Type.Object({
            region: Type.Optional(Type.String({ pattern: '^\\d{12}$', description: '所在区划（精确）' })),
            within: Type.Optional(Type.String({ pattern: '^\\d{12}$', description: '区划及其下级' })),
            kind: Type.Optional(Type.Enum(KINDS)),
          }),
          response: { 200: Type.Array(OrgView) },
        },
      },
      async (request) => (await listOrgs(deps, request.query)).map(present),
    );
    app.get(
      '/api/orgs/:id',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getOrg',
          tags: ['部门'],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: OrgView },
        },
      },
      async (request) => present(await getOrg(deps.db, request.params.id)),
    );
    app.post(
      '/api/orgs',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'createOrg',
          tags: ['部门'],
          summary: '新建部门或单位',
          body: OrgBody,
          response: { 201: OrgView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(present(await createOrg(deps, requireActor(request), request.body))),
    );
    app.patch(
      '/api/orgs/:id',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'updateOrg',
          tags: ['部门'],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Partial(OrgBody),
          response: { 200: OrgView },
        },
      },
      async (request) =>
        present(await updateOrg(deps, requireActor(request), request.params.id, request.body)),
    );
  };
