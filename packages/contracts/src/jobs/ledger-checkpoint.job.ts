import { z } from 'zod';
import { defineJob } from './job-definition';

/** Hourly: sign the latest hash of every organization whose audit chain advanced since its last checkpoint. */
export const ledgerCheckpointJob = defineJob({
  name: 'ledger.checkpoint',
  queue: 'ledger',
  payload: z.object({}).strict(),
  attempts: 5,
  backoff: { type: 'exponential', delayMs: 10_000 },
  description: 'Signs (Ed25519) the latest audit-chain hash of each organization that advanced',
  schedule: { pattern: '0 * * * *' },
});
export type LedgerCheckpointPayload = z.infer<typeof ledgerCheckpointJob.payload>;
