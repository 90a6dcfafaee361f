import { roleAtLeast, type RoleName } from '@kushim/contracts';

/** What a role may do in the dashboard. The API enforces the same rules; the UI hides what would be refused. */
export type Permissions = {
  /** Create, change or delete anything: integrations, runs, exceptions, uploads, settings. */
  write: boolean;
  /** Members, invitations and API keys. */
  manageTeam: boolean;
  /** Evidence contents and uploaded files (VIEWER sees metadata only). */
  readEvidence: boolean;
  /** Request and download auditor export packages. */
  exports: boolean;
  /** Comment on a control or request evidence (auditors and compliance managers). */
  comment: boolean;
  /** The read-only auditor view, scoped to the audit window when there is one. */
  auditorView: boolean;
};

export function permissionsFor(role: RoleName): Permissions {
  const manager = roleAtLeast(role, 'COMPLIANCE_MANAGER');
  return {
    write: manager,
    manageTeam: roleAtLeast(role, 'ADMIN'),
    readEvidence: role !== 'VIEWER',
    exports: manager || role === 'AUDITOR',
    comment: manager || role === 'AUDITOR',
    auditorView: role === 'AUDITOR',
  };
}
