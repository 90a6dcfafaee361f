import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunList } from '@kushim/contracts';
import { QueueService } from '@/infra/queue/queue.service';
import { call, newOrg, newUser, type TestOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;

beforeAll(async () => {
  ctx = await createPipelineContext();
}, 60_000);

afterAll(async () => {
  await ctx?.close();
});

/** The checks the providers' own medium tests prove fail on the acme scenario, plus the cross-source ones. */
const ACME_FAILING = [
  'aws.ec2.no-unrestricted-ssh',
  'aws.ec2.vpc-flow-logs-enabled',
  'aws.iam.access-keys-rotated-90-days',
  'aws.iam.console-users-mfa',
  'aws.iam.password-policy-strength',
  'aws.iam.unused-credentials-disabled',
  'aws.kms.key-rotation-enabled',
  'aws.rds.not-publicly-accessible',
  'aws.s3.default-encryption',
  'aws.s3.versioning-enabled',
  'cross.change.approved-before-merge',
  'cross.offboarding.okta-deactivated-in-aws',
  'cross.offboarding.okta-deactivated-in-github',
  'cross.offboarding.okta-deactivated-in-slack',
  'github.dependabot.no-overdue-critical-alerts',
  'github.org.members-two-factor',
  'github.org.two-factor-required',
  'github.repo.enforce-admins',
  'github.repo.stale-approvals-dismissed',
  'jira.incidents.resolved-within-sla',
  'okta.roles.super-admins-limited',
  'okta.users.inactive-disabled',
  'okta.users.mfa-enrolled',
  'slack.users.guests-reviewed',
  'slack.users.two-factor',
];

const resultsOf = async (runId: string, status: 'FAIL' | 'INCONCLUSIVE') =>
  (await ctx.owner.checkResult.findMany({ where: { runId, status }, select: { checkId: true } }))
    .map((r) => r.checkId)
    .sort();

const controlStatus = async (orgId: string, controlId: string) =>
  (
    await ctx.owner.controlStatus.findUnique({
      where: { organizationId_controlId: { organizationId: orgId, controlId } },
    })
  )?.status;

describe('a run of the acme scenario through the real worker', () => {
  let org: TestOrg;
  let firstRunId: string;

  it('returns 202 with a run id, collects all five integrations and fails exactly the designed checks', async () => {
    ({ org } = await ctx.connectedOrg());
    firstRunId = await ctx.startRun(org);
    const run = await ctx.completedRun(org, firstRunId);
    expect(run.steps.map((s) => [s.provider, s.state, s.error])).toEqual([
      ['aws', 'COMPLETED', null],
      ['github', 'COMPLETED', null],
      ['jira', 'COMPLETED', null],
      ['okta', 'COMPLETED', null],
      ['slack', 'COMPLETED', null],
    ]);
    expect(run.results).toEqual({ PASS: 33, FAIL: 25, INCONCLUSIVE: 0, NOT_APPLICABLE: 0 });
    expect(await resultsOf(firstRunId, 'FAIL')).toEqual(ACME_FAILING);
  }, 60_000);

  it("ran each collect job on its provider's queue", async () => {
    const queues = ctx.api.app.get(QueueService);
    const { steps } = await ctx.completedRun(org, firstRunId);
    for (const step of steps) {
      const jobs = await queues.queue(`collect.${step.provider}`).getJobs(['completed']);
      const job = jobs.find((j) => (j.data as { runId?: string }).runId === firstRunId);
      expect(job?.data).toEqual({
        orgId: org.orgId,
        runId: firstRunId,
        integrationId: step.integrationId,
        provider: step.provider,
      });
    }
    // Nothing on the undivided queue.
    expect(Object.values(await queues.queue('collect').getJobCounts()).every((n) => n === 0)).toBe(true);
  });

  it("materialises control statuses and today's score from them", async () => {
    expect(await controlStatus(org.orgId, 'KSM-VULN-01')).toBe('FAILING');
    const statuses = await ctx.owner.controlStatus.groupBy({
      by: ['status'],
      where: { organizationId: org.orgId },
      _count: { _all: true },
    });
    const count = (status: string) => statuses.find((s) => s.status === status)?._count._all ?? 0;
    const snapshot = await ctx.owner.scoreSnapshot.findFirstOrThrow({ where: { organizationId: org.orgId } });
    const controls = await ctx.owner.control.count();
    expect(snapshot).toMatchObject({
      passing: count('PASSING'),
      failing: count('FAILING'),
      applicable: controls,
    });
    expect(snapshot.passing).toBe(12);
    expect(snapshot.failing).toBe(16);
    expect(snapshot.score).toBe(Math.round((12 / controls) * 1000) / 10);
  });

  it('stores no new evidence rows on a second run over unchanged data, and keeps one result per check', async () => {
    const before = await ctx.owner.evidence.count({ where: { organizationId: org.orgId } });
    const runId = await ctx.startRun(org);
    const run = await ctx.completedRun(org, runId);
    expect(await ctx.owner.evidence.count({ where: { organizationId: org.orgId } })).toBe(before);
    expect(run.steps.every((s) => s.newEvidenceCount === 0 && s.evidenceCount > 0)).toBe(true);
    expect(await ctx.owner.runEvidence.count({ where: { runId } })).toBe(before);
    expect(await resultsOf(runId, 'FAIL')).toEqual(ACME_FAILING);
    expect(await ctx.owner.checkResult.count({ where: { runId } })).toBe(58);
  }, 60_000);

  it('refuses to change or delete stored evidence, even for the owner role', async () => {
    const evidence = await ctx.owner.evidence.findFirstOrThrow({ where: { organizationId: org.orgId } });
    await expect(
      ctx.owner.evidence.update({ where: { id: evidence.id }, data: { kind: 'tampered' } }),
    ).rejects.toThrow(/append-only/);
    await expect(ctx.owner.evidence.delete({ where: { id: evidence.id } })).rejects.toThrow(/append-only/);
  });

  it('lists runs newest first with their result counts, pages by cursor, and shows the next sweep', async () => {
    const first = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/runs?limit=1`, {
      token: org.owner.accessToken,
    });
    expect(first.status).toBe(200);
    const page1 = first.body as RunList;
    expect(page1.items).toHaveLength(1);
    expect(page1.items[0]!.id).not.toBe(firstRunId);
    expect(page1.items[0]!.results.FAIL).toBe(ACME_FAILING.length);
    expect(page1.nextCursor).toBe(page1.items[0]!.id);
    expect(page1.schedule?.everyHours).toBe(6);
    expect(Date.parse(page1.schedule!.nextRunAt)).toBeGreaterThan(Date.now());
    const second = await call(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/runs?limit=1&cursor=${page1.nextCursor}`,
      { token: org.owner.accessToken },
    );
    const page2 = second.body as RunList;
    expect(page2.items.map((run) => run.id)).toEqual([firstRunId]);
    expect(page2.items[0]!.steps).toHaveLength(5);
    expect(page2.nextCursor).toBeNull();
    const bad = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/runs?limit=0&cursor=nope`, {
      token: org.owner.accessToken,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/limit/);
    expect(JSON.stringify(bad.body)).toMatch(/cursor/);
    const other = await newOrg(ctx.api.app);
    const theirs = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/runs`, {
      token: other.owner.accessToken,
    });
    expect(theirs.status).toBe(404);
    const own = await call(ctx.api.app, 'GET', `/api/v1/orgs/${other.orgId}/runs`, {
      token: other.owner.accessToken,
    });
    expect(own.body).toEqual({ items: [], nextCursor: null, schedule: null });
  });

  it("does not show another organization's runs (404)", async () => {
    const other = await newOrg(ctx.api.app);
    const viaTheirPath = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/runs/${firstRunId}`, {
      token: other.owner.accessToken,
    });
    expect(viaTheirPath.status).toBe(404);
    const viaOwnPath = await call(ctx.api.app, 'GET', `/api/v1/orgs/${other.orgId}/runs/${firstRunId}`, {
      token: other.owner.accessToken,
    });
    expect(viaOwnPath.status).toBe(404);
    const intoTheirs = await call(ctx.api.app, 'POST', `/api/v1/orgs/${org.orgId}/runs`, {
      token: other.owner.accessToken,
      body: {},
    });
    expect(intoTheirs.status).toBe(404);
  });

  it('refuses a run to viewers (403) and to an organization with nothing connected (422)', async () => {
    const viewer = await newUser(ctx.api.app, org, 'VIEWER');
    const denied = await call(ctx.api.app, 'POST', `/api/v1/orgs/${org.orgId}/runs`, {
      token: viewer.accessToken,
      body: {},
    });
    expect(denied.status).toBe(403);
    const empty = await newOrg(ctx.api.app);
    const nothing = await call(ctx.api.app, 'POST', `/api/v1/orgs/${empty.orgId}/runs`, {
      token: empty.owner.accessToken,
      body: {},
    });
    expect(nothing.status).toBe(422);
  });
});

describe('runs that meet failing providers', () => {
  it('puts an integration whose credentials were revoked in ERROR with an actionable message, without retrying', async () => {
    const { org, integrations } = await ctx.connectedOrg(['github', 'okta']);
    await ctx.swapCredentials(org.orgId, integrations.get('github')!, {
      token: 'sbx_broken-credentials_revoked',
    });
    const run = await ctx.completedRun(org, await ctx.startRun(org));
    const github = run.steps.find((s) => s.provider === 'github');
    expect(github).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect(run.steps.find((s) => s.provider === 'okta')?.state).toBe('COMPLETED');
    const integration = await call<{ status: string; lastError: string }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/integrations/${integrations.get('github')!}`,
      { token: org.owner.accessToken },
    );
    expect(integration.body.status).toBe('ERROR');
    expect(integration.body.lastError).toMatch(/GitHub rejected the credentials .*replace them/);
  }, 60_000);

  it('completes after retrying a rate-limited provider, honouring Retry-After', async () => {
    const { org, integrations } = await ctx.connectedOrg(['okta', 'slack']);
    const unique = Date.now().toString(36);
    await ctx.swapCredentials(org.orgId, integrations.get('okta')!, {
      apiToken: `sbx_rate-limited_okta${unique}`,
    });
    await ctx.swapCredentials(org.orgId, integrations.get('slack')!, {
      botToken: `sbx_rate-limited_slack${unique}`,
    });
    const run = await ctx.completedRun(org, await ctx.startRun(org));
    expect(run.steps.map((s) => [s.provider, s.state, s.error])).toEqual([
      ['okta', 'COMPLETED', null],
      ['slack', 'COMPLETED', null],
    ]);
    expect(run.results.INCONCLUSIVE).toBe(0);
  }, 60_000);

  it('marks checks that lacked evidence INCONCLUSIVE during a partial outage and keeps their failing control failing', async () => {
    const { org, integrations } = await ctx.connectedOrg(['aws', 'github']);
    await ctx.completedRun(org, await ctx.startRun(org));
    expect(await controlStatus(org.orgId, 'KSM-VULN-01')).toBe('FAILING');

    await ctx.swapCredentials(org.orgId, integrations.get('github')!, { token: 'sbx_partial-outage_1' });
    await ctx.swapCredentials(org.orgId, integrations.get('aws')!, {
      accessKeyId: 'sbx_partial-outage_AKIAKUSHIMAUDIT',
      secretAccessKey: 'sandbox-secret',
    });
    const runId = await ctx.startRun(org);
    const run = await ctx.completedRun(org, runId);
    expect(await resultsOf(runId, 'INCONCLUSIVE')).toEqual([
      'aws.guardduty.enabled',
      'github.dependabot.no-overdue-critical-alerts',
    ]);
    expect(
      run.steps.every((s) => s.state === 'COMPLETED' && (s.error ?? '').startsWith('Partial collection')),
    ).toBe(true);
    expect(await controlStatus(org.orgId, 'KSM-VULN-01')).toBe('FAILING');
  }, 90_000);
});

describe('scheduled sweeps', () => {
  it('keeps one job scheduler per organization, every 6 hours by default, that starts a SCHEDULED run', async () => {
    const { org } = await ctx.connectedOrg(['slack']);
    const queues = ctx.api.app.get(QueueService);
    const schedulers = await queues.queue('runs').getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: `run.start.${org.orgId}`, every: 6 * 3_600_000 }),
      ]),
    );
    // What the scheduler enqueues when it fires:
    await queues.enqueue('run.start', { orgId: org.orgId }, { jobKey: `test-${org.orgId}` });
    const deadline = Date.now() + 30_000;
    let run = await ctx.owner.collectionRun.findFirst({
      where: { organizationId: org.orgId, trigger: 'SCHEDULED' },
    });
    while (!run && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = await ctx.owner.collectionRun.findFirst({
        where: { organizationId: org.orgId, trigger: 'SCHEDULED' },
      });
    }
    expect((await ctx.completedRun(org, run!.id)).status).toBe('COMPLETED');
  }, 60_000);

  it('follows the shortest interval among the integrations and drops the scheduler when none is left', async () => {
    const { org, integrations } = await ctx.connectedOrg(['slack']);
    const queues = ctx.api.app.get(QueueService);
    const id = integrations.get('slack')!;
    const base = `/api/v1/orgs/${org.orgId}/integrations/${id}`;
    expect(
      (
        await call(ctx.api.app, 'PATCH', base, {
          token: org.owner.accessToken,
          body: { scheduleEveryHours: 2 },
        })
      ).status,
    ).toBe(200);
    expect(await queues.queue('runs').getJobScheduler(`run.start.${org.orgId}`)).toMatchObject({
      every: 2 * 3_600_000,
    });
    expect((await call(ctx.api.app, 'DELETE', base, { token: org.owner.accessToken })).status).toBe(204);
    expect(await queues.queue('runs').getJobScheduler(`run.start.${org.orgId}`)).toBeUndefined();
  });
});

describe('credentials', () => {
  it('never appear in an API response, a worker log line, or Redis', async () => {
    const { org, integrations } = await ctx.connectedOrg(['github', 'slack']);
    await ctx.completedRun(org, await ctx.startRun(org));
    const bodies = [
      (
        await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/integrations`, {
          token: org.owner.accessToken,
        })
      ).text,
      (
        await call(
          ctx.api.app,
          'GET',
          `/api/v1/orgs/${org.orgId}/integrations/${integrations.get('github')!}`,
          { token: org.owner.accessToken },
        )
      ).text,
    ];
    for (const text of [...bodies, ctx.api.logs.text(), ctx.workerLogs.lines.join('\n')]) {
      expect(text).not.toMatch(/sbx_[a-z-]+_|sandbox-secret/);
    }
    const keys = await ctx.redis.keys(`${ctx.api.env.REDIS_PREFIX}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toContain('sbx_');
      const type = await ctx.redis.type(key);
      const value =
        type === 'hash'
          ? JSON.stringify(await ctx.redis.hgetall(key))
          : type === 'string'
            ? ((await ctx.redis.get(key)) ?? '')
            : '';
      expect(value).not.toMatch(/sbx_[a-z-]+_|sandbox-secret/);
    }
  }, 60_000);
});
