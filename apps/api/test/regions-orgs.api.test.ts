import { completeCreditCode } from '@msb/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
let admin: { cookie: string };
let kdlAdmin: { cookie: string };
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await makeStaff(ctx, ['admin'], { regionCode: '150000000000' });
  kdlAdmin = await makeStaff(ctx, ['admin'], { regionCode: '150203000000' });
});
afterAll(async () => ctx.close());

describe('regions', () => {
  it('loads the whole Inner Mongolia tree at first start', async () => {
    const top = (await ctx.app.inject('/api/regions')).json() as { code: string; level: string }[];
    expect(top.filter((r) => r.level === 'province')).toHaveLength(1);
    expect(top.filter((r) => r.level === 'city')).toHaveLength(12);
    const baotou = (await ctx.app.inject('/api/regions?parent=150200000000')).json() as {
      code: string;
      name: string;
      statisticalOnly: boolean;
    }[];
    expect(baotou.find((r) => r.code === '150203000000')?.name).toBe('昆都仑区');
    expect(baotou.find((r) => r.code === '150271000000')?.statisticalOnly).toBe(true);
    const kdl = (await ctx.app.inject('/api/regions/150203000000')).json();
    expect(kdl.ancestors.map((a: { code: string }) => a.code)).toEqual(['150000000000', '150200000000']);
  });

  it('lets an administrator add a village under a township, and refuses bad codes with the field named', async () => {
    const townships = (await ctx.app.inject('/api/regions?parent=150203000000')).json() as { code: string }[];
    const township = townships[0]?.code ?? '';
    const code = `${township.slice(0, 9)}201`;
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { cookie: admin.cookie },
      payload: { code, name: '示例社区', parentCode: township },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().level).toBe('village');

    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { cookie: admin.cookie },
      payload: { code, name: '示例社区', parentCode: township },
    });
    expect(again.statusCode).toBe(409);

    const badParent = await ctx.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { cookie: admin.cookie },
      payload: { code: '150203999201', name: '示例嘎查', parentCode: township },
    });
    expect(badParent.statusCode).toBe(422);
    expect(badParent.json().error.details.fields[0].field).toBe('parentCode');

    const notVillage = await ctx.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { cookie: admin.cookie },
      payload: { code: '150203000000', name: '示例', parentCode: township },
    });
    expect(notVillage.statusCode).toBe(422);
    expect(notVillage.json().error.details.fields[0].field).toBe('code');

    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/regions',
      headers: { cookie: admin.cookie },
      payload: { code: '15ABC', name: '示例', parentCode: township },
    });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().error.details.fields[0].field).toBe('code');
  });

  it('refuses a village outside the administrator’s region and anonymous callers', async () => {
    const townships = (await ctx.app.inject('/api/regions?parent=150702000000')).json() as { code: string }[];
    const township = townships[0]?.code ?? '';
    const payload = { code: `${township.slice(0, 9)}202`, name: '示例嘎查', parentCode: township };
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/regions',
          headers: { cookie: kdlAdmin.cookie },
          payload,
        })
      ).statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/regions', payload })).statusCode).toBe(401);
  });

  it('answers an unknown region with 404', async () => {
    expect((await ctx.app.inject('/api/regions/150299000000')).statusCode).toBe(404);
  });
});

describe('orgs', () => {
  const body = (overrides: Record<string, unknown> = {}) => ({
    key: `t-org-${Math.random().toString(36).slice(2, 8)}`,
    name: '示例测试局',
    kind: 'government_department',
    regionCode: '150203000000',
    creditCode: completeCreditCode('11150203D99000001'),
    phone: '0472-0000000',
    address: '示例路 1 号',
    ...overrides,
  });

  it('creates a department with a valid credit code', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: admin.cookie },
      payload: body(),
    });
    expect(res.statusCode).toBe(201);
    const list = (await ctx.app.inject('/api/orgs?region=150203000000')).json() as { name: string }[];
    expect(list.map((o) => o.name)).toContain('示例测试局');
  });

  it('refuses an invalid credit code and an unknown region with 422 naming the field, writing nothing', async () => {
    const valid = completeCreditCode('11150203D99000003');
    // change the check character so the GB 32100 checksum fails
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: admin.cookie },
      payload: body({ key: 'bad-code', creditCode: wrongCheck }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('creditCode');
    const region = await ctx.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: admin.cookie },
      payload: body({ key: 'bad-region', regionCode: '150299000000', creditCode: null }),
    });
    expect(region.statusCode).toBe(422);
    expect(region.json().error.details.fields[0].field).toBe('regionCode');
    const list = (await ctx.app.inject('/api/orgs')).json() as { key: string }[];
    expect(list.map((o) => o.key)).not.toContain('bad-code');
    expect(list.map((o) => o.key)).not.toContain('bad-region');
  });

  it('stores script text as text', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: admin.cookie },
      payload: body({
        key: 'xss-org',
        name: "<script>alert('x')</script>'; DROP TABLE orgs;--",
        creditCode: null,
      }),
    });
    expect(res.statusCode).toBe(201);
    const got = (await ctx.app.inject(`/api/orgs/${res.json().id}`)).json();
    expect(got.name).toBe("<script>alert('x')</script>'; DROP TABLE orgs;--");
    expect((await ctx.app.inject('/api/orgs')).statusCode).toBe(200);
  });
});
