// The case event log is a hash chain (DESIGN.md "The case lifecycle"): each event stores the hash of the
// previous event of the same case, and its own hash covers every recorded field plus that link. Changing,
// removing or reordering an event breaks the chain at that point, which verifyChain names.
import { createHash } from 'node:crypto';

export interface ChainedEventFields {
  caseId: string;
  seq: number;
  /** ISO instant */
  at: string;
  actorId: string | null;
  actorRole: string;
  action: string;
  fromState: string | null;
  toState: string;
  comment: string | null;
  payload: unknown;
  prevHash: string | null;
}

export interface ChainedEvent extends ChainedEventFields {
  hash: string;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // undefined and functions have no JSON form; recording them would make the hash depend on nothing
    if (text === undefined) throw new TypeError('事件内容含有无法记录的值');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of the event's canonical form, which includes the previous event's hash. */
export function hashEvent(event: ChainedEventFields): string {
  const { caseId, seq, at, actorId, actorRole, action, fromState, toState, comment, payload, prevHash } =
    event;
  const canonical = canonicalJson({
    caseId,
    seq,
    at: new Date(at).toISOString(),
    actorId,
    actorRole,
    action,
    fromState,
    toState,
    comment,
    payload,
    prevHash,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainVerdict =
  | { ok: true; events: number }
  | { ok: false; seq: number; problem: 'sequence' | 'link' | 'hash'; message: string };

/** Checks one case's events, in seq order, and names the first broken link. */
export function verifyChain(events: readonly ChainedEvent[]): ChainVerdict {
  let prev: string | null = null;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq) {
      return {
        ok: false,
        seq: event.seq,
        problem: 'sequence',
        message: `第 ${expectedSeq} 条事件缺失或顺序错误（实际序号 ${event.seq}）`,
      };
    }
    if (event.prevHash !== prev) {
      return {
        ok: false,
        seq: event.seq,
        problem: 'link',
        message: `第 ${event.seq} 条事件记录的前一事件摘要与第 ${event.seq - 1} 条事件不符`,
      };
    }
    if (hashEvent(event) !== event.hash) {
      return {
        ok: false,
        seq: event.seq,
        problem: 'hash',
        message: `第 ${event.seq} 条事件的内容与其摘要不符（事件被改动）`,
      };
    }
    prev = event.hash;
  }
  return { ok: true, events: events.length };
}
