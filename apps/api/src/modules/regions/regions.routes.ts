import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { addVillage, getRegion, listRegions } from './regions.service.ts';

const LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export const RegionView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  level: Type.Enum(LEVELS),
  statisticalOnly: Type.Boolean(),
});
const Code = Type.String({ pattern: '^\\d{12}$', description: '12 位区划代码' });

export const regionRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/regions',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listRegions',
          tags: ['区划'],
          summary: '区划列表（按上级或层级）；不带参数时返回自治区和盟市',
          querystring: Type.Object({ parent: Type.Optional(Code), level: Type.Optional(Type.Enum(LEVELS)) }),
          response: { 200: Type.Array(RegionView) },
        },
      },
      async (request) => listRegions(deps, request.query),
    );
    app.get(
      '/api/regions/:code',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getRegion',
          tags: ['区划'],
          params: Type.Object({ code: Code }),
          response: { 200: Type.Intersect([RegionView, Type.Object({ ancestors: Type.Array(RegionView) })]) },
        },
      },
      async (request) => getRegion(deps, request.params.code),
    );
    app.post(
      '/api/regions',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'addVillageRegion',
          tags: ['区划'],
          summary: '添加嘎查村/社区级区划',
          body: Type.Object({
            code: Code,
            name: Type.String({ minLength: 2, maxLength: 60 }),
            parentCode: Code,
          }),
          response: { 201: RegionView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addVillage(deps, requireActor(request), request.body)),
    );
  };
