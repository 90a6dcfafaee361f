import type { RoleName } from '@kushim/contracts';

export type MembershipChangeVerdict =
  { allowed: true } | { allowed: false; reason: 'forbidden' | 'last-owner'; message: string };

const PRIVILEGED: readonly RoleName[] = ['OWNER', 'ADMIN'];

/**
 * Who may change or remove whom. ADMINs manage the roles below them; only an OWNER grants, changes or removes
 * OWNER and ADMIN; an organization always keeps one OWNER. `newRole` undefined means removal (when `removing`) or
 * no role change.
 */
export function judgeMembershipChange(change: {
  actorRole: RoleName;
  targetRole: RoleName;
  newRole?: RoleName;
  removing?: boolean;
  ownerCount: number;
}): MembershipChangeVerdict {
  const touchesPrivileged =
    PRIVILEGED.includes(change.targetRole) ||
    (change.newRole !== undefined && PRIVILEGED.includes(change.newRole));
  if (touchesPrivileged && change.actorRole !== 'OWNER') {
    return {
      allowed: false,
      reason: 'forbidden',
      message: 'Only an OWNER can grant, change or remove OWNER and ADMIN',
    };
  }
  const ownerLeaves =
    change.targetRole === 'OWNER' &&
    (change.removing === true || (change.newRole !== undefined && change.newRole !== 'OWNER'));
  if (ownerLeaves && change.ownerCount <= 1) {
    return { allowed: false, reason: 'last-owner', message: 'The organization must keep at least one OWNER' };
  }
  return { allowed: true };
}

/** Only an OWNER may invite an ADMIN; OWNER is never invited (the schema refuses it). */
export function mayInvite(actorRole: RoleName, invitedRole: RoleName): boolean {
  return PRIVILEGED.includes(invitedRole) ? actorRole === 'OWNER' : true;
}
