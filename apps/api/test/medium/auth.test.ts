import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, SignupResponse, TokenPair } from '@kushim/contracts';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { call, newEmail, newOrg, signIn, startTestApi, TEST_PASSWORD, type TestApi } from '../factories';

let api: TestApi;
let owner: PrismaClient;

beforeAll(async () => {
  api = await startTestApi();
  owner = createPrismaClient({ url: api.env.DATABASE_URL, poolMax: 2 });
});

afterAll(async () => {
  await api?.close();
  await owner?.$disconnect();
});

const auditActions = async (orgId: string): Promise<string[]> =>
  (await owner.auditEvent.findMany({ where: { organizationId: orgId }, orderBy: { seq: 'asc' } })).map(
    (e) => e.action,
  );

describe('sign-up', () => {
  it('creates the organization with its creator as OWNER and returns a session', async () => {
    const email = newEmail('founder');
    const res = await call<SignupResponse>(api.app, 'POST', '/api/v1/auth/signup', {
      body: {
        organizationName: 'Acme',
        name: 'Ada',
        email: `  ${email.toUpperCase()} `,
        password: TEST_PASSWORD,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe(email);
    expect(res.body.organization.name).toBe('Acme');
    const me = await call<MeResponse>(api.app, 'GET', '/api/v1/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([
      {
        orgId: res.body.organization.id,
        organizationName: 'Acme',
        role: 'OWNER',
        expiresAt: null,
        auditWindow: null,
      },
    ]);
    const stored = await owner.user.findUniqueOrThrow({ where: { email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await auditActions(res.body.organization.id)).toEqual(['auth.signed-up']);
  });

  it('answers 409 for an email that already has an account', async () => {
    const org = await newOrg(api.app);
    const res = await call(api.app, 'POST', '/api/v1/auth/signup', {
      body: { organizationName: 'Other', name: 'Eve', email: org.owner.email, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(409);
  });

  it('refuses passwords shorter than 12 characters, naming the field', async () => {
    const res = await call(api.app, 'POST', '/api/v1/auth/signup', {
      body: { organizationName: 'Acme', name: 'Ada', email: newEmail(), password: 'short' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ issues: [{ path: ['password'] }] });
  });
});

describe('login', () => {
  it('returns a token pair for the right password and records the login in the organization', async () => {
    const org = await newOrg(api.app);
    const pair = await signIn(api.app, org.owner.email.toUpperCase());
    expect(pair.expiresIn).toBe(900);
    expect((await call(api.app, 'GET', '/api/v1/me', { token: pair.accessToken })).status).toBe(200);
    expect(await auditActions(org.orgId)).toContain('auth.login.succeeded');
  });

  it('answers 401 with the same message for a wrong password and an unknown email', async () => {
    const org = await newOrg(api.app);
    const wrong = await call(api.app, 'POST', '/api/v1/auth/login', {
      body: { email: org.owner.email, password: 'not the password at all' },
    });
    const unknown = await call(api.app, 'POST', '/api/v1/auth/login', {
      body: { email: newEmail('nobody'), password: 'not the password at all' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(await auditActions(org.orgId)).toContain('auth.login.failed');
  });
});

describe('refresh', () => {
  it('rotates: the new pair works and the presented token is spent', async () => {
    const org = await newOrg(api.app);
    const first = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(org.owner.refreshToken);
    expect((await call(api.app, 'GET', '/api/v1/me', { token: first.body.accessToken })).status).toBe(200);
    const second = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: first.body.refreshToken },
    });
    expect(second.status).toBe(200);
  });

  it('rejects a reused refresh token and revokes its family, newer siblings included', async () => {
    const org = await newOrg(api.app);
    const rotated = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(rotated.status).toBe(200);
    const reuse = await call(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(reuse.status).toBe(401);
    const sibling = await call(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: rotated.body.refreshToken },
    });
    expect(sibling.status).toBe(401);
    expect(await auditActions(org.orgId)).toContain('auth.refresh.reuse-detected');
  });

  it('rejects an unknown refresh token', async () => {
    const res = await call(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: 'not-a-token' },
    });
    expect(res.status).toBe(401);
  });
});

describe('logout', () => {
  it('revokes the refresh family of the session and requires authentication', async () => {
    const org = await newOrg(api.app);
    const anonymous = await call(api.app, 'POST', '/api/v1/auth/logout', {
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(anonymous.status).toBe(401);
    const res = await call(api.app, 'POST', '/api/v1/auth/logout', {
      token: org.owner.accessToken,
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(res.status).toBe(204);
    const after = await call(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: org.owner.refreshToken },
    });
    expect(after.status).toBe(401);
    expect(await auditActions(org.orgId)).toContain('auth.logged-out');
  });
});
