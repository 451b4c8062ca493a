// buildApp registers the platform plugins in a fixed order, then every module's routes.
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { registerBundleMemberHooks } from './modules/bundles/bundle-members.ts';
import { bundleRoutes } from './modules/bundles/bundles.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { caseAssigneeRoutes } from './modules/cases/case-assignees.routes.ts';
import { caseObligationRoutes } from './modules/cases/case-obligations.routes.ts';
import { registerCasePersonScope } from './modules/cases/case-person-scope.ts';
import { caseWorkRoutes } from './modules/cases/case-work.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { catalogExtraRoutes } from './modules/catalog/catalog-extra.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { peopleRoutes } from './modules/identity/people.routes.ts';
import { messageRoutes } from './modules/messages/messages.routes.ts';
import { orgRoutes } from './modules/orgs/orgs.routes.ts';
import { regionRoutes } from './modules/regions/regions.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { registerAuth } from './platform/auth.ts';
import type { Database } from './platform/db.ts';
import type { Deps } from './platform/deps.ts';
import { registerErrorHandler } from './platform/error-handler.ts';
import { healthRoutes } from './platform/health.routes.ts';

export interface BuildAppOptions {
  database: Database;
  config: Config;
  now?: () => Date;
  /** serve apps/web/dist when it exists (default true) */
  serveWeb?: boolean;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const deps: Deps = { db: database.db, database, config, now: options.now ?? (() => new Date()) };
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '蒙速办 一体化政务服务平台 API',
        version: '0.1.0',
        description: '每个接口的说明中注明了允许的调用者。',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 1 } });
  registerErrorHandler(app);
  registerAuth(app, deps);

  await app.register(healthRoutes(deps));
  await app.register(identityRoutes(deps));
  await app.register(peopleRoutes(deps));
  await app.register(regionRoutes(deps));
  await app.register(orgRoutes(deps));
  await app.register(catalogRoutes(deps));
  await app.register(catalogExtraRoutes(deps));
  await app.register(searchRoutes(deps));
  await app.register(calendarRoutes(deps));
  await app.register(caseRoutes(deps));
  await app.register(caseWorkRoutes(deps));
  await app.register(caseAssigneeRoutes(deps));
  await app.register(caseObligationRoutes(deps));
  await app.register(messageRoutes(deps));
  registerBundleMemberHooks();
  registerCasePersonScope();
  await app.register(bundleRoutes(deps));

  app.get(
    '/api/openapi.json',
    { config: { access: 'public' }, schema: { operationId: 'getOpenApi', hide: true } },
    async () => app.swagger(),
  );

  if ((options.serveWeb ?? true) && fs.existsSync(path.join(config.webDist, 'index.html'))) {
    // serve: false — files go out only through the catch-all route below, which declares its access
    await app.register(fastifyStatic, { root: config.webDist, serve: false });
    // the single-page app answers every non-API GET with its shell
    const shell = fs.readFileSync(path.join(config.webDist, 'index.html'));
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const file = path.join(config.webDist, request.url.split('?')[0] ?? '');
      if (
        !request.url.startsWith('/api/') &&
        file.startsWith(config.webDist) &&
        fs.existsSync(file) &&
        fs.statSync(file).isFile()
      ) {
        return reply.sendFile(path.relative(config.webDist, file));
      }
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').send(shell);
    });
  }
  return app;
}
