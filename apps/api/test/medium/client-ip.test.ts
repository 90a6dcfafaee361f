import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@kushim/contracts';
import { call, newOrg, startTestApi, TEST_PASSWORD, type TestApi } from '../factories';

const BROWSER_IP = '203.0.113.7';

/** Logs the owner in from `remoteAddress` (the socket) with `headers`; returns the ip its audit event recorded. */
async function auditedLoginIp(
  api: TestApi,
  options: { remoteAddress: string; headers: Record<string, string> },
): Promise<string | null> {
  const org = await newOrg(api.app);
  const requestId = randomUUID();
  const login = await call(api.app, 'POST', '/api/v1/auth/login', {
    body: { email: org.owner.email, password: TEST_PASSWORD },
    headers: { ...options.headers, 'x-request-id': requestId },
    remoteAddress: options.remoteAddress,
  });
  expect(login.status).toBe(200);
  const events = await call<{ items: AuditEvent[] }>(
    api.app,
    'GET',
    `/api/v1/orgs/${org.orgId}/audit-events?action=auth.login.succeeded`,
    { token: org.owner.accessToken },
  );
  const event = events.body.items.find((item) => item.requestId === requestId);
  expect(event).toBeDefined();
  return event!.ip;
}

// Two configurations, so two apps: each describe starts and closes its own.
describe('client address with the default TRUST_PROXY (loopback)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('records the browser address from X-Forwarded-For when the web app proxies from loopback', async () => {
    const ip = await auditedLoginIp(api, {
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': BROWSER_IP },
    });
    expect(ip).toBe(BROWSER_IP);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const ip = await auditedLoginIp(api, {
      remoteAddress: '198.51.100.20',
      headers: { 'x-forwarded-for': BROWSER_IP },
    });
    expect(ip).toBe('198.51.100.20');
  });

  it('throttles logins per browser address, not per proxy address', async () => {
    const org = await newOrg(api.app);
    const fromBrowser = (ip: string, password: string) =>
      call(api.app, 'POST', '/api/v1/auth/login', {
        body: { email: org.owner.email, password },
        headers: { 'x-forwarded-for': ip },
        remoteAddress: '127.0.0.1',
      });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const res = await call(api.app, 'POST', '/api/v1/auth/login', {
        body: { email: `stranger-${attempt}@example.test`, password: 'wrong password!!' },
        headers: { 'x-forwarded-for': '203.0.113.66' },
        remoteAddress: '127.0.0.1',
      });
      expect(res.status).toBe(401);
    }
    expect((await fromBrowser('203.0.113.66', TEST_PASSWORD)).status).toBe(429);
    // Same proxy, another browser: not throttled.
    expect((await fromBrowser('203.0.113.67', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('client address with TRUST_PROXY=false', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { TRUST_PROXY: 'false' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('records the socket address and ignores X-Forwarded-For', async () => {
    const ip = await auditedLoginIp(api, {
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': BROWSER_IP },
    });
    expect(ip).toBe('127.0.0.1');
  });
});
