// Appends one event to a case's hash chain and advances the chain head stored on the case row. The caller
// holds the case row lock (FOR UPDATE), so seq and prev_hash cannot race.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
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

export async function appendEvent(tx: Tx, head: ChainHead, event: NewEvent): Promise<ChainHead> {
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
  await tx.insert(caseEvents).values({ ...fields, at: event.at, hash });
  await tx.update(cases).set({ eventCount: seq, lastEventHash: hash }).where(eq(cases.id, head.id));
  return { id: head.id, eventCount: seq, lastEventHash: hash };
}
