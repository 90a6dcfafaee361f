import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@kushim/db';

/** One organization with one row in every tenant-owned table, written as the owner role (RLS bypassed). */
export interface TenantFixture {
  orgId: string;
  userId: string;
  apiKeyHash: string;
  inviteTokenHash: string;
}

const hex = (): string => randomBytes(32).toString('hex');

/** A catalog control for ControlStatus rows; the catalog seed may or may not have run. */
export async function ensureTestControl(owner: PrismaClient): Promise<string> {
  const id = 'KSM-TEST-RLS';
  await owner.control.upsert({
    where: { id },
    update: {},
    create: {
      id,
      title: 'Row-level security test control',
      description: 'Exists only in test databases.',
      testProcedure: 'n/a',
      frequency: 'continuous',
      defaultOwnerRole: 'ADMIN',
      category: 'test',
      sortOrder: 9999,
    },
  });
  return id;
}

export async function createTenant(
  owner: PrismaClient,
  controlId: string,
  name: string,
): Promise<TenantFixture> {
  const orgId = randomUUID();
  const apiKeyHash = hex();
  const inviteTokenHash = hex();
  const user = await owner.user.create({
    data: { email: `${name}-${hex().slice(0, 8)}@example.test`, name, passwordHash: 'not-a-real-hash' },
  });
  await owner.organization.create({ data: { id: orgId, name } });
  await owner.membership.create({ data: { organizationId: orgId, userId: user.id, role: 'OWNER' } });
  await owner.apiKey.create({
    data: {
      organizationId: orgId,
      name: `${name} key`,
      prefix: 'ksm_test',
      keyHash: apiKeyHash,
      role: 'ADMIN',
    },
  });
  await owner.invitation.create({
    data: {
      organizationId: orgId,
      email: `invitee-${hex().slice(0, 8)}@example.test`,
      role: 'AUDITOR',
      tokenHash: inviteTokenHash,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await owner.auditEvent.create({
    data: {
      organizationId: orgId,
      seq: 1,
      prevHash: '0'.repeat(64),
      hash: hex(),
      occurredAt: new Date(),
      actorType: 'SYSTEM',
      action: 'test.fixture-created',
      payload: {},
    },
  });
  await owner.ledgerCheckpoint.create({
    data: {
      organizationId: orgId,
      seq: 1,
      hash: hex(),
      signedAt: new Date(),
      keyId: 'test',
      signature: hex(),
    },
  });
  await owner.controlStatus.create({ data: { organizationId: orgId, controlId } });
  // The evidence pipeline's tables: one row each.
  const integration = await owner.integration.create({
    data: {
      organizationId: orgId,
      provider: 'github',
      name: `${name} GitHub`,
      settings: {},
      secretCiphertext: hex(),
    },
  });
  const run = await owner.collectionRun.create({ data: { organizationId: orgId, trigger: 'MANUAL' } });
  await owner.collectionRunStep.create({
    data: { organizationId: orgId, runId: run.id, integrationId: integration.id },
  });
  const evidence = await owner.evidence.create({
    data: {
      organizationId: orgId,
      integrationId: integration.id,
      runId: run.id,
      kind: 'github.org.members',
      contentHash: hex(),
      content: { members: [] },
      collectedAt: new Date(),
    },
  });
  await owner.runEvidence.create({
    data: {
      organizationId: orgId,
      runId: run.id,
      evidenceId: evidence.id,
      integrationId: integration.id,
      kind: evidence.kind,
      collectedAt: evidence.collectedAt,
    },
  });
  await owner.checkResult.create({
    data: {
      organizationId: orgId,
      runId: run.id,
      checkId: 'github.org.members-two-factor',
      status: 'PASS',
      findings: [],
      evidenceIds: [evidence.id],
      evaluatedAt: new Date(),
    },
  });
  await owner.scoreSnapshot.create({
    data: {
      organizationId: orgId,
      day: new Date('2026-01-01'),
      score: 0,
      passing: 0,
      failing: 0,
      needsEvidence: 1,
      applicable: 1,
      byCriterion: [],
      computedAt: new Date(),
    },
  });
  await owner.exception.create({
    data: {
      organizationId: orgId,
      checkId: 'github.org.members-two-factor',
      resourceId: 'octocat',
      justification: 'fixture',
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  // Alerting's tables: one row each.
  await owner.notificationSettings.create({ data: { organizationId: orgId, slaDays: { critical: 7 } } });
  await owner.controlTransition.create({
    data: {
      organizationId: orgId,
      controlId,
      fromStatus: 'NEEDS_EVIDENCE',
      toStatus: 'FAILING',
      cause: 'run',
      occurredAt: new Date(),
    },
  });
  await owner.checkState.create({
    data: {
      organizationId: orgId,
      checkId: 'github.org.members-two-factor',
      status: 'FAIL',
      failingResources: [],
      updatedAt: new Date(),
    },
  });
  await owner.outboxMessage.create({
    data: {
      organizationId: orgId,
      channel: 'slack',
      kind: 'control.failing',
      dedupeKey: hex(),
      payload: {},
      createdAt: new Date(),
    },
  });
  await owner.remediationTicket.create({
    data: {
      organizationId: orgId,
      checkId: 'github.org.members-two-factor',
      integrationId: integration.id,
      issueKey: 'SEC-1',
      issueId: '10001',
      failingResources: [],
      openedAt: new Date(),
      lastSyncedAt: new Date(),
    },
  });
  await owner.auditExport.create({
    data: {
      organizationId: orgId,
      periodFrom: new Date('2026-01-01T00:00:00Z'),
      periodTo: new Date('2026-02-01T00:00:00Z'),
    },
  });
  return { orgId, userId: user.id, apiKeyHash, inviteTokenHash };
}
