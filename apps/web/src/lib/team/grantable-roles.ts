import type { RoleName } from '@kushim/contracts';

/** Roles an invitation may carry, given the inviter's role: never OWNER; ADMIN only from an OWNER. */
export function invitableRoles(inviter: RoleName): Array<Exclude<RoleName, 'OWNER'>> {
  return inviter === 'OWNER'
    ? ['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']
    : ['COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER'];
}

/** Roles a member's role may be changed to: only an OWNER grants or changes OWNER and ADMIN. */
export function assignableRoles(actor: RoleName, current: RoleName): RoleName[] {
  if (actor === 'OWNER') {
    return ['OWNER', 'ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER'];
  }
  if (current === 'OWNER' || current === 'ADMIN') {
    return [];
  }
  return ['COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER'];
}

/** API keys act with a role at most the creator's, never OWNER. */
export function apiKeyRoles(creator: RoleName): Array<Exclude<RoleName, 'OWNER'>> {
  const all: Array<Exclude<RoleName, 'OWNER'>> = ['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER'];
  return creator === 'OWNER' ? all : all.slice(all.indexOf(creator));
}
