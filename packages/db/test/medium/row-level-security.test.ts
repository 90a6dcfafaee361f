import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOrgId, createPrismaClient, withScope, withTenant, type DbTx, type PrismaClient } from '@kushim/db';
import { testEnv } from '@kushim/db/testing';
import { createTenant, ensureTestControl, type TenantFixture } from './tenant-fixtures';

/** Every tenant-owned table, read with no `where`, and how to tell which organization a row belongs to. */
const tenantTables: Record<string, (tx: DbTx) => Promise<string[]>> = {
  Organization: async (tx) => (await tx.organization.findMany()).map((row) => row.id),
  Membership: async (tx) => (await tx.membership.findMany()).map((row) => row.organizationId),
  ApiKey: async (tx) => (await tx.apiKey.findMany()).map((row) => row.organizationId),
  Invitation: async (tx) => (await tx.invitation.findMany()).map((row) => row.organizationId),
  AuditEvent: async (tx) => (await tx.auditEvent.findMany()).map((row) => row.organizationId),
  LedgerCheckpoint: async (tx) => (await tx.ledgerCheckpoint.findMany()).map((row) => row.organizationId),
  ControlStatus: async (tx) => (await tx.controlStatus.findMany()).map((row) => row.organizationId),
  Integration: async (tx) => (await tx.integration.findMany()).map((row) => row.organizationId),
  CollectionRun: async (tx) => (await tx.collectionRun.findMany()).map((row) => row.organizationId),
  CollectionRunStep: async (tx) => (await tx.collectionRunStep.findMany()).map((row) => row.organizationId),
  Evidence: async (tx) => (await tx.evidence.findMany()).map((row) => row.organizationId),
  RunEvidence: async (tx) => (await tx.runEvidence.findMany()).map((row) => row.organizationId),
  CheckResult: async (tx) => (await tx.checkResult.findMany()).map((row) => row.organizationId),
  ScoreSnapshot: async (tx) => (await tx.scoreSnapshot.findMany()).map((row) => row.organizationId),
  Exception: async (tx) => (await tx.exception.findMany()).map((row) => row.organizationId),
  NotificationSettings: async (tx) =>
    (await tx.notificationSettings.findMany()).map((row) => row.organizationId),
  ControlTransition: async (tx) => (await tx.controlTransition.findMany()).map((row) => row.organizationId),
  CheckState: async (tx) => (await tx.checkState.findMany()).map((row) => row.organizationId),
  OutboxMessage: async (tx) => (await tx.outboxMessage.findMany()).map((row) => row.organizationId),
  RemediationTicket: async (tx) => (await tx.remediationTicket.findMany()).map((row) => row.organizationId),
  AuditExport: async (tx) => (await tx.auditExport.findMany()).map((row) => row.organizationId),
};

/** Writes of one row into `orgId`'s data, for every tenant-owned table. */
function tenantInserts(
  orgId: string,
  userId: string,
  controlId: string,
): Record<string, (tx: DbTx) => Promise<unknown>> {
  const hash = randomBytes(32).toString('hex');
  return {
    Organization: (tx) => tx.organization.create({ data: { id: orgId, name: 'intruder' } }),
    Membership: (tx) => tx.membership.create({ data: { organizationId: orgId, userId, role: 'VIEWER' } }),
    ApiKey: (tx) =>
      tx.apiKey.create({
        data: { organizationId: orgId, name: 'k', prefix: 'ksm_x', keyHash: hash, role: 'ADMIN' },
      }),
    Invitation: (tx) =>
      tx.invitation.create({
        data: {
          organizationId: orgId,
          email: 'x@example.test',
          role: 'ADMIN',
          tokenHash: hash,
          expiresAt: new Date(),
        },
      }),
    AuditEvent: (tx) =>
      tx.auditEvent.create({
        data: {
          organizationId: orgId,
          seq: 99,
          prevHash: hash,
          hash,
          occurredAt: new Date(),
          actorType: 'SYSTEM',
          action: 'test.intrusion',
          payload: {},
        },
      }),
    LedgerCheckpoint: (tx) =>
      tx.ledgerCheckpoint.create({
        data: { organizationId: orgId, seq: 99, hash, signedAt: new Date(), keyId: 'k', signature: hash },
      }),
    ControlStatus: (tx) => tx.controlStatus.create({ data: { organizationId: orgId, controlId } }),
    Integration: (tx) =>
      tx.integration.create({
        data: { organizationId: orgId, provider: 'github', name: 'x', settings: {}, secretCiphertext: hash },
      }),
    CollectionRun: (tx) => tx.collectionRun.create({ data: { organizationId: orgId, trigger: 'MANUAL' } }),
    CollectionRunStep: (tx) =>
      tx.collectionRunStep.create({
        data: { organizationId: orgId, runId: randomUUID(), integrationId: randomUUID() },
      }),
    Evidence: (tx) =>
      tx.evidence.create({
        data: {
          organizationId: orgId,
          kind: 'x.y.z',
          contentHash: hash,
          content: {},
          collectedAt: new Date(),
        },
      }),
    RunEvidence: (tx) =>
      tx.runEvidence.create({
        data: {
          organizationId: orgId,
          runId: randomUUID(),
          evidenceId: randomUUID(),
          kind: 'x.y.z',
          collectedAt: new Date(),
        },
      }),
    CheckResult: (tx) =>
      tx.checkResult.create({
        data: {
          organizationId: orgId,
          runId: randomUUID(),
          checkId: 'x.y',
          status: 'PASS',
          findings: [],
          evaluatedAt: new Date(),
        },
      }),
    ScoreSnapshot: (tx) =>
      tx.scoreSnapshot.create({
        data: {
          organizationId: orgId,
          day: new Date('2026-01-01'),
          score: 100,
          passing: 1,
          failing: 0,
          needsEvidence: 0,
          applicable: 1,
          byCriterion: [],
          computedAt: new Date(),
        },
      }),
    Exception: (tx) =>
      tx.exception.create({
        data: {
          organizationId: orgId,
          checkId: 'x.y',
          resourceId: 'r',
          justification: 'j',
          expiresAt: new Date(),
        },
      }),
    NotificationSettings: (tx) =>
      tx.notificationSettings.create({ data: { organizationId: orgId, slaDays: {} } }),
    ControlTransition: (tx) =>
      tx.controlTransition.create({
        data: {
          organizationId: orgId,
          controlId,
          fromStatus: 'PASSING',
          toStatus: 'FAILING',
          cause: 'run',
          occurredAt: new Date(),
        },
      }),
    CheckState: (tx) =>
      tx.checkState.create({
        data: {
          organizationId: orgId,
          checkId: 'x.y',
          status: 'FAIL',
          failingResources: [],
          updatedAt: new Date(),
        },
      }),
    OutboxMessage: (tx) =>
      tx.outboxMessage.create({
        data: {
          organizationId: orgId,
          channel: 'slack',
          kind: 'k',
          dedupeKey: hash,
          payload: {},
          createdAt: new Date(),
        },
      }),
    RemediationTicket: (tx) =>
      tx.remediationTicket.create({
        data: {
          organizationId: orgId,
          checkId: 'x.y',
          integrationId: randomUUID(),
          issueKey: 'SEC-9',
          issueId: '9',
          failingResources: [],
          openedAt: new Date(),
          lastSyncedAt: new Date(),
        },
      }),
    AuditExport: (tx) =>
      tx.auditExport.create({
        data: {
          organizationId: orgId,
          periodFrom: new Date('2026-01-01T00:00:00Z'),
          periodTo: new Date('2026-02-01T00:00:00Z'),
        },
      }),
  };
}

describe('the list of tenant tables in this test', () => {
  it('covers every table that has an organizationId column', async () => {
    const owner = createPrismaClient({ url: testEnv().databaseUrl, poolMax: 1 });
    try {
      const rows = await owner.$queryRaw<{ table_name: string }[]>`
        select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'organizationId'`;
      const expected = [...rows.map((r) => r.table_name), 'Organization'].sort();
      expect(Object.keys(tenantTables).sort()).toEqual(expected);
    } finally {
      await owner.$disconnect();
    }
  });
});

describe('row-level security on the kushim_app role', () => {
  let owner: PrismaClient;
  let app: PrismaClient;
  let controlId: string;
  let orgA: TenantFixture;
  let orgB: TenantFixture;

  beforeAll(async () => {
    const env = testEnv();
    owner = createPrismaClient({ url: env.databaseUrl, poolMax: 2 });
    app = createPrismaClient({ url: env.databaseAppUrl, poolMax: 2 });
    controlId = await ensureTestControl(owner);
    orgA = await createTenant(owner, controlId, 'alpha');
    orgB = await createTenant(owner, controlId, 'bravo');
  });

  afterAll(async () => {
    await app?.$disconnect();
    await owner?.$disconnect();
  });

  describe.each(Object.keys(tenantTables))('%s', (table) => {
    const read = (tx: DbTx): Promise<string[]> => tenantTables[table]!(tx);

    it('returns only the current organization’s rows to a query with no where', async () => {
      const seenByA = await withTenant(app, asOrgId(orgA.orgId), read);
      const seenByB = await withTenant(app, asOrgId(orgB.orgId), read);
      expect(seenByA.length).toBeGreaterThan(0);
      expect(new Set(seenByA)).toEqual(new Set([orgA.orgId]));
      expect(new Set(seenByB)).toEqual(new Set([orgB.orgId]));
    });

    it('returns no rows when no organization is set', async () => {
      expect(await withScope(app, {}, read)).toEqual([]);
      // Outside any scoped transaction (the settings were never set on this connection's transaction).
      expect(await app.$transaction((tx) => read(tx))).toEqual([]);
    });

    it('does not let one organization insert a row into another organization', async () => {
      const intruder = randomUUID();
      const insert = tenantInserts(table === 'Organization' ? intruder : orgB.orgId, orgA.userId, controlId)[
        table
      ]!;
      await expect(withTenant(app, asOrgId(orgA.orgId), insert)).rejects.toThrow(/row-level security/i);
    });
  });

  it('does not let one organization update or delete another organization’s rows', async () => {
    const changed = await withTenant(app, asOrgId(orgA.orgId), async (tx) => [
      (await tx.organization.updateMany({ where: { id: orgB.orgId }, data: { name: 'hijacked' } })).count,
      (await tx.membership.deleteMany({ where: { organizationId: orgB.orgId } })).count,
      (await tx.apiKey.updateMany({ where: { organizationId: orgB.orgId }, data: { revokedAt: new Date() } }))
        .count,
      (await tx.invitation.deleteMany({ where: { organizationId: orgB.orgId } })).count,
      (await tx.controlStatus.updateMany({ where: { organizationId: orgB.orgId }, data: { notes: 'x' } }))
        .count,
    ]);
    expect(changed).toEqual([0, 0, 0, 0, 0]);
    expect((await owner.organization.findUniqueOrThrow({ where: { id: orgB.orgId } })).name).toBe('bravo');
  });

  it('shows a signed-in user their own organizations and memberships, and nothing else', async () => {
    const seen = await withScope(app, { userId: orgA.userId }, async (tx) => ({
      organizations: (await tx.organization.findMany()).map((row) => row.id),
      memberships: (await tx.membership.findMany()).map((row) => row.userId),
      apiKeys: await tx.apiKey.count(),
    }));
    expect(seen).toEqual({ organizations: [orgA.orgId], memberships: [orgA.userId], apiKeys: 0 });
  });

  it('resolves an API key or an invitation by its hash alone, and only that one', async () => {
    const keys = await withScope(app, { apiKeyHash: orgB.apiKeyHash }, (tx) => tx.apiKey.findMany());
    expect(keys.map((key) => key.organizationId)).toEqual([orgB.orgId]);
    const invitations = await withScope(app, { inviteTokenHash: orgB.inviteTokenHash }, (tx) =>
      tx.invitation.findMany(),
    );
    expect(invitations.map((invitation) => invitation.organizationId)).toEqual([orgB.orgId]);
  });

  it('does not let the app role write catalog tables', async () => {
    await expect(app.framework.create({ data: { id: 'FAKE', name: 'Fake', version: '1' } })).rejects.toThrow(
      /permission denied/i,
    );
    await expect(app.control.updateMany({ data: { title: 'changed' } })).rejects.toThrow(
      /permission denied/i,
    );
    await expect(app.controlCriterion.deleteMany()).rejects.toThrow(/permission denied/i);
  });

  it('does not let the app role read the migration history', async () => {
    await expect(app.$queryRawUnsafe('select count(*) from "_prisma_migrations"')).rejects.toThrow(
      /permission denied/i,
    );
  });

  it('does not let the app role update or delete audit events or ledger checkpoints', async () => {
    const tenant = asOrgId(orgA.orgId);
    await expect(
      withTenant(app, tenant, (tx) => tx.auditEvent.updateMany({ data: { action: 'rewritten' } })),
    ).rejects.toThrow(/permission denied/i);
    await expect(withTenant(app, tenant, (tx) => tx.auditEvent.deleteMany())).rejects.toThrow(
      /permission denied/i,
    );
    await expect(withTenant(app, tenant, (tx) => tx.ledgerCheckpoint.deleteMany())).rejects.toThrow(
      /permission denied/i,
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit events and checkpoints even to the owner role', async () => {
    await expect(owner.auditEvent.updateMany({ data: { action: 'rewritten' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(owner.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe('truncate "AuditEvent"')).rejects.toThrow(/append-only/);
    await expect(owner.ledgerCheckpoint.updateMany({ data: { keyId: 'forged' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(owner.ledgerCheckpoint.deleteMany()).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe('truncate "LedgerCheckpoint"')).rejects.toThrow(/append-only/);
    expect(await owner.auditEvent.count({ where: { organizationId: orgA.orgId } })).toBe(1);
  });

  it('keeps evidence immutable: no UPDATE or DELETE for the app role, refused by trigger even for the owner', async () => {
    const tenant = asOrgId(orgA.orgId);
    await expect(
      withTenant(app, tenant, (tx) => tx.evidence.updateMany({ data: { kind: 'rewritten' } })),
    ).rejects.toThrow(/permission denied/i);
    await expect(withTenant(app, tenant, (tx) => tx.evidence.deleteMany())).rejects.toThrow(
      /permission denied/i,
    );
    await expect(owner.evidence.updateMany({ data: { kind: 'rewritten' } })).rejects.toThrow(/append-only/);
    await expect(owner.evidence.deleteMany()).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe('truncate "Evidence" cascade')).rejects.toThrow(/append-only/);
  });
});
