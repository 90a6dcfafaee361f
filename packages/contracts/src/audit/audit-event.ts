import { z } from 'zod';

export const AuditActorTypeSchema = z.enum(['USER', 'API_KEY', 'SYSTEM']);
export type AuditActorType = z.infer<typeof AuditActorTypeSchema>;

/** Dotted, past-tense action names: `auth.login.succeeded`, `member.role-changed`. */
export const AuditActionSchema = z
  .string()
  .min(3)
  .max(100)
  .regex(
    /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/,
    'must be a dotted lower-case action such as member.invited',
  );

/** One link of an organization's audit chain, as the API returns it. */
export const AuditEventSchema = z
  .object({
    seq: z.number().int().min(1),
    prevHash: z.string().describe('hash of the event at seq - 1 (64 zeros for seq 1)'),
    hash: z.string().describe('hex SHA-256 of prevHash ‖ RFC 8785 JSON of the event body (docs/ledger.md)'),
    occurredAt: z.iso.datetime(),
    actor: z.object({ type: AuditActorTypeSchema, id: z.string().nullable(), label: z.string().nullable() }),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string() }).nullable(),
    payload: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .strict();
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditEventListSchema = z
  .object({ items: z.array(AuditEventSchema), nextCursor: z.string().nullable() })
  .strict();
export type AuditEventList = z.infer<typeof AuditEventListSchema>;
