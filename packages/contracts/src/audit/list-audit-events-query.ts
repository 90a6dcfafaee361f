import { z } from 'zod';

export const AUDIT_EVENTS_PAGE_LIMIT_DEFAULT = 50;
export const AUDIT_EVENTS_PAGE_LIMIT_MAX = 200;

/** `GET /orgs/{orgId}/audit-events` query string. Newest first; `cursor` is the seq to continue below. */
export const ListAuditEventsQuerySchema = z
  .object({
    actor: z
      .string()
      .trim()
      .min(1)
      .max(320)
      .optional()
      .describe("Actor id (user or API key id) or the actor's label"),
    action: z
      .string()
      .trim()
      .max(100)
      .regex(
        /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*(\.\*)?$/,
        'must be an action such as member.invited, or a prefix such as auth.*',
      )
      .optional()
      .describe('Exact action, or a prefix ending in .* (auth.* = every auth event)'),
    from: z.iso.datetime({ offset: true }).optional().describe('Events at or after this time (ISO-8601)'),
    to: z.iso.datetime({ offset: true }).optional().describe('Events before this time (ISO-8601)'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(AUDIT_EVENTS_PAGE_LIMIT_MAX)
      .default(AUDIT_EVENTS_PAGE_LIMIT_DEFAULT),
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a nextCursor value from a previous page')
      .optional()
      .describe('nextCursor of the previous page (a seq)'),
  })
  .strict()
  .refine((query) => !query.from || !query.to || Date.parse(query.from) <= Date.parse(query.to), {
    path: ['to'],
    message: 'must not be before from',
  });
export type ListAuditEventsQuery = z.infer<typeof ListAuditEventsQuerySchema>;
