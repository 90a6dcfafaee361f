import { z } from 'zod';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });

/** `POST /orgs/{orgId}/exports`: the period [from, to) the package covers (at most 400 days, not in the future). */
export const CreateAuditExportSchema = z
  .object({
    from: instant,
    to: instant,
  })
  .strict()
  .superRefine((body, ctx) => {
    const from = Date.parse(body.from);
    const to = Date.parse(body.to);
    if (!(from < to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    } else if (to - from > 400 * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a period covers at most 400 days' });
    }
  });
export type CreateAuditExport = z.infer<typeof CreateAuditExportSchema>;

export const AuditExportStatusSchema = z.enum(['QUEUED', 'BUILDING', 'READY', 'FAILED']);

export const AuditExportViewSchema = z
  .object({
    id: z.uuid(),
    status: AuditExportStatusSchema,
    period: z.object({ from: z.string(), to: z.string() }),
    requestedBy: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    sha256: z.string().nullable().describe('SHA-256 of the ZIP'),
    fileCount: z.number().int().nullable(),
    ledger: z.object({ firstSeq: z.number().int(), lastSeq: z.number().int() }).nullable(),
    buildMillis: z.number().int().nullable(),
    error: z.string().nullable(),
    downloadPath: z.string().nullable().describe('GET this path for the ZIP once READY'),
  })
  .strict();
export type AuditExportView = z.infer<typeof AuditExportViewSchema>;
