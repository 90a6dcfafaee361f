import { createRegistry } from '@kushim/integrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newOrg, newUser, type SignedInUser, type TestOrg } from '../factories';
import { Clock } from '@/common/time/clock';
import { ApiConfig } from '@/config/api-config';
import { DatabaseService } from '@/infra/database/database.service';
import { DigestProcessor } from '@/modules/alerts/digest/digest.processor';
import { CatalogService } from '@/modules/catalog/catalog.service';
import { INTEGRATION_REGISTRY } from '@/modules/integrations/integration-registry.module';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

let ctx: PipelineContext;
let org: TestOrg;
let other: TestOrg;
let integrations: Map<string, string>;
let manager: SignedInUser;
let viewer: SignedInUser;
let auditor: SignedInUser;

const registry = createRegistry();
const settingsUrl = (orgId: string) => `/api/v1/orgs/${orgId}/notification-settings`;

const put = (body: Record<string, unknown>, who: SignedInUser = manager, orgId = org.orgId) =>
  call<Record<string, unknown> & { message?: string }>(ctx.api.app, 'PUT', settingsUrl(orgId), {
    token: who.accessToken,
    body,
  });

const slackBot = () => ({
  slackEnabled: true,
  slackMode: 'BOT',
  slackChannel: '#security-alerts',
  slackIntegrationId: integrations.get('slack'),
  slackMinSeverity: 'low',
});

beforeAll(async () => {
  ctx = await createPipelineContext();
  ({ org, integrations } = await ctx.connectedOrg());
  other = await newOrg(ctx.api.app);
  manager = await newUser(ctx.api.app, org, 'COMPLIANCE_MANAGER');
  viewer = await newUser(ctx.api.app, org, 'VIEWER');
  auditor = await newUser(ctx.api.app, org, 'AUDITOR');
}, 90_000);

afterAll(async () => {
  await ctx?.close();
});

describe('notification settings', () => {
  it('reads the defaults before anything is saved', async () => {
    const res = await call<Record<string, unknown>>(ctx.api.app, 'GET', settingsUrl(org.orgId), {
      token: viewer.accessToken,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      slackEnabled: false,
      jiraEnabled: false,
      slaDays: { critical: 7, high: 30, medium: 90, low: 180 },
      slackWebhookConfigured: false,
      digestTime: '09:00',
      timezone: 'UTC',
      updatedAt: null,
    });
  });

  it('lets a compliance manager change them, seals the webhook URL, and records what changed', async () => {
    for (const who of [viewer, auditor]) {
      expect((await put(slackBot(), who)).status).toBe(403);
    }
    const webhook = 'https://hooks.slack.example/services/T000/B000/verysecretpath';
    const res = await put({
      ...slackBot(),
      slackWebhookUrl: webhook,
      digestEnabled: true,
      digestTime: '08:30',
      timezone: 'Europe/Paris',
      slaDays: { critical: 3, high: 14, medium: 60, low: 120 },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      slackEnabled: true,
      slackWebhookConfigured: true,
      timezone: 'Europe/Paris',
    });
    expect(res.text).not.toContain('verysecretpath');
    const row = await ctx.owner.notificationSettings.findUniqueOrThrow({
      where: { organizationId: org.orgId },
    });
    expect(row.slackWebhookCiphertext).not.toContain('verysecretpath');

    const event = await ctx.owner.auditEvent.findFirstOrThrow({
      where: { organizationId: org.orgId, action: 'notification-settings.updated' },
      orderBy: { seq: 'desc' },
    });
    const payload = event.payload as { changed: string[] };
    expect(payload.changed).toEqual(
      expect.arrayContaining(['slackEnabled', 'slackChannel', 'slackWebhookUrl', 'digestTime', 'slaDays']),
    );
    expect(JSON.stringify(event.payload)).not.toContain('verysecretpath');

    // Leaving the webhook out keeps it; null removes it.
    expect((await put(slackBot())).body.slackWebhookConfigured).toBe(true);
    expect((await put({ ...slackBot(), slackWebhookUrl: null })).body.slackWebhookConfigured).toBe(false);
  });

  it('names the field of every bad value and changes nothing', async () => {
    const before = await ctx.owner.notificationSettings.findUniqueOrThrow({
      where: { organizationId: org.orgId },
    });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ slackEnabled: true, slackMode: 'BOT' }, 'slackChannel'],
      [{ slackEnabled: true, slackMode: 'WEBHOOK' }, 'slackWebhookUrl'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ digestTime: '25:00' }, 'digestTime'],
      [{ slaDays: { critical: 0, high: 30, medium: 90, low: 180 } }, 'slaDays.critical'],
      [{ slackMinSeverity: 'urgent' }, 'slackMinSeverity'],
      [{ jiraEnabled: true, jiraIntegrationId: integrations.get('jira') }, 'jiraProjectKey'],
      [{ jiraIntegrationId: integrations.get('slack') }, 'jiraIntegrationId'],
      [{ slackIntegrationId: integrations.get('jira') }, 'slackIntegrationId'],
      [{ slackChanel: '#typo' }, 'slackChanel'],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.status, `${field}: ${res.text}`).toBe(400);
      expect(res.body.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}:`));
    }
    const after = await ctx.owner.notificationSettings.findUniqueOrThrow({
      where: { organizationId: org.orgId },
    });
    expect(after).toEqual(before);
  });

  it('is invisible to other organizations', async () => {
    const read = await call(ctx.api.app, 'GET', settingsUrl(org.orgId), { token: other.owner.accessToken });
    expect(read.status).toBe(404);
    expect((await put(slackBot(), other.owner)).status).toBe(404);
  });
});

describe('transitions and the Slack outbox', () => {
  const outbox = () =>
    ctx.owner.outboxMessage.findMany({ where: { organizationId: org.orgId }, orderBy: { createdAt: 'asc' } });

  it('records one transition and one failing message per failing control, and nothing on an unchanged rerun', async () => {
    expect((await put({ ...slackBot(), digestEnabled: false })).status).toBe(200);
    const first = await ctx.startRun(org);
    await ctx.completedRun(org, first);
    const failing = await ctx.owner.controlStatus.findMany({
      where: { organizationId: org.orgId, status: 'FAILING' },
    });
    expect(failing.length).toBeGreaterThan(0);
    const messages = (await outbox()).filter((m) => m.kind === 'control.failing');
    expect(messages.map((m) => m.dedupeKey.split(':')[1]).sort()).toEqual(
      failing.map((c) => c.controlId).sort(),
    );
    for (const message of messages) {
      const payload = message.payload as { text: string; blocks: unknown[] };
      expect(payload.text).toContain(message.dedupeKey.split(':')[1]);
      expect(payload.blocks.length).toBeGreaterThan(0);
    }

    const transitions = await call<{
      items: { controlId: string; to: string; cause: string; runId: string }[];
    }>(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/transitions?limit=200`, { token: viewer.accessToken });
    expect(transitions.status).toBe(200);
    const toFailing = transitions.body.items.filter((t) => t.to === 'FAILING');
    expect(toFailing.map((t) => t.controlId).sort()).toEqual(failing.map((c) => c.controlId).sort());
    expect(toFailing.every((t) => t.cause === 'run' && t.runId === first)).toBe(true);

    const countBefore = (await outbox()).length;
    const transitionsBefore = await ctx.owner.controlTransition.count({
      where: { organizationId: org.orgId },
    });
    const second = await ctx.startRun(org);
    await ctx.completedRun(org, second);
    expect((await outbox()).length).toBe(countBefore);
    expect(await ctx.owner.controlTransition.count({ where: { organizationId: org.orgId } })).toBe(
      transitionsBefore,
    );
  }, 120_000);

  it('announces a recovery once when exceptions make a failing control pass', async () => {
    const failing = await ctx.owner.checkResult.findMany({
      where: { organizationId: org.orgId, status: 'FAIL' },
      orderBy: { evaluatedAt: 'desc' },
    });
    const failingIds = new Set(failing.map((r) => r.checkId));
    const target = failing.find((result) => {
      const check = registry.check(result.checkId)!;
      return check.controls.every((control) =>
        registry
          .allChecks()
          .every((c) => c.id === check.id || !c.controls.includes(control) || !failingIds.has(c.id)),
      );
    })!;
    const check = registry.check(target.checkId)!;
    const resources = (target.findings as { status: string; resource: { id: string } }[])
      .filter((f) => f.status === 'FAIL')
      .map((f) => f.resource.id);
    for (const resourceId of new Set(resources)) {
      const res = await call(ctx.api.app, 'POST', `/api/v1/orgs/${org.orgId}/exceptions`, {
        token: manager.accessToken,
        body: {
          checkId: check.id,
          resourceId,
          justification: 'Compensating control reviewed quarterly by the security team.',
          expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        },
      });
      expect(res.status, res.text).toBe(201);
    }
    const recovered = (await outbox()).filter((m) => m.kind === 'control.recovered');
    expect(recovered.map((m) => m.dedupeKey.split(':')[1]).sort()).toEqual([...check.controls].sort());
    const transitions = await ctx.owner.controlTransition.findMany({
      where: { organizationId: org.orgId, cause: 'exception', toStatus: 'PASSING' },
    });
    expect(transitions.map((t) => t.controlId).sort()).toEqual([...check.controls].sort());

    const outboxView = await call<{ items: { kind: string; status: string }[] }>(
      ctx.api.app,
      'GET',
      `/api/v1/orgs/${org.orgId}/outbox`,
      { token: org.owner.accessToken },
    );
    expect(outboxView.status).toBe(200);
    expect(outboxView.body.items.some((m) => m.kind === 'control.recovered')).toBe(true);
    const denied = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/outbox`, {
      token: manager.accessToken,
    });
    expect(denied.status).toBe(403);
  }, 60_000);

  it('keeps each organization’s transitions and outbox to itself', async () => {
    for (const path of ['transitions', 'outbox']) {
      const res = await call(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/${path}`, {
        token: other.owner.accessToken,
      });
      expect(res.status).toBe(404);
      const own = await call<{ items: unknown[] }>(
        ctx.api.app,
        'GET',
        `/api/v1/orgs/${other.orgId}/${path}`,
        {
          token: other.owner.accessToken,
        },
      );
      expect(own.body.items).toEqual([]);
    }
  });
});

describe('remediation SLAs', () => {
  it('starts the clock when a check fails, keeps it across runs, and flags a check past its SLA as overdue', async () => {
    const states = await ctx.owner.checkState.findMany({
      where: { organizationId: org.orgId, status: 'FAIL' },
    });
    expect(states.length).toBeGreaterThan(0);
    const runs = await ctx.owner.collectionRun.findMany({
      where: { organizationId: org.orgId },
      orderBy: { createdAt: 'asc' },
    });
    // The clock started at the first run that saw the failure, not at the latest one.
    for (const state of states) {
      expect(state.failingSince!.getTime()).toBeLessThanOrEqual(runs[1]!.createdAt.getTime());
    }
    type Item = { id: string; severity: string; sla: { overdue: boolean; daysOverdue: number } | null };
    const list = async () =>
      (
        await call<{ items: Item[] }>(ctx.api.app, 'GET', `/api/v1/orgs/${org.orgId}/checks`, {
          token: viewer.accessToken,
        })
      ).body.items;
    const failingIds = new Set(states.map((s) => s.checkId));
    const now = await list();
    expect(
      now
        .filter((c) => c.sla !== null)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...failingIds].sort());
    expect(now.every((c) => c.sla === null || !c.sla.overdue)).toBe(true);

    // The default SLAs apply (the last PUT replaced the custom ones): 20 days on, only critical is past due.
    ctx.api.clock.advance(20 * 86_400_000);
    try {
      const later = await list();
      for (const item of later.filter((c) => c.sla !== null)) {
        const expected = item.severity === 'critical';
        expect(item.sla!.overdue, item.id).toBe(expected);
      }
    } finally {
      ctx.api.clock.reset();
    }
  });
});

describe('the daily digest', () => {
  class FixedClock extends Clock {
    constructor(public at: Date) {
      super();
    }
    override now(): Date {
      return this.at;
    }
  }

  it('writes one digest per local day at the configured local time, listing failing controls and overdue checks', async () => {
    expect(
      (await put({ ...slackBot(), digestEnabled: true, digestTime: '08:00', timezone: 'Asia/Tokyo' })).status,
    ).toBe(200);
    const clock = new FixedClock(new Date('2030-01-14T22:59:00Z')); // 07:59 in Tokyo on the 15th
    const digests = new DigestProcessor(
      ctx.api.app.get(DatabaseService),
      ctx.api.app.get(CatalogService),
      ctx.api.app.get(ApiConfig),
      clock,
      ctx.api.app.get(INTEGRATION_REGISTRY),
    );
    const written = () =>
      ctx.owner.outboxMessage.findMany({
        // The worker's own digest job may write today's (real clock) digest meanwhile: look at 2030 only.
        where: { organizationId: org.orgId, kind: 'digest', dedupeKey: { startsWith: 'digest:2030-' } },
        orderBy: { id: 'asc' },
      });

    await digests.writeDigests();
    expect(await written()).toEqual([]);
    clock.at = new Date('2030-01-14T23:00:00Z'); // 08:00 in Tokyo
    await digests.writeDigests();
    await digests.writeDigests();
    const [first, ...rest] = await written();
    expect(rest).toEqual([]);
    expect(first!.dedupeKey).toBe('digest:2030-01-15');
    const text = JSON.stringify(first!.payload);
    const failing = await ctx.owner.controlStatus.findMany({
      where: { organizationId: org.orgId, status: 'FAILING' },
    });
    for (const control of failing.slice(0, 3)) {
      expect(text).toContain(control.controlId);
    }
    // Years after the failures began, every failing check is past its SLA and counted as overdue.
    const failingChecks = await ctx.owner.checkState.count({
      where: { organizationId: org.orgId, failingSince: { not: null } },
    });
    expect(failingChecks).toBeGreaterThan(0);
    expect(text).toContain(`${failingChecks} overdue checks`);

    clock.at = new Date('2030-01-15T23:30:00Z'); // the next morning in Tokyo
    await digests.writeDigests();
    expect((await written()).map((m) => m.dedupeKey)).toEqual(['digest:2030-01-15', 'digest:2030-01-16']);
  });
});
