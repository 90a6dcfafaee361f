import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrg, startTestApi, TEST_PASSWORD, type TestApi } from '../factories';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const login = (email: string, password: string, remoteAddress: string) =>
  call(api.app, 'POST', '/api/v1/auth/login', { body: { email, password }, remoteAddress });

describe('login throttling', () => {
  it('answers 429 with a doubling Retry-After after 5 failures, and lets the owner in after the wait', async () => {
    const org = await newOrg(api.app);
    const ip = '10.0.0.1';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(org.owner.email, 'wrong password!!', ip)).status).toBe(401);
    }
    const refused = await login(org.owner.email, TEST_PASSWORD, ip);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');

    api.clock.advance(1_000);
    expect((await login(org.owner.email, 'wrong password!!', ip)).status).toBe(401);
    const doubled = await login(org.owner.email, TEST_PASSWORD, ip);
    expect(doubled.status).toBe(429);
    expect(doubled.headers['retry-after']).toBe('2');

    api.clock.advance(2_000);
    expect((await login(org.owner.email, TEST_PASSWORD, ip)).status).toBe(200);
    // Success cleared the account counter: one more failure is just a 401.
    expect((await login(org.owner.email, 'wrong password!!', ip)).status).toBe(401);
    expect((await login(org.owner.email, TEST_PASSWORD, ip)).status).toBe(200);
  });

  it('throttles an IP after 20 failures across accounts, without locking accounts out from elsewhere', async () => {
    const org = await newOrg(api.app);
    const ip = '10.0.0.2';
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const res = await login(`stranger-${attempt}@example.test`, 'wrong password!!', ip);
      expect(res.status).toBe(401);
    }
    const fromThatIp = await login(org.owner.email, TEST_PASSWORD, ip);
    expect(fromThatIp.status).toBe(429);
    expect(Number(fromThatIp.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await login(org.owner.email, TEST_PASSWORD, '10.0.0.3')).status).toBe(200);
  });
});
