import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Deps } from './deps.ts';

export const VERSION = '0.1.0';

export const healthRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getHealth',
          tags: ['平台'],
          summary: '健康检查：数据库状态与版本',
          response: {
            503: Type.Object({
              status: Type.String(),
              version: Type.String(),
              database: Type.Object({ kind: Type.String(), ok: Type.Boolean(), latencyMs: Type.Number() }),
            }),
            200: Type.Object({
              status: Type.String(),
              version: Type.String(),
              database: Type.Object({ kind: Type.String(), ok: Type.Boolean(), latencyMs: Type.Number() }),
            }),
          },
        },
      },
      async (_request, reply) => {
        const started = performance.now();
        const ok = await deps.db.execute(sql`select 1`).then(
          () => true,
          () => false,
        );
        const body = {
          status: ok ? 'ok' : 'degraded',
          version: VERSION,
          database: {
            kind: deps.database.kind,
            ok,
            latencyMs: Math.round((performance.now() - started) * 100) / 100,
          },
        };
        return reply.status(ok ? 200 : 503).send(body);
      },
    );
  };
