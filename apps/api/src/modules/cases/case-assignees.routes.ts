// GET /api/cases/:id/assignees: the people a case may be transferred or assigned to (case-assignees.service.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import { BACK_OFFICE, listCaseAssignees } from './case-assignees.service.ts';

const Assignee = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  roleLabels: Type.Array(Type.String()),
  current: Type.Boolean({ description: '是否为本办件当前承办人' }),
});

export const caseAssigneeRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/cases/:id/assignees',
      {
        config: { access: BACK_OFFICE },
        schema: {
          operationId: 'listCaseAssignees',
          tags: ['办件'],
          summary: '可承办本办件的人员（本部门在岗的审批人员、首席代表），供转办、分派选择',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: Type.Object({ items: Type.Array(Assignee) }) },
        },
      },
      async (request) => listCaseAssignees(deps, requireActor(request), request.params.id),
    );
  };
