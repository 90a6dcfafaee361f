import { z } from 'zod';
import { AuditActionSchema, AuditActorTypeSchema } from './audit-event';

/** What a caller of AuditService.append records; seq, time and hashes are added by the ledger. */
export const AuditEventInputSchema = z
  .object({
    actor: z
      .object({
        type: AuditActorTypeSchema,
        id: z.string().min(1).max(200).optional(),
        label: z.string().max(320).optional(),
      })
      .strict(),
    action: AuditActionSchema,
    target: z
      .object({ type: z.string().min(1).max(100), id: z.string().min(1).max(200) })
      .strict()
      .optional(),
    payload: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string().max(200).optional(),
    ip: z.string().max(100).optional(),
  })
  .strict();
export type AuditEventInput = z.input<typeof AuditEventInputSchema>;
