import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '@kushim/contracts';
import {
  call,
  newEmail,
  orgWithEveryRole,
  startTestApi,
  type SignedInUser,
  type TestApi,
  type TestOrg,
} from '../factories';

let api: TestApi;
let org: TestOrg;
let members: Record<RoleName, SignedInUser>;

beforeAll(async () => {
  api = await startTestApi();
  ({ org, members } = await orgWithEveryRole(api.app));
});
afterAll(async () => {
  await api?.close();
});

type WriteRoute = {
  name: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: () => string;
  body?: () => unknown;
};

// Targets that do not exist make allowed calls end in 404 rather than changing the matrix's own members.
const writeRoutes: WriteRoute[] = [
  {
    name: 'invite member',
    method: 'POST',
    path: () => `/orgs/${org.orgId}/members`,
    body: () => ({ email: newEmail(), role: 'VIEWER' }),
  },
  {
    name: 'change member',
    method: 'PATCH',
    path: () => `/orgs/${org.orgId}/members/${randomUUID()}`,
    body: () => ({ role: 'VIEWER' }),
  },
  { name: 'remove member', method: 'DELETE', path: () => `/orgs/${org.orgId}/members/${randomUUID()}` },
  {
    name: 'create API key',
    method: 'POST',
    path: () => `/orgs/${org.orgId}/api-keys`,
    body: () => ({ name: 'ci', role: 'VIEWER' }),
  },
  { name: 'revoke API key', method: 'DELETE', path: () => `/orgs/${org.orgId}/api-keys/${randomUUID()}` },
];

const allowed: Record<RoleName, boolean> = {
  OWNER: true,
  ADMIN: true,
  COMPLIANCE_MANAGER: false,
  AUDITOR: false,
  VIEWER: false,
};

const cases = writeRoutes.flatMap((route) =>
  (Object.keys(allowed) as RoleName[]).map((role) => ({ route, role, expectAllowed: allowed[role] })),
);

describe('role matrix: write routes of people and API keys', () => {
  it.each(cases)('$route.name as $role → allowed: $expectAllowed', async ({ route, role, expectAllowed }) => {
    const res = await call(api.app, route.method, `/api/v1${route.path()}`, {
      token: members[role].accessToken,
      body: route.body?.(),
    });
    if (expectAllowed) {
      expect(res.status, res.text).toBeLessThan(500);
      expect(res.status, res.text).not.toBe(403);
    } else {
      expect(res.status, res.text).toBe(403);
    }
  });
});
