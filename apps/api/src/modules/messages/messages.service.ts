// 消息中心: delivering an outbox notification (in-app message and SMS), and a user's own messages.
// A user only ever reaches their own rows: every query is filtered by the actor's user id, so another
// user's message id answers 404 exactly like an id that does not exist.
import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { outbox } from '../../platform/outbox.tables.ts';
import type { NotificationInput } from '../../platform/outbox.ts';
import { messages } from './messages.tables.ts';
import { type SmsGateway, smsText } from './sms-gateway.ts';

export interface NotificationDelivery {
  outboxId: number;
  /** when the change was committed: the message is dated by the event, not by its (re)delivery */
  createdAt: Date;
  payload: Record<string, unknown>;
}

/** What happened to each channel; the dispatcher records it on the outbox row. */
export interface NotificationOutcome {
  inApp: 'written' | 'already_written' | 'no_user';
  sms: 'sent' | 'not_requested' | 'skipped_no_mobile' | 'skipped_no_gateway';
}

const optionalString = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function parseNotification(payload: Record<string, unknown>): NotificationInput {
  const { title, body } = payload;
  if (typeof title !== 'string' || typeof body !== 'string') throw new Error('通知缺少标题或正文');
  return {
    title,
    body,
    userId: optionalString(payload.userId),
    mobile: optionalString(payload.mobile),
    caseId: optionalString(payload.caseId),
    sms: payload.sms === true,
    key: optionalString(payload.key) ?? undefined,
  };
}

/**
 * Deliver one 'notify' outbox row. Safe to run more than once for the same row: the in-app message is keyed
 * by the row (or by the caller's key) and inserted with ON CONFLICT DO NOTHING; an SMS may be repeated
 * (at-least-once), and carries the row id so the gateway can drop the repeat. Throws when the SMS gateway
 * refuses, so the row is retried.
 */
export async function deliverNotification(
  deps: Deps,
  sms: SmsGateway | null,
  delivery: NotificationDelivery,
): Promise<NotificationOutcome> {
  const n = parseNotification(delivery.payload);
  let inApp: NotificationOutcome['inApp'] = 'no_user';
  if (n.userId) {
    const written = await deps.db
      .insert(messages)
      .values({
        userId: n.userId,
        title: n.title,
        body: n.body,
        caseId: n.caseId ?? null,
        sourceKey: n.key ? `notify:${n.key}` : `outbox:${delivery.outboxId}`,
        // the queued row's own instant, to the microsecond: a JS Date keeps milliseconds only, and notices queued
        // within one millisecond must still list newest first
        createdAt: sql`coalesce((select ${outbox.createdAt} from ${outbox} where ${outbox.id} = ${delivery.outboxId}), ${delivery.createdAt})`,
      })
      .onConflictDoNothing({ target: messages.sourceKey })
      .returning({ id: messages.id });
    inApp = written.length > 0 ? 'written' : 'already_written';
  }
  let smsOutcome: NotificationOutcome['sms'] = 'not_requested';
  if (n.sms) {
    if (!n.mobile) smsOutcome = 'skipped_no_mobile';
    else if (!sms) smsOutcome = 'skipped_no_gateway';
    else {
      await sms.send({ id: String(delivery.outboxId), mobile: n.mobile, text: smsText(n.title, n.body) });
      smsOutcome = 'sent';
    }
  }
  return { inApp, sms: smsOutcome };
}

export interface MessageView {
  id: string;
  title: string;
  body: string;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

const toView = (row: typeof messages.$inferSelect): MessageView => ({
  id: row.id,
  title: row.title,
  body: row.body,
  caseId: row.caseId,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});

async function countWhere(deps: Deps, where: SQL | undefined): Promise<number> {
  const [row] = await deps.db.select({ n: count() }).from(messages).where(where);
  return row?.n ?? 0;
}

const ownUnread = (actor: Actor) => and(eq(messages.userId, actor.userId), isNull(messages.readAt));

export interface ListMessagesInput {
  page: number;
  pageSize: number;
  /** true: only unread messages */
  unread?: boolean;
}

/** The actor's messages, newest first, with the total of the filtered list and the unread count. */
export async function listMessages(
  deps: Deps,
  actor: Actor,
  input: ListMessagesInput,
): Promise<{ items: MessageView[]; total: number; unread: number }> {
  const where = input.unread ? ownUnread(actor) : eq(messages.userId, actor.userId);
  const rows = await deps.db
    .select()
    .from(messages)
    .where(where)
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total, unread] = await Promise.all([countWhere(deps, where), countWhere(deps, ownUnread(actor))]);
  return { items: rows.map(toView), total, unread };
}

export async function countUnreadMessages(deps: Deps, actor: Actor): Promise<{ unread: number }> {
  return { unread: await countWhere(deps, ownUnread(actor)) };
}

/** Mark one of the actor's messages read; reading it again keeps the first reading time. */
export async function markMessageRead(deps: Deps, actor: Actor, id: string): Promise<MessageView> {
  const [row] = await deps.db
    .update(messages)
    .set({ readAt: sql`coalesce(${messages.readAt}, ${deps.now().toISOString()}::timestamptz)` })
    .where(and(eq(messages.id, id), eq(messages.userId, actor.userId)))
    .returning();
  if (!row) throw notFound('消息');
  return toView(row);
}

export async function markAllMessagesRead(
  deps: Deps,
  actor: Actor,
): Promise<{ marked: number; unread: number }> {
  const marked = await deps.db
    .update(messages)
    .set({ readAt: deps.now() })
    .where(ownUnread(actor))
    .returning({ id: messages.id });
  return { marked: marked.length, unread: await countWhere(deps, ownUnread(actor)) };
}
