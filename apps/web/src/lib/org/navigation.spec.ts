import { describe, expect, it } from 'vitest';

import { isActiveSection, navItemsFor } from './navigation';
import { permissionsFor } from './permissions';

describe('navItemsFor', () => {
  it('hides evidence and exports from viewers', () => {
    const labels = navItemsFor(permissionsFor('VIEWER')).map((item) => item.label);
    expect(labels).not.toContain('Evidence');
    expect(labels).not.toContain('Exports');
    expect(labels).toContain('Controls');
  });

  it('offers auditors evidence and exports', () => {
    const labels = navItemsFor(permissionsFor('AUDITOR')).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Evidence', 'Exports', 'Audit log']));
  });
});

describe('isActiveSection', () => {
  const org = '0f8fad5b-d9cb-469f-a165-70867728950e';
  it('matches a section and its detail pages', () => {
    expect(isActiveSection(`/orgs/${org}/controls/CC6.1-mfa`, org, 'controls')).toBe(true);
    expect(isActiveSection(`/orgs/${org}/controls`, org, 'controls')).toBe(true);
    expect(isActiveSection(`/orgs/${org}/controlsx`, org, 'controls')).toBe(false);
  });

  it('matches the overview only on the organization root', () => {
    expect(isActiveSection(`/orgs/${org}`, org, '')).toBe(true);
    expect(isActiveSection(`/orgs/${org}/controls`, org, '')).toBe(false);
  });
});
