import { describe, expect, it } from 'vitest';

import { localInputToIso } from './local-datetime';
import { toMemberAccessRequest } from './member-access-request';

const empty = { expiresAt: '', windowFrom: '', windowTo: '' };

describe('member access request', () => {
  it('sends nothing for an unchanged non-auditor role', () => {
    expect(toMemberAccessRequest('VIEWER', { role: 'VIEWER', ...empty })).toEqual({});
  });

  it('sends the new role, without auditor fields, when a member stops being an auditor', () => {
    expect(
      toMemberAccessRequest('AUDITOR', {
        role: 'VIEWER',
        expiresAt: '2026-12-31T17:00',
        windowFrom: '2026-01-01T00:00',
        windowTo: '2026-06-30T23:59',
      }),
    ).toEqual({ role: 'VIEWER' });
  });

  it('converts an auditor’s expiry and window from local time to instants', () => {
    const values = {
      role: 'AUDITOR',
      expiresAt: '2026-12-31T17:00',
      windowFrom: '2026-01-01T00:00',
      windowTo: '2026-06-30T23:59',
    };
    expect(toMemberAccessRequest('VIEWER', values)).toEqual({
      role: 'AUDITOR',
      expiresAt: localInputToIso(values.expiresAt),
      auditWindow: { from: localInputToIso(values.windowFrom), to: localInputToIso(values.windowTo) },
    });
  });

  it('clears expiry and window with null when an auditor’s fields are emptied', () => {
    expect(toMemberAccessRequest('AUDITOR', { role: 'AUDITOR', ...empty })).toEqual({
      expiresAt: null,
      auditWindow: null,
    });
  });

  it('sends a half-filled window so the API names the missing end', () => {
    const body = toMemberAccessRequest('AUDITOR', {
      ...empty,
      role: 'AUDITOR',
      windowFrom: '2026-01-01T00:00',
    });
    expect(body.auditWindow).toEqual({ from: localInputToIso('2026-01-01T00:00'), to: '' });
  });
});
