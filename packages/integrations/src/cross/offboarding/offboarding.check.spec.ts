import { describe, expect, it } from 'vitest';
import { runCheck } from '../../core/check';
import { evidenceSet, type EvidenceSnapshot } from '../../core/evidence';
import { awsEvidence, type AwsIamUsersEvidence } from '../../providers/aws/evidence';
import { githubEvidence, type GithubOrgMembers } from '../../providers/github/evidence';
import { fixtureNow, oktaUser, usersSnapshot } from '../../providers/okta/fixtures/okta-evidence.fixture';
import { membersSnapshot, slackMember } from '../../providers/slack/fixtures/slack-evidence.fixture';
import { offboardingAwsCheck } from './deactivated-in-aws.check';
import { offboardingGithubCheck } from './deactivated-in-github.check';
import { offboardingSlackCheck } from './deactivated-in-slack.check';

const okta = usersSnapshot([
  oktaUser({ id: 'ann', login: 'ann@acme.example' }),
  oktaUser({
    id: 'dana',
    login: 'dana@acme.example',
    status: 'DEPROVISIONED',
    statusChanged: '2026-10-01T00:00:00.000Z',
  }),
  oktaUser({ id: 'priya', login: 'priya@acme.example', status: 'SUSPENDED' }),
]);

const github = (members: GithubOrgMembers['members']): EvidenceSnapshot => ({
  kind: githubEvidence.orgMembers,
  collectedAt: fixtureNow.toISOString(),
  content: { org: 'acme', members } satisfies GithubOrgMembers,
});

const aws = (userNames: string[]): EvidenceSnapshot => ({
  kind: awsEvidence.users,
  collectedAt: fixtureNow.toISOString(),
  content: {
    accountId: '111122223333',
    users: userNames.map((userName) => ({
      userName,
      userId: `AIDA${userName.length}`,
      arn: `arn:aws:iam::111122223333:user/${userName}`,
      createDate: null,
      passwordLastUsed: null,
      mfaDevices: [],
      accessKeys: [],
    })),
  } satisfies AwsIamUsersEvidence,
});

describe('cross.offboarding.okta-deactivated-in-slack', () => {
  it('passes every deactivated person whose Slack account is deactivated or absent', () => {
    const set = evidenceSet([
      okta,
      membersSnapshot([
        slackMember({ id: 'U1', email: 'ann@acme.example' }),
        slackMember({ id: 'U2', email: 'dana@acme.example', deleted: true }),
      ]),
    ]);
    const outcome = runCheck(offboardingSlackCheck, set, fixtureNow);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.resource)).toEqual([
      { type: 'okta-user', id: 'dana', name: 'dana@acme.example' },
      { type: 'okta-user', id: 'priya', name: 'priya@acme.example' },
    ]);
  });

  it('fails a DEPROVISIONED person still active in Slack, naming the member', () => {
    const set = evidenceSet([
      okta,
      membersSnapshot([slackMember({ id: 'U2', name: 'dana', email: 'Dana@acme.example' })]),
    ]);
    const outcome = runCheck(offboardingSlackCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]).toMatchObject({
      resource: { type: 'slack-user', id: 'U2' },
      reason:
        'dana@acme.example is DEPROVISIONED in Okta since 2026-10-01 but Slack member dana (U2) is still active in Slack',
      evidence: ['okta.users.directory', 'slack.users.members'],
    });
  });

  it('is inconclusive without Slack evidence', () => {
    expect(runCheck(offboardingSlackCheck, evidenceSet([okta]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});

describe('cross.offboarding.okta-deactivated-in-github', () => {
  it('matches members through the identity map and by public email', () => {
    const set = evidenceSet([
      okta,
      github([
        { login: 'dana-codes', id: 1, twoFactorEnabled: true, email: null },
        { login: 'pr1ya', id: 2, twoFactorEnabled: true, email: 'priya@acme.example' },
        { login: 'ann', id: 3, twoFactorEnabled: true, email: null },
      ]),
    ]);
    const outcome = runCheck(offboardingGithubCheck, set, fixtureNow, {
      identityMap: { githubLogin: { 'Dana-Codes': 'dana@acme.example' } },
    });
    expect(outcome.findings.map((f) => [f.resource.id, f.status])).toEqual([
      ['dana-codes', 'FAIL'],
      ['pr1ya', 'FAIL'],
    ]);
  });

  it('passes when leavers have left the organization', () => {
    const set = evidenceSet([
      okta,
      github([{ login: 'ann', id: 3, twoFactorEnabled: true, email: 'ann@acme.example' }]),
    ]);
    expect(runCheck(offboardingGithubCheck, set, fixtureNow).status).toBe('PASS');
  });

  it('is inconclusive without GitHub evidence', () => {
    expect(runCheck(offboardingGithubCheck, evidenceSet([okta]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});

describe('cross.offboarding.okta-deactivated-in-aws', () => {
  it("fails an IAM user mapped to a leaver and one named by the leaver's email", () => {
    const set = evidenceSet([okta, aws(['dana.deploy', 'priya@acme.example', 'ci-bot'])]);
    const outcome = runCheck(offboardingAwsCheck, set, fixtureNow, {
      identityMap: { awsUserName: { 'dana.deploy': 'dana@acme.example' } },
    });
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings.map((f) => f.resource.name)).toEqual(['dana.deploy', 'priya@acme.example']);
  });

  it("matches an IAM user named like the leaver's email local part", () => {
    const outcome = runCheck(offboardingAwsCheck, evidenceSet([okta, aws(['Priya', 'ann'])]), fixtureNow);
    expect(outcome.findings.map((f) => [f.resource.name, f.status])).toEqual([
      ['dana@acme.example', 'PASS'],
      ['Priya', 'FAIL'],
    ]);
  });

  it('passes when no IAM user belongs to a leaver', () => {
    expect(runCheck(offboardingAwsCheck, evidenceSet([okta, aws(['ci-bot'])]), fixtureNow).status).toBe(
      'PASS',
    );
  });

  it('is inconclusive without AWS evidence', () => {
    expect(runCheck(offboardingAwsCheck, evidenceSet([okta]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
