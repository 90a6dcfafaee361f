import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPublicKey } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgId } from '@kushim/db';
import { verifyCheckpoint, verifyCheckpointChain } from '@kushim/ledger';
import { DEV_SIGNING_KEY_ID } from '@/infra/ledger/ledger-key-settings';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';
import { JobHandler } from '@/infra/queue/job-handler.decorator';
import { JobWorkerModule } from '@/infra/queue/job-worker.module';
import { QueueService } from '@/infra/queue/queue.service';
import { AuditVerificationService } from '@/modules/audit/audit-verification.service';
import { AuditService } from '@/modules/audit/audit.service';
import { LedgerCheckpointModule } from '@/modules/audit/ledger-checkpoint.module';
import { WorkerJobsModule } from '@/worker-jobs.module';
import { toSignedCheckpoint } from '@/modules/audit/ledger-checkpoint.repository';
import { createLedgerTestContext, type LedgerTestContext } from './ledger-test-context';

let ctx: LedgerTestContext;
let queues: QueueService;
let audit: AuditService;

beforeAll(async () => {
  // The worker refuses to boot unless every registered job has its handler: the pipeline's too.
  ctx = await createLedgerTestContext({
    imports: [JobWorkerModule, WorkerJobsModule],
  });
  queues = ctx.app.get(QueueService);
  audit = ctx.app.get(AuditService);
});

afterAll(async () => {
  await ctx?.close();
});

/** Waits (bounded) for a job to finish and returns its final state and result. */
async function finished(
  jobId: string,
): Promise<{ state: string; returnvalue: unknown; failedReason?: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const job = await queues.queue('ledger').getJob(jobId);
    const state = job ? await job.getState() : 'missing';
    if (job && (state === 'completed' || state === 'failed')) {
      // Re-read: the snapshot above may predate the transition getState() just saw.
      const done = (await queues.queue('ledger').getJob(jobId))!;
      return { state, returnvalue: done.returnvalue as unknown, failedReason: done.failedReason };
    }
    if (Date.now() > deadline) {
      throw new Error(`job ${jobId} still ${state} after 15 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function runCheckpointJob(run: string): Promise<{ signed: number }> {
  const { jobId } = await queues.enqueue('ledger.checkpoint', {}, { jobKey: run });
  const result = await finished(jobId);
  expect(result).toMatchObject({ state: 'completed' });
  return result.returnvalue as { signed: number };
}

async function checkpointsOf(orgId: OrgId) {
  const rows = await ctx.owner.ledgerCheckpoint.findMany({
    where: { organizationId: orgId },
    orderBy: { seq: 'asc' },
  });
  return rows.map(toSignedCheckpoint);
}

const event = (n: number) => ({
  actor: { type: 'SYSTEM' as const },
  action: 'member.invited',
  payload: { n },
});

describe('ledger.checkpoint job (real BullMQ worker)', () => {
  it('upserts the hourly job scheduler at boot', async () => {
    const schedulers = await queues.queue('ledger').getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'ledger.checkpoint', pattern: '0 * * * *' })]),
    );
  });

  it('signs each advanced organization once, verifiably, and signs nothing on a run without new events', async () => {
    const [a, b, quiet] = [await ctx.newOrg('A'), await ctx.newOrg('B'), await ctx.newOrg('Quiet')];
    for (let i = 1; i <= 3; i += 1) {
      await audit.appendStandalone(a, event(i));
    }
    await audit.appendStandalone(b, event(1));

    expect((await runCheckpointJob('run-1')).signed).toBeGreaterThanOrEqual(2);
    const [cpA, cpB] = [await checkpointsOf(a), await checkpointsOf(b)];
    expect(cpA).toHaveLength(1);
    expect(cpB).toHaveLength(1);
    expect(await checkpointsOf(quiet)).toEqual([]);
    const headA = await ctx.owner.auditEvent.findFirstOrThrow({ where: { organizationId: a, seq: 3 } });
    expect(cpA[0]).toMatchObject({
      seq: 3,
      hash: headA.hash,
      keyId: DEV_SIGNING_KEY_ID,
      prevSignature: null,
    });

    // Verified with the public key read straight from the generated key file, not through the service.
    const pem = await readFile(path.join(ctx.keysDir, `${DEV_SIGNING_KEY_ID}.pem`), 'utf8');
    const publicKeys = new Map([[DEV_SIGNING_KEY_ID, createPublicKey(pem)]]);
    expect(verifyCheckpoint(cpA[0]!, publicKeys)).toEqual({ valid: true });
    expect(verifyCheckpoint(cpB[0]!, publicKeys)).toEqual({ valid: true });

    expect(await runCheckpointJob('run-2')).toEqual({ signed: 0 });
    expect(await checkpointsOf(a)).toHaveLength(1);

    await audit.appendStandalone(a, event(4));
    expect(await runCheckpointJob('run-3')).toEqual({ signed: 1 });
    const chained = await checkpointsOf(a);
    expect(chained.map((cp) => cp.seq)).toEqual([3, 4]);
    expect(chained[1]!.prevSignature).toBe(chained[0]!.signature);
    expect(verifyCheckpointChain(chained, await ctx.app.get(LedgerKeysService).publicKeys())).toMatchObject({
      valid: true,
      count: 2,
    });
    expect(await ctx.app.get(AuditVerificationService).verify(a)).toMatchObject({
      valid: true,
      lastSeq: 4,
      checkpointsVerified: 2,
    });
  });

  it('exposes a rewrite that recomputed every hash after a checkpoint', async () => {
    const orgId = await ctx.newOrg('Rewritten');
    for (let i = 1; i <= 3; i += 1) {
      await audit.appendStandalone(orgId, event(i));
    }
    await runCheckpointJob('run-rewrite');
    await ctx.owner.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local session_replication_role = replica`);
      await tx.$executeRaw`update "AuditEvent" set "hash" = repeat('a', 64)
        where "organizationId" = ${orgId}::uuid and "seq" = 3`;
    });
    expect(await ctx.app.get(AuditVerificationService).verify(orgId)).toMatchObject({
      valid: false,
      brokenAtSeq: 3,
    });
  });

  it('fails a job whose payload does not match its schema, without retrying it', async () => {
    const job = await queues.queue('ledger').add('ledger.checkpoint', { unexpected: true }, { attempts: 3 });
    const result = await finished(job.id!);
    expect(result.state).toBe('failed');
    expect(result.failedReason).toMatch(/Invalid payload for job "ledger\.checkpoint"/);
    expect((await queues.queue('ledger').getJob(job.id!))?.attemptsMade).toBe(1);
  });
});

describe('worker boot check', () => {
  it('refuses to boot when a registered job has no handler, naming the job', async () => {
    await expect(createLedgerTestContext({ imports: [JobWorkerModule] })).rejects.toThrow(
      'job "ledger.checkpoint" has no @JobHandler',
    );
  });

  it('refuses to boot when a job has two handlers, naming the job', async () => {
    @Injectable()
    class SecondCheckpointProcessor {
      @JobHandler('ledger.checkpoint')
      async run(): Promise<void> {}
    }
    @Module({ providers: [SecondCheckpointProcessor] })
    class SecondHandlerModule {}

    await expect(
      createLedgerTestContext({ imports: [JobWorkerModule, LedgerCheckpointModule, SecondHandlerModule] }),
    ).rejects.toThrow(/job "ledger\.checkpoint" has 2 @JobHandler methods/);
  });
});
