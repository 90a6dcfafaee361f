import { z } from 'zod';

/** `GET /orgs/{orgId}/audit-events/verify`. */
export const AuditVerificationSchema = z.discriminatedUnion('valid', [
  z
    .object({
      valid: z.literal(true),
      lastSeq: z.number().int().min(0),
      lastHash: z.string(),
      checkpointsVerified: z.number().int().min(0),
    })
    .strict(),
  z
    .object({
      valid: z.literal(false),
      brokenAtSeq: z.number().int().min(1),
      reason: z.string().describe('seq-gap, seq-duplicate, prev-hash-mismatch, hash-mismatch, checkpoint-…'),
    })
    .strict(),
]);
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
