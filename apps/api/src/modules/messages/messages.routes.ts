import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireActor } from '../../platform/auth.ts';
import type { Deps } from '../../platform/deps.ts';
import {
  countUnreadMessages,
  listMessages,
  markAllMessagesRead,
  markMessageRead,
} from './messages.service.ts';

const MessageView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  body: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const Unread = Type.Integer({ minimum: 0, description: '当前用户的未读消息数' });
const tags = ['消息中心'];

export const messageRoutes =
  (deps: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/api/messages',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'listMessages',
          tags,
          summary: '本人的站内消息，最新的在前',
          querystring: Type.Object({
            page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
            pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            unread: Type.Optional(Type.Boolean({ description: 'true：只列未读；省略或 false：全部' })),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(MessageView),
              total: Type.Integer({ minimum: 0, description: '符合筛选条件的消息总数' }),
              unread: Unread,
            }),
          },
        },
      },
      async (request) => listMessages(deps, requireActor(request), request.query),
    );
    app.get(
      '/api/messages/unread-count',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'countUnreadMessages',
          tags,
          summary: '本人的未读消息数',
          response: { 200: Type.Object({ unread: Unread }) },
        },
      },
      async (request) => countUnreadMessages(deps, requireActor(request)),
    );
    app.post(
      '/api/messages/:id/read',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'markMessageRead',
          tags,
          summary: '将本人的一条消息标为已读（再次标记保留首次阅读时间）',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: MessageView },
        },
      },
      async (request) => markMessageRead(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/api/messages/read-all',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'markAllMessagesRead',
          tags,
          summary: '将本人的全部未读消息标为已读',
          response: {
            200: Type.Object({
              marked: Type.Integer({ minimum: 0, description: '本次标为已读的条数' }),
              unread: Unread,
            }),
          },
        },
      },
      async (request) => markAllMessagesRead(deps, requireActor(request)),
    );
  };
