import { describe, expect, it } from 'vitest';
import { acceptInviteUrl, invitationEmail } from './invitation-email';

const base = {
  to: 'ivy@example.test',
  organizationName: 'Acme <Labs> & Co',
  role: 'AUDITOR' as const,
  inviterName: 'Olive "O" Owner',
  acceptUrl: 'https://app.example.test/accept-invite?token=abc_DEF-123',
  expiresAt: new Date('2026-11-29T06:20:31Z'),
  membershipExpiresAt: null,
};

describe('invitation email', () => {
  it('builds the accept link under WEB_URL, keeping a sub-path and dropping a trailing slash', () => {
    expect(acceptInviteUrl('https://example.test/kushim/', 'abc_DEF-123')).toBe(
      'https://example.test/kushim/accept-invite?token=abc_DEF-123',
    );
  });

  it('names the inviter, organization, role, link and link expiry in the text', () => {
    const mail = invitationEmail(base);
    expect(mail.subject).toBe('Olive "O" Owner invited you to Acme <Labs> & Co on Kushim');
    expect(mail.text).toContain('Olive "O" Owner invited you to join Acme <Labs> & Co on Kushim as Auditor.');
    expect(mail.text).toContain(`Accept the invitation: ${base.acceptUrl}`);
    expect(mail.text).toContain('until 2026-11-29 06:20 UTC');
    expect(mail.text).not.toContain('access ends');
  });

  it('escapes names in the HTML so an organization name cannot inject markup', () => {
    const mail = invitationEmail(base);
    expect(mail.html).toContain('Acme &#60;Labs&#62; &#38; Co');
    expect(mail.html).not.toContain('<Labs>');
    expect(mail.html).toContain(`<a href="${base.acceptUrl}">Accept the invitation</a>`);
  });

  it('says when a time-boxed membership ends', () => {
    const mail = invitationEmail({ ...base, membershipExpiresAt: new Date('2027-01-31T00:00:00Z') });
    expect(mail.text).toContain('Your access ends on 2027-01-31 00:00 UTC.');
    expect(mail.html).toContain('Your access ends on 2027-01-31 00:00 UTC.');
  });
});
