import { describe, expect, it } from 'vitest';

import { apiKeyRoles, assignableRoles, invitableRoles } from './grantable-roles';
import { isoToLocalInput, localInputToIso, toInviteRequest } from './local-datetime';

describe('roles a person may grant', () => {
  it('never invites an OWNER, and only an OWNER invites an ADMIN', () => {
    expect(invitableRoles('OWNER')).toEqual(['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);
    expect(invitableRoles('ADMIN')).toEqual(['COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);
  });

  it('lets an ADMIN change neither owners nor admins', () => {
    expect(assignableRoles('ADMIN', 'OWNER')).toEqual([]);
    expect(assignableRoles('ADMIN', 'VIEWER')).toEqual(['COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);
    expect(assignableRoles('OWNER', 'ADMIN')).toContain('OWNER');
  });

  it('gives API keys at most the creator’s role', () => {
    expect(apiKeyRoles('ADMIN')).toEqual(['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);
    expect(apiKeyRoles('COMPLIANCE_MANAGER')).toEqual(['COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);
  });
});

describe('invitation request', () => {
  it('keeps expiry and window for auditors only, converting local times to instants', () => {
    const auditor = toInviteRequest({
      email: ' Eve@Audit.example ',
      role: 'AUDITOR',
      expiresAt: '2027-01-31T17:00',
      windowFrom: '2026-01-01T00:00',
      windowTo: '2026-07-01T00:00',
    });
    expect(auditor).toEqual({
      email: 'Eve@Audit.example',
      role: 'AUDITOR',
      expiresAt: new Date('2027-01-31T17:00').toISOString(),
      auditWindow: {
        from: new Date('2026-01-01T00:00').toISOString(),
        to: new Date('2026-07-01T00:00').toISOString(),
      },
    });
    const viewer = toInviteRequest({
      ...{ email: 'v@x.example', role: 'VIEWER' },
      expiresAt: '2027-01-31T17:00',
      windowFrom: '',
      windowTo: '',
    });
    expect(viewer).toEqual({ email: 'v@x.example', role: 'VIEWER' });
  });

  it('sends a half-filled window so the API names what is missing', () => {
    const body = toInviteRequest({
      email: 'a@b.example',
      role: 'AUDITOR',
      expiresAt: '',
      windowFrom: '2026-01-01T00:00',
      windowTo: '',
    });
    expect(body.auditWindow).toEqual({ from: new Date('2026-01-01T00:00').toISOString(), to: '' });
  });

  it('round-trips local input values', () => {
    expect(localInputToIso(isoToLocalInput('2026-11-22T15:04:00.000Z'))).toBe('2026-11-22T15:04:00.000Z');
    expect(localInputToIso('')).toBeUndefined();
  });
});
