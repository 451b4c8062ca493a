// Appends one event to a case's hash chain and advances the chain head stored on the case row. The caller
// holds the case row lock (FOR UPDATE), or writes a new case's row with its first event, so seq and prev_hash
// cannot race.
import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db.ts';
import { caseEvents, cases } from './cases.tables.ts';
import { hashEvent } from './domain/event-chain.ts';

export interface ChainHead {
  id: string;
  eventCount: number;
  lastEventHash: string | null;
}

export interface NewEvent {
  at: Date;
  actorId: string | null;
  actorRole: string;
  action: string;
  fromState: string | null;
  toState: string;
  comment: string | null;
  payload: Record<string, unknown>;
}

/**
 * The next link of a chain, computed without writing anything: the event row to insert and the chain head
 * after it. Callers that write the case row anyway carry the head in that write and send it together with
 * the event (writeWithLink).
 */
export function nextLink(head: ChainHead, event: NewEvent) {
  const seq = head.eventCount + 1;
  const fields = {
    caseId: head.id,
    seq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    comment: event.comment,
    // stored as jsonb: normalise through JSON so the hash covers exactly what is read back
    payload: JSON.parse(JSON.stringify(event.payload)) as Record<string, unknown>,
    prevHash: head.lastEventHash,
  };
  const hash = hashEvent(fields);
  const row: typeof caseEvents.$inferInsert = { ...fields, at: event.at, hash };
  const next: ChainHead = { id: head.id, eventCount: seq, lastEventHash: hash };
  return { row, head: next };
}

/** The insert of links' events, to run or to put in one statement with the write of the case rows. */
function eventInsert(db: DbOrTx, links: readonly ReturnType<typeof nextLink>[]) {
  return db.insert(caseEvents).values(links.map((l) => l.row));
}

/**
 * Writes the case row (an insert or update that carries link.head) and the link's event in one statement:
 * atomic on its own, and one round trip instead of two (issue 3 throughput, docs/BENCHMARKS.md "办件引擎").
 */
export async function writeWithLink(
  db: DbOrTx,
  caseWrite: { getSQL(): SQL },
  link: ReturnType<typeof nextLink>,
): Promise<void> {
  await writeWithLinks(db, caseWrite, [link]);
}

/** The same for several new cases at once (一件事: a bundle's member cases, one multi-row insert). */
export async function writeWithLinks(
  db: DbOrTx,
  caseWrite: { getSQL(): SQL },
  links: readonly ReturnType<typeof nextLink>[],
): Promise<void> {
  if (links.length === 0) return;
  await db.execute(sql`with case_write as (${caseWrite.getSQL()}) ${eventInsert(db, links).getSQL()}`);
}

export async function appendEvent(tx: Tx, head: ChainHead, event: NewEvent): Promise<ChainHead> {
  const link = nextLink(head, event);
  await eventInsert(tx, [link]);
  await tx
    .update(cases)
    .set({ eventCount: link.head.eventCount, lastEventHash: link.head.lastEventHash })
    .where(eq(cases.id, head.id));
  return link.head;
}
