import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { catalog } from '@kushim/catalog';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '@/bootstrap/create-api-app';
import { loadEnv } from '@/config/load-env';

interface SignedUp {
  token: string;
  userId: string;
  orgId: string;
}

let app: NestFastifyApplication;
let owner: PrismaClient;
let stateDir: string;
let alice: SignedUp;
let bob: SignedUp;
const evaluatedAt = new Date('2026-11-21T12:00:00.000Z');

async function signUp(name: string): Promise<SignedUp> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    payload: {
      organizationName: `${name} Inc`,
      name,
      email,
      password: 'a long and unguessable passphrase 42',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{ user: { id: string }; organization: { id: string }; accessToken: string }>();
  return { token: body.accessToken, userId: body.user.id, orgId: body.organization.id };
}

function get(who: SignedUp | undefined, url: string) {
  return app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: who ? { authorization: `Bearer ${who.token}` } : {},
  });
}

interface ListBody {
  items: Array<{
    id: string;
    status: string;
    ownerUserId: string | null;
    checks: { passing: number; failing: number };
  }>;
  nextCursor: string | null;
}

beforeAll(async () => {
  const env = testEnv();
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'kushim-controls-test-'));
  app = await createApiApp({
    env: loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: env.databaseUrl,
      DATABASE_APP_URL: env.databaseAppUrl,
      REDIS_URL: env.redisUrl,
      REDIS_PREFIX: `${env.redisPrefix}-controls`,
      RATE_LIMIT_PER_MINUTE: '0',
      JWT_SECRET: 'controls-medium-test-secret-that-is-long-enough',
      KUSHIM_STATE_DIR: stateDir,
      LOG_LEVEL: 'error',
    }),
    quiet: true,
  });
  owner = createPrismaClient({ url: env.databaseUrl, poolMax: 2 });
  [alice, bob] = [await signUp('Alice'), await signUp('Bob')];
  await owner.controlStatus.createMany({
    data: [
      {
        organizationId: alice.orgId,
        controlId: 'KSM-AC-01',
        status: 'PASSING',
        ownerUserId: alice.userId,
        passingChecks: 4,
        evaluatedAt,
      },
      {
        organizationId: alice.orgId,
        controlId: 'KSM-AC-02',
        status: 'FAILING',
        failingChecks: 2,
        evaluatedAt,
      },
      {
        organizationId: bob.orgId,
        controlId: 'KSM-CHG-01',
        status: 'FAILING',
        ownerUserId: bob.userId,
        failingChecks: 5,
        evaluatedAt,
      },
    ],
  });
});

afterAll(async () => {
  await owner?.$disconnect();
  await app?.close();
  await rm(stateDir, { recursive: true, force: true });
});

describe('GET /api/v1/frameworks', () => {
  it('returns SOC 2 with its 61 criteria in report order to a signed-in user', async () => {
    const response = await get(alice, '/frameworks');
    expect(response.statusCode).toBe(200);
    const [soc2] = response.json<{ items: Array<{ id: string; criteria: Array<{ id: string }> }> }>().items;
    expect(soc2?.id).toBe('SOC2');
    expect(soc2?.criteria.map((c) => c.id)).toEqual(catalog.criteria.map((c) => c.id));
  });

  it('answers 401 without authentication', async () => {
    expect((await get(undefined, '/frameworks')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/orgs/:orgId/controls', () => {
  it('lists 50 controls by default with the organization status, owner and check counts', async () => {
    const response = await get(alice, `/orgs/${alice.orgId}/controls`);
    expect(response.statusCode).toBe(200);
    const body = response.json<ListBody>();
    expect(body.items).toHaveLength(50);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(body.items.find((item) => item.id === 'KSM-AC-01')).toMatchObject({
      status: 'PASSING',
      ownerUserId: alice.userId,
      checks: { passing: 4, failing: 0 },
      evaluatedAt: evaluatedAt.toISOString(),
      criteria: ['CC6.1', 'CC6.6'],
      defaultOwnerRole: 'ADMIN',
      category: 'Access control',
    });
    expect(body.items.find((item) => item.id === 'KSM-GOV-01')).toMatchObject({
      status: 'NEEDS_EVIDENCE',
      ownerUserId: null,
      evaluatedAt: null,
    });
  });

  it('filters by status, criterion and text', async () => {
    const failing = (await get(alice, `/orgs/${alice.orgId}/controls?status=FAILING`)).json<ListBody>();
    expect(failing.items.map((item) => item.id)).toEqual(['KSM-AC-02']);
    const physical = (await get(alice, `/orgs/${alice.orgId}/controls?criterion=CC6.4`)).json<ListBody>();
    expect(physical.items.map((item) => item.id)).toEqual(
      catalog.controls.filter((c) => c.criteria.some((m) => m.criterionId === 'CC6.4')).map((c) => c.id),
    );
    const text = (await get(alice, `/orgs/${alice.orgId}/controls?q=Background%20CHECKS`)).json<ListBody>();
    expect(text.items.map((item) => item.id)).toEqual(['KSM-HR-01']);
  });

  it('pages with limit and cursor through every control exactly once', async () => {
    const seen: string[] = [];
    let url: string | null = `/orgs/${alice.orgId}/controls?limit=40`;
    while (url) {
      const response = await get(alice, url);
      expect(response.statusCode).toBe(200);
      const page: ListBody = response.json<ListBody>();
      expect(page.items.length).toBeLessThanOrEqual(40);
      seen.push(...page.items.map((item) => item.id));
      url = page.nextCursor ? `/orgs/${alice.orgId}/controls?limit=40&cursor=${page.nextCursor}` : null;
    }
    expect(seen).toEqual(catalog.controls.map((c) => c.id));
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=ten', 'limit'],
    ['status=GREEN', 'status'],
    ['criterion=CC6.1%27%20or%201%3D1', 'criterion'],
    ['colour=blue', 'colour'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('answers 400 naming the field for ?%s', async (queryString, field) => {
    const response = await get(alice, `/orgs/${alice.orgId}/controls?${queryString}`);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain(field);
  });

  it('answers 404 to a non-member, for the list and for a control', async () => {
    for (const url of [`/orgs/${alice.orgId}/controls`, `/orgs/${alice.orgId}/controls/KSM-AC-01`]) {
      const response = await get(bob, url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('KSM-AC-01');
    }
    expect((await get(bob, '/orgs/not-a-uuid/controls')).statusCode).toBe(404);
  });

  it("does not show another organization's control statuses", async () => {
    const response = await get(bob, `/orgs/${bob.orgId}/controls?limit=200`);
    const body = response.json<ListBody>();
    expect(body.items.filter((item) => item.status !== 'NEEDS_EVIDENCE').map((item) => item.id)).toEqual([
      'KSM-CHG-01',
    ]);
    expect(response.body).not.toContain(alice.userId);
    const aliceView = (await get(alice, `/orgs/${alice.orgId}/controls?q=KSM-CHG-01`)).json<ListBody>();
    expect(aliceView.items[0]).toMatchObject({ status: 'NEEDS_EVIDENCE', ownerUserId: null });
    expect((await get(bob, `/orgs/${bob.orgId}/controls/KSM-AC-01`)).json()).toMatchObject({
      status: 'NEEDS_EVIDENCE',
    });
  });
});

describe('GET /api/v1/orgs/:orgId/controls/:controlId', () => {
  it('returns the control with its criteria, their titles and rationales, and the status', async () => {
    const response = await get(alice, `/orgs/${alice.orgId}/controls/KSM-AC-02`);
    expect(response.statusCode).toBe(200);
    const source = catalog.controls.find((c) => c.id === 'KSM-AC-02')!;
    const body = response.json<{
      status: string;
      description: string;
      criteria: Array<{ id: string; title: string; rationale: string }>;
    }>();
    expect(body).toMatchObject({ id: 'KSM-AC-02', status: 'FAILING', description: source.description });
    expect(body.criteria.map(({ id, rationale }) => ({ criterionId: id, rationale }))).toEqual(
      expect.arrayContaining([...source.criteria]),
    );
    expect(body.criteria.every((criterion) => criterion.title.length > 0)).toBe(true);
  });

  it('answers 404 for an unknown control id', async () => {
    for (const id of ['KSM-AC-99', 'nope', 'x'.repeat(90)]) {
      expect((await get(alice, `/orgs/${alice.orgId}/controls/${id}`)).statusCode).toBe(404);
    }
  });
});
