import type { PermissionRequirement } from '../../core/provider';

/** GitHub App permissions (fine-grained token permissions have the same names). All read-only. */
export const githubPermissions = {
  administration: 'Administration: read',
  members: 'Members: read',
  metadata: 'Metadata: read',
  pullRequests: 'Pull requests: read',
  secretScanning: 'Secret scanning alerts: read',
  dependabot: 'Dependabot alerts: read',
  contents: 'Contents: read',
} as const;

export const githubPermissionRequirements: PermissionRequirement[] = [
  {
    permission: 'Organization › Administration: read',
    reason: 'Read the 2FA requirement and the default repository permission.',
  },
  { permission: 'Organization › Members: read', reason: 'List members and the members without 2FA.' },
  {
    permission: 'Repository › Metadata: read',
    reason: 'List repositories, their visibility and default branch.',
  },
  {
    permission: 'Repository › Administration: read',
    reason: 'Read branch protection, rulesets and whether Dependabot alerts are on.',
  },
  {
    permission: 'Repository › Contents: read',
    reason: 'Read the branch rules that apply to the default branch.',
  },
  {
    permission: 'Repository › Pull requests: read',
    reason: 'List merged pull requests for change-approval evidence.',
  },
  {
    permission: 'Repository › Secret scanning alerts: read',
    reason: 'See whether secret scanning is enabled.',
  },
  {
    permission: 'Repository › Dependabot alerts: read',
    reason: 'List open Dependabot alerts and their age.',
  },
];
