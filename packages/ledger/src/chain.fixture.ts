import { auditEventBody, type ChainedLedgerEvent, type LedgerEvent } from './audit-event-body';
import { chainHash, GENESIS_HASH } from './chain-hash';

export const ORG_ID = '0193a1b2-0000-7000-8000-000000000001';

/** A well-formed chain of `length` events (seq 1..length), as the append path would have written it. */
export function buildChain(length: number): ChainedLedgerEvent[] {
  const events: ChainedLedgerEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const event: LedgerEvent = {
      organizationId: ORG_ID,
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq, 123)),
      actor: { type: 'USER', id: `user-${seq % 3}`, label: 'ada@example.com' },
      action: seq % 2 === 0 ? 'member.invited' : 'auth.login.succeeded',
      target: seq % 2 === 0 ? { type: 'invitation', id: `inv-${seq}` } : null,
      payload: { n: seq },
      requestId: `req-${seq}`,
      ip: '203.0.113.7',
    };
    const hash = chainHash(prevHash, auditEventBody(event));
    events.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

/** Recomputes prevHash/hash from index `from` on: what an attacker with write access and no signing key can do. */
export function rehashFrom(events: ChainedLedgerEvent[], from: number): ChainedLedgerEvent[] {
  const out = events.map((event) => ({ ...event }));
  for (let index = from; index < out.length; index += 1) {
    const event = out[index]!;
    event.prevHash = index === 0 ? GENESIS_HASH : out[index - 1]!.hash;
    event.hash = chainHash(event.prevHash, auditEventBody(event));
  }
  return out;
}
