import { createSandbox, sandboxConnections, type Sandbox } from '@kushim/sandbox';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrg, newUser, startTestApi, type TestApi, type TestOrg } from '../factories';

interface IntegrationBody {
  id: string;
  provider: string;
  status: string;
  settings: Record<string, unknown>;
}

let api: TestApi;
let sandbox: Sandbox;
let owner: PrismaClient;
let org: TestOrg;

const connection = (provider: string, scenario = 'acme') => {
  const found = sandboxConnections(sandbox.url, scenario).find((c) => c.provider === provider);
  if (!found) {
    throw new Error(`no sandbox connection for ${provider}`);
  }
  return found;
};

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  api = await startTestApi();
  owner = createPrismaClient({ url: testEnv().databaseUrl, poolMax: 2 });
  org = await newOrg(api.app);
}, 60_000);

afterAll(async () => {
  await api?.close();
  await sandbox?.close();
  await owner?.$disconnect();
});

describe('GET /integrations/providers', () => {
  it('lists the five providers with JSON Schema for credentials and the permissions they need', async () => {
    const res = await call<{
      items: Array<{
        id: string;
        credentialSchema: { type: string; required: string[] };
        permissions: unknown[];
      }>;
    }>(api.app, 'GET', '/api/v1/integrations/providers', { token: org.owner.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p) => p.id).sort()).toEqual(['aws', 'github', 'jira', 'okta', 'slack']);
    const github = res.body.items.find((p) => p.id === 'github');
    expect(github?.credentialSchema).toMatchObject({ type: 'object', required: ['token'] });
    expect(github?.permissions.length).toBeGreaterThan(0);
  });
});

describe('connecting integrations', () => {
  it('connects every provider to the sandbox after a live test, and never returns the credentials', async () => {
    for (const provider of ['aws', 'github', 'okta', 'jira', 'slack']) {
      const res = await call<IntegrationBody>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/integrations`, {
        token: org.owner.accessToken,
        body: connection(provider),
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({ provider, status: 'CONNECTED' });
      expect(res.text).not.toContain('sbx_acme');
      expect(res.text).not.toContain('sandbox-secret');
    }
    const list = await call<{ items: IntegrationBody[] }>(
      api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/integrations`,
      {
        token: org.owner.accessToken,
      },
    );
    expect(list.body.items).toHaveLength(5);
    expect(list.text).not.toContain('sbx_acme');
  });

  it('stores the credentials encrypted and bound to the row, and logs them nowhere', async () => {
    const rows = await owner.integration.findMany({ where: { organizationId: org.orgId } });
    expect(rows.length).toBe(5);
    for (const row of rows) {
      expect(row.secretCiphertext).toMatch(/^v1\.dev\./);
      expect(row.secretCiphertext).not.toContain('sbx_');
    }
    expect(api.logs.text()).not.toContain('sbx_acme');
    expect(api.logs.text()).not.toContain('sandbox-secret');
  });

  it('refuses credentials the provider rejects with 400 naming credentials, and saves nothing', async () => {
    const before = await owner.integration.count({ where: { organizationId: org.orgId } });
    const res = await call<{ issues: Array<{ path: string[]; message: string }> }>(
      api.app,
      'POST',
      `/api/v1/orgs/${org.orgId}/integrations`,
      { token: org.owner.accessToken, body: connection('github', 'broken-credentials') },
    );
    expect(res.status).toBe(400);
    expect(res.body.issues[0]?.path).toEqual(['credentials']);
    expect(await owner.integration.count({ where: { organizationId: org.orgId } })).toBe(before);
  });

  it('names the missing credential field and the bad setting', async () => {
    const missing = await call<{ issues: Array<{ path: string[] }> }>(
      api.app,
      'POST',
      `/api/v1/orgs/${org.orgId}/integrations`,
      {
        token: org.owner.accessToken,
        body: { provider: 'github', name: 'x', credentials: {}, settings: { org: 'acme-corp' } },
      },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.issues[0]?.path).toEqual(['credentials', 'token']);
    const unknownProvider = await call(api.app, 'POST', `/api/v1/orgs/${org.orgId}/integrations`, {
      token: org.owner.accessToken,
      body: { provider: 'gitlab', name: 'x', credentials: {} },
    });
    expect(unknownProvider.status).toBe(400);
  });

  it('tests a stored connection live, renames it, disables it, and records each in the audit log', async () => {
    const [first] =
      (await owner.integration.findMany({ where: { organizationId: org.orgId, provider: 'okta' } })) ?? [];
    const base = `/api/v1/orgs/${org.orgId}/integrations/${first!.id}`;
    const test = await call(api.app, 'POST', `${base}/test`, { token: org.owner.accessToken });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({ ok: true, missingPermissions: [] });
    const renamed = await call<IntegrationBody>(api.app, 'PATCH', base, {
      token: org.owner.accessToken,
      body: { name: 'Okta (prod)', status: 'DISABLED' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ status: 'DISABLED' });
    const actions = (
      await owner.auditEvent.findMany({ where: { organizationId: org.orgId }, orderBy: { seq: 'asc' } })
    ).map((e) => e.action);
    expect(actions.filter((a) => a === 'integration.connected')).toHaveLength(5);
    expect(actions).toContain('integration.tested');
    expect(actions).toContain('integration.updated');
    expect(
      JSON.stringify(await owner.auditEvent.findMany({ where: { organizationId: org.orgId } })),
    ).not.toContain('sbx_');
  });

  it('lets a viewer read but not connect (403), and removes an integration for a compliance manager', async () => {
    const viewer = await newUser(api.app, org, 'VIEWER');
    const manager = await newUser(api.app, org, 'COMPLIANCE_MANAGER');
    expect(
      (await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/integrations`, { token: viewer.accessToken }))
        .status,
    ).toBe(200);
    const denied = await call(api.app, 'POST', `/api/v1/orgs/${org.orgId}/integrations`, {
      token: viewer.accessToken,
      body: connection('slack'),
    });
    expect(denied.status).toBe(403);
    const created = await call<IntegrationBody>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/integrations`, {
      token: manager.accessToken,
      body: { ...connection('slack'), name: 'Second Slack' },
    });
    expect(created.status).toBe(201);
    const removed = await call(
      api.app,
      'DELETE',
      `/api/v1/orgs/${org.orgId}/integrations/${created.body.id}`,
      {
        token: manager.accessToken,
      },
    );
    expect(removed.status).toBe(204);
    const gone = await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/integrations/${created.body.id}`, {
      token: manager.accessToken,
    });
    expect(gone.status).toBe(404);
  });

  it("does not show another organization's integrations (404)", async () => {
    const other = await newOrg(api.app);
    const [mine] = await owner.integration.findMany({ where: { organizationId: org.orgId }, take: 1 });
    const res = await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/integrations/${mine!.id}`, {
      token: other.owner.accessToken,
    });
    expect(res.status).toBe(404);
    const own = await call<{ items: unknown[] }>(api.app, 'GET', `/api/v1/orgs/${other.orgId}/integrations`, {
      token: other.owner.accessToken,
    });
    expect(own.body.items).toEqual([]);
    const viaOwnOrg = await call(api.app, 'GET', `/api/v1/orgs/${other.orgId}/integrations/${mine!.id}`, {
      token: other.owner.accessToken,
    });
    expect(viaOwnOrg.status).toBe(404);
  });
});
