// Catalogue routes beyond editing: reports, transfer, form files and the one-time notice PDF.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ITEM_TYPE_CODES, ITEM_TYPE_LABELS, ITEM_TYPES } from '@msb/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { readUpload } from '../../platform/uploads.ts';
import { openPublicFile, saveFile } from '../documents/documents.service.ts';
import { sniffUpload } from '../documents/file-store.ts';
import { renderGuideNotice } from './catalog-pdf.ts';
import { getPublishedGuide } from './catalog-public.service.ts';
import { getConsistencyReport, getScorecard, listBaseItems } from './catalog-reports.service.ts';
import {
  type CatalogDocument,
  exportCatalog,
  importCatalog,
  importMaterialsXlsx,
} from './catalog-transfer.service.ts';
import { materialsToXlsx, scorecardToXlsx } from './catalog-xlsx.ts';
import { scorecardSheets } from './scorecard-sheets.ts';

const Id = Type.String({ format: 'uuid' });
const STAFF = ['admin', 'catalog_editor', 'catalog_reviewer', 'supervisor'] as const;
const EDITORS = ['admin', 'catalog_editor'] as const;
const ReportQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^\\d{12}$' })),
  orgId: Type.Optional(Id),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const catalogExtraRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/catalog/item-types',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listItemTypes',
          tags: ['办事指南'],
          summary: '事项类型及其代码（行政备案的代码为设置项，未确认时为空）',
          response: {
            200: Type.Array(
              Type.Object({
                key: Type.String(),
                label: Type.String(),
                code: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          },
        },
      },
      async () =>
        ITEM_TYPES.map((key) => ({
          key,
          label: ITEM_TYPE_LABELS[key] ?? key,
          code: key === 'filing' ? deps.config.itemTypeCodeFiling : ITEM_TYPE_CODES[key],
        })),
    );
    app.get(
      '/api/catalog/base-items',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'listBaseItems',
          tags: ['事项管理'],
          summary: '基本目录事项（含各级实施清单数量），供认领新的实施清单',
          querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })) }),
        },
      },
      async (request) => listBaseItems(deps, request.query.q),
    );
    app.get(
      '/api/catalog/scorecard',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'getScorecard',
          tags: ['事项管理'],
          summary: '办事指南质量评分（呼伦贝尔市一网办方案附件 24 项指标）',
          querystring: ReportQuery,
        },
      },
      async (request) => getScorecard(deps, requireActor(request), request.query),
    );
    app.get(
      '/api/catalog/scorecard.xlsx',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'exportScorecard',
          tags: ['事项管理'],
          summary: '导出评分表（Excel）',
          querystring: ReportQuery,
        },
      },
      async (request, reply) => {
        const card = await getScorecard(deps, requireActor(request), request.query);
        const bytes = await scorecardToXlsx(scorecardSheets(card));
        return reply
          .type(XLSX)
          .header('content-disposition', attachment('办事指南质量评分.xlsx'))
          .send(bytes);
      },
    );
    app.get(
      '/api/catalog/consistency',
      {
        config: { access: STAFF },
        schema: {
          operationId: 'getConsistencyReport',
          tags: ['事项管理'],
          summary: '“三级N同”偏差报告',
          querystring: ReportQuery,
        },
      },
      async (request) => getConsistencyReport(deps, requireActor(request), request.query),
    );
    app.get(
      '/api/catalog/export',
      {
        config: { access: EDITORS },
        schema: { operationId: 'exportCatalog', tags: ['事项管理'], summary: '导出事项库（JSON）' },
      },
      async (request, reply) => {
        const doc = await exportCatalog(deps, requireActor(request));
        return reply.header('content-disposition', attachment('事项库.json')).send(doc);
      },
    );
    app.post(
      '/api/catalog/import',
      {
        config: { access: EDITORS },
        bodyLimit: 50 * 1024 * 1024,
        schema: {
          operationId: 'importCatalog',
          tags: ['事项管理'],
          summary: '导入事项库（JSON）：全部写为草稿，任何一条有误则全部不写入',
          body: Type.Unsafe<CatalogDocument>({ type: 'object' }),
          response: { 200: Type.Object({ created: Type.Integer(), updated: Type.Integer() }) },
        },
      },
      async (request) => importCatalog(deps, requireActor(request), request.body),
    );
    app.get(
      '/api/catalog/materials.xlsx',
      {
        config: { access: EDITORS },
        schema: { operationId: 'exportMaterials', tags: ['事项管理'], summary: '导出申请材料清单（Excel）' },
      },
      async (request, reply) => {
        const doc = await exportCatalog(deps, requireActor(request));
        const rows = doc.entries.flatMap((e) =>
          e.guide.materials.map((material) => ({
            implementationCode: e.implementation.code,
            itemName: e.guide.name,
            orgName: e.implementation.orgKey,
            material,
          })),
        );
        return reply
          .type(XLSX)
          .header('content-disposition', attachment('申请材料清单.xlsx'))
          .send(await materialsToXlsx(rows));
      },
    );
    app.post(
      '/api/catalog/materials.xlsx',
      {
        config: { access: EDITORS },
        schema: {
          operationId: 'importMaterials',
          tags: ['事项管理'],
          summary: '导入申请材料清单（Excel，与导出格式相同）：写为草稿，任何一行有误则全部不写入',
          consumes: ['multipart/form-data'],
          response: { 200: Type.Object({ implementations: Type.Integer(), materials: Type.Integer() }) },
        },
      },
      async (request) => {
        const { bytes, fileName } = await readUpload(request, '请选择要导入的 Excel 文件');
        await sniffUpload(bytes, fileName, ['xlsx']);
        return importMaterialsXlsx(deps, requireActor(request), bytes);
      },
    );
    app.post(
      '/api/catalog/files',
      {
        config: { access: EDITORS },
        schema: {
          operationId: 'uploadCatalogFile',
          tags: ['事项管理'],
          summary: '上传空白表格、样表或结果样本（PDF、Word、Excel、图片）',
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { bytes, fileName } = await readUpload(request);
        const saved = await saveFile(deps, {
          bytes,
          originalName: fileName,
          purpose: 'catalog_form',
          createdBy: actor.userId,
        });
        return reply.status(201).send(saved);
      },
    );
    app.get(
      '/api/files/:sha256',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'downloadCatalogFile',
          tags: ['办事指南'],
          summary: '下载空白表格、样表',
          params: Type.Object({ sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        },
      },
      async (request, reply) => {
        const { row, bytes } = await openPublicFile(deps, request.params.sha256);
        return reply
          .type(row.mime)
          .header('content-disposition', attachment(row.originalName))
          .header('cache-control', 'public, max-age=31536000, immutable')
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );
    app.get(
      '/api/items/:id/notice.pdf',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'getGuideNoticePdf',
          tags: ['办事指南'],
          summary: '一次性告知单（PDF）',
          params: Type.Object({ id: Id }),
        },
      },
      async (request, reply) => {
        const view = await getPublishedGuide(deps, request.params.id);
        const origin = `${request.protocol}://${request.host}`;
        const pdf = await renderGuideNotice(view.guide, {
          orgName: view.org.name,
          regionName: view.region.name,
          versionNo: view.versionNo,
          publishedAt: view.publishedAt,
          implementationCode: view.code,
          lookupUrl: `${origin}/items/${view.id}`,
          demo: view.isDemo || view.org.isDemo,
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', attachment(`${view.guide.name}一次性告知单.pdf`))
          .send(Buffer.from(pdf));
      },
    );
  };
