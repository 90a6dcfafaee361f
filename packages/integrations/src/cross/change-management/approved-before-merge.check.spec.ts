import { describe, expect, it } from 'vitest';
import { runCheck } from '../../core/check';
import { type EvidenceSnapshot, evidenceSet } from '../../core/evidence';
import { compliantMembers, githubSnapshots } from '../../providers/github/fixtures/github-evidence.fixture';
import {
  githubEvidence,
  type GithubMergedPullRequest,
  type GithubMergedPullRequests,
} from '../../providers/github/evidence';
import { changes, jiraSnapshots, now } from '../../providers/jira/fixtures/jira-evidence.fixture';
import { approvedBeforeMergeCheck } from './approved-before-merge.check';

const pr = (overrides: Partial<GithubMergedPullRequest>): GithubMergedPullRequest => ({
  number: 412,
  title: 'CHG-101 Add rate limiting',
  headRef: 'chg-101-rate-limit',
  body: '',
  author: 'ada-acme',
  mergedAt: '2026-10-12T09:00:00Z',
  url: 'https://github.com/acme-corp/api/pull/412',
  ...overrides,
});

const merged = (...pulls: GithubMergedPullRequest[]): EvidenceSnapshot<GithubMergedPullRequests> => ({
  kind: githubEvidence.mergedPullRequests,
  collectedAt: '2026-11-01T06:00:00.000Z',
  content: {
    org: 'acme-corp',
    since: '2026-08-03T00:00:00.000Z',
    repositories: [{ repository: 'acme-corp/api', defaultBranch: 'main', pullRequests: pulls }],
  },
});

const run = (pulls: GithubMergedPullRequest[], settings = {}) =>
  runCheck(
    approvedBeforeMergeCheck,
    evidenceSet([merged(...pulls), githubSnapshots.members(), jiraSnapshots.changes()]),
    now,
    settings,
  );

describe('cross.change.approved-before-merge', () => {
  it('passes a PR whose ticket someone else approved before the merge', () => {
    const outcome = run([pr({})]);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings[0]?.resource).toEqual({
      type: 'github-pull-request',
      id: 'acme-corp/api#412',
      name: 'CHG-101 Add rate limiting',
    });
  });

  it('fails a PR that references no change ticket', () => {
    const outcome = run([pr({ title: 'Fix typo', headRef: 'fix/typo' })]);
    expect(outcome.findings[0]?.reason).toBe(
      'acme-corp/api#412 (merged to main by ada-acme) references no CHG change ticket.',
    );
  });

  it('fails when the approval came after the merge', () => {
    const outcome = run([pr({ mergedAt: '2026-10-10T12:00:00Z' })]);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toContain('approved only after the merge');
  });

  it('fails when the author approved their own ticket (matched by GitHub email)', () => {
    const self = {
      ...compliantMembers,
      members: [{ login: 'grace-acme', id: 102, twoFactorEnabled: true, email: 'grace@acme.example' }],
    };
    const set = evidenceSet([
      merged(pr({ author: 'grace-acme' })),
      githubSnapshots.members(self),
      jiraSnapshots.changes(),
    ]);
    expect(runCheck(approvedBeforeMergeCheck, set, now).findings[0]?.reason).toContain(
      'approved by the author grace-acme themself',
    );
  });

  it('matches people through the githubUserIdentities mapping', () => {
    const outcome = run([pr({ author: 'ghopper' })], { githubUserIdentities: { ghopper: 'acc-grace' } });
    expect(outcome.status).toBe('FAIL');
    expect(run([pr({ author: 'ghopper' })]).findings[0]?.reason).toContain(
      'cannot be matched to a Jira account',
    );
  });

  it('fails when the ticket was never approved or does not exist', () => {
    const unapproved = { ...changes, tickets: [{ ...changes.tickets[0]!, transitions: [] }] };
    const set = evidenceSet([
      merged(pr({ body: 'also CHG-999' })),
      githubSnapshots.members(),
      jiraSnapshots.changes(unapproved),
    ]);
    expect(runCheck(approvedBeforeMergeCheck, set, now).findings[0]?.reason).toBe(
      'acme-corp/api#412 (merged to main by ada-acme): CHG-101 was never moved to "Approved"; CHG-999 was not found in Jira.',
    );
  });

  it('is inconclusive unless both GitHub and Jira evidence are present', () => {
    expect(
      runCheck(approvedBeforeMergeCheck, evidenceSet([merged(pr({})), githubSnapshots.members()]), now)
        .status,
    ).toBe('INCONCLUSIVE');
    expect(
      runCheck(
        approvedBeforeMergeCheck,
        evidenceSet([jiraSnapshots.changes(), githubSnapshots.members()]),
        now,
      ).status,
    ).toBe('INCONCLUSIVE');
  });
});
