import { z } from 'zod';

/** `GET /ledger/keys`: every Ed25519 key id checkpoints may carry (retired keys included), as SPKI PEM. */
export const LedgerKeysSchema = z
  .object({
    keys: z.array(
      z
        .object({
          keyId: z.string(),
          algorithm: z.literal('Ed25519'),
          publicKeyPem: z.string().describe('-----BEGIN PUBLIC KEY----- … (SPKI)'),
        })
        .strict(),
    ),
  })
  .strict();
export type LedgerKeys = z.infer<typeof LedgerKeysSchema>;
