'use client';

import type { MeResponse, RoleName } from '@kushim/contracts';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

import { permissionsFor, type Permissions } from './permissions';

export type CurrentOrg = {
  orgId: string;
  organizationName: string;
  role: RoleName;
  auditWindow: MeResponse['memberships'][number]['auditWindow'];
  userId: string;
  can: Permissions;
};

const OrgContext = createContext<CurrentOrg | undefined>(undefined);

export function OrgProvider({
  membership,
  userId,
  children,
}: {
  membership: MeResponse['memberships'][number];
  userId: string;
  children: ReactNode;
}) {
  const value = useMemo<CurrentOrg>(
    () => ({
      orgId: membership.orgId,
      organizationName: membership.organizationName,
      role: membership.role,
      auditWindow: membership.auditWindow,
      userId,
      can: permissionsFor(membership.role),
    }),
    [membership, userId],
  );
  return <OrgContext.Provider value={value}>{children}</OrgContext.Provider>;
}

/** The organization the page belongs to, the signed-in person's role in it and what that role may do. */
export function useOrg(): CurrentOrg {
  const org = useContext(OrgContext);
  if (!org) {
    throw new Error('useOrg() outside an organization page');
  }
  return org;
}

/** Path inside the current organization, e.g. orgPath(orgId, 'controls'). */
export function orgPath(orgId: string, ...segments: string[]): string {
  return ['', 'orgs', orgId, ...segments.map((segment) => encodeURIComponent(segment))].join('/');
}
