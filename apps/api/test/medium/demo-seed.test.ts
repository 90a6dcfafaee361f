import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../../../scripts/kushim/demo-seed';
import { createRegistry } from '@kushim/integrations';
import { call, newOrg } from '../factories';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let apiUrl: string;

beforeAll(async () => {
  ctx = await createPipelineContext();
  await ctx.api.app.listen(0, '127.0.0.1');
  apiUrl = await ctx.api.app.getUrl();
}, 60_000);

const openTickets = (orgId: string) =>
  ctx.owner.remediationTicket.count({ where: { organizationId: orgId, status: 'OPEN' } });

afterAll(async () => {
  await ctx?.close();
});

describe('seedDemoOrganization (pnpm demo)', () => {
  it('connects the five sandbox integrations through the public API and runs a sweep with real results', async () => {
    const org = await newOrg(ctx.api.app, 'Acme');
    const seeded = await seedDemoOrganization(apiUrl, ctx.sandbox.url, org.owner.accessToken, org.orgId);
    expect(seeded.connected).toEqual(['aws', 'github', 'okta', 'jira', 'slack']);
    const run = await ctx.completedRun(org, seeded.runId);
    expect(run.results.FAIL).toBe(25);
    expect(
      (await ctx.owner.scoreSnapshot.findFirstOrThrow({ where: { organizationId: org.orgId } })).passing,
    ).toBe(12);

    // Alerts land in the sandbox: one Slack message per failing control (severity high and above), delivered and
    // marked SENT, and one Jira ticket per failing high/critical check in SEC.
    const failingAlerts = await ctx.owner.outboxMessage.findMany({
      where: { organizationId: org.orgId, kind: 'control.failing' },
    });
    expect(failingAlerts.length).toBeGreaterThan(0);
    const deadline = Date.now() + 30_000;
    const delivered = () =>
      ctx.sandbox.recorder
        .list({ provider: 'slack', kind: 'chat.postMessage' })
        .map((r) => r.body as { text?: string })
        .filter((body) => body.text?.includes(' is failing'));
    while (delivered().length < failingAlerts.length || (await openTickets(org.orgId)) === 0) {
      if (Date.now() > deadline) {
        const outbox = await ctx.owner.outboxMessage.findMany({
          where: { organizationId: org.orgId },
          take: 3,
        });
        const all = ctx.sandbox.recorder.list({ provider: 'slack' }).slice(0, 3);
        throw new Error(
          `alerts did not land: ${delivered().length} Slack messages, tickets pending; outbox ${JSON.stringify(outbox.map((m) => [m.status, m.lastError, m.attempts]))}; recorded ${JSON.stringify(all).slice(0, 500)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(delivered()).toHaveLength(failingAlerts.length);
    expect(
      await ctx.owner.outboxMessage.count({
        where: { organizationId: org.orgId, kind: 'control.failing', status: 'SENT' },
      }),
    ).toBe(failingAlerts.length);
    const tickets = await ctx.owner.remediationTicket.findMany({
      where: { organizationId: org.orgId, status: 'OPEN' },
    });
    const created = ctx.sandbox.recorder.list({ provider: 'jira', kind: 'issue.created' });
    for (const ticket of tickets) {
      expect(
        created.some(
          (r) =>
            JSON.stringify(r.body).includes(ticket.checkId) || JSON.stringify(r).includes(ticket.issueKey),
        ),
      ).toBe(true);
    }

    // The control shows the ticket tracking its failing check's fix.
    const [first] = tickets;
    const controlId = createRegistry().check(first!.checkId)!.controls[0]!;
    const detail = await call<{
      checkResults: { checkId: string; ticket: { issueKey: string; url: string } | null }[];
    }>(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/controls/${controlId}`, {
      token: org.owner.accessToken,
    });
    expect(detail.body.checkResults.find((c) => c.checkId === first!.checkId)?.ticket).toMatchObject({
      issueKey: first!.issueKey,
      url: expect.stringContaining(`/browse/${first!.issueKey}`),
    });

    const again = await seedDemoOrganization(apiUrl, ctx.sandbox.url, org.owner.accessToken, org.orgId);
    expect(again.connected).toEqual([]);
    expect(await ctx.owner.integration.count({ where: { organizationId: org.orgId } })).toBe(5);
    await ctx.completedRun(org, again.runId);
  }, 90_000);
});
