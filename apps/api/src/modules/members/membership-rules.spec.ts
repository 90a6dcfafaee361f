import { describe, expect, it } from 'vitest';
import { judgeMembershipChange, mayInvite } from './membership-rules';

describe('judgeMembershipChange', () => {
  it('lets an ADMIN change roles below ADMIN', () => {
    expect(
      judgeMembershipChange({ actorRole: 'ADMIN', targetRole: 'VIEWER', newRole: 'AUDITOR', ownerCount: 1 }),
    ).toEqual({
      allowed: true,
    });
  });

  it('refuses an ADMIN granting ADMIN or touching an OWNER', () => {
    expect(
      judgeMembershipChange({ actorRole: 'ADMIN', targetRole: 'VIEWER', newRole: 'ADMIN', ownerCount: 1 })
        .allowed,
    ).toBe(false);
    expect(
      judgeMembershipChange({ actorRole: 'ADMIN', targetRole: 'OWNER', removing: true, ownerCount: 2 })
        .allowed,
    ).toBe(false);
  });

  it('refuses demoting or removing the last OWNER', () => {
    expect(
      judgeMembershipChange({ actorRole: 'OWNER', targetRole: 'OWNER', newRole: 'ADMIN', ownerCount: 1 }),
    ).toMatchObject({
      reason: 'last-owner',
    });
    expect(
      judgeMembershipChange({ actorRole: 'OWNER', targetRole: 'OWNER', removing: true, ownerCount: 1 }),
    ).toMatchObject({
      reason: 'last-owner',
    });
  });

  it('lets an OWNER step down while another OWNER remains', () => {
    expect(
      judgeMembershipChange({ actorRole: 'OWNER', targetRole: 'OWNER', newRole: 'ADMIN', ownerCount: 2 })
        .allowed,
    ).toBe(true);
  });
});

describe('mayInvite', () => {
  it('reserves ADMIN invitations to OWNERs', () => {
    expect(mayInvite('OWNER', 'ADMIN')).toBe(true);
    expect(mayInvite('ADMIN', 'ADMIN')).toBe(false);
    expect(mayInvite('ADMIN', 'AUDITOR')).toBe(true);
  });
});
