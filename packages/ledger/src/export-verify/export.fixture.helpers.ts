import { auditEventBody, type ChainedLedgerEvent } from '../audit-event-body';
import { chainHash, GENESIS_HASH } from '../chain-hash';

/** Recomputes every prevHash/hash from the start: a forger with database access but without the signing key. */
export function rehashFromGenesis(events: readonly ChainedLedgerEvent[]): ChainedLedgerEvent[] {
  const out: ChainedLedgerEvent[] = [];
  for (const event of events) {
    const prevHash = out.at(-1)?.hash ?? GENESIS_HASH;
    out.push({ ...event, prevHash, hash: chainHash(prevHash, auditEventBody({ ...event })) });
  }
  return out;
}
