import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InviteMemberResponse, MeResponse, MemberList, TokenPair } from '@kushim/contracts';
import { createPrismaClient, type PrismaClient } from '@kushim/db';
import {
  call,
  newEmail,
  newOrg,
  newUser,
  signIn,
  startTestApi,
  TEST_PASSWORD,
  type TestApi,
} from '../factories';

let api: TestApi;
let owner: PrismaClient;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  api = await startTestApi();
  owner = createPrismaClient({ url: api.env.DATABASE_URL, poolMax: 2 });
});
afterEach(() => api.clock.reset());
afterAll(async () => {
  await api?.close();
  await owner?.$disconnect();
});

describe('invitations', () => {
  it('invites a new person who accepts, gets the role, and the token works once', async () => {
    const org = await newOrg(api.app);
    const email = newEmail('invitee');
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: org.owner.accessToken,
      body: { email, role: 'COMPLIANCE_MANAGER' },
    });
    expect(invite.status).toBe(201);
    expect(invite.body.invitation).toMatchObject({
      email,
      role: 'COMPLIANCE_MANAGER',
      membershipExpiresAt: null,
    });
    const stored = await owner.invitation.findUniqueOrThrow({ where: { id: invite.body.invitation.id } });
    expect(stored.tokenHash).not.toContain(invite.body.inviteToken);

    const accepted = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: invite.body.inviteToken, name: 'Ivy', password: TEST_PASSWORD },
    });
    expect(accepted.status).toBe(200);
    const me = await call<MeResponse>(api.app, 'GET', '/api/v1/me', { token: accepted.body.accessToken });
    expect(me.body.memberships).toEqual([
      {
        orgId: org.orgId,
        organizationName: org.name,
        role: 'COMPLIANCE_MANAGER',
        expiresAt: null,
        auditWindow: null,
      },
    ]);
    const again = await call(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: invite.body.inviteToken, name: 'Ivy', password: TEST_PASSWORD },
    });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ message: expect.stringContaining('already been used') });
    const actions = (await owner.auditEvent.findMany({ where: { organizationId: org.orgId } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['member.invited', 'member.joined']));
  });

  it('lets an existing account join with its own password and refuses a wrong one', async () => {
    const home = await newOrg(api.app);
    const other = await newOrg(api.app);
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${other.orgId}/members`, {
      token: other.owner.accessToken,
      body: { email: home.owner.email, role: 'VIEWER' },
    });
    expect(invite.status).toBe(201);
    const wrong = await call(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: invite.body.inviteToken, name: 'x', password: 'not my password!!' },
    });
    expect(wrong.status).toBe(401);
    const accepted = await call<TokenPair>(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: invite.body.inviteToken, name: 'ignored', password: TEST_PASSWORD },
    });
    expect(accepted.status).toBe(200);
    const me = await call<MeResponse>(api.app, 'GET', '/api/v1/me', { token: accepted.body.accessToken });
    expect(me.body.memberships.map((m) => [m.orgId, m.role])).toEqual(
      expect.arrayContaining([
        [home.orgId, 'OWNER'],
        [other.orgId, 'VIEWER'],
      ]),
    );
  });

  it('refuses an expired invitation with 410 and an unknown token with 400', async () => {
    const org = await newOrg(api.app);
    const invite = await call<InviteMemberResponse>(api.app, 'POST', `/api/v1/orgs/${org.orgId}/members`, {
      token: org.owner.accessToken,
      body: { email: newEmail(), role: 'VIEWER' },
    });
    api.clock.advance(8 * 24 * HOUR);
    const expired = await call(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: invite.body.inviteToken, name: 'Late', password: TEST_PASSWORD },
    });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ message: expect.stringContaining('expired') });
    const unknown = await call(api.app, 'POST', '/api/v1/auth/accept-invite', {
      body: { inviteToken: 'nope', name: 'Late', password: TEST_PASSWORD },
    });
    expect(unknown.status).toBe(400);
  });

  it('refuses OWNER invitations, ADMIN invitations by an ADMIN, and expiresAt on non-auditors', async () => {
    const org = await newOrg(api.app);
    const admin = await newUser(api.app, org, 'ADMIN');
    const url = `/api/v1/orgs/${org.orgId}/members`;
    const asOwner = { token: org.owner.accessToken };
    expect(
      (await call(api.app, 'POST', url, { ...asOwner, body: { email: newEmail(), role: 'OWNER' } })).status,
    ).toBe(400);
    expect(
      (
        await call(api.app, 'POST', url, {
          token: admin.accessToken,
          body: { email: newEmail(), role: 'ADMIN' },
        })
      ).status,
    ).toBe(403);
    const future = new Date(Date.now() + HOUR).toISOString();
    const viewerWithEnd = await call(api.app, 'POST', url, {
      ...asOwner,
      body: { email: newEmail(), role: 'VIEWER', expiresAt: future },
    });
    expect(viewerWithEnd.status).toBe(400);
    const past = await call(api.app, 'POST', url, {
      ...asOwner,
      body: { email: newEmail(), role: 'AUDITOR', expiresAt: new Date(Date.now() - HOUR).toISOString() },
    });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ message: expect.stringContaining('expiresAt') });
  });
});

describe('expired auditor', () => {
  it('gets 404 on every organization route once access ends, while /me still lists the membership', async () => {
    const org = await newOrg(api.app);
    const expiresAt = new Date(Date.now() + HOUR).toISOString();
    const auditor = await newUser(api.app, org, 'AUDITOR', { expiresAt });
    const membersUrl = `/api/v1/orgs/${org.orgId}/members`;
    expect((await call(api.app, 'GET', membersUrl, { token: auditor.accessToken })).status).toBe(200);

    api.clock.advance(2 * HOUR);
    for (const url of [
      membersUrl,
      `/api/v1/orgs/${org.orgId}/api-keys`,
      `/api/v1/orgs/${org.orgId}/audit-events`,
    ]) {
      expect((await call(api.app, 'GET', url, { token: auditor.accessToken })).status, url).toBe(404);
    }
    const me = await call<MeResponse>(api.app, 'GET', '/api/v1/me', { token: auditor.accessToken });
    expect(me.body.memberships).toEqual([
      { orgId: org.orgId, organizationName: org.name, role: 'AUDITOR', expiresAt, auditWindow: null },
    ]);
    expect(new Date(me.body.memberships[0]?.expiresAt ?? 0).getTime()).toBeLessThan(
      api.clock.now().getTime(),
    );
  });
});

describe('member management', () => {
  it('changes roles, refuses demoting the last OWNER, and removing a member ends their sessions', async () => {
    const org = await newOrg(api.app);
    const viewer = await newUser(api.app, org, 'VIEWER');
    const base = `/api/v1/orgs/${org.orgId}/members`;
    const asOwner = { token: org.owner.accessToken };

    const promoted = await call(api.app, 'PATCH', `${base}/${viewer.userId}`, {
      ...asOwner,
      body: { role: 'AUDITOR' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: viewer.userId, role: 'AUDITOR' });

    const lastOwner = await call(api.app, 'PATCH', `${base}/${org.owner.userId}`, {
      ...asOwner,
      body: { role: 'ADMIN' },
    });
    expect(lastOwner.status).toBe(409);

    const list = await call<MemberList>(api.app, 'GET', base, asOwner);
    expect(list.body.items.map((m) => m.userId).sort()).toEqual([org.owner.userId, viewer.userId].sort());

    const removed = await call(api.app, 'DELETE', `${base}/${viewer.userId}`, asOwner);
    expect(removed.status).toBe(204);
    expect((await call(api.app, 'GET', base, { token: viewer.accessToken })).status).toBe(404);
    const refresh = await call(api.app, 'POST', '/api/v1/auth/refresh', {
      body: { refreshToken: viewer.refreshToken },
    });
    expect(refresh.status).toBe(401);
    const actions = (await owner.auditEvent.findMany({ where: { organizationId: org.orgId } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['member.role-changed', 'member.removed']));
  });

  it('lets only an OWNER grant ADMIN', async () => {
    const org = await newOrg(api.app);
    const admin = await newUser(api.app, org, 'ADMIN');
    const viewer = await newUser(api.app, org, 'VIEWER');
    const url = `/api/v1/orgs/${org.orgId}/members/${viewer.userId}`;
    expect(
      (await call(api.app, 'PATCH', url, { token: admin.accessToken, body: { role: 'ADMIN' } })).status,
    ).toBe(403);
    expect(
      (await call(api.app, 'PATCH', url, { token: org.owner.accessToken, body: { role: 'ADMIN' } })).status,
    ).toBe(200);
    await signIn(api.app, viewer.email);
  });
});
