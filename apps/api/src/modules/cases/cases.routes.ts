// Case routes for applicants and staff alike: who may see or change a case is decided per case by
// cases.policy.ts (others' cases are 404 to citizens, out-of-scope cases 403 to staff); each route still
// declares its callers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DELIVERY_METHODS, LIMIT_UNITS } from '@msb/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { readUpload } from '../../platform/uploads.ts';
import { performAction } from './case-actions.service.ts';
import { createOnlineCase, saveDraft } from './case-apply.service.ts';
import { caseDocumentPdf } from './case-documents.service.ts';
import {
  downloadMaterial,
  listReusableMaterials,
  removeMaterial,
  reuseMaterial,
  uploadMaterial,
} from './case-materials.service.ts';
import { getCase, listMyCases } from './case-queries.service.ts';
import type { CaseDocumentKind } from './case-views.ts';
import { CASE_ACTIONS } from './domain/transitions.ts';

const Uuid = Type.String({ format: 'uuid' });
const CaseParams = Type.Object({ id: Uuid });
const Limit = Type.Object({
  amount: Type.Integer({ minimum: 1, maximum: 365 }),
  unit: Type.Enum(LIMIT_UNITS),
});
const Short = (max = 2000) => Type.String({ minLength: 1, maxLength: max });

export const DraftBody = Type.Object(
  {
    formData: Type.Optional(Type.Record(Type.String({ maxLength: 80 }), Type.Unknown())),
    situation: Type.Optional(
      Type.Record(
        Type.String({ maxLength: 60 }),
        Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 }),
      ),
    ),
    deliveryPreference: Type.Optional(Type.Enum(DELIVERY_METHODS)),
    postalAddress: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 8,
      maxLength: 100,
      description: '同一次提交重发时使用同一个键，只会产生一个办件',
    }),
  ),
});

const ActionBody = Type.Object(
  {
    comment: Type.Optional(Short()),
    reason: Type.Optional(Short()),
    materialsChecklist: Type.Optional(
      Type.Array(
        Type.Object(
          {
            materialId: Short(60),
            present: Type.Boolean(),
            originalSeen: Type.Optional(Type.Boolean()),
            copies: Type.Optional(Type.Integer({ minimum: 0, maximum: 99 })),
            note: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    correctionItems: Type.Optional(
      Type.Array(
        Type.Object(
          {
            materialId: Type.Optional(Short(60)),
            problem: Short(500),
            requirement: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    opinion: Type.Optional(Short()),
    decisionReasons: Type.Optional(Short()),
    extension: Type.Optional(Limit),
    procedure: Type.Optional(
      Type.Object({ name: Short(100), duration: Limit }, { additionalProperties: false }),
    ),
    deliveryMethod: Type.Optional(Type.Enum(DELIVERY_METHODS)),
    trackingNumber: Type.Optional(Short(60)),
    signedReceipt: Type.Optional(Short(200)),
    assignee: Type.Optional(Uuid),
    missingMaterials: Type.Optional(
      Type.Array(
        Type.Object(
          {
            materialId: Short(60),
            dueWorkdays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100, description: '容缺受理：缺少的材料及各自的补交期限（工作日，默认按事项规定）' },
      ),
    ),
  },
  { additionalProperties: false },
);

const DOCUMENT_FILES = ['receipt.pdf', 'correction.pdf', 'refusal.pdf', 'decision.pdf'] as const;

export const caseRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/api/cases',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'createCase',
          tags: ['办件'],
          summary: '网上/掌上申请：创建申请草稿（按资料和历史办件预填；可凭授权委托代他人或企业申请）',
          headers: IdempotencyHeaders,
          body: Type.Object(
            {
              implementationId: Uuid,
              channel: Type.Enum(['web', 'phone'] as const),
              authorisationId: Type.Optional(Uuid),
              ...DraftBody.properties,
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const result = await createOnlineCase(
          deps,
          requireActor(request),
          request.body,
          request.headers['idempotency-key'],
        );
        return reply
          .status(result.created ? 201 : 200)
          .send(await getCase(deps, requireActor(request), result.id));
      },
    );
    app.get(
      '/api/cases/mine',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'listMyCases',
          tags: ['办件'],
          summary: '我的办件（本人或本企业为申请人，或本人代理提交的）',
          querystring: Type.Object({
            page: Type.Integer({ minimum: 1, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
        },
      },
      async (request) => listMyCases(deps, requireActor(request), request.query),
    );
    app.get(
      '/api/cases/:id',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getCase',
          tags: ['办件'],
          summary: '办件详情：表单、材料、时限、办理记录、可执行操作',
          params: CaseParams,
        },
      },
      async (request) => getCase(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/api/cases/:id/draft',
      {
        config: { access: ['citizen', 'enterprise'] },
        schema: {
          operationId: 'saveCaseDraft',
          tags: ['办件'],
          summary: '保存草稿或补正内容',
          params: CaseParams,
          body: DraftBody,
        },
      },
      async (request) => {
        await saveDraft(deps, requireActor(request), request.params.id, request.body);
        return getCase(deps, requireActor(request), request.params.id);
      },
    );
    app.post(
      '/api/cases/:id/actions/:action',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'performCaseAction',
          tags: ['办件'],
          summary:
            '办件操作（提交、受理、补正告知、不予受理、认领、审查意见、延期、特别程序、决定、出证、送达、撤回、终止等），按状态迁移表判定',
          params: Type.Object({ id: Uuid, action: Type.Enum(CASE_ACTIONS) }),
          body: ActionBody,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await performAction(
          deps,
          { kind: 'user', actor },
          request.params.id,
          request.params.action,
          request.body,
        );
        return getCase(deps, actor, request.params.id);
      },
    );
    app.post(
      '/api/cases/:id/materials',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'uploadCaseMaterial',
          tags: ['办件'],
          summary: '上传申请材料（按内容判断类型，超限 413，伪装类型 415）',
          params: CaseParams,
          querystring: Type.Object({ materialId: Short(60) }),
        },
      },
      async (request, reply) => {
        const created = await uploadMaterial(deps, requireActor(request), request.params.id, {
          materialId: request.query.materialId,
          ...(await readUpload(request)),
        });
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/api/cases/:id/reusable-materials',
      {
        config: { access: ['citizen', 'enterprise', 'window_clerk', 'chief_representative'] },
        schema: {
          operationId: 'listReusableMaterials',
          tags: ['办件'],
          summary: '此前办件中已核验、可直接复用的材料',
          params: CaseParams,
        },
      },
      async (request) => listReusableMaterials(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/api/cases/:id/materials/reuse',
      {
        config: { access: ['citizen', 'enterprise', 'window_clerk', 'chief_representative'] },
        schema: {
          operationId: 'reuseCaseMaterial',
          tags: ['办件'],
          summary: '复用此前办件中已核验的材料（不重复提交）',
          params: CaseParams,
          body: Type.Object({ materialId: Short(60), fromId: Uuid }, { additionalProperties: false }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await reuseMaterial(deps, requireActor(request), request.params.id, request.body)),
    );
    app.delete(
      '/api/cases/:id/materials/:materialRowId',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'removeCaseMaterial',
          tags: ['办件'],
          summary: '删除尚未核验的材料',
          params: Type.Object({ id: Uuid, materialRowId: Uuid }),
        },
      },
      async (request, reply) => {
        await removeMaterial(deps, requireActor(request), request.params.id, request.params.materialRowId);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/cases/:id/materials/:materialRowId/file',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'downloadCaseMaterial',
          tags: ['办件'],
          summary: '下载材料（仅限可查看本办件的用户）',
          params: Type.Object({ id: Uuid, materialRowId: Uuid }),
        },
      },
      async (request, reply) => {
        const file = await downloadMaterial(
          deps,
          requireActor(request),
          request.params.id,
          request.params.materialRowId,
        );
        return reply
          .type(file.mime)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(file.bytes));
      },
    );
    app.get(
      '/api/cases/:id/documents/:file',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getCaseDocument',
          tags: ['办件'],
          summary:
            '受理凭证、一次性告知书、不予受理通知书、决定书（PDF，含进度查询二维码）；选择网上下载的申请人首次下载即完成电子送达',
          params: Type.Object({ id: Uuid, file: Type.Enum(DOCUMENT_FILES) }),
        },
      },
      async (request, reply) => {
        const kind = request.params.file.replace('.pdf', '') as CaseDocumentKind;
        const pdf = await caseDocumentPdf(deps, requireActor(request), request.params.id, kind);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf.bytes));
      },
    );
  };
