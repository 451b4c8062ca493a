import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/modules/identity/identity.tables.ts';
import { createTestContext, makeStaff, TEST_PASSWORD, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({
    loginMaxFailures: 3,
    loginLockMinutes: 15,
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    loginRatePerMinute: 1000,
  });
});
afterAll(async () => ctx.close());

const login = (username: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('staff sign-in', () => {
  it('signs in with a hashed password and opens an http-only session', async () => {
    const staff = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: staff.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: staff.username,
      roles: ['catalog_editor'],
      roleLabels: ['事项编辑'],
    });
    const res = await login(staff.username, TEST_PASSWORD);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    // the stored value is an argon2id hash, never the password
    const [row] = await ctx.deps.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.username, staff.username));
    expect(row?.hash).toMatch(/^\$argon2id\$/);
    expect(row?.hash).not.toContain(TEST_PASSWORD);
  });

  it('answers a wrong password and an unknown user alike, in Chinese', async () => {
    const staff = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    const wrong = await login(staff.username, 'wrong-password-1');
    const unknown = await login('nobody-here', 'wrong-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.message).toBe('用户名或密码错误');
  });

  it('locks an account after repeated failures, even for the right password, until the lock ends', async () => {
    const staff = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    expect((await login(staff.username, 'bad-1')).statusCode).toBe(401);
    expect((await login(staff.username, 'bad-2')).statusCode).toBe(401);
    expect((await login(staff.username, 'bad-3')).statusCode).toBe(423);
    expect((await login(staff.username, TEST_PASSWORD)).statusCode).toBe(423);
    ctx.advanceClock(16 * 60_000);
    expect((await login(staff.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('expires a session after the idle time and ends it at logout', async () => {
    const staff = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    const me = () => ctx.app.inject({ url: '/api/auth/me', headers: { cookie: staff.cookie } });
    expect((await me()).statusCode).toBe(200);
    ctx.advanceClock(31 * 60_000);
    expect((await me()).statusCode).toBe(401);

    const other = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: other.cookie } });
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(401);
  });

  it('ends a session at the absolute maximum even when it stays active', async () => {
    const staff = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150203000000' });
    for (let i = 0; i < 25; i++) {
      ctx.advanceClock(29 * 60_000);
      const res = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: staff.cookie } });
      if (i < 24) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('lets an administrator create staff only inside their region, and nobody else', async () => {
    const admin = await makeStaff(ctx, ['admin'], { regionCode: '150200000000' });
    const editor = await makeStaff(ctx, ['catalog_editor'], { regionCode: '150200000000' });
    const body = (regionCode: string) => ({
      username: `new${Date.now()}${regionCode.slice(4, 6)}`,
      password: 'long-enough-password',
      displayName: '新同事',
      roles: ['window_clerk'],
      regionCode,
      orgId: null,
    });
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { cookie: admin.cookie },
          payload: body('150203000000'),
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { cookie: admin.cookie },
          payload: body('150700000000'),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/users',
          headers: { cookie: editor.cookie },
          payload: body('150203000000'),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/users', payload: body('150203000000') })).statusCode,
    ).toBe(401);
  });
});

describe('staff list', () => {
  it('shows an administrator the accounts of their own region only', async () => {
    const admin = await makeStaff(ctx, ['admin'], { regionCode: '150200000000' });
    const inside = await makeStaff(ctx, ['window_clerk'], { regionCode: '150203000000' });
    const outside = await makeStaff(ctx, ['window_clerk'], { regionCode: '150700000000' });
    const list = (await ctx.app.inject({ url: '/api/users', headers: { cookie: admin.cookie } })).json() as {
      username: string;
    }[];
    expect(list.map((u) => u.username)).toContain(inside.username);
    expect(list.map((u) => u.username)).not.toContain(outside.username);
    expect(JSON.stringify(list)).not.toMatch(/argon2|password/i);
  });
});

describe('login rate limit', () => {
  it('answers 429 in Chinese when one address tries too often', async () => {
    const limited = await createTestContext({ loginRatePerMinute: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/auth/login',
              payload: { username: 'x', password: 'y' },
            })
          ).statusCode,
        );
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
      const res = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
      });
      expect(res.json().error.message).toMatch(/频繁/);
    } finally {
      await limited.close();
    }
  });
});
