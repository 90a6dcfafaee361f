import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../../../apps/sandbox/src';
import { runCheck } from '../../src/core/check';
import {
  IntegrationAuthError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../src/core/errors';
import { evidenceSet, type EvidenceSnapshot } from '../../src/core/evidence';
import { offboardingChecks } from '../../src/cross/offboarding';
import { awsProvider } from '../../src/providers/aws';
import { awsIamUsersCollector } from '../../src/providers/aws/collectors/iam-users.collector';
import { githubProvider } from '../../src/providers/github';
import { oktaProvider } from '../../src/providers/okta';
import type { OktaSettings } from '../../src/providers/okta/settings';

/** The Okta SDK (@okta/okta-sdk-nodejs) against the sandbox: every route, the acme and all-pass data, the failure modes. */
describe('Okta provider over the sandbox', () => {
  let sandbox: Sandbox;
  let settings: OktaSettings;
  const client = (token: string) => oktaProvider.createClient({ apiToken: token }, settings);
  const collectAll = async (token: string): Promise<EvidenceSnapshot[]> => {
    const snapshots: EvidenceSnapshot[] = [];
    for (const collector of oktaProvider.collectors) {
      snapshots.push(...(await collector.collect(client(token), { now: () => new Date(), settings })));
    }
    return snapshots;
  };
  const failingChecks = (snapshots: EvidenceSnapshot[]) =>
    oktaProvider.checks
      .map((check) => runCheck(check, evidenceSet(snapshots), new Date(), settings))
      .filter((outcome) => outcome.status !== 'PASS')
      .map((outcome) => `${outcome.checkId}:${outcome.status}`)
      .sort();

  beforeAll(async () => {
    sandbox = await createSandbox();
    settings = oktaProvider.settingsSchema.parse({
      orgUrl: 'https://acme.okta.com',
      endpointOverride: `${sandbox.url}/okta`,
    });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('pages users through Link headers and leaves DEPROVISIONED users out unless searched for', async () => {
    const okta = client('sbx_acme_page');
    const collection = await okta.userApi.listUsers({ limit: 10 });
    const firstPage = await collection.getNextPage();
    expect(firstPage).toHaveLength(10);
    const all = [];
    for await (const user of await okta.userApi.listUsers({ limit: 10 })) {
      all.push(user);
    }
    expect(all).toHaveLength(37);
    expect(new Set(all.map((u) => u?.id)).size).toBe(37);
    expect(all.every((u) => u?.status !== 'DEPROVISIONED')).toBe(true);
    expect(all[0]?.lastLogin).toBeInstanceOf(Date);
    const leavers = [];
    for await (const user of await okta.userApi.listUsers({ search: 'status eq "DEPROVISIONED"' })) {
      leavers.push(user?.profile?.email);
    }
    expect(leavers.sort()).toEqual([
      'dana.whitfield@acme.example',
      'marcus.lee@acme.example',
      'whit@acme.example',
    ]);
    const filtered = [];
    for await (const user of await okta.userApi.listUsers({
      filter: 'profile.email eq "maya.okafor@acme.example"',
    })) {
      filtered.push(user?.profile?.firstName);
    }
    expect(filtered).toEqual(['Maya']);
  });

  it("answers an unsupported search with Okta's E0000031", async () => {
    await expect(
      (await client('sbx_acme_q').userApi.listUsers({ search: 'lastLogin gt "2020"' })).getNextPage(),
    ).rejects.toMatchObject({
      status: 400,
      errorCode: 'E0000031',
    });
  });

  it('serves one user, their factors and roles, and the role assignees', async () => {
    const okta = client('sbx_acme_roles');
    const assignees = await okta.roleAssignmentApi.listUsersWithRoleAssignments({ limit: 2 });
    expect(assignees.value).toHaveLength(2);
    expect(assignees._links?.next?.href).toContain('after=');
    const userId = assignees.value?.[0]?.id ?? '';
    const user = await okta.userApi.getUser({ userId });
    expect(user.profile?.email).toMatch(/@acme\.example$/);
    const roles = [];
    for await (const role of await okta.roleAssignmentApi.listAssignedRolesForUser({ userId })) {
      roles.push(role?.type);
    }
    expect(roles.length).toBeGreaterThan(0);
    const factors = [];
    for await (const factor of await okta.userFactorApi.listFactors({ userId })) {
      factors.push(factor?.factorType);
    }
    expect(factors).toContain('push');
    await expect(okta.userApi.getUser({ userId: '00unknown' })).rejects.toMatchObject({
      status: 404,
      errorCode: 'E0000007',
    });
  });

  it('collects acme evidence whose checks fail exactly on MFA enrollment, inactive users and super admins', async () => {
    const snapshots = await collectAll('sbx_acme_1');
    expect(snapshots.map((s) => s.kind).sort()).toEqual([
      'okta.logs.streams',
      'okta.policies.mfa-enroll',
      'okta.policies.password',
      'okta.policies.sign-on',
      'okta.roles.super-admins',
      'okta.users.directory',
      'okta.users.factors',
    ]);
    expect(failingChecks(snapshots)).toEqual([
      'okta.roles.super-admins-limited:FAIL',
      'okta.users.inactive-disabled:FAIL',
      'okta.users.mfa-enrolled:FAIL',
    ]);
    const mfa = runCheck(oktaProvider.checks[1]!, evidenceSet(snapshots), new Date(), settings);
    expect(
      mfa.findings
        .filter((f) => f.status === 'FAIL')
        .map((f) => f.resource.name)
        .sort(),
    ).toEqual(['clara.jensen@acme.example', 'julia.costa@acme.example', 'omar.farouk@acme.example']);
  });

  it('collects identical evidence twice in a row (stable content for hashing)', async () => {
    const first = await collectAll('sbx_acme_a');
    const second = await collectAll('sbx_acme_b');
    expect(second.map((s) => s.content)).toEqual(first.map((s) => s.content));
  });

  it('passes every check on all-pass', async () => {
    expect(failingChecks(await collectAll('sbx_all-pass_1'))).toEqual([]);
  });

  it('reports a working token through testConnection and a rejected one as an auth error', async () => {
    expect(await oktaProvider.testConnection(client('sbx_acme_t'), settings)).toMatchObject({
      ok: true,
      missingPermissions: [],
    });
    const result = await oktaProvider.testConnection(client('sbx_broken-credentials_t'), settings);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/rejected the API token/);
  });

  it('types broken credentials and unknown tokens as IntegrationAuthError (E0000011)', async () => {
    for (const token of ['sbx_broken-credentials_1', 'not-a-sandbox-token']) {
      const error = await oktaProvider.collectors[0]!.collect(client(token), {
        now: () => new Date(),
        settings,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 401, errorCode: 'E0000011' });
      expect(oktaProvider.classifyError(error)).toBeInstanceOf(IntegrationAuthError);
    }
  });

  it('types the first rate-limited calls as ProviderRateLimitedError with retryAfterMs, then succeeds', async () => {
    const token = `sbx_rate-limited_${Date.now()}`;
    const collector = oktaProvider.collectors[3]!;
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await collector
        .collect(client(token), { now: () => new Date(), settings })
        .catch((e: unknown) => e);
      const typed = oktaProvider.classifyError(error);
      expect(typed).toBeInstanceOf(ProviderRateLimitedError);
      expect((typed as ProviderRateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(1000);
    }
    const snapshots = await collector.collect(client(token), { now: () => new Date(), settings });
    expect(snapshots[0]?.kind).toBe('okta.logs.streams');
  });

  it('types a connection failure as ProviderUnavailableError', async () => {
    const offline = oktaProvider.createClient(
      { apiToken: 'sbx_acme_1' },
      oktaProvider.settingsSchema.parse({ endpointOverride: 'http://127.0.0.1:9/okta' }),
    );
    const error = await oktaProvider.collectors[3]!.collect(offline, {
      now: () => new Date(),
      settings,
    }).catch((e: unknown) => e);
    expect(oktaProvider.classifyError(error)).toBeInstanceOf(ProviderUnavailableError);
  });

  it("finds acme's Okta leavers still in the GitHub org and in AWS IAM, and none on all-pass", async () => {
    const crossEvidence = async (scenario: string) => {
      const okta = await oktaProvider.collectors[0]!.collect(client(`sbx_${scenario}_cross`), {
        now: () => new Date(),
        settings,
      });
      const githubSettings = githubProvider.settingsSchema.parse({
        org: 'acme-corp',
        baseUrl: `${sandbox.url}/github`,
      });
      const github = githubProvider.createClient({ token: `sbx_${scenario}_cross` }, githubSettings);
      const githubOrg = githubProvider.collectors.find((c) => c.produces.includes('github.org.members'))!;
      const awsSettings = awsProvider.settingsSchema.parse({
        region: 'us-east-1',
        endpoint: `${sandbox.url}/aws`,
        maxAttempts: 1,
      });
      const aws = awsProvider.createClient(
        { accessKeyId: `sbx_${scenario}_AKIACROSS`, secretAccessKey: 'sandbox' },
        awsSettings,
      );
      return evidenceSet([
        ...okta,
        ...(await githubOrg.collect(github, { now: () => new Date(), settings: githubSettings })),
        ...(await awsIamUsersCollector.collect(aws, { now: () => new Date(), settings: awsSettings })),
      ]);
    };
    const outcomes = (set: Awaited<ReturnType<typeof crossEvidence>>) =>
      offboardingChecks
        .filter((check) => check.id !== 'cross.offboarding.okta-deactivated-in-slack')
        .map((check) => runCheck(check, set, new Date()))
        .map((o) => [
          o.checkId,
          o.status,
          o.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.id),
        ]);
    expect(outcomes(await crossEvidence('acme'))).toEqual([
      ['cross.offboarding.okta-deactivated-in-github', 'FAIL', ['whit-d']],
      [
        'cross.offboarding.okta-deactivated-in-aws',
        'FAIL',
        [expect.stringMatching(/:user\/(.*\/)?priya\.shah$/)],
      ],
    ]);
    expect(outcomes(await crossEvidence('all-pass')).map(([id, status]) => [id, status])).toEqual([
      ['cross.offboarding.okta-deactivated-in-github', 'PASS'],
      ['cross.offboarding.okta-deactivated-in-aws', 'PASS'],
    ]);
  });
});
