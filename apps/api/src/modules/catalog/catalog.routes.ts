import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Guide, ITEM_TYPES } from '@msb/contracts';
import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import type { VersionRow } from './catalog.repo.ts';
import {
  createBaseItem,
  createImplementation,
  diffVersions,
  getImplementationForStaff,
  listForStaff,
  publishVersion,
  returnForChanges,
  STATUS_LABELS,
  saveDraft,
  submitForReview,
} from './catalog.service.ts';
import { getPublishedGuideCached } from './catalog-public.service.ts';

const Id = Type.String({ format: 'uuid' });
const STAFF = ['admin', 'catalog_editor', 'catalog_reviewer', 'supervisor'] as const;
const EDITORS = ['admin', 'catalog_editor'] as const;
const REVIEWERS = ['admin', 'catalog_reviewer'] as const;
const STATUSES = ['draft', 'in_review', 'published', 'superseded'] as const;

const VersionView = Type.Object({
  id: Type.String(),
  implementationId: Type.String(),
  versionNo: Type.Integer(),
  status: Type.Enum(STATUSES),
  statusLabel: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  submittedAt: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const versionView = (v: VersionRow) => ({
  id: v.id,
  implementationId: v.implementationId,
  versionNo: v.versionNo,
  status: v.status,
  statusLabel: STATUS_LABELS[v.status],
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
  submittedAt: iso(v.submittedAt),
  reviewedAt: iso(v.reviewedAt),
  reviewComment: v.reviewComment,
  publishedAt: iso(v.publishedAt),
});

const PublishedGuide = Type.Object({
  id: Type.String(),
  code: Type.String(),
  baseCode: Type.String(),
  versionId: Type.String(),
  versionNo: Type.Integer(),
  publishedAt: Type.String(),
  org: Type.Object({
    id: Type.String(),
    name: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    isDemo: Type.Boolean(),
  }),
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  isDemo: Type.Boolean(),
  guide: Guide,
});

export const catalogRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/items/:id',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getItemGuide',
          tags: ['办事指南'],
          summary: '事项的已发布办事指南',
          params: Type.Object({ id: Id }),
          response: { 200: PublishedGuide, 304: Type.Null({ description: '与 If-None-Match 相同：未变化' }) },
        },
      },
      async (request, reply) => {
        // a published version never changes: its id is the ETag, and the body is serialised once
        const { json, etag } = await getPublishedGuideCached(deps, request.params.id);
        reply.header('etag', etag).header('cache-control', 'public, max-age=60');
        const raw = reply as FastifyReply;
        if (request.headers['if-none-match'] === etag) return raw.status(304).send();
        return raw.type('application/json; charset=utf-8').send(json);
      },
    );

    app.get(
      '/api/catalog/implementations',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'listCatalogImplementations',
          tags: ['事项管理'],
          summary: '本人管辖范围内的实施清单及其最新版本',
          querystring: Type.Object({
            status: Type.Optional(Type.Enum(STATUSES)),
            q: Type.Optional(Type.String({ maxLength: 50 })),
            orgId: Type.Optional(Id),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            offset: Type.Integer({ minimum: 0, default: 0 }),
          }),
        },
      },
      async (request) => {
        const { rows, total } = await listForStaff(deps, requireActor(request), request.query);
        return {
          total,
          items: rows.map((r) => ({
            id: r.impl.id,
            code: r.impl.code,
            baseCode: r.baseCode,
            name: r.version.guide.name,
            orgName: r.orgName,
            regionCode: r.impl.regionCode,
            regionName: r.regionName,
            isDemo: r.impl.isDemo,
            demoFlaw: r.impl.demoFlaw,
            published: r.impl.publishedVersionId !== null,
            latest: versionView(r.version),
          })),
        };
      },
    );

    app.get(
      '/api/catalog/implementations/:id',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'getCatalogImplementation',
          tags: ['事项管理'],
          params: Type.Object({ id: Id }),
        },
      },
      async (request) => {
        const found = await getImplementationForStaff(deps, requireActor(request), request.params.id);
        const latest = found.versions[0];
        return {
          id: found.impl.id,
          code: found.impl.code,
          base: {
            id: found.base.id,
            code: found.base.code,
            name: found.base.name,
            itemType: found.base.itemType,
            basis: found.base.basis,
          },
          org: { id: found.org.id, name: found.org.name },
          region: { code: found.impl.regionCode, name: found.regionName },
          isDemo: found.impl.isDemo,
          demoFlaw: found.impl.demoFlaw,
          publishedVersionId: found.impl.publishedVersionId,
          latest: latest ? { ...versionView(latest), guide: latest.guide } : null,
          versions: found.versions.map(versionView),
        };
      },
    );

    app.post(
      '/api/catalog/base-items',
      {
        config: { access: EDITORS },
        schema: {
          operationId: 'createBaseItem',
          tags: ['事项管理'],
          summary: '新建基本目录事项',
          body: Type.Object({
            code: Type.String({ minLength: 4, maxLength: 60, pattern: '^[0-9A-Za-z-]+$' }),
            name: Type.String({ minLength: 2, maxLength: 200 }),
            itemType: Type.Enum(ITEM_TYPES),
            basis: Type.String({ minLength: 2, maxLength: 4000 }),
            competentDept: Type.String({ minLength: 2, maxLength: 100 }),
            parentId: Type.Optional(Type.Union([Id, Type.Null()])),
          }),
        },
      },
      async (request, reply) => {
        const row = await createBaseItem(deps, requireActor(request), request.body);
        return reply.status(201).send({ id: row.id, code: row.code, name: row.name });
      },
    );

    app.post(
      '/api/catalog/implementations',
      {
        config: { access: EDITORS },
        schema: {
          operationId: 'createImplementation',
          tags: ['事项管理'],
          summary: '新建实施清单（生成第 1 版草稿）',
          body: Type.Object({
            baseItemId: Id,
            code: Type.String({ minLength: 4, maxLength: 80, pattern: '^[0-9A-Za-z-]+$' }),
            regionCode: Type.String({ pattern: '^\\d{12}$' }),
            orgId: Id,
            guide: Guide,
          }),
        },
      },
      async (request, reply) => {
        const { implementation, version } = await createImplementation(
          deps,
          requireActor(request),
          request.body,
        );
        return reply.status(201).send({ id: implementation.id, version: versionView(version) });
      },
    );

    app.put(
      '/api/catalog/implementations/:id/draft',
      {
        config: { access: EDITORS },
        schema: {
          operationId: 'saveGuideDraft',
          tags: ['事项管理'],
          summary: '保存办事指南草稿（已发布时生成新版本草稿）',
          params: Type.Object({ id: Id }),
          body: Type.Object({ guide: Guide }),
          response: { 200: VersionView },
        },
      },
      async (request) =>
        versionView(await saveDraft(deps, requireActor(request), request.params.id, request.body.guide)),
    );

    const transition = (
      name: 'submit' | 'return' | 'publish',
      operationId: string,
      summary: string,
      access: typeof EDITORS | typeof REVIEWERS,
    ) =>
      app.post(
        `/api/catalog/versions/:id/${name}`,
        {
          config: { access },
          schema: {
            operationId,
            tags: ['事项管理'],
            summary,
            params: Type.Object({ id: Id }),
            body: Type.Optional(Type.Object({ comment: Type.Optional(Type.String({ maxLength: 2000 })) })),
            response: { 200: VersionView },
          },
        },
        async (request) => {
          const actor = requireActor(request);
          const comment = request.body?.comment;
          if (name === 'submit') return versionView(await submitForReview(deps, actor, request.params.id));
          if (name === 'return')
            return versionView(
              await returnForChanges(deps, actor, request.params.id, comment || '请修改后重新提交'),
            );
          return versionView(await publishVersion(deps, actor, request.params.id, comment));
        },
      );
    transition('submit', 'submitGuideVersion', '提交审核（草稿 → 审核中）', EDITORS);
    transition('return', 'returnGuideVersion', '审核退回（审核中 → 草稿），附意见', REVIEWERS);
    transition('publish', 'publishGuideVersion', '审核通过并发布（审核中 → 已发布）', REVIEWERS);

    app.get(
      '/api/catalog/versions/:id/diff',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'diffGuideVersions',
          tags: ['事项管理'],
          summary: '两个版本之间的要素差异',
          params: Type.Object({ id: Id }),
          querystring: Type.Object({ against: Id }),
        },
      },
      async (request) => diffVersions(deps, requireActor(request), request.query.against, request.params.id),
    );
  };
