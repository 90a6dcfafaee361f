import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrg, startTestApi, type TestApi, type TestOrg } from '../factories';

let api: TestApi;
let org: TestOrg;

beforeAll(async () => {
  api = await startTestApi();
  org = await newOrg(api.app);
});
afterAll(async () => {
  await api?.close();
});

type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: () => string;
  auth: boolean;
  validBody?: () => Record<string, unknown>;
};

const routes: Route[] = [
  {
    method: 'POST',
    path: () => '/auth/signup',
    auth: false,
    validBody: () => ({
      organizationName: 'A',
      name: 'B',
      email: 'c@example.test',
      password: 'long enough password',
    }),
  },
  {
    method: 'POST',
    path: () => '/auth/login',
    auth: false,
    validBody: () => ({ email: 'c@example.test', password: 'x' }),
  },
  { method: 'POST', path: () => '/auth/refresh', auth: false, validBody: () => ({ refreshToken: 'x' }) },
  { method: 'POST', path: () => '/auth/logout', auth: true, validBody: () => ({ refreshToken: 'x' }) },
  {
    method: 'POST',
    path: () => '/auth/accept-invite',
    auth: false,
    validBody: () => ({ inviteToken: 'x', name: 'n', password: 'p' }),
  },
  {
    method: 'POST',
    path: () => `/orgs/${org.orgId}/members`,
    auth: true,
    validBody: () => ({ email: 'v@example.test', role: 'VIEWER' }),
  },
  {
    method: 'PATCH',
    path: () => `/orgs/${org.orgId}/members/${randomUUID()}`,
    auth: true,
    validBody: () => ({ role: 'VIEWER' }),
  },
  {
    method: 'POST',
    path: () => `/orgs/${org.orgId}/api-keys`,
    auth: true,
    validBody: () => ({ name: 'k', role: 'VIEWER' }),
  },
];
const bodyRoutes = routes.filter((r) => r.validBody);

const send = (route: Route, options: { body?: unknown; rawBody?: string; token?: string | null }) =>
  call(api.app, route.method, `/api/v1${route.path()}`, {
    token: options.token === null ? undefined : (options.token ?? org.owner.accessToken),
    body: options.body,
    rawBody: options.rawBody,
  });

const expectClientError = (res: { status: number; body: unknown; text: string }) => {
  expect(res.status, res.text).toBeGreaterThanOrEqual(400);
  expect(res.status, res.text).toBeLessThan(500);
  expect(res.body).toMatchObject({
    statusCode: res.status,
    error: expect.any(String),
    message: expect.any(String),
  });
};

const label = (r: Route) => `${r.method} ${r.path.toString().replace(/^\(\) => /, '')}`;

describe('bad input never causes a 5xx', () => {
  it.each(bodyRoutes.map((r) => ({ r, name: label(r) })))('malformed JSON → 400: $name', async ({ r }) => {
    const res = await send(r, { rawBody: '{"email": "x",' });
    expect(res.status).toBe(400);
    expectClientError(res);
  });

  it.each(bodyRoutes.map((r) => ({ r, name: label(r) })))(
    'unknown field → 400 naming it: $name',
    async ({ r }) => {
      const res = await send(r, { body: { ...r.validBody?.(), isAdmin: true } });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        issues: expect.arrayContaining([{ path: ['isAdmin'], message: expect.any(String) }]),
      });
    },
  );

  it.each(bodyRoutes.map((r) => ({ r, name: label(r) })))(
    'wrong types → 400 with field paths: $name',
    async ({ r }) => {
      const body = Object.fromEntries(Object.keys(r.validBody?.() ?? {}).map((key) => [key, 12345]));
      const res = await send(r, { body });
      expect(res.status).toBe(400);
      expect((res.body as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    },
  );

  it.each(bodyRoutes.map((r) => ({ r, name: label(r) })))('1 MB strings → 4xx: $name', async ({ r }) => {
    const huge = 'a'.repeat(1_000_000);
    const body = Object.fromEntries(Object.keys(r.validBody?.() ?? {}).map((key) => [key, huge]));
    expectClientError(await send(r, { body }));
  });

  it('a body over the 1 MiB limit → 413', async () => {
    const res = await send(routes[1] as Route, {
      body: { email: 'a@example.test', password: 'x'.repeat(1_100_000) },
    });
    expect(res.status).toBe(413);
    expectClientError(res);
  });

  it.each(routes.filter((r) => r.auth).map((r) => ({ r, name: label(r) })))(
    'missing auth → 401: $name',
    async ({ r }) => {
      const res = await send(r, { body: r.validBody?.(), token: null });
      expect(res.status).toBe(401);
      expectClientError(res);
    },
  );

  it.each([
    ['GET', '/orgs/not-a-uuid/members'],
    ['GET', '/orgs/12345/api-keys'],
    ['PATCH', '/orgs/:org/members/not-a-uuid'],
    ['DELETE', '/orgs/:org/members/not-a-uuid'],
    ['DELETE', '/orgs/:org/api-keys/%27%3B%20drop'],
  ] as const)('invalid UUIDs → 4xx: %s %s', async (method, path) => {
    const res = await call(api.app, method, `/api/v1${path.replace(':org', org.orgId)}`, {
      token: org.owner.accessToken,
      body: method === 'PATCH' ? { role: 'VIEWER' } : undefined,
    });
    expectClientError(res);
  });

  it('arbitrary JSON bodies on every body route → 4xx (bounded property run)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodyRoutes), fc.jsonValue({ maxDepth: 3 }), async (route, body) => {
        const res = await send(route, { rawBody: JSON.stringify(body) });
        // A random value can happen to be valid for login/refresh (401) but must never be a server error.
        return res.status >= 400 && res.status < 500;
      }),
      { numRuns: 60 },
    );
  });
});
