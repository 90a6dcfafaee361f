import { randomUUID } from 'node:crypto';
import { asOrgId, type Prisma } from '@kushim/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CredentialVault } from '@/infra/crypto/credential-vault.service';
import { DatabaseService } from '@/infra/database/database.service';
import { QueueService } from '@/infra/queue/queue.service';
import { failingControlMessage } from '@/modules/alerts/slack/control-messages';
import { sealSlackWebhook } from '@/modules/alerts/slack/slack-webhook-secret';
import { createPipelineContext, type PipelineContext } from './pipeline-test-context';

/**
 * Slack delivery from the outbox through the real worker, Postgres, Redis and the sandbox's Slack. Outbox rows are
 * written here as the transition writer writes them (payload = the Slack message); the assertions are on what
 * reaches the sandbox's Slack and on the rows.
 */

let ctx: PipelineContext;
let queues: QueueService;

const SLA_DAYS = { critical: 7, high: 30, medium: 90, low: 180 };
const SECURITY_ALERTS = 'CE88EAB7309'; // #security-alerts in the acme scenario: the bot is a member.

async function slackOrg(settings: Record<string, unknown> = {}) {
  const { org, integrations } = await ctx.connectedOrg(['slack']);
  await ctx.owner.notificationSettings.create({
    data: {
      organizationId: org.orgId,
      slackEnabled: true,
      slackMode: 'BOT',
      slackChannel: '#security-alerts',
      slackIntegrationId: integrations.get('slack') ?? null,
      slaDays: SLA_DAYS,
      ...settings,
    },
  });
  return org.orgId;
}

/** PENDING messages, oldest first; each names `tag` and its position so recordings can be told apart. */
async function pendingMessages(orgId: string, tag: string, count: number): Promise<string[]> {
  const base = Date.now() - 60_000;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const payload = failingControlMessage({
      control: { id: `KC-${i}`, title: `${tag} message ${i}` },
      checks: [
        {
          id: 'aws.iam.root-mfa',
          title: 'Root account has MFA',
          severity: 'critical',
          remediation: 'Enable MFA on the root user.',
          resources: [{ id: '123456789012', name: null, reason: 'root MFA disabled' }],
        },
      ],
      link: `http://localhost:3000/orgs/${orgId}/controls/KC-${i}`,
    });
    await ctx.owner.outboxMessage.create({
      data: {
        id,
        organizationId: orgId,
        channel: 'slack',
        kind: 'control.failing',
        dedupeKey: `control.failing:KC-${i}:${id}`,
        payload: payload as unknown as Prisma.InputJsonValue,
        createdAt: new Date(base + i),
      },
    });
    ids.push(id);
  }
  return ids;
}

type Post = { channel?: string; text?: string; blocks?: unknown };

/** Messages the sandbox's Slack accepted (chat.postMessage or incoming webhook) that carry `tag`, in arrival order. */
function posts(tag: string, kind = 'chat.postMessage'): Post[] {
  return ctx.sandbox.recorder
    .list({ provider: 'slack', kind })
    .map((r) => r.body as Post)
    .filter((body) => body.text?.includes(tag));
}

let runs = 0;
/** Enqueues `alert.deliver` for the org (a fresh job each time) and returns its id. */
async function deliver(orgId: string): Promise<string> {
  const { jobId } = await queues.enqueue('alert.deliver', { orgId }, { jobKey: `test:${orgId}:${++runs}` });
  return jobId;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const rows = (orgId: string) =>
  ctx.owner.outboxMessage.findMany({
    where: { organizationId: orgId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });

const allSent = (orgId: string) =>
  waitFor(`${orgId}'s messages SENT`, async () => {
    const all = await rows(orgId);
    return all.every((row) => row.status === 'SENT') ? all : undefined;
  });

async function completedJob(jobId: string) {
  return waitFor(`job ${jobId} completed`, async () => {
    const job = await queues.queue('alerts').getJob(jobId);
    const state = await job?.getState();
    if (state === 'failed') {
      throw new Error(`job ${jobId} failed: ${job?.failedReason}`);
    }
    return state === 'completed' ? job : undefined;
  });
}

async function fault(body: Record<string, unknown>) {
  const res = await fetch(`${ctx.sandbox.url}/_sandbox/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const clearFaults = () => fetch(`${ctx.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });

beforeAll(async () => {
  ctx = await createPipelineContext();
  queues = ctx.worker.get(QueueService);
}, 90_000);

afterEach(async () => {
  await clearFaults();
});

afterAll(async () => {
  await ctx?.close();
});

describe('alert.deliver', () => {
  it('posts each pending message once, in order, marks it SENT, and a rerun posts nothing more', async () => {
    const orgId = await slackOrg();
    const ids = await pendingMessages(orgId, 'in-order', 3);
    await completedJob(await deliver(orgId));

    const sent = await allSent(orgId);
    expect(sent.map((row) => [row.id, row.attempts, row.lastError])).toEqual(ids.map((id) => [id, 1, null]));
    expect(sent.every((row) => row.sentAt !== null)).toBe(true);
    const delivered = posts('in-order');
    expect(delivered.map((p) => p.text)).toEqual(
      [0, 1, 2].map((i): unknown => expect.stringContaining(`in-order message ${i}`)),
    );
    expect(delivered.every((p) => p.channel === SECURITY_ALERTS)).toBe(true);
    // Block Kit as built: header first, the link button to the control.
    const blocks = JSON.parse(String(delivered[0]?.blocks)) as { type: string }[];
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(blocks)).toContain(`/orgs/${orgId}/controls/KC-0`);

    const again = await completedJob(await deliver(orgId));
    expect(again.returnvalue).toEqual({ sent: 0, discarded: 0, waiting: null });
    expect(posts('in-order')).toHaveLength(3);
  }, 60_000);

  it('answered 429 twice, waits for Retry-After and delivers exactly once', async () => {
    const orgId = await slackOrg();
    const [id] = await pendingMessages(orgId, 'rate-limited', 1);
    await fault({ target: 'slack.chat.postMessage', status: 429, times: 2, retryAfterSeconds: 1 });
    const enqueuedAt = Date.now();
    await deliver(orgId);

    const [row] = await allSent(orgId);
    expect(row).toMatchObject({ id, status: 'SENT', attempts: 3, lastError: null });
    // Two Retry-After waits of 1 s at least, before the accepted post.
    expect(row!.sentAt!.getTime() - enqueuedAt).toBeGreaterThanOrEqual(2_000);
    expect(posts('rate-limited')).toHaveLength(1);
  }, 60_000);

  it('during a Slack outage keeps every message, then delivers each exactly once, in order', async () => {
    const orgId = await slackOrg();
    await fault({ target: 'slack.chat.postMessage', status: 500 });
    const ids = await pendingMessages(orgId, 'outage', 3);
    await deliver(orgId);

    // Several delivery attempts fail while Slack is down: nothing is posted, nothing is lost, order is kept.
    const during = await waitFor('three failed attempts', async () => {
      const all = await rows(orgId);
      return (all[0]?.attempts ?? 0) >= 3 ? all : undefined;
    });
    expect(during.map((row) => row.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(during[0]?.lastError).toMatch(/HTTP 500/);
    expect(during.slice(1).map((row) => row.attempts)).toEqual([0, 0]);
    expect(posts('outage')).toEqual([]);

    await clearFaults();
    const sent = await allSent(orgId);
    expect(sent.map((row) => row.id)).toEqual(ids);
    expect(posts('outage').map((p) => p.text)).toEqual(
      [0, 1, 2].map((i): unknown => expect.stringContaining(`outage message ${i}`)),
    );
  }, 90_000);

  it('posts through the incoming webhook in WEBHOOK mode', async () => {
    const orgId = await slackOrg({ slackMode: 'WEBHOOK', slackChannel: null });
    const url = `${ctx.sandbox.url}/slack/services/T0ACME0001/B0KUSHIM01/sbx_acme_webhook`;
    await ctx.owner.notificationSettings.update({
      where: { organizationId: orgId },
      data: { slackWebhookCiphertext: sealSlackWebhook(ctx.api.app.get(CredentialVault), orgId, url) },
    });
    await pendingMessages(orgId, 'webhook', 2);
    await deliver(orgId);

    await allSent(orgId);
    const delivered = posts('webhook', 'incoming-webhook');
    expect(delivered.map((p) => p.text)).toEqual(
      [0, 1].map((i): unknown => expect.stringContaining(`webhook message ${i}`)),
    );
    expect(delivered[0]?.blocks).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'header' })]),
    );
    expect(posts('webhook')).toEqual([]);
  }, 60_000);

  it('discards pending messages when Slack is turned off', async () => {
    const orgId = await slackOrg({ slackEnabled: false });
    await pendingMessages(orgId, 'turned-off', 2);
    const job = await completedJob(await deliver(orgId));

    expect(job.returnvalue).toEqual({ sent: 0, discarded: 2, waiting: null });
    expect((await rows(orgId)).map((row) => [row.status, row.lastError])).toEqual([
      ['DISCARDED', 'Slack notifications are off'],
      ['DISCARDED', 'Slack notifications are off'],
    ]);
    expect(posts('turned-off')).toEqual([]);
  }, 60_000);

  it("does not deliver or read another organization's outbox", async () => {
    const orgA = await slackOrg();
    const orgB = await slackOrg();
    await pendingMessages(orgA, 'tenant-a', 1);
    const idsB = await pendingMessages(orgB, 'tenant-b', 2);
    await completedJob(await deliver(orgA));

    await allSent(orgA);
    expect(posts('tenant-b')).toEqual([]);
    expect((await rows(orgB)).map((row) => [row.id, row.status])).toEqual(idsB.map((id) => [id, 'PENDING']));
    const visibleToA = await ctx.worker
      .get(DatabaseService)
      .tenant(asOrgId(orgA), (tx) => tx.outboxMessage.findMany({ select: { organizationId: true } }));
    expect(visibleToA.length).toBeGreaterThan(0);
    expect(visibleToA.every((row) => row.organizationId === orgA)).toBe(true);

    // Org B's messages wait for their own delivery (which goes once A's is done).
    await deliver(orgB);
    await allSent(orgB);
    expect(posts('tenant-b')).toHaveLength(2);
  }, 60_000);

  it('keeps a message PENDING with an actionable error when the channel is wrong, and sends it once fixed', async () => {
    const orgId = await slackOrg({ slackChannel: '#no-such-channel' });
    const [id] = await pendingMessages(orgId, 'misconfigured', 1);
    const job = await completedJob(await deliver(orgId));

    const [row] = await rows(orgId);
    expect(row).toMatchObject({ id, status: 'PENDING', attempts: 1 });
    expect(row?.lastError).toMatch(/#no-such-channel.*notification settings.*channel_not_found/);
    expect((job.returnvalue as { waiting: string }).waiting).toBe(row?.lastError);
    expect(posts('misconfigured')).toEqual([]);

    await ctx.owner.notificationSettings.update({
      where: { organizationId: orgId },
      data: { slackChannel: '#security-alerts' },
    });
    await deliver(orgId);
    const [sent] = await allSent(orgId);
    expect(sent).toMatchObject({ id, attempts: 2, lastError: null });
    expect(posts('misconfigured')).toHaveLength(1);
  }, 60_000);
});
