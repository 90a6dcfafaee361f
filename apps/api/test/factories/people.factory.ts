import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RoleName, SignupResponse, TokenPair } from '@kushim/contracts';
import { call } from './http';

export const TEST_PASSWORD = 'correct horse battery staple';

const unique = (): string => randomBytes(5).toString('hex');

export function newEmail(label = 'person'): string {
  return `${label}-${unique()}@example.test`;
}

export interface SignedInUser {
  userId: string;
  email: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

export interface TestOrg {
  orgId: string;
  name: string;
  owner: SignedInUser;
}

/** Signs up a new organization through the API; its creator is the OWNER. */
export async function newOrg(app: NestFastifyApplication, name = `Org ${unique()}`): Promise<TestOrg> {
  const email = newEmail('owner');
  const res = await call<SignupResponse>(app, 'POST', '/api/v1/auth/signup', {
    body: { organizationName: name, name: 'Olive Owner', email, password: TEST_PASSWORD },
  });
  if (res.status !== 201) {
    throw new Error(`signup failed: ${res.status} ${res.text}`);
  }
  return {
    orgId: res.body.organization.id,
    name,
    owner: {
      userId: res.body.user.id,
      email,
      name: 'Olive Owner',
      accessToken: res.body.accessToken,
      refreshToken: res.body.refreshToken,
    },
  };
}

export async function signIn(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<TokenPair> {
  const res = await call<TokenPair>(app, 'POST', '/api/v1/auth/login', { body: { email, password } });
  if (res.status !== 200) {
    throw new Error(`login failed: ${res.status} ${res.text}`);
  }
  return res.body;
}

/** Invites a new person into `org` with `role` (by the OWNER) and accepts; returns the signed-in member. */
export async function newUser(
  app: NestFastifyApplication,
  org: TestOrg,
  role: Exclude<RoleName, 'OWNER'>,
  options: { expiresAt?: string; label?: string; auditWindow?: { from: string; to: string } } = {},
): Promise<SignedInUser> {
  const email = newEmail(options.label ?? role.toLowerCase());
  const invite = await call<{ inviteToken: string }>(app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
    token: org.owner.accessToken,
    body: {
      email,
      role,
      ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
      ...(options.auditWindow ? { auditWindow: options.auditWindow } : {}),
    },
  });
  if (invite.status !== 201) {
    throw new Error(`invite failed: ${invite.status} ${invite.text}`);
  }
  const name = `${role} ${unique()}`;
  const accepted = await call<TokenPair>(app, 'POST', '/api/v1/auth/accept-invite', {
    body: { inviteToken: invite.body.inviteToken, name, password: TEST_PASSWORD },
  });
  if (accepted.status !== 200) {
    throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  }
  const me = await call<{ user: { id: string } }>(app, 'GET', '/api/v1/me', {
    token: accepted.body.accessToken,
  });
  return { userId: me.body.user.id, email, name, ...accepted.body };
}

/** A member with each of the five roles in one organization. */
export async function orgWithEveryRole(
  app: NestFastifyApplication,
): Promise<{ org: TestOrg; members: Record<RoleName, SignedInUser> }> {
  const org = await newOrg(app);
  const members = {
    OWNER: org.owner,
    ADMIN: await newUser(app, org, 'ADMIN'),
    COMPLIANCE_MANAGER: await newUser(app, org, 'COMPLIANCE_MANAGER'),
    AUDITOR: await newUser(app, org, 'AUDITOR'),
    VIEWER: await newUser(app, org, 'VIEWER'),
  };
  return { org, members };
}
