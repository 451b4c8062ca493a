// Routes of 容缺受理 and 告知承诺: reading and signing a case's commitment, its signed PDF, checking in a
// material supplied after acceptance, and the department's 事后核查 tasks. Who may see a given case is still
// decided per case (cases.policy.ts); each route declares its callers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { commitmentPdf, getCommitment, signCommitment } from './case-commitments.service.ts';
import { supplyMissingMaterial } from './case-missing-materials.service.ts';
import { getCase } from './case-queries.service.ts';
import { listVerificationTasks, recordVerificationOutcome } from './case-verification.service.ts';

const Uuid = Type.String({ format: 'uuid' });
const CaseParams = Type.Object({ id: Uuid });
/** a drawn signature: base64 of a PNG of at most 200 KB (checked again by content) */
const SIGNATURE_BASE64_MAX = Math.ceil((200_000 * 4) / 3) + 32;

export const caseObligationRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/cases/:id/commitment',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getCaseCommitment',
          tags: ['办件'],
          summary: '告知承诺：本事项的承诺书内容、可代替的材料、是否已签署（仅限可查看本办件的用户）',
          params: CaseParams,
        },
      },
      async (request) => getCommitment(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/api/cases/:id/commitment',
      {
        config: { access: ['citizen', 'enterprise', 'window_clerk', 'chief_representative'] },
        schema: {
          operationId: 'signCaseCommitment',
          tags: ['办件'],
          summary:
            '签署告知承诺书：申请人或其委托代理人在受理前签署（输入完整姓名，可附手写签名 PNG）；窗口可录入申请人当场签署。签署后生成承诺书 PDF 存档，所承诺的材料无需再提交',
          params: CaseParams,
          body: Type.Object(
            {
              fullName: Type.String({ minLength: 1, maxLength: 60 }),
              materialIds: Type.Optional(
                Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100 }),
              ),
              signaturePng: Type.Optional(Type.String({ minLength: 8, maxLength: SIGNATURE_BASE64_MAX })),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await signCommitment(deps, requireActor(request), request.params.id, request.body)),
    );
    app.get(
      '/api/cases/:id/commitment/pdf',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getCaseCommitmentPdf',
          tags: ['办件'],
          summary: '已签署的告知承诺书（PDF，签署时生成并存档）',
          params: CaseParams,
        },
      },
      async (request, reply) => {
        const pdf = await commitmentPdf(deps, requireActor(request), request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf.bytes));
      },
    );
    app.post(
      '/api/cases/:id/missing-materials/:materialId/supplied',
      {
        config: { access: ['window_clerk', 'approver', 'chief_representative'] },
        schema: {
          operationId: 'supplyMissingMaterial',
          tags: ['办件'],
          summary:
            '容缺材料补交核验：确认申请人补交的材料（网上上传的核验通过，或窗口收取纸质材料），解除对决定或出具结果的暂缓',
          params: Type.Object({ id: Uuid, materialId: Type.String({ minLength: 1, maxLength: 60 }) }),
          body: Type.Object(
            { note: Type.Optional(Type.String({ maxLength: 500 })) },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await supplyMissingMaterial(deps, actor, request.params.id, request.params.materialId, request.body);
        return getCase(deps, actor, request.params.id);
      },
    );
    app.get(
      '/api/verification-tasks',
      {
        config: { access: ['approver', 'chief_representative'] },
        schema: {
          operationId: 'listVerificationTasks',
          tags: ['办件'],
          summary: '事后核查任务（本部门依告知承诺作出准予决定的办件），待核查的按核查期限排序',
          querystring: Type.Object({
            status: Type.Enum(['open', 'closed', 'all'] as const, { default: 'open' }),
            page: Type.Integer({ minimum: 1, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
        },
      },
      async (request) => listVerificationTasks(deps, requireActor(request), request.query),
    );
    app.post(
      '/api/verification-tasks/:id/outcome',
      {
        config: { access: ['approver', 'chief_representative'] },
        schema: {
          operationId: 'recordVerificationOutcome',
          tags: ['办件'],
          summary:
            '记录事后核查结果：属实则办结；承诺不实则在同一事务中撤销准予决定、记录申请人信用记录并告知申请人',
          params: Type.Object({ id: Uuid }),
          body: Type.Object(
            {
              outcome: Type.Enum(['confirmed', 'false'] as const),
              findings: Type.Optional(Type.String({ maxLength: 2000 })),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) =>
        recordVerificationOutcome(deps, requireActor(request), request.params.id, request.body),
    );
  };
