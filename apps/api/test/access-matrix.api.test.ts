// The authorisation matrix: every route × every role, from the routes' own declarations.
// A caller outside a route's roles gets 403, an anonymous caller 401, before any input is looked at.
import { PUBLIC_ROLES, type Role, STAFF_ROLES } from '@msb/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
const cookies = new Map<Role, string>();
const ROLES: Role[] = [...STAFF_ROLES, ...PUBLIC_ROLES];

beforeAll(async () => {
  ctx = await createTestContext();
  for (const role of ROLES)
    cookies.set(role, (await makeStaff(ctx, [role], { regionCode: '150203000000' })).cookie);
});
afterAll(async () => ctx.close());

const concrete = (url: string) =>
  url
    .replace(':sha256', 'f'.repeat(64))
    .replace(':code', '150203000000')
    .replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

describe('authorisation matrix', () => {
  it('covers every route, and every route declares its callers', () => {
    expect(ctx.app.accessTable.length).toBeGreaterThan(20);
    for (const route of ctx.app.accessTable) expect(route.access).toBeTruthy();
  });

  it('answers 401 to anonymous callers of every non-public route', async () => {
    for (const route of ctx.app.accessTable.filter((r) => r.access !== 'public' && r.method !== 'HEAD')) {
      const res = await ctx.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.message).toBe('请先登录');
    }
  });

  it('answers 403 to every role a route does not name, and lets the named roles through', async () => {
    const rows: string[] = [];
    for (const route of ctx.app.accessTable.filter((r) => Array.isArray(r.access) && r.method !== 'HEAD')) {
      for (const role of ROLES) {
        const allowed = (route.access as readonly Role[]).includes(role);
        const res = await ctx.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: { cookie: cookies.get(role) ?? '' },
          payload: route.method === 'GET' ? undefined : {},
        });
        if (allowed) expect(res.statusCode, `${role} ${route.method} ${route.url}`).not.toBe(403);
        else expect(res.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        expect(res.statusCode).not.toBe(401);
        rows.push(`${route.method} ${route.url} ${role} ${res.statusCode}`);
      }
    }
    expect(rows.length).toBeGreaterThan(ROLES.length * 10);
  });
});
