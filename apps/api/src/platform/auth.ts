// Resolves the session cookie to an actor and enforces each route's declared access.
import type { FastifyInstance } from 'fastify';
import { resolveSession } from '../modules/identity/identity.service.ts';
import { type Access, describeAccess, isAllowed } from './access.ts';
import type { Deps } from './deps.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'msb_session';

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** every route with its declared callers: the authorisation matrix tests walk it */
    accessTable: RouteAccess[];
  }
}

export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  const table: RouteAccess[] = [];
  app.decorate('accessTable', table);

  // Every route states who may call it; a route without `config.access` stops the server at start.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') || route.method === 'HEAD' || route.url === '*') return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`路由 ${String(route.method)} ${route.url} 未声明 config.access`);
    for (const method of [route.method].flat()) table.push({ method, url: route.url, access });
    if (route.schema) {
      const s = route.schema as { description?: string };
      s.description = [s.description, `调用者：${describeAccess(access)}`].filter(Boolean).join('\n\n');
    }
  });

  // Access is decided before the body is parsed or validated, so a caller without the right learns nothing
  // about the route's input (401/403 before any 422).
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await resolveSession(deps, token);
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!isAllowed(access, request.actor)) throw new AppError('FORBIDDEN', '当前账号无权执行此操作');
  });
}

/** The actor of a route whose access is not public (the preHandler guarantees it). */
export function requireActor(request: { actor: import('./access.ts').Actor | null }) {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.actor;
}
