import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LIMIT_UNITS } from '@msb/contracts';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { deadlineFor, listYears, saveYear } from './calendar.service.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const YearView = Type.Object({
  year: Type.Integer(),
  origin: Type.Enum(['entered', 'shipped', 'library'] as const),
  holidays: Type.Array(Type.String()),
  workdays: Type.Array(Type.String()),
  source: Type.String(),
});

export const calendarRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/calendar/deadline',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'computeDeadline',
          tags: ['工作日历'],
          summary: '办理期限计算：起算日不计入，按工作日（扣除法定节假日，调休上班日计入）或自然日',
          querystring: Type.Object({
            start: IsoDate,
            amount: Type.Integer({ minimum: 0, maximum: 3650 }),
            unit: Type.Enum(LIMIT_UNITS),
          }),
          response: {
            200: Type.Object({
              start: Type.String(),
              amount: Type.Integer(),
              unit: Type.String(),
              due: Type.String(),
              countedWorkdays: Type.Union([Type.Array(Type.String()), Type.Null()]),
              unknownYears: Type.Array(Type.Integer(), {
                description: '没有放假安排的年份（按周一至周五计算，结果仅供参考）',
              }),
              countMakeUpDays: Type.Boolean(),
            }),
          },
        },
      },
      async (request) => deadlineFor(deps, request.query),
    );
    app.get(
      '/api/calendar/years',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listCalendarYears',
          tags: ['工作日历'],
          summary: '各年份的放假与调休安排及来源',
          response: { 200: Type.Array(YearView) },
        },
      },
      async () => listYears(deps),
    );
    app.put(
      '/api/calendar/years/:year',
      {
        config: { access: ['admin'] },
        schema: {
          operationId: 'saveCalendarYear',
          tags: ['工作日历'],
          summary: '录入或更正某年的放假与调休安排（无需发布新版本）',
          params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
          body: Type.Object({
            holidays: Type.Array(IsoDate, { maxItems: 60 }),
            workdays: Type.Array(IsoDate, { maxItems: 20 }),
            source: Type.String({
              minLength: 4,
              maxLength: 500,
              description: '国务院办公厅通知的名称与文号',
            }),
          }),
          response: { 200: YearView },
        },
      },
      async (request) => {
        const saved = await saveYear(deps, requireActor(request), {
          year: request.params.year,
          ...request.body,
        });
        if (!saved) throw new AppError('INTERNAL', '保存后未能读取该年份');
        return saved;
      },
    );
  };
