import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '@kushim/contracts';
import { call, newOrg, startTestApi, TEST_PASSWORD, type TestApi } from '../factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('operations endpoints', () => {
  it('answers /health without authentication, outside /api/v1', async () => {
    const res = await call(api.app, 'GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers /ready when PostgreSQL and Redis are reachable', async () => {
    const res = await call(api.app, 'GET', '/ready');
    expect(res.status, res.text).toBe(200);
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await call(api.app, 'GET', '/health');
    const res = await call(api.app, 'GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const res = await call<{ paths: Record<string, unknown> }>(api.app, 'GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/orgs/{orgId}/members']),
    );
    expect(JSON.stringify(res.body)).toContain('organizationName');
  });
});

describe('errors and correlation ids', () => {
  it('echoes an acceptable x-request-id and generates one otherwise', async () => {
    const echoed = await call(api.app, 'GET', '/health', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123');
    const generated = await call(api.app, 'GET', '/health', {
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with the error body shape', async () => {
    const res = await call(api.app, 'GET', '/api/v1/nothing-here', { token: 'x' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(res.body as object).sort()).toEqual(['error', 'message', 'statusCode']);
  });
});

describe('cookie authentication', () => {
  it('accepts the kushim_access cookie, and requires an allowed Origin for writes', async () => {
    const org = await newOrg(api.app);
    const cookie = { cookie: `kushim_access=${org.owner.accessToken}` };
    const me = await call(api.app, 'GET', '/api/v1/me', { headers: cookie });
    expect(me.status, me.text).toBe(200);
    const body = { refreshToken: org.owner.refreshToken };
    const noOrigin = await call(api.app, 'POST', '/api/v1/auth/logout', { headers: cookie, body });
    expect(noOrigin.status).toBe(403);
    const foreign = await call(api.app, 'POST', '/api/v1/auth/logout', {
      headers: { ...cookie, origin: 'https://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    const allowed = await call(api.app, 'POST', '/api/v1/auth/logout', {
      headers: { ...cookie, origin: 'http://localhost:3000' },
      body,
    });
    expect(allowed.status).toBe(204);
  });
});

describe('logs', () => {
  it('never contain passwords, tokens or keys', async () => {
    const org = await newOrg(api.app);
    const refreshed = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: org.owner.refreshToken },
    });
    await call(api.app, 'POST', '/api/v1/auth/login', {
      body: { email: org.owner.email, password: 'wrong password here' },
    });
    await call(api.app, 'GET', '/api/v1/me', {
      token: refreshed.body.accessToken,
      headers: { cookie: 'kushim_access=abc.def' },
    });
    const key = await call<{ key: string }>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/api-keys`, {
      token: org.owner.accessToken,
      body: { name: 'k', role: 'VIEWER' },
    });
    await call(api.app, 'GET', `/api/v1/orgs/${org.orgId}/members`, { token: key.body.key });
    // Log a server fault holding secrets too: the redaction applies to every line.
    const logs = api.logs.text();
    expect(api.logs.lines.length).toBeGreaterThan(0);
    for (const secret of [
      TEST_PASSWORD,
      'wrong password here',
      org.owner.accessToken,
      org.owner.refreshToken,
      refreshed.body.accessToken,
      refreshed.body.refreshToken,
      key.body.key,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
