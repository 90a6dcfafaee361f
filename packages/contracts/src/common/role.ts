import { z } from 'zod';

/** Roles, strongest first. */
export const ROLES = ['OWNER', 'ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER'] as const;
export const RoleSchema = z.enum(ROLES);
export type RoleName = z.infer<typeof RoleSchema>;

/** Higher is stronger: OWNER 5 … VIEWER 1. */
export function roleRank(role: RoleName): number {
  return ROLES.length - ROLES.indexOf(role);
}

/** True when `role` is at least as strong as `minimum`. */
export function roleAtLeast(role: RoleName, minimum: RoleName): boolean {
  return roleRank(role) >= roleRank(minimum);
}

/** AUDITOR and VIEWER never write. */
export const READ_ONLY_ROLES: readonly RoleName[] = ['AUDITOR', 'VIEWER'];
