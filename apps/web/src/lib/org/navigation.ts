import type { Permissions } from './permissions';

export type NavItem = {
  /** Path segment under /orgs/{orgId}; '' is the overview. */
  segment: string;
  label: string;
  icon: 'overview' | 'controls' | 'evidence' | 'integrations' | 'audit-log' | 'exports' | 'team' | 'settings';
};

/** The sidebar for a role: pages whose data the role cannot read are not offered. */
export function navItemsFor(can: Permissions): NavItem[] {
  const items: Array<NavItem | false> = [
    { segment: '', label: 'Overview', icon: 'overview' },
    { segment: 'controls', label: 'Controls', icon: 'controls' },
    can.readEvidence && { segment: 'evidence', label: 'Evidence', icon: 'evidence' },
    { segment: 'integrations', label: 'Integrations', icon: 'integrations' },
    { segment: 'audit-log', label: 'Audit log', icon: 'audit-log' },
    can.exports && { segment: 'exports', label: 'Exports', icon: 'exports' },
    { segment: 'team', label: 'Team', icon: 'team' },
    { segment: 'settings', label: 'Settings', icon: 'settings' },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

/** Whether `pathname` is inside the nav item's section (the overview matches only itself). */
export function isActiveSection(pathname: string, orgId: string, segment: string): boolean {
  const base = `/orgs/${orgId}`;
  if (segment === '') {
    return pathname === base || pathname === `${base}/`;
  }
  return pathname === `${base}/${segment}` || pathname.startsWith(`${base}/${segment}/`);
}
