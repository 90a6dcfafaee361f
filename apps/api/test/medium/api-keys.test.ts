import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyList, CreateApiKeyResponse } from '@kushim/contracts';
import { call, newEmail, newOrg, newUser, startTestApi, type TestApi } from '../factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('API keys', () => {
  it('shows the key once, lists only its prefix, and acts with its role in its organization only', async () => {
    const org = await newOrg(api.app);
    const other = await newOrg(api.app);
    const created = await call<CreateApiKeyResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/api-keys`, {
      token: org.owner.accessToken,
      body: { name: 'ci reader', role: 'VIEWER' },
    });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^ksm_[A-Za-z0-9_-]{43}$/);
    expect(created.body.key.startsWith(created.body.apiKey.prefix)).toBe(true);

    const list = await call<ApiKeyList>(api.app, 'GET', `/api/v1/orgs/${org.orgId}/api-keys`, {
      token: org.owner.accessToken,
    });
    expect(list.body.items).toHaveLength(1);
    expect(list.text).not.toContain(created.body.key);

    const key = created.body.key;
    expect((await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/members`, { token: key })).status).toBe(
      200,
    );
    const write = await call(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: key,
      body: { email: newEmail(), role: 'VIEWER' },
    });
    expect(write.status).toBe(403);
    expect((await call(api.app, 'GET', `/api/v1/orgs/${other.orgId}/members`, { token: key })).status).toBe(
      404,
    );

    const revoked = await call(
      api.app,
      'DELETE',
      `/api/v1/orgs/${org.orgId}/api-keys/${created.body.apiKey.id}`,
      {
        token: org.owner.accessToken,
      },
    );
    expect(revoked.status).toBe(204);
    expect((await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/members`, { token: key })).status).toBe(
      401,
    );
  });

  it('lets an ADMIN key manage members but refuses keys stronger than their creator or OWNER keys', async () => {
    const org = await newOrg(api.app);
    const admin = await newUser(api.app, org, 'ADMIN');
    const url = `/api/v1/orgs/${org.orgId}/api-keys`;
    expect(
      (await call(api.app, 'POST', url, { token: admin.accessToken, body: { name: 'o', role: 'OWNER' } }))
        .status,
    ).toBe(400);
    const adminKey = await call<CreateApiKeyResponse>(api.app, 'POST', url, {
      token: admin.accessToken,
      body: { name: 'automation', role: 'ADMIN' },
    });
    expect(adminKey.status).toBe(201);
    const invite = await call(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: adminKey.body.key,
      body: { email: newEmail(), role: 'AUDITOR' },
    });
    expect(invite.status).toBe(201);
    expect((await call(api.app, 'GET', '/api/v1/me', { token: adminKey.body.key })).status).toBe(403);
    expect((await call(api.app, 'GET', url, { token: 'ksm_not-a-real-key' })).status).toBe(401);
  });
});
