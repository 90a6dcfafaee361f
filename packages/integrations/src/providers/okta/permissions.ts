import type { PermissionRequirement } from '../../core/provider';

/**
 * OAuth 2.0 scopes for an Okta API service app (the API-token equivalent is the Read-Only Administrator role, which
 * covers all of them). Each collector declares the subset it uses.
 */
export const oktaPermissions: PermissionRequirement[] = [
  {
    permission: 'okta.users.read',
    reason: 'List users, their status and last sign-in (MFA enrollment, inactive users, offboarding).',
  },
  { permission: 'okta.factors.read', reason: "List each active user's enrolled MFA factors." },
  {
    permission: 'okta.policies.read',
    reason: 'Read MFA enrollment, password and global session policies and their rules.',
  },
  { permission: 'okta.roles.read', reason: 'Find who holds the Super Administrator role.' },
  { permission: 'okta.logStreams.read', reason: 'Confirm the System Log is streamed to a log platform.' },
];

/** The scope an Okta management API path needs, used to name a missing permission from a 403. */
export function oktaScopeForPath(path: string): string {
  if (/\/factors/.test(path)) {
    return 'okta.factors.read';
  }
  if (/\/roles|\/iam\//.test(path)) {
    return 'okta.roles.read';
  }
  if (/\/policies/.test(path)) {
    return 'okta.policies.read';
  }
  if (/\/logStreams/.test(path)) {
    return 'okta.logStreams.read';
  }
  return 'okta.users.read';
}
