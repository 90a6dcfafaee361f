import { describe, expect, it } from 'vitest';

import type { ApiFailure } from '@/lib/api/api-error';

import { toAcceptInviteFailure } from './accept-invite-failure';

function failure(status: number, body: ApiFailure['body'] = {}): ApiFailure {
  return { ok: false, status, body, retryAfterSeconds: undefined };
}

describe('toAcceptInviteFailure', () => {
  it('tells a used, an expired and a revoked invitation apart from the API’s 410 message', () => {
    expect(
      toAcceptInviteFailure(failure(410, { message: 'inviteToken: this invitation has already been used' })),
    ).toEqual({ ok: false, fieldErrors: {}, invitation: 'used' });
    expect(
      toAcceptInviteFailure(failure(410, { message: 'inviteToken: this invitation has expired' })).invitation,
    ).toBe('expired');
    expect(
      toAcceptInviteFailure(failure(410, { message: 'inviteToken: this invitation was revoked' })).invitation,
    ).toBe('revoked');
    expect(toAcceptInviteFailure(failure(410)).invitation).toBe('used');
  });

  it('treats a token the API does not know, or rejects as malformed, as an invalid link', () => {
    expect(
      toAcceptInviteFailure(failure(400, { message: 'inviteToken: not a valid invitation' })).invitation,
    ).toBe('invalid');
    expect(
      toAcceptInviteFailure(
        failure(400, { issues: [{ path: ['inviteToken'], message: 'is not an invitation token' }] }),
      ).invitation,
    ).toBe('invalid');
  });

  it('puts the wrong password of an existing account next to the password field', () => {
    expect(
      toAcceptInviteFailure(
        failure(401, { message: 'password: does not match the existing account for this email' }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { password: 'does not match the existing account for this email' },
    });
  });

  it('puts the password policy for a new account and schema issues next to their fields', () => {
    expect(
      toAcceptInviteFailure(failure(400, { message: 'password: must be at least 12 characters' }))
        .fieldErrors,
    ).toEqual({ password: 'must be at least 12 characters' });
    expect(
      toAcceptInviteFailure(
        failure(400, { message: 'name: is required', issues: [{ path: ['name'], message: 'is required' }] }),
      ).fieldErrors,
    ).toEqual({ name: 'is required' });
  });

  it('shows a conflict, throttling or a server fault above the form and keeps the form usable', () => {
    const conflict = toAcceptInviteFailure(
      failure(409, { message: 'You are already a member of this organization' }),
    );
    expect(conflict).toEqual({
      ok: false,
      formError: 'You are already a member of this organization',
      fieldErrors: {},
    });
    expect(toAcceptInviteFailure(failure(429)).formError).toMatch(/^Too many attempts/);
    expect(toAcceptInviteFailure(failure(500, { message: 'password: boom' })).formError).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });
});
