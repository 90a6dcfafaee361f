import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { asOrgId, createPrismaClient, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '@/bootstrap/create-api-app';
import { loadEnv } from '@/config/load-env';
import { AuditService } from '@/modules/audit/audit.service';

interface SignedUp {
  token: string;
  orgId: string;
  email: string;
}

let app: NestFastifyApplication;
let owner: PrismaClient;
let stateDir: string;
let alice: SignedUp;
let bob: SignedUp;

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
  const body = response.json<{ organization: { id: string }; accessToken: string }>();
  return { token: body.accessToken, orgId: body.organization.id, email };
}

function get(who: SignedUp | undefined, url: string) {
  return app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: who ? { authorization: `Bearer ${who.token}` } : {},
  });
}

interface EventList {
  items: Array<{ seq: number; prevHash: string; hash: string; action: string; actor: { id: string | null } }>;
  nextCursor: string | null;
}

beforeAll(async () => {
  const run = testEnv();
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'kushim-audit-test-'));
  app = await createApiApp({
    env: loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: run.databaseUrl,
      DATABASE_APP_URL: run.databaseAppUrl,
      REDIS_URL: run.redisUrl,
      REDIS_PREFIX: `${run.redisPrefix}-audit`,
      RATE_LIMIT_PER_MINUTE: '0',
      JWT_SECRET: 'audit-medium-test-secret-that-is-long-enough',
      KUSHIM_STATE_DIR: stateDir,
      LOG_LEVEL: 'error',
    }),
    quiet: true,
  });
  owner = createPrismaClient({ url: run.databaseUrl, poolMax: 2 });
  [alice, bob] = [await signUp('Alice'), await signUp('Bob')];
  const audit = app.get(AuditService);
  for (let i = 1; i <= 5; i += 1) {
    await audit.appendStandalone(asOrgId(alice.orgId), {
      actor: { type: 'USER', id: i % 2 === 0 ? 'user-even' : 'user-odd', label: 'x@example.com' },
      action: 'member.invited',
      target: { type: 'invitation', id: `inv-${i}` },
      payload: { i },
    });
  }
});

afterAll(async () => {
  await app?.close();
  await owner?.$disconnect();
  await rm(stateDir, { recursive: true, force: true });
});

describe('GET /orgs/:orgId/audit-events', () => {
  it('lists the chain newest first, each event with seq, prevHash and hash, sign-up included', async () => {
    const response = await get(alice, `/orgs/${alice.orgId}/audit-events`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<EventList>();
    const seqs = body.items.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs.at(-1)).toBe(1);
    expect(body.items.some((event) => event.action === 'auth.signed-up')).toBe(true);
    for (const [index, event] of body.items.entries()) {
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      const older = body.items[index + 1];
      if (older) {
        expect(event.prevHash).toBe(older.hash);
      }
    }
  });

  it('pages with ?limit= and ?cursor= and filters by actor and action', async () => {
    const first = (
      await get(alice, `/orgs/${alice.orgId}/audit-events?limit=2&action=member.invited`)
    ).json<EventList>();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const next = (
      await get(
        alice,
        `/orgs/${alice.orgId}/audit-events?limit=2&action=member.invited&cursor=${first.nextCursor}`,
      )
    ).json<EventList>();
    expect(next.items[0]!.seq).toBeLessThan(first.items[1]!.seq);
    const even = (await get(alice, `/orgs/${alice.orgId}/audit-events?actor=user-even`)).json<EventList>();
    expect(even.items.map((event) => event.actor.id)).toEqual(['user-even', 'user-even']);
  });

  it.each([
    ['limit=500', 'limit'],
    ['limit=0', 'limit'],
    ['cursor=abc', 'cursor'],
    ['from=yesterday', 'from'],
    ['action=DROP%20TABLE', 'action'],
    ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
    ['color=blue', ''],
  ])('answers 400 naming the field for ?%s', async (query, field) => {
    const response = await get(alice, `/orgs/${alice.orgId}/audit-events?${query}`);
    expect(response.statusCode, response.body).toBe(400);
    if (field) {
      expect(response.body).toContain(field);
    }
  });

  it("does not show another organization's audit events", async () => {
    for (const url of [`/orgs/${alice.orgId}/audit-events`, `/orgs/${alice.orgId}/audit-events/verify`]) {
      const response = await get(bob, url);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(alice.email);
    }
    const own = (await get(bob, `/orgs/${bob.orgId}/audit-events`)).json<EventList>();
    expect(JSON.stringify(own)).not.toContain(alice.email);
    expect(JSON.stringify(own)).not.toContain('user-even');
  });

  it('requires authentication', async () => {
    expect((await get(undefined, `/orgs/${alice.orgId}/audit-events`)).statusCode).toBe(401);
  });
});

describe('GET /orgs/:orgId/audit-events/verify', () => {
  it('answers valid with the last seq, then names the seq an owner-role edit broke', async () => {
    const before = await get(bob, `/orgs/${bob.orgId}/audit-events/verify`);
    expect(before.statusCode).toBe(200);
    const lastSeq = before.json<{ lastSeq: number }>().lastSeq;
    expect(before.json()).toMatchObject({ valid: true, lastSeq: expect.any(Number) as number });
    expect(lastSeq).toBeGreaterThanOrEqual(1);

    await owner.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local session_replication_role = replica`);
      await tx.$executeRaw`update "AuditEvent" set "payload" = '{"forged": true}'::jsonb
        where "organizationId" = ${bob.orgId}::uuid and "seq" = 1`;
    });
    const after = await get(bob, `/orgs/${bob.orgId}/audit-events/verify`);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ valid: false, brokenAtSeq: 1 });
  });
});
