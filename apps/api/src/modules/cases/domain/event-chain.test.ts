import { describe, expect, it } from 'vitest';
import { type ChainedEvent, canonicalJson, hashEvent, verifyChain } from './event-chain.ts';

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const fields = {
      caseId: '7b0c6c1e-0000-4000-8000-000000000001',
      seq,
      at: new Date(Date.UTC(2026, 2, 5, 1, seq)).toISOString(),
      actorId: null,
      actorRole: seq === 1 ? 'applicant' : 'window_clerk',
      action: seq === 1 ? 'submit' : 'accept',
      fromState: seq === 1 ? 'draft' : 'submitted',
      toState: seq === 1 ? 'submitted' : 'accepted',
      comment: null,
      payload: { b: 2, a: [1, { z: 1, y: '受理' }] },
      prevHash: events.at(-1)?.hash ?? null,
    };
    events.push({ ...fields, hash: hashEvent(fields) });
  }
  return events;
}

describe('event chain', () => {
  it('canonical JSON sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });

  it('the same content hashes the same whatever the key order or instant spelling', () => {
    const [first] = chain(1);
    if (!first) throw new Error('no event');
    const reordered = {
      ...first,
      payload: { a: [1, { y: '受理', z: 1 }], b: 2 },
      at: '2026-03-05T09:01:00+08:00',
    };
    expect(hashEvent(reordered)).toBe(first.hash);
  });

  it('accepts an intact chain', () => {
    expect(verifyChain(chain(4))).toEqual({ ok: true, events: 4 });
    expect(verifyChain([])).toEqual({ ok: true, events: 0 });
  });

  it('names the first event whose content was changed', () => {
    const events = chain(4);
    events[2] = { ...(events[2] as ChainedEvent), comment: '事后改写' };
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3, problem: 'hash' });
  });

  it('names the event after a removed one', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3, problem: 'sequence' });
  });

  it('detects an event rewritten together with its own hash through the next link', () => {
    const events = chain(3);
    const forged = { ...(events[1] as ChainedEvent), toState: 'approved' };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(verifyChain(events)).toMatchObject({ ok: false, seq: 3, problem: 'link' });
  });

  it('a first event must not point at a predecessor', () => {
    const [first] = chain(1);
    if (!first) throw new Error('no event');
    const fields = { ...first, prevHash: 'a'.repeat(64) };
    expect(verifyChain([{ ...fields, hash: hashEvent(fields) }])).toMatchObject({
      ok: false,
      seq: 1,
      problem: 'link',
    });
  });
});
