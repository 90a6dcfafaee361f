import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateApiKeyResponse } from '@kushim/contracts';
import {
  call,
  newEmail,
  newOrg,
  newUser,
  startTestApi,
  type SignedInUser,
  type TestApi,
  type TestOrg,
} from '../factories';

let api: TestApi;
let orgA: TestOrg;
let orgB: TestOrg;
let memberOfB: SignedInUser;
let keyOfB: CreateApiKeyResponse;

beforeAll(async () => {
  api = await startTestApi();
  orgA = await newOrg(api.app, 'Alpha Tenant');
  orgB = await newOrg(api.app, 'Bravo Secret Tenant');
  memberOfB = await newUser(api.app, orgB, 'VIEWER');
  keyOfB = (
    await call<CreateApiKeyResponse>(api.app, 'POST', `/api/v1/orgs/${orgB.orgId}/api-keys`, {
      token: orgB.owner.accessToken,
      body: { name: 'bravo-key', role: 'VIEWER' },
    })
  ).body;
});
afterAll(async () => {
  await api?.close();
});

type Probe = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: () => string; body?: () => unknown };

const probesOfB: Probe[] = [
  { method: 'GET', path: () => `/orgs/${orgB.orgId}/members` },
  {
    method: 'POST',
    path: () => `/orgs/${orgB.orgId}/members`,
    body: () => ({ email: newEmail(), role: 'VIEWER' }),
  },
  {
    method: 'PATCH',
    path: () => `/orgs/${orgB.orgId}/members/${memberOfB.userId}`,
    body: () => ({ role: 'AUDITOR' }),
  },
  { method: 'DELETE', path: () => `/orgs/${orgB.orgId}/members/${memberOfB.userId}` },
  { method: 'GET', path: () => `/orgs/${orgB.orgId}/api-keys` },
  { method: 'POST', path: () => `/orgs/${orgB.orgId}/api-keys`, body: () => ({ name: 'x', role: 'VIEWER' }) },
  { method: 'DELETE', path: () => `/orgs/${orgB.orgId}/api-keys/${keyOfB.apiKey.id}` },
  { method: 'GET', path: () => `/orgs/${orgB.orgId}/audit-events` },
  { method: 'GET', path: () => `/orgs/${orgB.orgId}/controls` },
  // B's ids under A's path.
  {
    method: 'PATCH',
    path: () => `/orgs/${orgA.orgId}/members/${memberOfB.userId}`,
    body: () => ({ role: 'AUDITOR' }),
  },
  { method: 'DELETE', path: () => `/orgs/${orgA.orgId}/members/${orgB.owner.userId}` },
  { method: 'DELETE', path: () => `/orgs/${orgA.orgId}/api-keys/${keyOfB.apiKey.id}` },
];

describe('cross-tenant isolation', () => {
  it.each(
    probesOfB.map((probe) => ({ ...probe, label: `${probe.method} ${probe.path.toString().slice(6, 60)}` })),
  )('does not reveal another organization to its OWNER: $label', async (probe) => {
    const path = probe.path();
    const res = await call(api.app, probe.method, `/api/v1${path}`, {
      token: orgA.owner.accessToken,
      body: probe.body?.(),
    });
    expect(res.status, res.text).toBe(404);
    for (const secret of [
      orgB.name,
      memberOfB.userId,
      memberOfB.email,
      orgB.owner.userId,
      keyOfB.apiKey.id,
    ]) {
      expect(res.text).not.toContain(secret);
    }
  });

  it('does not let an API key of one organization into another', async () => {
    const res = await call(api.app, 'GET', `/api/v1/orgs/${orgA.orgId}/members`, { token: keyOfB.key });
    expect(res.status).toBe(404);
  });

  it("leaves another organization's members and keys untouched", async () => {
    const members = await call(api.app, 'GET', `/api/v1/orgs/${orgB.orgId}/members`, {
      token: orgB.owner.accessToken,
    });
    expect(members.text).toContain(memberOfB.userId);
    const keys = await call(api.app, 'GET', `/api/v1/orgs/${orgB.orgId}/api-keys`, {
      token: orgB.owner.accessToken,
    });
    expect(keys.body).toMatchObject({ items: [{ id: keyOfB.apiKey.id, revokedAt: null }] });
  });
});
