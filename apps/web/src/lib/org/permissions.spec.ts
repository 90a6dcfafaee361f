import { ROLES } from '@kushim/contracts';
import { describe, expect, it } from 'vitest';

import { permissionsFor } from './permissions';

describe('permissionsFor', () => {
  it('lets only compliance managers and stronger roles write', () => {
    const writers = ROLES.filter((role) => permissionsFor(role).write);
    expect(writers).toEqual(['OWNER', 'ADMIN', 'COMPLIANCE_MANAGER']);
  });

  it('gives AUDITOR and VIEWER no write, and only AUDITOR comments and exports among them', () => {
    expect(permissionsFor('AUDITOR')).toEqual({
      write: false,
      manageTeam: false,
      readEvidence: true,
      exports: true,
      comment: true,
      auditorView: true,
    });
    expect(permissionsFor('VIEWER')).toEqual({
      write: false,
      manageTeam: false,
      readEvidence: false,
      exports: false,
      comment: false,
      auditorView: false,
    });
  });

  it('keeps team management to ADMIN and OWNER', () => {
    expect(ROLES.filter((role) => permissionsFor(role).manageTeam)).toEqual(['OWNER', 'ADMIN']);
  });
});
