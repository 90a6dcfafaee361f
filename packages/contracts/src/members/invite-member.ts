import { z } from 'zod';
import { EmailSchema } from '../auth/credentials';

/** OWNER is never invited (ownership is granted to an existing member). */
export const InvitableRoleSchema = z.enum(['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);

export const FutureDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time' })
  .transform((value) => new Date(value));

const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time' })
  .transform((value) => new Date(value));

/** The period an auditor audits: [from, to), from before to. */
export const AuditWindowSchema = z
  .object({ from: instant, to: instant })
  .strict()
  .refine((window) => window.from < window.to, { path: ['to'], message: 'must be after from' });

export const InviteMemberRequestSchema = z
  .object({
    email: EmailSchema,
    role: InvitableRoleSchema,
    /** When the membership ends; AUDITOR invitations only. */
    expiresAt: FutureDateTimeSchema.optional(),
    /** AUDITOR invitations only: the period under audit [from, to). */
    auditWindow: AuditWindowSchema.optional(),
  })
  .strict()
  .superRefine((invite, ctx) => {
    if (invite.expiresAt && invite.role !== 'AUDITOR') {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'only AUDITOR access can be time-boxed' });
    }
    if (invite.auditWindow && invite.role !== 'AUDITOR') {
      ctx.addIssue({ code: 'custom', path: ['auditWindow'], message: 'only an AUDITOR has an audit window' });
    }
  });
export type InviteMemberRequest = z.infer<typeof InviteMemberRequestSchema>;

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: InvitableRoleSchema,
  /** When the membership created by accepting ends (AUDITOR), or null. */
  membershipExpiresAt: z.string().nullable(),
  /** The audit window the membership will carry (AUDITOR), or null. */
  auditWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** When the invitation itself stops being valid. */
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type InvitationView = z.infer<typeof InvitationSchema>;

export const InviteMemberResponseSchema = z.object({ inviteToken: z.string(), invitation: InvitationSchema });
export type InviteMemberResponse = z.infer<typeof InviteMemberResponseSchema>;
