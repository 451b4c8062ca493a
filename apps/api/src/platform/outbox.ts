// The transactional outbox (CONVENTIONS.md "A request"): a use case adds a row in the same transaction as
// the change it announces, so a rolled-back change never notifies anyone and a committed one always does.
//
// Delivery is AT LEAST ONCE. The dispatcher
//   1. claims due rows in one short transaction (SELECT … FOR UPDATE SKIP LOCKED, then pushes their
//      next_attempt_at forward by a lease), so any number of instances can poll without taking the same row;
//   2. runs the topic's handler with no transaction open (network I/O never holds locks or, on PGlite, the
//      only connection);
//   3. records the outcome: sent_at, or attempts + 1, last_error and a backed-off next_attempt_at.
// A process that dies between 2 and 3 leaves the row claimed until the lease runs out; another poll then
// delivers it again. Handlers therefore have to be idempotent (the in-app message is keyed by the row) or
// tolerate a repeat (an SMS carries the row id so the gateway can drop it).
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { deliverNotification } from '../modules/messages/messages.service.ts';
import { smsGatewayFromConfig } from '../modules/messages/sms-gateway.ts';
import type { DbOrTx } from './db.ts';
import type { Deps } from './deps.ts';
import { outbox } from './outbox.tables.ts';

/** After this many failed attempts a row is no longer retried; it keeps its last_error for an operator. */
export const OUTBOX_MAX_ATTEMPTS = 8;
/** How long a claimed row stays invisible to other dispatchers. A handler must finish within half of it
 * (the SMS gateway times out after 10 s); rows not started by then are released, not overrun. */
export const OUTBOX_LEASE_MS = 60_000;
const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 3_600_000;

/** Wait before the next try after `attempts` failures: 30 s, 1 min, 2 min, … capped at 1 hour. */
export const outboxRetryDelayMs = (attempts: number): number =>
  Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_CAP_MS);

/** Add a row to the outbox inside the caller's transaction (or autocommit on the database handle). */
export async function enqueue(tx: DbOrTx, topic: string, payload: Record<string, unknown>): Promise<number> {
  const [row] = await tx.insert(outbox).values({ topic, payload }).returning({ id: outbox.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

export interface NotificationInput {
  /** writes a message to this user's message centre */
  userId?: string | null;
  /** the mobile number an SMS goes to (with `sms: true`) */
  mobile?: string | null;
  title: string;
  body: string;
  caseId?: string | null;
  sms?: boolean;
  /** idempotency key of the in-app message: two notifications with one key write one message */
  key?: string;
}

/** Notify a user (message centre) and/or a mobile number (SMS) once the caller's transaction commits. */
export function enqueueNotification(tx: DbOrTx, n: NotificationInput): Promise<number> {
  return enqueue(tx, 'notify', {
    userId: n.userId ?? null,
    mobile: n.mobile ?? null,
    title: n.title,
    body: n.body,
    caseId: n.caseId ?? null,
    sms: n.sms ?? false,
    ...(n.key ? { key: n.key } : {}),
  });
}

export interface OutboxRow {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
}

/** Delivers one row; throws to have it retried. What it returns is stored as `payload.outcome`. */
export type OutboxHandler = (deps: Deps, row: OutboxRow) => Promise<Record<string, unknown> | undefined>;

/** The logger surface the dispatcher needs (Fastify's/pino's logger fits). */
export interface OutboxLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The platform's topics. The SMS gateway comes from the settings unless a test or another vendor passes one. */
export function defaultOutboxHandlers(
  sms = (deps: Deps) => smsGatewayFromConfig(deps.config),
): Record<string, OutboxHandler> {
  return {
    notify: async (deps, row) => {
      const outcome = await deliverNotification(deps, sms(deps), {
        outboxId: row.id,
        createdAt: row.createdAt,
        payload: row.payload,
      });
      return { ...outcome };
    },
  };
}

export interface DispatchOptions {
  /** rows claimed by this call (default 50) */
  limit?: number;
  handlers?: Record<string, OutboxHandler>;
  log?: OutboxLog;
}

async function claimDueRows(deps: Deps, limit: number): Promise<OutboxRow[]> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          isNull(outbox.sentAt),
          // rows are stamped by the database clock when enqueued (the caller's transaction knows no other);
          // due by either clock, so skew between the two never holds a fresh row back
          lte(outbox.nextAttemptAt, sql`greatest(now(), ${now.toISOString()}::timestamptz)`),
          lt(outbox.attempts, OUTBOX_MAX_ATTEMPTS),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + OUTBOX_LEASE_MS) })
      .where(
        inArray(
          outbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning({
        id: outbox.id,
        topic: outbox.topic,
        payload: outbox.payload,
        createdAt: outbox.createdAt,
        attempts: outbox.attempts,
      });
  });
}

/** Make claimed but unstarted rows due again at once, without counting an attempt. */
async function releaseRows(deps: Deps, ids: number[]): Promise<void> {
  await deps.db
    .update(outbox)
    .set({ nextAttemptAt: deps.now() })
    .where(and(inArray(outbox.id, ids), isNull(outbox.sentAt)));
}

const describeError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 1000) || '未知错误';

/**
 * Deliver the rows that are due now (by the deps clock). Returns how many were sent and how many failed;
 * a failed row is tried again after outboxRetryDelayMs(attempts), at most OUTBOX_MAX_ATTEMPTS times.
 */
export async function dispatchOutbox(
  deps: Deps,
  options: DispatchOptions = {},
): Promise<{ sent: number; failed: number }> {
  const handlers = options.handlers ?? defaultOutboxHandlers();
  const claimedAt = deps.now().getTime();
  const rows = await claimDueRows(deps, options.limit ?? 50);
  let sent = 0;
  let failed = 0;
  for (const [index, row] of rows.entries()) {
    // Rows are handled one after another; a row is only started while half the lease remains, so a slow
    // gateway cannot let a lease run out under a delivery in progress. The rest go back to the queue.
    if (deps.now().getTime() - claimedAt > OUTBOX_LEASE_MS / 2) {
      await releaseRows(
        deps,
        rows.slice(index).map((r) => r.id),
      );
      break;
    }
    let outcome: Record<string, unknown> | undefined;
    let failure: string | undefined;
    try {
      const handler = handlers[row.topic];
      if (!handler) throw new Error(`没有处理主题「${row.topic}」的程序`);
      outcome = await handler(deps, row);
    } catch (error) {
      failure = describeError(error);
    }
    const now = deps.now();
    if (failure === undefined) {
      sent++;
      await deps.db
        .update(outbox)
        .set({
          sentAt: now,
          lastError: null,
          ...(outcome ? { payload: sql`${outbox.payload} || ${JSON.stringify({ outcome })}::jsonb` } : {}),
        })
        .where(eq(outbox.id, row.id));
      const skipped = Object.entries(outcome ?? {}).filter(([, v]) => String(v).startsWith('skipped'));
      if (skipped.length > 0) {
        options.log?.warn({ outboxId: row.id, outcome }, `通知 ${row.id} 已投递，但部分渠道未发送`);
      }
    } else {
      failed++;
      const attempts = row.attempts + 1;
      await deps.db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: failure,
          nextAttemptAt: new Date(now.getTime() + outboxRetryDelayMs(attempts)),
        })
        // a row whose lease ran out may meanwhile have been delivered by another instance
        .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt)));
      const final = attempts >= OUTBOX_MAX_ATTEMPTS;
      options.log?.[final ? 'error' : 'warn'](
        { outboxId: row.id, topic: row.topic, attempts, err: failure },
        final
          ? `发件箱第 ${row.id} 条已失败 ${attempts} 次，不再重试`
          : `发件箱第 ${row.id} 条投递失败，稍后重试`,
      );
    }
  }
  return { sent, failed };
}

/**
 * Poll every config.outboxPollMs (0 = no dispatcher in this process). A full batch polls again at once.
 * stop() waits for the batch in progress, so shutdown never closes the database under a delivery.
 */
export function startOutboxDispatcher(
  deps: Deps,
  log?: OutboxLog,
  options: Omit<DispatchOptions, 'log'> = {},
): { stop(): Promise<void> } {
  const pollMs = deps.config.outboxPollMs;
  if (pollMs <= 0) return { stop: async () => undefined };
  const limit = options.limit ?? 50;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let again = false;
    try {
      const { sent, failed } = await dispatchOutbox(deps, { ...options, limit, log });
      again = sent + failed >= limit;
    } catch (error) {
      log?.error({ err: error }, '发件箱投递出错');
    }
    if (!stopped) schedule(again ? 0 : pollMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = tick();
    }, ms);
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
