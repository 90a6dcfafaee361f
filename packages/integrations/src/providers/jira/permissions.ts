import type { PermissionRequirement } from '../../core/provider';

/** Jira project permissions (API token of a read-only user) and the matching OAuth 2.0 (3LO) scopes. */
export const jiraPermissionRequirements: PermissionRequirement[] = [
  {
    permission: 'Browse projects (read:jira-work)',
    reason: 'Read the incident, vulnerability and change projects, their issues and changelogs.',
  },
  {
    permission: 'Browse users and groups (read:jira-user)',
    reason: 'Resolve who approved a change ticket (account id, email when visible).',
  },
];

export const jiraPermissions = {
  browseProjects: 'Browse projects (read:jira-work)',
  browseUsers: 'Browse users and groups (read:jira-user)',
} as const;
