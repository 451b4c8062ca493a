// Staff work: window intake, the work lists of window, department and output window, and the public
// progress lookup by case number and phone.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { createWindowCase } from './case-apply.service.ts';
import { getCase, listQueue, lookupProgress, QUEUE_ROLES, QUEUES } from './case-queries.service.ts';
import { DraftBody, IdempotencyHeaders } from './cases.routes.ts';
import { CASE_STATES } from './domain/transitions.ts';

const Uuid = Type.String({ format: 'uuid' });
const ALL_QUEUE_ROLES = [...new Set(Object.values(QUEUE_ROLES).flat())];

export const caseWorkRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/api/window/cases',
      {
        config: { access: ['window_clerk', 'chief_representative'] },
        schema: {
          operationId: 'createWindowCase',
          tags: ['办件'],
          summary:
            '窗口收件：为到场申请人登记申请（办件即为待受理），随后核验材料并受理、一次性告知补正或不予受理',
          headers: IdempotencyHeaders,
          body: Type.Object(
            {
              implementationId: Uuid,
              applicant: Type.Union([Type.Object({ personId: Uuid }), Type.Object({ enterpriseId: Uuid })]),
              contactMobile: Type.String({ pattern: '^1[3-9]\\d{9}$' }),
              ...DraftBody.properties,
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const result = await createWindowCase(deps, actor, request.body, request.headers['idempotency-key']);
        return reply.status(result.created ? 201 : 200).send(await getCase(deps, actor, result.id));
      },
    );
    app.get(
      '/api/worklists/:queue',
      {
        config: { access: ALL_QUEUE_ROLES },
        schema: {
          operationId: 'listWorklist',
          tags: ['办件'],
          summary:
            '工作台待办：window 综合窗口、department 部门待办、assigned 我承办的、output 出件窗口、supervision 督查；按到期日排序并标注预警',
          params: Type.Object({ queue: Type.Enum(QUEUES) }),
          querystring: Type.Object({
            page: Type.Integer({ minimum: 1, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            q: Type.Optional(Type.String({ maxLength: 60 })),
            state: Type.Optional(Type.Enum(CASE_STATES)),
            warning: Type.Optional(
              Type.Union([Type.Literal('normal'), Type.Literal('yellow'), Type.Literal('red')], {
                description: '时限预警：normal 正常、yellow 临近到期、red 已超期（与列表所示一致）',
              }),
            ),
          }),
        },
      },
      async (request) => listQueue(deps, requireActor(request), request.params.queue, request.query),
    );
    app.get(
      '/api/progress',
      {
        config: {
          access: 'public',
          rateLimit: { max: deps.config.progressLookupRatePerMinute, timeWindow: '1 minute' },
        },
        schema: {
          operationId: 'lookupProgress',
          tags: ['办件'],
          summary: '办件进度查询（办件编号 + 申请人手机号码，无需登录，限制频率）',
          querystring: Type.Object({
            caseNumber: Type.String({ pattern: '^\\d{12}-\\d{8}-\\d{6}$' }),
            mobile: Type.String({ pattern: '^1[3-9]\\d{9}$' }),
          }),
        },
      },
      async (request) => lookupProgress(deps, request.query.caseNumber, request.query.mobile),
    );
  };
