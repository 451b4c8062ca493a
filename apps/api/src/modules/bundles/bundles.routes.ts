// 一件事一次办 routes (docs/BUNDLES.md): the public bundle list, questionnaire and one-time notice; the applicant's
// bundle case (one form, one set of materials, one submission, one progress view); the window's one acceptance,
// one correction notice and refusal; the output window's one hand-over; the lead department's list.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BUNDLE_AUDIENCES, BUNDLE_OUTPUT_MODES, BundleAnswers, BundleDefinition } from '@msb/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { readUpload } from '../../platform/uploads.ts';
import { IdempotencyHeaders } from '../cases/cases.routes.ts';
import { getBundleDetail, listPublishedBundles, planForAnswers, planView } from './bundle-catalog.service.ts';
import { chaseBundleMember } from './bundle-chase.service.ts';
import {
  createBundle,
  listBundlesForStaff,
  newBundleDraft,
  publishBundleVersion,
  returnBundleVersion,
  saveBundleDraft as saveDefinitionDraft,
  submitBundleVersion,
} from './bundle-definitions.service.ts';
import { extendBundleCase } from './bundle-extension.service.ts';
import {
  createBundleCase,
  saveBundleDraft,
  submitBundleCase,
  uploadBundleMaterial,
  withdrawBundleCase,
} from './bundle-intake.service.ts';
import { bundleNoticePdf } from './bundle-notice-pdf.ts';
import {
  BUNDLE_QUEUES,
  getBundleCaseView,
  listBundleQueue,
  listMyBundleCases,
} from './bundle-queries.service.ts';
import {
  acceptBundleCase,
  deliverBundleCase,
  refuseBundleCase,
  requestBundleCorrection,
  resubmitBundleCase,
} from './bundle-window.service.ts';

const Uuid = Type.String({ format: 'uuid' });
const Params = Type.Object({ id: Uuid });
const Short = (max = 2000) => Type.String({ minLength: 1, maxLength: max });
const TAG = ['一件事'];
const PUBLIC_FILERS = ['citizen', 'enterprise'] as const;
const INTAKE = ['window_clerk', 'chief_representative'] as const;
const EDITORS = ['catalog_editor', 'admin'] as const;
const REVIEWERS = ['catalog_reviewer', 'admin'] as const;
const STAFF_READERS = [
  'window_clerk',
  'chief_representative',
  'approver',
  'output_clerk',
  'supervisor',
  'admin',
] as const;

const Checklist = Type.Array(
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
  { maxItems: 200 },
);

/** The answers travel in the notice link as base64url JSON, so the notice can be opened and printed again. */
function decodeAnswers(encoded: string): BundleAnswers {
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<BundleAnswers>;
    return { bundle: parsed.bundle ?? {}, members: parsed.members ?? {} };
  } catch {
    throw new AppError('VALIDATION_FAILED', '情形选择无法识别', {
      fields: [{ field: 'answers', message: '情形选择的编码有误，请重新选择' }],
    });
  }
}

export const bundleRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/bundles',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listBundles',
          tags: TAG,
          summary: '已发布的一件事（可按区划、服务对象筛选）',
          querystring: Type.Object({
            region: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
            audience: Type.Optional(Type.Enum(BUNDLE_AUDIENCES)),
          }),
        },
      },
      async (request) => ({ items: await listPublishedBundles(deps, request.query) }),
    );
    app.get(
      '/api/bundles/:id',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getBundle',
          tags: TAG,
          summary: '一件事详情：情形引导、成员事项',
          params: Params,
        },
      },
      async (request) => getBundleDetail(deps, request.params.id),
    );
    app.post(
      '/api/bundles/:id/plan',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'planBundle',
          tags: TAG,
          summary: '按所选情形生成一次告知单：需办事项、办理顺序、材料（共用材料只列一次）、合并后的申请表',
          params: Params,
          body: Type.Object({ answers: BundleAnswers }, { additionalProperties: false }),
        },
      },
      async (request) => {
        const { bundle, plan } = await planForAnswers(deps, request.params.id, request.body.answers);
        return planView(plan, bundle);
      },
    );
    app.get(
      '/api/bundles/:id/notice.pdf',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'bundleNoticePdf',
          tags: TAG,
          summary: '一次告知单（PDF）',
          params: Params,
          querystring: Type.Object({ answers: Type.String({ minLength: 1, maxLength: 8000 }) }),
        },
      },
      async (request, reply) => {
        const pdf = await bundleNoticePdf(deps, request.params.id, decodeAnswers(request.query.answers));
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent('一次告知单.pdf')}`)
          .send(Buffer.from(pdf));
      },
    );

    app.post(
      '/api/bundle-cases',
      {
        config: { access: [...PUBLIC_FILERS, ...INTAKE] },
        schema: {
          operationId: 'createBundleCase',
          tags: TAG,
          summary: '申请一件事：网上创建草稿；窗口代为登记时直接收件',
          headers: IdempotencyHeaders,
          body: Type.Object(
            {
              bundleId: Uuid,
              answers: BundleAnswers,
              formData: Type.Optional(Type.Record(Type.String({ maxLength: 80 }), Type.Unknown())),
              outputMode: Type.Optional(Type.Enum(BUNDLE_OUTPUT_MODES)),
              postalAddress: Type.Optional(Type.String({ maxLength: 300 })),
              contactMobile: Type.Optional(Type.String({ pattern: '^1[3-9]\\d{9}$' })),
              channel: Type.Optional(Type.Enum(['web', 'phone'] as const)),
              applicant: Type.Optional(
                Type.Union([
                  Type.Object({ personId: Uuid }, { additionalProperties: false }),
                  Type.Object({ enterpriseId: Uuid }, { additionalProperties: false }),
                ]),
              ),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const result = await createBundleCase(deps, actor, request.body, request.headers['idempotency-key']);
        return reply.status(result.created ? 201 : 200).send(await getBundleCaseView(deps, actor, result.id));
      },
    );
    app.get(
      '/api/bundle-cases/mine',
      {
        config: { access: [...PUBLIC_FILERS] },
        schema: { operationId: 'listMyBundleCases', tags: TAG, summary: '我的一件事' },
      },
      async (request) => listMyBundleCases(deps, requireActor(request)),
    );
    app.get(
      '/api/bundle-cases/queue',
      {
        config: { access: [...INTAKE, 'approver', 'output_clerk'] },
        schema: {
          operationId: 'listBundleQueue',
          tags: TAG,
          summary: '一件事工作台：综合窗口待受理、牵头部门督办、出件窗口待送达',
          querystring: Type.Object({
            queue: Type.Enum(BUNDLE_QUEUES),
            page: Type.Integer({ minimum: 1, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
        },
      },
      async (request) => {
        const { queue, ...page } = request.query;
        return listBundleQueue(deps, requireActor(request), queue, page);
      },
    );
    app.get(
      '/api/bundle-cases/:id',
      {
        config: { access: [...PUBLIC_FILERS, ...STAFF_READERS] },
        schema: {
          operationId: 'getBundleCase',
          tags: TAG,
          summary: '一件事办件：一个进度视图',
          params: Params,
        },
      },
      async (request) => getBundleCaseView(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/api/bundle-cases/:id/draft',
      {
        config: { access: [...PUBLIC_FILERS] },
        schema: {
          operationId: 'saveBundleCaseDraft',
          tags: TAG,
          summary: '保存一件事申请表和领取方式',
          params: Params,
          body: Type.Object(
            {
              formData: Type.Optional(Type.Record(Type.String({ maxLength: 80 }), Type.Unknown())),
              outputMode: Type.Optional(Type.Enum(BUNDLE_OUTPUT_MODES)),
              postalAddress: Type.Optional(Type.String({ maxLength: 300 })),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await saveBundleDraft(deps, actor, request.params.id, request.body);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );
    app.post(
      '/api/bundle-cases/:id/materials',
      {
        config: { access: [...PUBLIC_FILERS] },
        schema: {
          operationId: 'uploadBundleMaterial',
          tags: TAG,
          summary: '上传一件事材料：上传一次，用于需要它的每个事项（超限 413，伪装类型 415）',
          params: Params,
          querystring: Type.Object({ materialId: Short(60) }),
        },
      },
      async (request, reply) => {
        const result = await uploadBundleMaterial(deps, requireActor(request), request.params.id, {
          materialId: request.query.materialId,
          ...(await readUpload(request)),
        });
        return reply.status(201).send(result);
      },
    );
    const applicantAction = (
      path: string,
      operationId: string,
      summary: string,
      run: (actorId: ReturnType<typeof requireActor>, id: string, comment?: string) => Promise<void>,
    ) =>
      app.post(
        `/api/bundle-cases/:id/${path}`,
        {
          config: { access: [...PUBLIC_FILERS] },
          schema: {
            operationId,
            tags: TAG,
            summary,
            params: Params,
            body: Type.Optional(
              Type.Object({ comment: Type.Optional(Short(500)) }, { additionalProperties: false }),
            ),
          },
        },
        async (request) => {
          const actor = requireActor(request);
          await run(actor, request.params.id, request.body?.comment);
          return getBundleCaseView(deps, actor, request.params.id);
        },
      );
    applicantAction('submit', 'submitBundleCase', '一次提交：全部事项一并提交', (actor, id) =>
      submitBundleCase(deps, actor, id),
    );
    applicantAction('resubmit', 'resubmitBundleCase', '按一次性告知补正后一并提交', (actor, id, comment) =>
      resubmitBundleCase(deps, actor, id, comment),
    );
    applicantAction(
      'withdraw',
      'withdrawBundleCase',
      '撤回一件事（在办事项全部撤回）',
      (actor, id, comment) => withdrawBundleCase(deps, actor, id, comment),
    );
    app.post(
      '/api/bundle-cases/:id/accept',
      {
        config: { access: [...INTAKE] },
        schema: {
          operationId: 'acceptBundleCase',
          tags: TAG,
          summary: '一次受理：材料核验一次，全部事项同时受理、并联办理',
          params: Params,
          body: Type.Object(
            {
              materialsChecklist: Checklist,
              missingMaterials: Type.Optional(
                Type.Array(
                  Type.Object(
                    {
                      materialId: Short(60),
                      dueWorkdays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
                    },
                    { additionalProperties: false },
                  ),
                  {
                    maxItems: 100,
                    description: '容缺受理：缺少的材料及补交期限（工作日），适用于需要该材料的每个事项',
                  },
                ),
              ),
              comment: Type.Optional(Short(500)),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await acceptBundleCase(deps, actor, request.params.id, request.body);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );
    app.post(
      '/api/bundle-cases/:id/request-correction',
      {
        config: { access: [...INTAKE] },
        schema: {
          operationId: 'requestBundleCorrection',
          tags: TAG,
          summary: '一次性告知补正：一份告知列明全部事项需要补正的内容',
          params: Params,
          body: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  {
                    materialId: Type.Optional(Short(60)),
                    problem: Short(500),
                    requirement: Type.Optional(Type.String({ maxLength: 500 })),
                  },
                  { additionalProperties: false },
                ),
                { minItems: 1, maxItems: 100 },
              ),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await requestBundleCorrection(deps, actor, request.params.id, request.body);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );
    app.post(
      '/api/bundle-cases/:id/refuse',
      {
        config: { access: [...INTAKE] },
        schema: {
          operationId: 'refuseBundleCase',
          tags: TAG,
          summary: '一件事不予受理（说明理由）',
          params: Params,
          body: Type.Object({ reasons: Short() }, { additionalProperties: false }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await refuseBundleCase(deps, actor, request.params.id, request.body.reasons);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );
    app.post(
      '/api/bundle-cases/:id/deliver',
      {
        config: { access: ['output_clerk'] },
        schema: {
          operationId: 'deliverBundleCase',
          tags: TAG,
          summary: '统一出件：全部办理结果一次领取或一次邮寄，逐项记录送达',
          params: Params,
          body: Type.Object(
            {
              deliveryMethod: Type.Enum(['window', 'post'] as const),
              signedReceipt: Type.Optional(Short(200)),
              trackingNumber: Type.Optional(Short(60)),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { deliveryMethod, signedReceipt, trackingNumber } = request.body;
        if (deliveryMethod === 'window' && !signedReceipt)
          throw new AppError('VALIDATION_FAILED', '窗口领取须记录签收人', {
            fields: [{ field: 'signedReceipt', message: '请填写签收人' }],
          });
        if (deliveryMethod === 'post' && !trackingNumber)
          throw new AppError('VALIDATION_FAILED', '邮寄送达须记录邮寄单号', {
            fields: [{ field: 'trackingNumber', message: '请填写邮寄单号' }],
          });
        await deliverBundleCase(deps, actor, request.params.id, request.body);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );

    app.post(
      '/api/bundle-cases/:id/chase',
      {
        config: { access: ['approver', 'chief_representative'] },
        schema: {
          operationId: 'chaseBundleMember',
          tags: TAG,
          summary: '牵头部门督办：提醒某个成员事项的承办人（站内消息，记入审计日志）',
          params: Params,
          body: Type.Object(
            { memberKey: Short(60), message: Type.Optional(Type.String({ maxLength: 500 })) },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => chaseBundleMember(deps, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/bundle-cases/:id/extend',
      {
        config: { access: ['chief_representative'] },
        schema: {
          operationId: 'extendBundleCase',
          tags: TAG,
          summary:
            '延长一件事办理期限（行政许可法第四十二条第二款：经本级人民政府负责人批准，合计不超过十五个工作日）',
          description: '牵头部门的首席代表登记批准情况与理由；承诺办结日期与法定期限一并顺延，并告知申请人。',
          params: Params,
          body: Type.Object(
            {
              amount: Type.Integer({ minimum: 1, maximum: 15 }),
              reason: Type.String({ minLength: 1, maxLength: 500 }),
              approval: Type.String({ minLength: 1, maxLength: 200 }),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await extendBundleCase(deps, actor, request.params.id, request.body);
        return getBundleCaseView(deps, actor, request.params.id);
      },
    );

    // definitions (catalogue staff): draft → review → publish
    app.get(
      '/api/admin/bundles',
      {
        config: { access: [...EDITORS, 'catalog_reviewer'] },
        schema: { operationId: 'listBundlesForStaff', tags: TAG, summary: '一件事定义及其版本' },
      },
      async (request) => ({ items: await listBundlesForStaff(deps, requireActor(request)) }),
    );
    app.post(
      '/api/admin/bundles',
      {
        config: { access: [...EDITORS] },
        schema: {
          operationId: 'createBundle',
          tags: TAG,
          summary: '新建一件事（第 1 版草稿）',
          body: Type.Object(
            {
              code: Short(60),
              regionCode: Type.String({ pattern: '^\\d{12}$' }),
              definition: BundleDefinition,
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const { bundle, version } = await createBundle(deps, requireActor(request), request.body);
        return reply.status(201).send({ bundleId: bundle.id, versionId: version.id, status: version.status });
      },
    );
    app.put(
      '/api/admin/bundle-versions/:id',
      {
        config: { access: [...EDITORS] },
        schema: {
          operationId: 'saveBundleVersion',
          tags: TAG,
          summary: '修改一件事草稿',
          params: Params,
          body: Type.Object({ definition: BundleDefinition }, { additionalProperties: false }),
        },
      },
      async (request) =>
        versionView(
          await saveDefinitionDraft(deps, requireActor(request), request.params.id, request.body.definition),
        ),
    );
    app.post(
      '/api/admin/bundle-versions/:id/submit',
      {
        config: { access: [...EDITORS] },
        schema: {
          operationId: 'submitBundleVersion',
          tags: TAG,
          summary: '提交审核（先做发布检查）',
          params: Params,
        },
      },
      async (request) =>
        versionView(await submitBundleVersion(deps, requireActor(request), request.params.id)),
    );
    app.post(
      '/api/admin/bundle-versions/:id/return',
      {
        config: { access: [...REVIEWERS] },
        schema: {
          operationId: 'returnBundleVersion',
          tags: TAG,
          summary: '退回修改',
          params: Params,
          body: Type.Object({ comment: Short(1000) }, { additionalProperties: false }),
        },
      },
      async (request) =>
        versionView(
          await returnBundleVersion(deps, requireActor(request), request.params.id, request.body.comment),
        ),
    );
    app.post(
      '/api/admin/bundle-versions/:id/publish',
      {
        config: { access: [...REVIEWERS] },
        schema: {
          operationId: 'publishBundleVersion',
          tags: TAG,
          summary: '发布（循环依赖、成员未发布、超过联合办理法定期限等一律 422）',
          params: Params,
          body: Type.Optional(
            Type.Object(
              { comment: Type.Optional(Type.String({ maxLength: 1000 })) },
              { additionalProperties: false },
            ),
          ),
        },
      },
      async (request) =>
        versionView(
          await publishBundleVersion(deps, requireActor(request), request.params.id, request.body?.comment),
        ),
    );
    app.post(
      '/api/admin/bundles/:id/versions',
      {
        config: { access: [...EDITORS] },
        schema: {
          operationId: 'newBundleVersion',
          tags: TAG,
          summary: '在已发布版本上新建草稿',
          params: Params,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(versionView(await newBundleDraft(deps, requireActor(request), request.params.id))),
    );
  };

function versionView(v: { id: string; bundleId: string; versionNo: number; status: string }) {
  return { id: v.id, bundleId: v.bundleId, versionNo: v.versionNo, status: v.status };
}
