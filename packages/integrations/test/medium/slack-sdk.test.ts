import { IncomingWebhook } from '@slack/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../../apps/sandbox/src';
import { runCheck } from '../../src/core/check';
import { IntegrationAuthError, ProviderRateLimitedError } from '../../src/core/errors';
import { evidenceSet, type EvidenceSnapshot } from '../../src/core/evidence';
import { offboardingChecks } from '../../src/cross/offboarding';
import { oktaProvider } from '../../src/providers/okta';
import { slackProvider } from '../../src/providers/slack';
import type { SlackSettings } from '../../src/providers/slack/settings';

/** The Slack SDKs (@slack/web-api, @slack/webhook) against the sandbox, and the Okta × Slack offboarding check. */
describe('Slack provider over the sandbox', () => {
  let sandbox: Sandbox;
  let settings: SlackSettings;
  const client = (token: string) => slackProvider.createClient({ botToken: token }, settings);
  const collectAll = async (token: string): Promise<EvidenceSnapshot[]> => {
    const snapshots: EvidenceSnapshot[] = [];
    for (const collector of slackProvider.collectors) {
      snapshots.push(...(await collector.collect(client(token), { now: () => new Date(), settings })));
    }
    return snapshots;
  };
  const failing = (
    checks: typeof slackProvider.checks,
    snapshots: EvidenceSnapshot[],
    checkSettings: Record<string, unknown>,
  ) =>
    checks
      .map((check) => runCheck(check, evidenceSet(snapshots), new Date(), checkSettings))
      .filter((outcome) => outcome.status !== 'PASS')
      .map((outcome) => `${outcome.checkId}:${outcome.status}`)
      .sort();

  beforeAll(async () => {
    sandbox = await createSandbox();
    settings = slackProvider.settingsSchema.parse({
      apiUrl: `${sandbox.url}/slack/api/`,
      alertChannel: 'security-alerts',
      approvedGuests: ['alex.byrne@northwind-assurance.example'],
    });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('pages users.list and conversations.list by next_cursor', async () => {
    const slack = client('sbx_acme_pages');
    const firstPage = await slack.users.list({ limit: 10 });
    expect(firstPage.members).toHaveLength(10);
    expect(firstPage.response_metadata?.next_cursor).not.toBe('');
    let members = 0;
    for await (const page of slack.paginate('users.list', { limit: 7 })) {
      members += (page as { members?: unknown[] }).members?.length ?? 0;
    }
    expect(members).toBe(43);
    const channels = await slack.conversations.list({ limit: 2, exclude_archived: true });
    expect(channels.channels).toHaveLength(2);
    const team = await slack.team.info();
    expect(team.team?.name).toBe('Acme Corp');
    const identity = await slack.auth.test();
    expect(identity.user).toBe('kushim');
  });

  it("posts to a channel the bot is in, records it, and refuses others with Slack's errors", async () => {
    const slack = client('sbx_acme_post');
    const posted = await slack.chat.postMessage({
      channel: 'security-alerts',
      text: 'Control KSM-AC-01 failed',
    });
    expect(posted.ok).toBe(true);
    expect(posted.ts).toMatch(/^\d+\.\d{6}$/);
    expect(
      sandbox.recorder.list({ provider: 'slack', kind: 'chat.postMessage' }).map((r) => r.body),
    ).toContainEqual(expect.objectContaining({ channel: posted.channel, text: 'Control KSM-AC-01 failed' }));
    await expect(slack.chat.postMessage({ channel: 'engineering', text: 'x' })).rejects.toMatchObject({
      data: { error: 'not_in_channel' },
    });
    await expect(slack.chat.postMessage({ channel: 'no-such-channel', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(slack.conversations.info({ channel: 'CNOPE' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });

  it('accepts incoming webhook posts and records them', async () => {
    const webhook = new IncomingWebhook(`${sandbox.url}/slack/services/T0ACME0001/B0ALERTS/sbx_acme_hook`);
    const result = await webhook.send({ text: 'Score dropped to 71%' });
    expect(result.text).toBe('ok');
    expect(sandbox.recorder.list({ kind: 'incoming-webhook' }).map((r) => r.body)).toContainEqual(
      expect.objectContaining({ text: 'Score dropped to 71%' }),
    );
    await expect(
      new IncomingWebhook(`${sandbox.url}/slack/services/T0/B0/unknown`).send({ text: 'x' }),
    ).rejects.toThrow();
  });

  it('collects acme evidence whose checks fail exactly on 2FA and unreviewed guests', async () => {
    const snapshots = await collectAll('sbx_acme_1');
    expect(snapshots.map((s) => s.kind).sort()).toEqual([
      'slack.channels.alert-channel',
      'slack.users.members',
      'slack.users.two-factor',
    ]);
    expect(failing(slackProvider.checks, snapshots, settings)).toEqual([
      'slack.users.guests-reviewed:FAIL',
      'slack.users.two-factor:FAIL',
    ]);
    const twoFactor = runCheck(slackProvider.checks[0]!, evidenceSet(snapshots), new Date(), settings);
    expect(
      twoFactor.findings
        .filter((f) => f.status === 'FAIL')
        .map((f) => f.resource.name)
        .sort(),
    ).toEqual(['ethan.price@acme.example', 'nina.petrova@acme.example', 'omar.farouk@acme.example']);
  });

  it('fails the alert-channel check when the bot is not in the configured channel', async () => {
    const other = slackProvider.settingsSchema.parse({ ...settings, alertChannel: 'incidents' });
    const [snapshot] = await slackProvider.collectors[1]!.collect(client('sbx_acme_2'), {
      now: () => new Date(),
      settings: other,
    });
    const outcome = runCheck(slackProvider.checks[3]!, evidenceSet([snapshot!]), new Date(), other);
    expect(outcome.findings[0]?.reason).toMatch(/not a member of #incidents/);
  });

  it('passes every check on all-pass', async () => {
    expect(failing(slackProvider.checks, await collectAll('sbx_all-pass_1'), settings)).toEqual([]);
  });

  it("finds the Okta leaver still active in acme's Slack, and none on all-pass", async () => {
    const oktaSettings = oktaProvider.settingsSchema.parse({
      orgUrl: 'https://acme.okta.com',
      endpointOverride: `${sandbox.url}/okta`,
    });
    const evidenceFor = async (scenario: string) => {
      const okta = oktaProvider.createClient({ apiToken: `sbx_${scenario}_x` }, oktaSettings);
      const users = await oktaProvider.collectors[0]!.collect(okta, {
        now: () => new Date(),
        settings: oktaSettings,
      });
      return evidenceSet([...users, ...(await collectAll(`sbx_${scenario}_x`))]);
    };
    const slackCheck = offboardingChecks.find((c) => c.id === 'cross.offboarding.okta-deactivated-in-slack')!;
    const acme = runCheck(slackCheck, await evidenceFor('acme'), new Date());
    expect(acme.findings.filter((f) => f.status === 'FAIL').map((f) => f.reason)).toEqual([
      expect.stringMatching(
        /^dana\.whitfield@acme\.example is DEPROVISIONED in Okta since .* but Slack member dana\.whitfield/,
      ),
    ]);
    expect(acme.findings).toHaveLength(4);
    expect(runCheck(slackCheck, await evidenceFor('all-pass'), new Date()).status).toBe('PASS');
  });

  it('reports a working token through testConnection and types a rejected one as IntegrationAuthError', async () => {
    expect(await slackProvider.testConnection(client('sbx_acme_t'), settings)).toMatchObject({ ok: true });
    for (const token of ['sbx_broken-credentials_1', 'xoxb-unknown']) {
      const error = await slackProvider.collectors[0]!.collect(client(token), {
        now: () => new Date(),
        settings,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ data: { error: 'invalid_auth' } });
      expect(slackProvider.classifyError(error)).toBeInstanceOf(IntegrationAuthError);
    }
  });

  it('types the first rate-limited calls as ProviderRateLimitedError with Retry-After, then succeeds', async () => {
    const token = `sbx_rate-limited_${Date.now()}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await slackProvider.collectors[1]!.collect(client(token), {
        now: () => new Date(),
        settings,
      }).catch((e: unknown) => e);
      const typed = slackProvider.classifyError(error);
      expect(typed).toBeInstanceOf(ProviderRateLimitedError);
      expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(1000);
    }
    const [snapshot] = await slackProvider.collectors[1]!.collect(client(token), {
      now: () => new Date(),
      settings,
    });
    expect(snapshot?.kind).toBe('slack.channels.alert-channel');
  });
});
