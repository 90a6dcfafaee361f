import { createRegistry, jiraProvider, severities } from '@kushim/integrations';
import { asOrgId } from '@kushim/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseService } from '@/infra/database/database.service';
import { deterministicJobId } from '@/infra/queue/job-id';
import { QueueService } from '@/infra/queue/queue.service';
import { jiraSyncKeyOfRun } from '@/modules/alerts/transitions/alert-dispatcher.service';
import { JiraSyncProcessor, type JiraSyncOutcome } from '@/modules/alerts/jira/jira-sync.processor';
import { remediationLabel } from '@/modules/alerts/jira/remediation-label';
import { RemediationTicketRepository } from '@/modules/alerts/jira/remediation-ticket.repository';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { call, type TestOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let org: TestOrg;
let jiraIntegrationId: string;
const registry = createRegistry();
const atOrAboveHigh = new Set(severities.slice(0, 2));

const sync = (orgId: string) => ctx.worker.get(JiraSyncProcessor).sync({ orgId });

/** The acme Jira as a person would use it (to close an issue by hand, to read an issue's status). */
const jiraAsPerson = () =>
  jiraProvider.createClient(
    { email: 'grace@acme.example', apiToken: 'sbx_acme_person' },
    { host: `${ctx.sandbox.url}/jira`, incidentProjectKey: 'SEC' },
  );

async function enableJira(orgId: string, integrationId: string, projectKey: string, issueType = 'Task') {
  const data = {
    jiraEnabled: true,
    jiraIntegrationId: integrationId,
    jiraProjectKey: projectKey,
    jiraIssueType: issueType,
    jiraMinSeverity: 'high',
    jiraLabels: ['kushim', 'soc 2'],
  };
  await ctx.owner.notificationSettings.upsert({
    where: { organizationId: orgId },
    create: { organizationId: orgId, slaDays: { critical: 7, high: 30, medium: 90, low: 180 }, ...data },
    update: data,
  });
}

/**
 * A run, and the Jira sync its end enqueues (the run's own job): waits for that job, so the syncs a test then calls
 * directly never overlap it, and returns its outcome.
 */
async function completedRun(who: TestOrg): Promise<{ runId: string; synced: JiraSyncOutcome }> {
  const runId = await ctx.startRun(who);
  expect((await ctx.completedRun(who, runId)).status).toBe('COMPLETED');
  const queue = ctx.worker.get(QueueService).queue('alerts');
  const jobId = deterministicJobId('alert.jira-sync', jiraSyncKeyOfRun(runId));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = await queue.getJob(jobId);
    const state = job ? await job.getState() : 'missing';
    if (job && state === 'completed') {
      return { runId, synced: (await queue.getJob(jobId))!.returnvalue as JiraSyncOutcome };
    }
    if (state === 'failed' || Date.now() > deadline) {
      throw new Error(`the Jira sync of run ${runId} is ${state}: ${job?.failedReason ?? ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Latest results of the organization's failing checks at or above high (what should have a ticket). */
async function failingHighChecks(orgId: string, runId: string) {
  const rows = await ctx.owner.checkResult.findMany({
    where: { organizationId: orgId, runId, status: 'FAIL' },
  });
  return rows
    .filter((row) => atOrAboveHigh.has(registry.check(row.checkId)!.severity))
    .map((row) => ({
      checkId: row.checkId,
      failing: [
        ...new Set(
          (row.findings as unknown as StoredFinding[])
            .filter((f) => f.status === 'FAIL' && !f.excepted)
            .map((f) => f.resource.id),
        ),
      ].sort(),
    }))
    .sort((a, b) => a.checkId.localeCompare(b.checkId));
}

const openTickets = (orgId: string) =>
  ctx.owner.remediationTicket.findMany({
    where: { organizationId: orgId, status: 'OPEN' },
    orderBy: { checkId: 'asc' },
  });

/** What the sandbox's Jira received for this organization's issues (other organizations share the acme Jira). */
async function jiraWrites(orgId: string) {
  const tickets = await ctx.owner.remediationTicket.findMany({ where: { organizationId: orgId } });
  const keys = new Set(tickets.map((t) => t.issueKey));
  const labels = new Set(registry.allChecks().map((c) => remediationLabel(orgId, c.id)));
  const recorded = ctx.sandbox.recorder.list({ provider: 'jira' });
  const created = recorded.filter(
    (r) =>
      r.kind === 'issue.created' &&
      ((r.body as { fields: { labels?: string[] } }).fields.labels ?? []).some((l) => labels.has(l)),
  );
  const about = (kind: string) =>
    recorded.filter((r) => r.kind === kind && keys.has((r.body as { issueKey: string }).issueKey));
  return { created, commented: about('issue.commented'), transitioned: about('issue.transitioned') };
}

async function except(who: TestOrg, checkId: string, resourceIds: readonly string[]) {
  for (const resourceId of resourceIds) {
    const res = await call(ctx.api.app, 'POST', `/api/v1/orgs/${who.orgId}/exceptions`, {
      token: who.owner.accessToken,
      body: {
        checkId,
        resourceId,
        justification: 'Compensating control reviewed by the security team.',
        expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      },
    });
    expect(res.status, res.text).toBe(201);
  }
}

beforeAll(async () => {
  ctx = await createPipelineContext();
  const connected = await ctx.connectedOrg();
  org = connected.org;
  jiraIntegrationId = connected.integrations.get('jira')!;
  await enableJira(org.orgId, jiraIntegrationId, 'SEC');
}, 90_000);

afterAll(async () => {
  await ctx?.close();
});

describe('Jira remediation tickets for the acme scenario', () => {
  let expected: Awaited<ReturnType<typeof failingHighChecks>>;

  it('opens exactly one issue per failing check at or above the severity, with resources, fix and links', async () => {
    // The run's end enqueues the sync: its outcome is the job's.
    const { runId, synced: outcome } = await completedRun(org);
    expected = await failingHighChecks(org.orgId, runId);
    expect(expected.map((c) => c.checkId)).toContain('cross.change.approved-before-merge');

    expect(outcome).toMatchObject({ opened: expected.length, adopted: 0, refused: null });
    const tickets = await openTickets(org.orgId);
    expect(tickets.map((t) => [t.checkId, t.failingResources])).toEqual(
      expected.map((c) => [c.checkId, c.failing]),
    );
    const { created } = await jiraWrites(org.orgId);
    expect(created).toHaveLength(expected.length);
    const change = created.find((r) =>
      (r.body as { fields: { summary: string } }).fields.summary.includes(
        registry.check('cross.change.approved-before-merge')!.title,
      ),
    )!.body as { key: string; fields: { summary: string; labels: string[]; description: unknown } };
    expect(change.fields.summary).toBe(
      `[Kushim] ${registry.check('cross.change.approved-before-merge')!.title}`,
    );
    expect(change.fields.labels).toEqual([
      'kushim',
      'soc-2',
      remediationLabel(org.orgId, 'cross.change.approved-before-merge'),
    ]);
    const description = JSON.stringify(change.fields.description);
    expect(description).toContain('acme-corp/api#415');
    expect(description).toContain(registry.check('cross.change.approved-before-merge')!.remediation);
    expect(description).toContain(`${ctx.api.env.WEB_URL}/orgs/${org.orgId}/controls/KSM-CHG-01`);
    const settings = await ctx.owner.notificationSettings.findUniqueOrThrow({
      where: { organizationId: org.orgId },
    });
    expect(settings.jiraLastError).toBeNull();
  });

  it('changes nothing in Jira on a second identical run, nor when the same sync runs again', async () => {
    const before = await jiraWrites(org.orgId);
    await completedRun(org);
    await sync(org.orgId);
    await sync(org.orgId);
    const after = await jiraWrites(org.orgId);
    expect(after.created).toHaveLength(before.created.length);
    expect(after.commented).toHaveLength(before.commented.length);
    expect(after.transitioned).toHaveLength(before.transitioned.length);
    expect((await openTickets(org.orgId)).length).toBe(expected.length);
  });

  it('adopts the issue an interrupted attempt created but never recorded, instead of opening a second one', async () => {
    const [lost] = await openTickets(org.orgId);
    // As if the worker died between Jira's answer and the database write.
    await ctx.owner.remediationTicket.delete({ where: { id: lost!.id } });
    const before = await jiraWrites(org.orgId);

    const outcome = await sync(org.orgId);

    expect(outcome).toMatchObject({ opened: 0, adopted: 1 });
    expect((await jiraWrites(org.orgId)).created).toHaveLength(before.created.length);
    const again = await ctx.owner.remediationTicket.findFirstOrThrow({
      where: { organizationId: org.orgId, checkId: lost!.checkId, status: 'OPEN' },
    });
    expect(again.issueKey).toBe(lost!.issueKey);
  });

  it('comments once when the failing resources of a check change', async () => {
    const checkId = 'cross.change.approved-before-merge';
    const target = expected.find((c) => c.checkId === checkId)!;
    expect(target.failing.length).toBeGreaterThan(1);
    const ticket = (await openTickets(org.orgId)).find((t) => t.checkId === checkId)!;
    await except(org, checkId, [target.failing[0]!]);
    await completedRun(org);

    await sync(org.orgId);
    await sync(org.orgId);

    const comments = (await jiraWrites(org.orgId)).commented.filter(
      (r) => (r.body as { issueKey: string }).issueKey === ticket.issueKey,
    );
    expect(comments).toHaveLength(1);
    expect(JSON.stringify(comments[0]!.body)).toContain(`No longer failing (1):`);
    expect(JSON.stringify(comments[0]!.body)).toContain(target.failing[0]!);
    const updated = await ctx.owner.remediationTicket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(updated.failingResources).toEqual(target.failing.slice(1));
  });

  it('closes on recovery: comments and moves the issue to done; an issue closed by hand is only marked closed', async () => {
    const recovering = 'cross.change.approved-before-merge';
    const byHand = expected.find((c) => c.checkId !== recovering)!;
    const tickets = await openTickets(org.orgId);
    const recoveringTicket = tickets.find((t) => t.checkId === recovering)!;
    const byHandTicket = tickets.find((t) => t.checkId === byHand.checkId)!;
    const person = jiraAsPerson();
    const { transitions } = await person.issues.getTransitions({ issueIdOrKey: byHandTicket.issueKey });
    await person.issues.doTransition({
      issueIdOrKey: byHandTicket.issueKey,
      transition: { id: transitions!.find((t) => t.name === 'Done')!.id },
    });
    await except(org, recovering, recoveringTicket.failingResources);
    await except(org, byHand.checkId, byHand.failing);
    const before = await jiraWrites(org.orgId);
    const { synced: outcome } = await completedRun(org);
    await sync(org.orgId);

    expect(outcome).toMatchObject({ closed: 2, opened: 0, updated: 0 });
    const after = await jiraWrites(org.orgId);
    const newOf = (kind: 'commented' | 'transitioned', key: string) =>
      after[kind].slice(before[kind].length).filter((r) => (r.body as { issueKey: string }).issueKey === key);
    expect(newOf('commented', recoveringTicket.issueKey)).toHaveLength(1);
    expect(JSON.stringify(newOf('commented', recoveringTicket.issueKey)[0]!.body)).toContain('passes again');
    expect(newOf('transitioned', recoveringTicket.issueKey)).toHaveLength(1);
    expect(newOf('commented', byHandTicket.issueKey)).toHaveLength(0);
    expect(newOf('transitioned', byHandTicket.issueKey)).toHaveLength(0);
    const issue = await person.issues.getIssue({
      issueIdOrKey: recoveringTicket.issueKey,
      fields: ['status'],
    });
    expect(issue.fields.status?.statusCategory?.key).toBe('done');
    for (const id of [recoveringTicket.id, byHandTicket.id]) {
      const row = await ctx.owner.remediationTicket.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe('CLOSED');
      expect(row.closedAt).toBeInstanceOf(Date);
    }
    expect((await openTickets(org.orgId)).length).toBe(expected.length - 2);
  });
});

describe('a Jira configuration Jira refuses', () => {
  let other: TestOrg;
  let otherJira: string;

  beforeAll(async () => {
    const connected = await ctx.connectedOrg();
    other = connected.org;
    otherJira = connected.integrations.get('jira')!;
    await completedRun(other);
  }, 90_000);

  it('records an actionable error and completes the job when the project does not exist', async () => {
    await enableJira(other.orgId, otherJira, 'NOPE');
    // Through the queue: the worker runs the job to completion (no crash, no retry storm).
    await ctx.worker
      .get(QueueService)
      .enqueue('alert.jira-sync', { orgId: other.orgId }, { jobKey: `nope-${other.orgId}` });
    const deadline = Date.now() + 20_000;
    let lastError: string | null = null;
    while (lastError === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      lastError = (
        await ctx.owner.notificationSettings.findUniqueOrThrow({ where: { organizationId: other.orgId } })
      ).jiraLastError;
    }
    expect(lastError).toMatch(/^Jira project NOPE was not found or the Kushim account cannot see it: /);
    expect(lastError).toContain('valid project is required');
    expect(await ctx.owner.remediationTicket.count({ where: { organizationId: other.orgId } })).toBe(0);
  });

  it('names the issue type when the project has no such type', async () => {
    await enableJira(other.orgId, otherJira, 'SEC', 'Epic');
    const outcome = await sync(other.orgId);
    expect(outcome.refused).toMatch(/^Issue type "Epic" cannot be used in Jira project SEC: /);
    expect(await ctx.owner.remediationTicket.count({ where: { organizationId: other.orgId } })).toBe(0);
  });

  it("does not show one organization's tickets to another", async () => {
    const database = ctx.worker.get(DatabaseService);
    const repository = ctx.worker.get(RemediationTicketRepository);
    const mine = await database.tenant(asOrgId(org.orgId), (tx) =>
      repository.openTicketsByCheck(tx, asOrgId(org.orgId)),
    );
    expect(mine.size).toBeGreaterThan(0);
    const [ticket] = [...mine.values()];
    expect(ticket!.url).toBe(`${ctx.sandbox.url}/jira/browse/${ticket!.issueKey}`);
    const seenByOther = await database.tenant(asOrgId(other.orgId), async (tx) => ({
      links: await repository.openTicketsByCheck(tx, asOrgId(other.orgId)),
      rows: await tx.remediationTicket.findMany({ where: { organizationId: org.orgId } }),
    }));
    expect(seenByOther.links.size).toBe(0);
    expect(seenByOther.rows).toEqual([]);
  });

  it('opens the tickets once the configuration is fixed, and clears the error', async () => {
    await enableJira(other.orgId, otherJira, 'SEC');
    const outcome = await sync(other.orgId);
    expect(outcome.refused).toBeNull();
    expect(outcome.opened).toBeGreaterThan(0);
    expect(
      await ctx.owner.remediationTicket.count({ where: { organizationId: other.orgId, status: 'OPEN' } }),
    ).toBe(outcome.opened);
    const settings = await ctx.owner.notificationSettings.findUniqueOrThrow({
      where: { organizationId: other.orgId },
    });
    expect(settings.jiraLastError).toBeNull();
  });
});
