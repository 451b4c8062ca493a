// The outbox and the message centre: rows written in the caller's transaction, delivered at least once,
// in-app messages never duplicated, SMS through a real local HTTP server, retries on the injected clock.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.ts';
import { messages } from '../src/modules/messages/messages.tables.ts';
import { createHttpSmsGateway } from '../src/modules/messages/sms-gateway.ts';
import type { Deps } from '../src/platform/deps.ts';
import { outbox } from '../src/platform/outbox.tables.ts';
import {
  dispatchOutbox,
  enqueue,
  enqueueNotification,
  OUTBOX_LEASE_MS,
  OUTBOX_MAX_ATTEMPTS,
  outboxRetryDelayMs,
  startOutboxDispatcher,
} from '../src/platform/outbox.ts';
import { createTestContext, makeStaff, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

interface Gateway {
  url: string;
  bodies: Array<{ mobile: string; text: string; id: string }>;
  /** status of the next answers, in order; 200 once the list is used up */
  statuses: number[];
  close(): Promise<void>;
}

/** A real SMS gateway stand-in on loopback that records what it is sent. */
async function startGateway(statuses: number[] = [], hold = false): Promise<Gateway> {
  const bodies: Gateway['bodies'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (hold) return; // never answers: the client has to time out
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.statusCode = gateway.statuses.shift() ?? 200;
      res.setHeader('content-type', 'application/json');
      res.end(res.statusCode === 200 ? '{"ok":true}' : '{"error":"busy"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gateway: Gateway = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    bodies,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return gateway;
}

/** The test context's deps with other settings (same database, same clock). */
const withConfig = (config: Partial<Config>): Deps => ({ ...ctx.deps, config: { ...ctx.config, ...config } });

/** Deliver everything due now. */
async function drain(deps: Deps = ctx.deps) {
  const total = { sent: 0, failed: 0 };
  for (;;) {
    const r = await dispatchOutbox(deps, { limit: 20 });
    total.sent += r.sent;
    total.failed += r.failed;
    if (r.sent + r.failed === 0) return total;
  }
}

const rowOf = async (id: number) => {
  const [row] = await ctx.deps.db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new Error(`outbox row ${id} missing`);
  return row;
};
const messagesOf = (userId: string) => ctx.deps.db.select().from(messages).where(eq(messages.userId, userId));

describe('enqueueNotification', () => {
  it('delivers nothing when the transaction that wrote it rolls back, and one message when it commits', async () => {
    const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    await expect(
      ctx.deps.db.transaction(async (tx) => {
        await enqueueNotification(tx, { userId: user.userId, title: '回滚的通知', body: '不应送达' });
        throw new Error('业务失败');
      }),
    ).rejects.toThrow('业务失败');
    await ctx.deps.db.transaction(async (tx) => {
      await enqueueNotification(tx, { userId: user.userId, title: '受理通知', body: '您的申请已受理' });
    });
    await drain();
    const mine = await messagesOf(user.userId);
    expect(mine.map((m) => m.title)).toEqual(['受理通知']);
    const [ghost] = await ctx.deps.db
      .select({ n: count() })
      .from(outbox)
      .where(sql`${outbox.payload}->>'title' = '回滚的通知'`);
    expect(ghost?.n).toBe(0);
  });

  it('writes exactly one message when dispatched twice or when the row is delivered again', async () => {
    const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    const id = await enqueueNotification(ctx.deps.db, {
      userId: user.userId,
      title: '补正通知',
      body: '请补正材料',
      caseId: '00000000-0000-4000-8000-000000000001',
    });
    await drain();
    await drain();
    // a dispatcher that died after delivering but before recording it: the row comes round again
    await ctx.deps.db
      .update(outbox)
      .set({ sentAt: null, nextAttemptAt: new Date(0) })
      .where(eq(outbox.id, id));
    expect((await drain()).sent).toBeGreaterThanOrEqual(1);
    const mine = await messagesOf(user.userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      sourceKey: `outbox:${id}`,
      caseId: '00000000-0000-4000-8000-000000000001',
    });
    expect((await rowOf(id)).sentAt).not.toBeNull();
  });

  it('writes one message for two notifications with the same key', async () => {
    const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    const key = `deadline-yellow:${user.userId}`;
    await enqueueNotification(ctx.deps.db, {
      userId: user.userId,
      title: '时限预警',
      body: '剩余 2 个工作日',
      key,
    });
    await enqueueNotification(ctx.deps.db, {
      userId: user.userId,
      title: '时限预警',
      body: '剩余 2 个工作日',
      key,
    });
    await drain();
    expect(await messagesOf(user.userId)).toHaveLength(1);
  });
});

describe('SMS', () => {
  it('POSTs mobile, text and id to the configured gateway', async () => {
    const gateway = await startGateway();
    try {
      const deps = withConfig({ smsGatewayUrl: gateway.url });
      const id = await enqueueNotification(deps.db, {
        mobile: '13800000001',
        title: '办结通知',
        body: '您的申请已办结，请领取证照',
        sms: true,
      });
      await drain(deps);
      expect(gateway.bodies).toEqual([
        { mobile: '13800000001', text: '【蒙速办】办结通知：您的申请已办结，请领取证照', id: String(id) },
      ]);
      const row = await rowOf(id);
      expect(row.sentAt).not.toBeNull();
      expect(row.lastError).toBeNull();
      expect(row.payload.outcome).toEqual({ inApp: 'no_user', sms: 'sent' });
    } finally {
      await gateway.close();
    }
  });

  it('retries a refused SMS after the back-off, without a second in-app message', async () => {
    const gateway = await startGateway([500]);
    try {
      const deps = withConfig({ smsGatewayUrl: gateway.url });
      const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
      const id = await enqueueNotification(deps.db, {
        userId: user.userId,
        mobile: '13800000002',
        title: '受理通知',
        body: '已受理',
        sms: true,
      });
      await drain(deps);
      let row = await rowOf(id);
      expect(row).toMatchObject({ attempts: 1, sentAt: null });
      expect(row.lastError).toContain('HTTP 500');
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(deps.now().getTime());

      await drain(deps); // not due yet
      expect(gateway.bodies).toHaveLength(1);

      ctx.advanceClock(outboxRetryDelayMs(1) + 1000);
      await drain(deps);
      expect(gateway.bodies.map((b) => b.id)).toEqual([String(id), String(id)]);
      row = await rowOf(id);
      expect(row.sentAt).not.toBeNull();
      expect(row.lastError).toBeNull();
      expect(row.attempts).toBe(1);
      expect(await messagesOf(user.userId)).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });

  it(`stops retrying after ${OUTBOX_MAX_ATTEMPTS} failures and keeps the last error`, async () => {
    const gateway = await startGateway(Array.from({ length: 20 }, () => 503));
    try {
      const deps = withConfig({ smsGatewayUrl: gateway.url });
      const id = await enqueueNotification(deps.db, {
        mobile: '13800000003',
        title: '通知',
        body: '正文',
        sms: true,
      });
      await ctx.deps.db
        .update(outbox)
        .set({ attempts: OUTBOX_MAX_ATTEMPTS - 1 })
        .where(eq(outbox.id, id));
      await drain(deps);
      ctx.advanceClock(outboxRetryDelayMs(OUTBOX_MAX_ATTEMPTS) * 2);
      await drain(deps);
      const row = await rowOf(id);
      expect(row).toMatchObject({ attempts: OUTBOX_MAX_ATTEMPTS, sentAt: null });
      expect(row.lastError).toContain('HTTP 503');
      expect(gateway.bodies).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });

  it('gives back the rows it has no time left for, without counting an attempt', async () => {
    const first = await enqueue(ctx.deps.db, 'test-slow', { n: 1 });
    const second = await enqueue(ctx.deps.db, 'test-slow', { n: 2 });
    const seen: number[] = [];
    const handlers = {
      'test-slow': async (_deps: Deps, row: { id: number }) => {
        seen.push(row.id);
        ctx.advanceClock(OUTBOX_LEASE_MS); // a handler that used up the whole lease
        return undefined;
      },
    };
    expect(await dispatchOutbox(ctx.deps, { limit: 10, handlers })).toEqual({ sent: 1, failed: 0 });
    expect(seen).toEqual([first]);
    expect(await rowOf(second)).toMatchObject({ attempts: 0, sentAt: null, lastError: null });
    expect(await dispatchOutbox(ctx.deps, { limit: 10, handlers })).toEqual({ sent: 1, failed: 0 });
    expect(seen).toEqual([first, second]);
  });

  it('skips SMS when no gateway is configured, says so on the row, and still writes the message', async () => {
    const gateway = await startGateway();
    try {
      const deps = withConfig({ smsGatewayUrl: null });
      const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
      const id = await enqueueNotification(deps.db, {
        userId: user.userId,
        mobile: '13800000004',
        title: '缴费提醒',
        body: '请于 3 日内缴费',
        sms: true,
      });
      await drain(deps);
      const row = await rowOf(id);
      expect(row.sentAt).not.toBeNull();
      expect(row.lastError).toBeNull();
      expect(row.payload.outcome).toEqual({ inApp: 'written', sms: 'skipped_no_gateway' });
      expect(gateway.bodies).toHaveLength(0);
      expect(await messagesOf(user.userId)).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });

  it('fails a send the gateway does not answer in time', async () => {
    const gateway = await startGateway([], true);
    try {
      await expect(
        createHttpSmsGateway(gateway.url, { timeoutMs: 200 }).send({
          id: '1',
          mobile: '13800000005',
          text: 'x',
        }),
      ).rejects.toThrow('没有应答');
    } finally {
      await gateway.close();
    }
  });
});

describe('startOutboxDispatcher', () => {
  it('delivers committed rows by polling, and stops', async () => {
    const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    const dispatcher = startOutboxDispatcher(withConfig({ outboxPollMs: 20 }));
    try {
      await enqueueNotification(ctx.deps.db, { userId: user.userId, title: '轮询投递', body: '正文' });
      const deadline = Date.now() + 10_000;
      while ((await messagesOf(user.userId)).length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await messagesOf(user.userId)).map((m) => m.title)).toEqual(['轮询投递']);
    } finally {
      await dispatcher.stop();
    }
  });

  it('does not start when OUTBOX_POLL_MS is 0', async () => {
    await expect(startOutboxDispatcher(withConfig({ outboxPollMs: 0 })).stop()).resolves.toBeUndefined();
  });
});

describe('several dispatchers on a PostgreSQL server', () => {
  it.skipIf(!process.env.DATABASE_URL)('deliver each row once', async () => {
    await drain();
    const gateway = await startGateway();
    try {
      const deps = withConfig({ smsGatewayUrl: gateway.url });
      const user = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
      const ids: number[] = [];
      for (let i = 0; i < 60; i++) {
        ids.push(
          await enqueueNotification(deps.db, {
            userId: user.userId,
            mobile: '13800000006',
            title: `并发${i}`,
            body: '正文',
            sms: true,
          }),
        );
      }
      const worker = async () => {
        let sent = 0;
        for (;;) {
          const r = await dispatchOutbox(deps, { limit: 3 });
          sent += r.sent;
          if (r.sent + r.failed === 0) return sent;
        }
      };
      const results = await Promise.all([worker(), worker(), worker()]);
      expect(results.reduce((a, b) => a + b, 0)).toBe(60);
      expect(gateway.bodies.map((b) => Number(b.id)).sort((a, b) => a - b)).toEqual(ids);
      expect(await messagesOf(user.userId)).toHaveLength(60);
    } finally {
      await gateway.close();
    }
  });
});

describe('message centre routes', () => {
  let alice: { cookie: string; userId: string };
  let bob: { cookie: string; userId: string };
  beforeAll(async () => {
    alice = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    bob = await makeStaff(ctx, ['citizen'], { regionCode: '150203000000' });
    for (const title of ['第一条', '第二条', '第三条']) {
      await ctx.deps.db.transaction((tx) =>
        enqueueNotification(tx, { userId: alice.userId, title, body: `${title}正文` }),
      );
    }
    await enqueueNotification(ctx.deps.db, { userId: bob.userId, title: '别人的消息', body: '不可见' });
    await drain();
  });
  const get = (url: string, cookie?: string) =>
    ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const post = (url: string, cookie?: string) =>
    ctx.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {} });

  it('lists only the caller’s messages, newest first, with paging and the unread count', async () => {
    const res = await get('/api/messages?page=1&pageSize=2', alice.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, unread: 3 });
    expect(body.items.map((m: { title: string }) => m.title)).toEqual(['第三条', '第二条']);
    expect(body.items[0]).toMatchObject({ body: '第三条正文', caseId: null, readAt: null });
    const page2 = (await get('/api/messages?page=2&pageSize=2', alice.cookie)).json();
    expect(page2.items.map((m: { title: string }) => m.title)).toEqual(['第一条']);
    expect((await get('/api/messages/unread-count', alice.cookie)).json()).toEqual({ unread: 3 });
  });

  it('marks one message read, keeps the first reading time, and filters unread', async () => {
    const [first] = (await get('/api/messages?pageSize=1', alice.cookie)).json().items;
    const read = await post(`/api/messages/${first.id}/read`, alice.cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    ctx.advanceClock(60_000);
    expect((await post(`/api/messages/${first.id}/read`, alice.cookie)).json().readAt).toBe(
      read.json().readAt,
    );
    expect((await get('/api/messages/unread-count', alice.cookie)).json()).toEqual({ unread: 2 });
    const unread = (await get('/api/messages?unread=true', alice.cookie)).json();
    expect(unread).toMatchObject({ total: 2, unread: 2 });
    expect(unread.items.every((m: { readAt: string | null }) => m.readAt === null)).toBe(true);
  });

  it('answers 404 for another user’s message and leaves it unread', async () => {
    const [theirs] = await ctx.deps.db.select().from(messages).where(eq(messages.userId, bob.userId));
    const res = await post(`/api/messages/${theirs?.id}/read`, alice.cookie);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await get('/api/messages/unread-count', bob.cookie)).json()).toEqual({ unread: 1 });
  });

  it('marks all of the caller’s messages read and no one else’s', async () => {
    const res = await post('/api/messages/read-all', alice.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 2, unread: 0 });
    expect((await get('/api/messages/unread-count', alice.cookie)).json()).toEqual({ unread: 0 });
    const [left] = await ctx.deps.db
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.userId, bob.userId));
    expect(left?.n).toBe(1);
    expect((await get('/api/messages/unread-count', bob.cookie)).json()).toEqual({ unread: 1 });
  });

  it('answers 401 without a session', async () => {
    for (const res of [
      await get('/api/messages'),
      await get('/api/messages/unread-count'),
      await post('/api/messages/read-all'),
      await post('/api/messages/00000000-0000-4000-8000-000000000000/read'),
    ]) {
      expect(res.statusCode).toBe(401);
    }
  });
});
