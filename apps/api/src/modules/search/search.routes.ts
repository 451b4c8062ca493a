import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AUDIENCES, CHANNELS, ITEM_TYPES, MATURITY_LEVELS } from '@msb/contracts';
import Type from 'typebox';
import type { Deps } from '../../platform/deps.ts';
import { listMisses, searchItems } from './search.service.ts';

const Hit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  orgId: Type.String(),
  orgName: Type.String(),
  regionCode: Type.String(),
  itemType: Type.String(),
  audience: Type.Array(Type.String()),
  themes: Type.Array(Type.String()),
  maturity: Type.String(),
  channels: Type.Array(Type.String()),
  highlights: Type.Array(Type.Array(Type.Integer(), { minItems: 2, maxItems: 2 }), {
    description: '名称中命中部分的 [起, 止) 位置',
  }),
});

export const searchRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/search',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'searchItems',
          tags: ['事项检索'],
          summary: '检索已发布的事项（中文分词、拼音全拼与首字母、同义词，区划继承）',
          querystring: Type.Object({
            q: Type.Optional(
              Type.String({ maxLength: 50, description: '查询文本：汉字、全拼或首字母（如 yyzz）' }),
            ),
            region: Type.Optional(
              Type.String({ pattern: '^\\d{12}$', description: '区划：含本级及上级盟市、自治区的事项' }),
            ),
            org: Type.Optional(Type.String({ format: 'uuid' })),
            type: Type.Optional(Type.Enum(ITEM_TYPES)),
            audience: Type.Optional(Type.Enum(AUDIENCES)),
            theme: Type.Optional(Type.String({ maxLength: 40 })),
            maturity: Type.Optional(Type.Enum(MATURITY_LEVELS)),
            channel: Type.Optional(Type.Enum(CHANNELS)),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            offset: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
          }),
          response: {
            200: Type.Object({
              total: Type.Integer({ description: '命中数' }),
              items: Type.Array(Hit),
            }),
          },
        },
      },
      async (request) => searchItems(deps, request.query),
    );
    app.get(
      '/api/search/misses',
      {
        config: { access: ['admin', 'catalog_editor', 'catalog_reviewer', 'supervisor'] },
        schema: {
          operationId: 'listSearchMisses',
          tags: ['事项检索'],
          summary: '无结果的检索词（供事项编辑补充关键词）',
          response: {
            200: Type.Array(
              Type.Object({ query: Type.String(), count: Type.Integer(), last: Type.String() }),
            ),
          },
        },
      },
      async () => (await listMisses(deps)).map((m) => ({ ...m, last: new Date(m.last).toISOString() })),
    );
  };
