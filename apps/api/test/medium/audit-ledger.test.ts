import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgId } from '@kushim/db';
import { GENESIS_HASH } from '@kushim/ledger';
import { DatabaseService } from '@/infra/database/database.service';
import { AuditLogService } from '@/modules/audit/audit-log.service';
import { AuditVerificationService } from '@/modules/audit/audit-verification.service';
import { AuditService } from '@/modules/audit/audit.service';
import { createLedgerTestContext, type LedgerTestContext } from './ledger-test-context';

let ctx: LedgerTestContext;
let audit: AuditService;
let verification: AuditVerificationService;
let auditLog: AuditLogService;
let database: DatabaseService;

beforeAll(async () => {
  ctx = await createLedgerTestContext();
  audit = ctx.app.get(AuditService);
  verification = ctx.app.get(AuditVerificationService);
  auditLog = ctx.app.get(AuditLogService);
  database = ctx.app.get(DatabaseService);
});

afterAll(async () => {
  await ctx?.close();
});

const login = (n: number) => ({
  actor: { type: 'USER' as const, id: `user-${n}`, label: `user${n}@example.com` },
  action: 'auth.login.succeeded',
  payload: { n },
  ip: '203.0.113.7',
  requestId: `req-${n}`,
});

async function seqs(orgId: OrgId): Promise<number[]> {
  const rows = await ctx.owner.auditEvent.findMany({
    where: { organizationId: orgId },
    orderBy: { seq: 'asc' },
  });
  return rows.map((row) => row.seq);
}

describe('AuditService.append', () => {
  it('gives 25 concurrent appends to one organization the seqs 1..25 without gaps, in a valid chain', async () => {
    const orgId = await ctx.newOrg();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => audit.appendStandalone(orgId, login(i))),
    );
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(await seqs(orgId)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await verification.verify(orgId)).toMatchObject({ valid: true, lastSeq: 25 });
  });

  it('keeps the chains of two organizations independent when their appends interleave', async () => {
    const [a, b] = [await ctx.newOrg('A'), await ctx.newOrg('B')];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => audit.appendStandalone(i % 2 === 0 ? a : b, login(i))),
    );
    expect(await seqs(a)).toEqual([1, 2, 3, 4, 5]);
    expect(await seqs(b)).toEqual([1, 2, 3, 4, 5]);
    const first = await ctx.owner.auditEvent.findFirstOrThrow({ where: { organizationId: b, seq: 1 } });
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(await verification.verify(a)).toMatchObject({ valid: true, lastSeq: 5 });
    expect(await verification.verify(b)).toMatchObject({ valid: true, lastSeq: 5 });
  });

  it('rolls the event back with the change it records', async () => {
    const orgId = await ctx.newOrg();
    await expect(
      database.tenant(orgId, async (tx) => {
        await audit.append(tx, orgId, login(1));
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    expect(await seqs(orgId)).toEqual([]);
    expect(await audit.appendStandalone(orgId, login(2))).toMatchObject({ seq: 1 });
  });

  it('hashes the payload as stored, so Dates and undefined members still verify', async () => {
    const orgId = await ctx.newOrg();
    await audit.appendStandalone(orgId, {
      actor: { type: 'SYSTEM' },
      action: 'member.role-changed',
      target: { type: 'user', id: 'u-1' },
      payload: {
        at: new Date('2026-01-02T03:04:05.006Z'),
        from: 'VIEWER',
        to: undefined,
        n: 1e21,
        nested: { b: 1, a: [] },
      },
    });
    expect(await verification.verify(orgId)).toMatchObject({ valid: true, lastSeq: 1 });
  });
});

describe('append-only storage', () => {
  it('refuses UPDATE and DELETE of audit events, even for the owner role', async () => {
    const orgId = await ctx.newOrg();
    await audit.appendStandalone(orgId, login(1));
    await expect(
      ctx.owner
        .$executeRaw`update "AuditEvent" set "action" = 'auth.logged-out' where "organizationId" = ${orgId}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      ctx.owner.$executeRaw`delete from "AuditEvent" where "organizationId" = ${orgId}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      database.tenant(orgId, (tx) => tx.auditEvent.deleteMany({ where: { organizationId: orgId } })),
    ).rejects.toThrow();
    expect(await seqs(orgId)).toEqual([1]);
  });
});

describe('verification of a tampered chain', () => {
  // What an attacker with the owner role can do: switch the triggers off for the transaction, then edit.
  it('names the seq whose payload was changed', async () => {
    const orgId = await ctx.newOrg();
    for (let i = 1; i <= 6; i += 1) {
      await audit.appendStandalone(orgId, login(i));
    }
    await ctx.owner.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local session_replication_role = replica`);
      await tx.$executeRaw`update "AuditEvent" set "payload" = '{"n": 999}'::jsonb
        where "organizationId" = ${orgId}::uuid and "seq" = 4`;
    });
    expect(await verification.verify(orgId)).toEqual({
      valid: false,
      brokenAtSeq: 4,
      reason: 'hash-mismatch',
    });
  });

  it('names the missing seq when an event was deleted', async () => {
    const orgId = await ctx.newOrg();
    for (let i = 1; i <= 5; i += 1) {
      await audit.appendStandalone(orgId, login(i));
    }
    await ctx.owner.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local session_replication_role = replica`);
      await tx.$executeRaw`delete from "AuditEvent" where "organizationId" = ${orgId}::uuid and "seq" = 2`;
    });
    expect(await verification.verify(orgId)).toEqual({ valid: false, brokenAtSeq: 2, reason: 'seq-gap' });
  });
});

describe('AuditLogService.list', () => {
  it('pages newest first with seq cursors and filters by actor, action prefix and time', async () => {
    const orgId = await ctx.newOrg();
    for (let i = 1; i <= 7; i += 1) {
      await audit.appendStandalone(orgId, {
        actor: { type: 'USER', id: i % 2 === 0 ? 'user-even' : 'user-odd', label: 'someone@example.com' },
        action: i <= 4 ? 'auth.login.succeeded' : 'member.invited',
        payload: { i },
      });
    }
    const first = await auditLog.list(orgId, { limit: 3 });
    expect(first.items.map((e) => e.seq)).toEqual([7, 6, 5]);
    expect(first.nextCursor).toBe('5');
    const second = await auditLog.list(orgId, { limit: 3, cursor: first.nextCursor! });
    expect(second.items.map((e) => e.seq)).toEqual([4, 3, 2]);
    const last = await auditLog.list(orgId, { limit: 3, cursor: second.nextCursor! });
    expect(last).toMatchObject({ nextCursor: null });
    expect(last.items.map((e) => e.seq)).toEqual([1]);

    expect((await auditLog.list(orgId, { limit: 50, actor: 'user-even' })).items.map((e) => e.seq)).toEqual([
      6, 4, 2,
    ]);
    expect((await auditLog.list(orgId, { limit: 50, action: 'member.*' })).items.map((e) => e.seq)).toEqual([
      7, 6, 5,
    ]);
    expect((await auditLog.list(orgId, { limit: 50, action: 'auth.login.succeeded' })).items).toHaveLength(4);

    const third = await ctx.owner.auditEvent.findFirstOrThrow({ where: { organizationId: orgId, seq: 3 } });
    const from = third.occurredAt.toISOString();
    const fromThird = await auditLog.list(orgId, { limit: 50, from });
    expect(fromThird.items.at(-1)?.seq).toBe(3);
    const item = first.items[0]!;
    expect(item).toMatchObject({
      action: 'member.invited',
      actor: { type: 'USER', id: 'user-odd' },
      payload: { i: 7 },
    });
    expect(item.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not show another organization's audit events", async () => {
    const [mine, theirs] = [await ctx.newOrg('Mine'), await ctx.newOrg('Theirs')];
    await audit.appendStandalone(theirs, { ...login(1), payload: { secret: 'theirs' } });
    await audit.appendStandalone(mine, login(2));
    const page = await auditLog.list(mine, { limit: 200 });
    expect(page.items).toHaveLength(1);
    expect(JSON.stringify(page)).not.toContain('theirs');
  });
});
