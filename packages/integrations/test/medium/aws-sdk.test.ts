import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetAccountPasswordPolicyCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { GetBucketEncryptionCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, defaultScenariosDir, type Sandbox } from '../../../../apps/sandbox/src';
import type { AwsScenarioData } from '../../../../apps/sandbox/src/providers/aws/data';
import { runCheck } from '../../src/core/check';
import {
  IntegrationAuthError,
  IntegrationPermissionError,
  ProviderRateLimitedError,
  ProviderUnavailableError,
} from '../../src/core/errors';
import { evidenceSet, type EvidenceSnapshot } from '../../src/core/evidence';
import { awsProvider } from '../../src/providers/aws';
import type { AwsClients } from '../../src/providers/aws/client';
import type {
  AwsAccountPublicAccessBlockEvidence,
  AwsAccountSummaryEvidence,
  AwsAttachedPoliciesEvidence,
  AwsBucketsEvidence,
  AwsConfigRecordersEvidence,
  AwsCredentialReportEvidence,
  AwsDbInstancesEvidence,
  AwsEbsEncryptionEvidence,
  AwsGuardDutyEvidence,
  AwsIamUsersEvidence,
  AwsKmsKeysEvidence,
  AwsPasswordPolicyEvidence,
  AwsSecurityGroupsEvidence,
  AwsTrailsEvidence,
  AwsVpcsEvidence,
} from '../../src/providers/aws/evidence';
import type { AwsSettings } from '../../src/providers/aws/settings';

/** The official AWS SDK v3 clients against the sandbox: every route, acme and all-pass data, the failure modes. */
describe('AWS provider over the sandbox', () => {
  let sandbox: Sandbox;
  let settings: AwsSettings;
  const designated = { versionedBuckets: ['acme-prod-backups', 'acme-web-assets'] };
  const clients = (accessKeyId: string, extra: Partial<AwsSettings> = {}, role?: string): AwsClients =>
    awsProvider.createClient(
      {
        accessKeyId,
        secretAccessKey: 'sandbox-secret',
        ...(role ? { roleArn: role, externalId: 'kushim-acme' } : {}),
      },
      { ...settings, ...extra },
    );
  const collectAll = async (source: AwsClients): Promise<EvidenceSnapshot[]> => {
    const snapshots: EvidenceSnapshot[] = [];
    for (const collector of awsProvider.collectors) {
      snapshots.push(...(await collector.collect(source, { now: () => new Date(), settings })));
    }
    return snapshots;
  };
  const content = <T>(snapshots: EvidenceSnapshot[], kind: string): T => {
    const found = snapshots.find((s) => s.kind === kind);
    if (!found) {
      throw new Error(`no ${kind} evidence`);
    }
    return found.content as T;
  };
  const nonPassing = (snapshots: EvidenceSnapshot[], checkSettings: Record<string, unknown> = designated) =>
    awsProvider.checks
      .map((check) => runCheck(check, evidenceSet(snapshots), new Date(), checkSettings))
      .filter((outcome) => outcome.status !== 'PASS')
      .map((outcome) => `${outcome.checkId}:${outcome.status}`)
      .sort();
  const rejection = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      return error;
    }
    throw new Error('expected the call to fail');
  };

  let acme: EvidenceSnapshot[];

  beforeAll(async () => {
    sandbox = await createSandbox();
    settings = awsProvider.settingsSchema.parse({
      region: 'us-east-1',
      endpoint: `${sandbox.url}/aws`,
      maxAttempts: 1,
    });
    acme = await collectAll(clients('sbx_acme_AKIAKUSHIMAUDIT'));
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('reads the root flags and the password policy (IAM Query/XML)', () => {
    expect(content<AwsAccountSummaryEvidence>(acme, 'aws.iam.account-summary')).toEqual({
      accountId: '412563879012',
      accountMfaEnabled: true,
      rootAccessKeysPresent: false,
    });
    expect(content<AwsPasswordPolicyEvidence>(acme, 'aws.iam.password-policy').policy).toEqual({
      minimumPasswordLength: 8,
      requireSymbols: false,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      passwordReusePrevention: null,
      maxPasswordAge: null,
    });
  });

  it('decodes the base64 credential report with its documented columns', () => {
    const rows = content<AwsCredentialReportEvidence>(acme, 'aws.iam.credential-report').rows;
    expect(rows).toHaveLength(9);
    const root = rows.find((r) => r.user === '<root_account>');
    expect(root).toMatchObject({
      arn: 'arn:aws:iam::412563879012:root',
      passwordEnabled: null,
      mfaActive: true,
    });
    const dave = rows.find((r) => r.user === 'dave.okafor');
    expect(dave).toMatchObject({ passwordEnabled: true, mfaActive: false });
    const ci = rows.find((r) => r.user === 'ci-deploy');
    expect(ci?.passwordEnabled).toBe(false);
    expect(ci?.accessKeys[0]?.active).toBe(true);
    expect(ci?.accessKeys[0]?.lastRotated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(ci?.accessKeys[1]).toEqual({ slot: 2, active: false, lastRotated: null, lastUsedDate: null });
  });

  it('lists users with their MFA devices and access keys', () => {
    const users = content<AwsIamUsersEvidence>(acme, 'aws.iam.users').users;
    expect(users.map((u) => u.userName)).toEqual([
      'alice.nguyen',
      'ben.carter',
      'ci-deploy',
      'dave.okafor',
      'jordan.lee',
      'monitoring-readonly',
      'priya.shah',
      'terraform',
    ]);
    const alice = users.find((u) => u.userName === 'alice.nguyen');
    expect(alice).toMatchObject({
      userId: 'AIDAW3ACMEALICE00001',
      arn: 'arn:aws:iam::412563879012:user/alice.nguyen',
      createDate: '2023-02-14T10:21:07.000Z',
      mfaDevices: ['arn:aws:iam::412563879012:mfa/alice.nguyen-yubikey'],
      accessKeys: [
        { accessKeyId: 'AKIAW3ACMEALICE0001A', status: 'Active', createDate: expect.any(String) as string },
      ],
    });
    expect(users.find((u) => u.userName === 'terraform')?.accessKeys.map((k) => k.status)).toEqual([
      'Active',
      'Inactive',
    ]);
  });

  it('pages ListUsers with Marker and MaxItems', async () => {
    const iam = clients('sbx_acme_AKIAPAGING').iam;
    const first = await iam.send(new ListUsersCommand({ MaxItems: 3 }));
    expect(first.Users?.map((u) => u.UserName)).toEqual(['alice.nguyen', 'ben.carter', 'dave.okafor']);
    expect(first.IsTruncated).toBe(true);
    const second = await iam.send(new ListUsersCommand({ MaxItems: 10, Marker: first.Marker }));
    expect(second.Users).toHaveLength(5);
    expect(second.IsTruncated).toBe(false);
  });

  it('reads attached customer-managed policy documents (URL-encoded)', () => {
    const policies = content<AwsAttachedPoliciesEvidence>(acme, 'aws.iam.attached-policies').policies;
    expect(policies.map((p) => p.name)).toEqual([
      'AcmeCiDeploy',
      'AcmeEngineersPowerUser',
      'AcmeMonitoringRead',
    ]);
    expect(policies[1]).toMatchObject({ attachmentCount: 3, defaultVersionId: 'v1' });
    expect(policies[1]?.document).toMatchObject({
      Version: '2012-10-17',
      Statement: [{ NotAction: ['iam:*', 'organizations:*', 'account:*'] }, {}],
    });
  });

  it('reads trails and their status (CloudTrail JSON 1.1)', () => {
    expect(content<AwsTrailsEvidence>(acme, 'aws.cloudtrail.trails').trails).toEqual([
      {
        name: 'acme-org-trail',
        arn: 'arn:aws:cloudtrail:us-east-1:412563879012:trail/acme-org-trail',
        homeRegion: 'us-east-1',
        isMultiRegionTrail: true,
        isOrganizationTrail: false,
        logFileValidationEnabled: true,
        isLogging: true,
        s3BucketName: 'acme-audit-logs',
      },
    ]);
  });

  it('reads buckets and the account public access block (S3 REST/XML, S3 Control)', () => {
    const buckets = content<AwsBucketsEvidence>(acme, 'aws.s3.buckets').buckets;
    expect(buckets.map((b) => b.name)).toEqual([
      'acme-audit-logs',
      'acme-legacy-exports',
      'acme-prod-backups',
      'acme-prod-data',
      'acme-web-assets',
    ]);
    expect(buckets[0]).toEqual({
      name: 'acme-audit-logs',
      region: 'us-east-1',
      encryption: {
        algorithm: 'aws:kms',
        kmsMasterKeyId: 'arn:aws:kms:us-east-1:412563879012:key/0b7e5c2a-1d44-4c61-9f0e-3a52d1c8e901',
      },
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      versioning: 'Enabled',
    });
    expect(buckets[1]).toMatchObject({ region: 'us-west-2', encryption: null, versioning: 'Disabled' });
    expect(buckets[4]?.versioning).toBe('Suspended');
    expect(content<AwsAccountPublicAccessBlockEvidence>(acme, 'aws.s3.account-public-access-block')).toEqual({
      accountId: '412563879012',
      configuration: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
    });
  });

  it('answers a missing bucket encryption with the S3 error code the SDK names', async () => {
    const error = await rejection(
      clients('sbx_acme_AKIAS3').s3.send(new GetBucketEncryptionCommand({ Bucket: 'acme-legacy-exports' })),
    );
    expect(error).toMatchObject({
      name: 'ServerSideEncryptionConfigurationNotFoundError',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('reads security groups, EBS default encryption, VPCs and flow logs (EC2 Query/XML)', () => {
    const groups = content<AwsSecurityGroupsEvidence>(acme, 'aws.ec2.security-groups').groups;
    expect(groups).toHaveLength(5);
    expect(groups.find((g) => g.groupName === 'prod-web-alb')?.ingress).toEqual([
      { ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'] },
      { ipProtocol: 'tcp', fromPort: 80, toPort: 80, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [] },
    ]);
    expect(groups.find((g) => g.groupName === 'staging-bastion')).toMatchObject({
      groupId: 'sg-0b22d4f6a8c0e3505',
      vpcId: 'vpc-0d6e2f3a4b5c6d702',
    });
    expect(content<AwsEbsEncryptionEvidence>(acme, 'aws.ec2.ebs-encryption-by-default')).toEqual({
      accountId: '412563879012',
      region: 'us-east-1',
      enabled: true,
    });
    expect(content<AwsVpcsEvidence>(acme, 'aws.ec2.vpcs').vpcs).toEqual([
      {
        vpcId: 'vpc-0c5d1e2f3a4b5c601',
        isDefault: false,
        cidrBlock: '10.20.0.0/16',
        flowLogs: [{ flowLogId: 'fl-0e1f2a3b4c5d6e701', status: 'ACTIVE', trafficType: 'ALL' }],
      },
      { vpcId: 'vpc-0d6e2f3a4b5c6d702', isDefault: false, cidrBlock: '10.30.0.0/16', flowLogs: [] },
    ]);
  });

  it('reads DB instances (RDS Query/XML)', () => {
    expect(content<AwsDbInstancesEvidence>(acme, 'aws.rds.db-instances').instances).toEqual([
      {
        dbInstanceIdentifier: 'acme-analytics-replica',
        arn: 'arn:aws:rds:us-east-1:412563879012:db:acme-analytics-replica',
        engine: 'postgres',
        storageEncrypted: true,
        backupRetentionPeriod: 7,
        publiclyAccessible: true,
      },
      {
        dbInstanceIdentifier: 'acme-prod-postgres',
        arn: 'arn:aws:rds:us-east-1:412563879012:db:acme-prod-postgres',
        engine: 'postgres',
        storageEncrypted: true,
        backupRetentionPeriod: 14,
        publiclyAccessible: false,
      },
    ]);
  });

  it('reads KMS keys and rotation only where it applies (KMS JSON 1.1)', () => {
    const keys = content<AwsKmsKeysEvidence>(acme, 'aws.kms.keys').keys;
    expect(keys.map((k) => [k.keyId.slice(0, 8), k.keyManager, k.keySpec, k.rotationEnabled])).toEqual([
      ['0b7e5c2a', 'CUSTOMER', 'SYMMETRIC_DEFAULT', true],
      ['3c9f1d7e', 'CUSTOMER', 'SYMMETRIC_DEFAULT', false],
      ['8d2e4f6a', 'AWS', 'SYMMETRIC_DEFAULT', null],
      ['e1f2a3b4', 'CUSTOMER', 'RSA_2048', null],
    ]);
    expect(keys[0]?.arn).toBe('arn:aws:kms:us-east-1:412563879012:key/0b7e5c2a-1d44-4c61-9f0e-3a52d1c8e901');
  });

  it('reads GuardDuty detectors (REST-JSON) and Config recorders (JSON 1.1)', () => {
    expect(content<AwsGuardDutyEvidence>(acme, 'aws.guardduty.detectors').detectors).toEqual([
      { detectorId: 'a4c2b1e9d8f7061524b3a2c1d0e9f8a7', status: 'ENABLED' },
    ]);
    expect(content<AwsConfigRecordersEvidence>(acme, 'aws.config.recorders').recorders).toEqual([
      {
        name: 'default',
        allSupported: true,
        includeGlobalResourceTypes: true,
        recording: true,
        lastStatus: 'Success',
      },
    ]);
  });

  it('fails exactly the checks the acme scenario was designed to fail', () => {
    expect(nonPassing(acme)).toEqual([
      'aws.ec2.no-unrestricted-ssh:FAIL',
      'aws.ec2.vpc-flow-logs-enabled:FAIL',
      'aws.iam.access-keys-rotated-90-days:FAIL',
      'aws.iam.console-users-mfa:FAIL',
      'aws.iam.password-policy-strength:FAIL',
      'aws.iam.unused-credentials-disabled:FAIL',
      'aws.kms.key-rotation-enabled:FAIL',
      'aws.rds.not-publicly-accessible:FAIL',
      'aws.s3.default-encryption:FAIL',
      'aws.s3.versioning-enabled:FAIL',
    ]);
    const outcome = runCheck(
      awsProvider.checks.find((c) => c.id === 'aws.iam.access-keys-rotated-90-days')!,
      evidenceSet(acme),
      new Date(),
      designated,
    );
    expect(outcome.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.id)).toEqual([
      'AKIAW3ACMECIDEPLOY6A',
    ]);
  });

  it('makes the versioning check not applicable when no bucket is designated', () => {
    expect(nonPassing(acme, {})).toContain('aws.s3.versioning-enabled:NOT_APPLICABLE');
  });

  it('collects identical evidence twice in a row (stable ordering, day-resolution dates)', async () => {
    const again = await collectAll(clients('sbx_acme_AKIAKUSHIMAUDIT'));
    expect(again.map((s) => JSON.stringify(s.content))).toEqual(acme.map((s) => JSON.stringify(s.content)));
  });

  it('passes every check on all-pass', async () => {
    const snapshots = await collectAll(clients('sbx_all-pass_AKIAKUSHIMAUDIT'));
    expect(nonPassing(snapshots, { versionedBuckets: ['acme-prod-backups', 'acme-prod-data'] })).toEqual([]);
  });

  it('works through sts:AssumeRole with an external id', async () => {
    const viaRole = clients('sbx_acme_AKIAKUSHIMBASE', {}, 'arn:aws:iam::412563879012:role/KushimAudit');
    const report = await awsProvider.collectors
      .find((c) => c.id === 'iam-account')!
      .collect(viaRole, { now: () => new Date(), settings });
    expect((report[0]?.content as AwsAccountSummaryEvidence).accountId).toBe('412563879012');
  });

  it('reports a working connection on acme', async () => {
    expect(await awsProvider.testConnection(clients('sbx_acme_AKIAKUSHIMAUDIT'), settings)).toEqual({
      ok: true,
      message: 'Connected to AWS account 412563879012 in us-east-1 with the read access Kushim needs.',
      missingPermissions: [],
    });
  });

  it('types rejected credentials as auth errors in every protocol', async () => {
    const broken = clients('sbx_broken-credentials_AKIA');
    for (const collector of awsProvider.collectors) {
      const error = await rejection(collector.collect(broken, { now: () => new Date(), settings }));
      expect(awsProvider.classifyError(error)).toBeInstanceOf(IntegrationAuthError);
    }
    const unknown = clients('AKIAREALLOOKINGKEY01');
    for (const [name, call] of [
      ['iam', () => unknown.iam.send(new ListUsersCommand({}))],
      ['s3', () => unknown.s3.send(new GetBucketEncryptionCommand({ Bucket: 'acme-prod-data' }))],
    ] as const) {
      const error = await rejection(call());
      expect(awsProvider.classifyError(error), name).toBeInstanceOf(IntegrationAuthError);
    }
    const tested = await awsProvider.testConnection(broken, settings);
    expect(tested.ok).toBe(false);
    expect(tested.message).toContain('InvalidClientTokenId');
  });

  it('types throttling as a rate limit with Retry-After, then serves the data', async () => {
    const throttled = clients('sbx_rate-limited_AKIA');
    const account = awsProvider.collectors.find((c) => c.id === 'iam-account')!;
    for (let attempt = 0; attempt < 2; attempt++) {
      const typed = awsProvider.classifyError(
        await rejection(account.collect(throttled, { now: () => new Date(), settings })),
      );
      expect(typed).toBeInstanceOf(ProviderRateLimitedError);
      expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(1000);
    }
    const snapshots = await account.collect(throttled, { now: () => new Date(), settings });
    expect(snapshots.map((s) => s.kind)).toEqual(['aws.iam.account-summary', 'aws.iam.password-policy']);
  });

  it('rides out throttling inside the SDK when it may retry', async () => {
    const patient = clients('sbx_rate-limited_AKIAPATIENT', { maxAttempts: 3 });
    const snapshots = await awsProvider.collectors
      .find((c) => c.id === 'rds')!
      .collect(patient, { now: () => new Date(), settings });
    expect((snapshots[0]?.content as AwsDbInstancesEvidence).instances).toHaveLength(2);
  }, 20_000);

  it('types a GuardDuty outage as unavailable while the other services answer', async () => {
    const outage = clients('sbx_partial-outage_AKIA');
    const guardDuty = awsProvider.collectors.find((c) => c.id === 'guardduty')!;
    const typed = awsProvider.classifyError(
      await rejection(guardDuty.collect(outage, { now: () => new Date(), settings })),
    );
    expect(typed).toBeInstanceOf(ProviderUnavailableError);
    const kms = await awsProvider.collectors
      .find((c) => c.id === 'kms')!
      .collect(outage, { now: () => new Date(), settings });
    expect((kms[0]?.content as AwsKmsKeysEvidence).keys).toHaveLength(4);
  });

  describe('with a bare account (nothing configured)', () => {
    let bare: Sandbox;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'kushim-aws-'));
      mkdirSync(path.join(dir, 'bare'));
      writeFileSync(
        path.join(dir, 'bare', 'scenario.json'),
        JSON.stringify({ description: 'AWS account with nothing set up' }),
      );
      const data = JSON.parse(
        readFileSync(path.join(defaultScenariosDir, 'acme', 'aws.json'), 'utf8'),
      ) as AwsScenarioData;
      data.iam.passwordPolicy = null;
      data.iam.root = {
        mfaActive: false,
        passwordLastUsed: 'now-1d',
        accessKeys: [
          { accessKeyId: 'AKIAROOT', status: 'Active', createDate: 'now-900d', lastUsedDate: 'now-3d' },
        ],
      };
      data.s3.accountPublicAccessBlock = null;
      data.s3.buckets = data.s3.buckets.slice(0, 1).map((bucket) => ({ ...bucket, publicAccessBlock: null }));
      data.cloudtrail.trails = [];
      data.guardduty.detectors = [];
      data.config.recorders = [];
      data.ec2.ebsEncryptionByDefault = false;
      data.ec2.securityGroups = [
        {
          groupId: 'sg-1',
          groupName: 'wide-open',
          description: 'x',
          vpcId: 'vpc-1',
          ipPermissions: [{ ipProtocol: '-1', ipv6Ranges: [{ cidrIpv6: '::/0' }] }],
        },
      ];
      writeFileSync(path.join(dir, 'bare', 'aws.json'), JSON.stringify(data));
      bare = await createSandbox({ scenariosDir: dir });
    });
    afterAll(async () => {
      await bare.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers NoSuchEntity for the password policy and the collectors record the absences', async () => {
      const bareClients = awsProvider.createClient(
        { accessKeyId: 'sbx_bare_AKIA', secretAccessKey: 'x' },
        { endpoint: `${bare.url}/aws`, maxAttempts: 1 },
      );
      const error = await rejection(bareClients.iam.send(new GetAccountPasswordPolicyCommand({})));
      expect(error).toMatchObject({ name: 'NoSuchEntityException', $metadata: { httpStatusCode: 404 } });
      const snapshots = await collectAll(bareClients);
      expect(content<AwsPasswordPolicyEvidence>(snapshots, 'aws.iam.password-policy').policy).toBeNull();
      expect(
        content<AwsAccountPublicAccessBlockEvidence>(snapshots, 'aws.s3.account-public-access-block')
          .configuration,
      ).toBeNull();
      expect(
        content<AwsBucketsEvidence>(snapshots, 'aws.s3.buckets').buckets[0]?.publicAccessBlock,
      ).toBeNull();
      expect(nonPassing(snapshots, {})).toEqual(
        expect.arrayContaining([
          'aws.cloudtrail.logging:FAIL',
          'aws.cloudtrail.multi-region-enabled:FAIL',
          'aws.config.recorder-enabled:FAIL',
          'aws.ec2.ebs-encryption-by-default:FAIL',
          'aws.ec2.no-unrestricted-all-traffic:FAIL',
          'aws.ec2.no-unrestricted-rdp:FAIL',
          'aws.guardduty.enabled:FAIL',
          'aws.iam.password-policy-strength:FAIL',
          'aws.iam.root-mfa:FAIL',
          'aws.iam.root-no-access-keys:FAIL',
          'aws.s3.account-public-access-block:FAIL',
          'aws.s3.bucket-public-access-block:FAIL',
        ]),
      );
    });

    it('names the IAM action when AWS denies access', () => {
      const denied = Object.assign(
        new Error(
          'User: arn:aws:iam::412563879012:user/kushim is not authorized to perform: iam:GetAccountSummary on resource: *',
        ),
        {
          name: 'AccessDenied',
          $metadata: { httpStatusCode: 403 },
        },
      );
      const typed = awsProvider.classifyError(denied);
      expect(typed).toBeInstanceOf(IntegrationPermissionError);
      expect((typed as IntegrationPermissionError).missingPermissions).toEqual(['iam:GetAccountSummary']);
    });
  });
});
