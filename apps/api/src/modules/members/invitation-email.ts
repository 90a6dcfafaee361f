import type { RoleName } from '@kushim/contracts';
import type { OutgoingMail } from '../../infra/mail/outgoing-mail';

export interface InvitationEmailInput {
  to: string;
  organizationName: string;
  role: RoleName;
  inviterName: string;
  acceptUrl: string;
  /** When the invitation link stops working. */
  expiresAt: Date;
  /** When the membership itself ends (time-boxed AUDITOR access); null = no end. */
  membershipExpiresAt: Date | null;
}

const ROLE_LABELS: Record<RoleName, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  COMPLIANCE_MANAGER: 'Compliance manager',
  AUDITOR: 'Auditor',
  VIEWER: 'Viewer',
};

/** `2026-11-29 06:20 UTC`: unambiguous for every reader, whatever their time zone. */
const utc = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** `${WEB_URL}/accept-invite?token=…`, keeping any path WEB_URL has (a sub-path deployment). */
export function acceptInviteUrl(webUrl: string, inviteToken: string): string {
  return `${webUrl.replace(/\/+$/, '')}/accept-invite?token=${encodeURIComponent(inviteToken)}`;
}

/** The invitation email: who invited whom to which organization as what, the link, and until when it works. */
export function invitationEmail(input: InvitationEmailInput): OutgoingMail {
  const invited = `${input.inviterName} invited you to join ${input.organizationName} on Kushim as ${ROLE_LABELS[input.role]}.`;
  const accessEnds = input.membershipExpiresAt
    ? `Your access ends on ${utc(input.membershipExpiresAt)}.`
    : undefined;
  const validity = `This link works once, until ${utc(input.expiresAt)}. If you did not expect it, ignore this email.`;
  const text = [invited, accessEnds, `Accept the invitation: ${input.acceptUrl}`, validity]
    .filter((line) => line !== undefined)
    .join('\n\n');
  const html = [
    `<p>${escapeHtml(invited)}</p>`,
    accessEnds ? `<p>${escapeHtml(accessEnds)}</p>` : undefined,
    `<p><a href="${escapeHtml(input.acceptUrl)}">Accept the invitation</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  return {
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.organizationName} on Kushim`,
    text: `${text}\n`,
    html,
  };
}
