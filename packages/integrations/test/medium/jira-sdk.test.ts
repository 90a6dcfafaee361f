import { createSandbox, type Sandbox } from '@kushim/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/core/check';
import { IntegrationAuthError, ProviderRateLimitedError } from '../../src/core/errors';
import { type EvidenceSnapshot, evidenceSet } from '../../src/core/evidence';
import { approvedBeforeMergeCheck } from '../../src/cross/change-management';
import { githubProvider } from '../../src/providers/github';
import { jiraProvider } from '../../src/providers/jira';
import type {
  JiraChangeTickets,
  JiraIncidentTracking,
  JiraSlaTickets,
} from '../../src/providers/jira/evidence';
import type { JiraSettings } from '../../src/providers/jira/settings';

let sandbox: Sandbox;
const now = new Date();

const jiraSettings = (): JiraSettings => ({
  host: `${sandbox.url}/jira`,
  incidentProjectKey: 'SEC',
  changeProjectKey: 'CHG',
});
const jiraClient = (apiToken: string) =>
  jiraProvider.createClient({ email: 'compliance-bot@acme.example', apiToken }, jiraSettings());

async function collectJira(apiToken: string): Promise<EvidenceSnapshot[]> {
  const client = jiraClient(apiToken);
  const settings = jiraSettings();
  return (
    await Promise.all(jiraProvider.collectors.map((c) => c.collect(client, { now: () => now, settings })))
  ).flat();
}

async function collectGithub(token: string): Promise<EvidenceSnapshot[]> {
  const settings = { org: 'acme-corp', baseUrl: `${sandbox.url}/github` };
  const client = githubProvider.createClient({ token }, settings);
  const wanted = githubProvider.collectors.filter((c) => c.id === 'organization' || c.id === 'pull-requests');
  return (await Promise.all(wanted.map((c) => c.collect(client, { now: () => now, settings })))).flat();
}

const content = <T>(snapshots: EvidenceSnapshot[], kind: string) =>
  snapshots.find((s) => s.kind === kind)?.content as T;

beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

describe('Jira through jira.js against the sandbox', () => {
  it('answers the read routes jira.js calls: myself, project search and detail, issue types', async () => {
    const client = jiraClient('sbx_acme_reads');
    expect((await client.myself.getCurrentUser()).displayName).toBe('Kushim Compliance');
    expect((await client.projects.searchProjects()).values.map((p) => p.key)).toEqual(['SEC', 'CHG']);
    expect(
      (await client.projects.getProject({ projectIdOrKey: 'SEC' })).issueTypes?.map((t) => t.name),
    ).toEqual(['Incident', 'Vulnerability', 'Task']);
    expect((await client.issueTypes.getIssueAllTypes()).map((t) => t.name)).toEqual([
      'Incident',
      'Vulnerability',
      'Task',
      'Change',
    ]);
    const page = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql: 'project = "SEC" ORDER BY key ASC',
      fields: ['summary'],
      maxResults: 4,
    });
    expect(page.issues?.map((i) => i.key)).toEqual(['SEC-12', 'SEC-15', 'SEC-18', 'SEC-21']);
    expect(page.nextPageToken).toBeTruthy();
    const rest = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql: 'project = "SEC" ORDER BY key ASC',
      maxResults: 100,
      nextPageToken: page.nextPageToken,
    });
    expect(rest.issues?.map((i) => i.key)).toEqual(['SEC-22', 'SEC-30', 'SEC-31', 'SEC-33', 'SEC-34']);
  });

  it("rejects JQL it does not understand with Jira's 400, never a 500", async () => {
    const error = await jiraClient('sbx_acme_jql')
      .issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql: 'assignee in membersOf("x")' })
      .then(
        () => undefined,
        (e: unknown) => (e as { status?: number }).status,
      );
    expect(error).toBe(400);
  });

  it('records issue creation, comments and transitions made through jira.js', async () => {
    const client = jiraClient('sbx_acme_writes');
    const created = await client.issues.createIssue({
      fields: { project: { key: 'SEC' }, summary: 'Control KSM-AC-01 failing', issuetype: { name: 'Task' } },
    });
    expect(created.key).toMatch(/^SEC-\d+$/);
    await client.issueComments.addComment({
      issueIdOrKey: created.key,
      comment: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Still failing.' }] }],
      },
    });
    const { transitions } = await client.issues.getTransitions({ issueIdOrKey: created.key });
    const done = transitions?.find((t) => t.name === 'Done');
    await client.issues.doTransition({ issueIdOrKey: created.key, transition: { id: done?.id } });
    const found = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({
      jql: `key = ${created.key}`,
      fields: ['status'],
    });
    expect(found.issues?.[0]?.fields.status?.name).toBe('Done');
    const recorded = sandbox.recorder.list({ provider: 'jira', scenario: 'acme' }).map((r) => r.kind);
    expect(recorded).toEqual(['issue.created', 'issue.commented', 'issue.transitioned']);
    const invalid = await client.issues
      .createIssue({ fields: { project: { key: 'SEC' }, summary: '', issuetype: { name: 'Task' } } })
      .then(
        () => undefined,
        (e: unknown) => (e as { status?: number }).status,
      );
    expect(invalid).toBe(400);
  });

  it("collects acme's incident project, SLA tickets and change approvals (long changelogs read page by page)", async () => {
    const snapshots = await collectJira('sbx_acme_collect');
    expect(content<JiraIncidentTracking>(snapshots, 'jira.projects.incident-tracking').project?.name).toBe(
      'Security',
    );
    expect(content<JiraSlaTickets>(snapshots, 'jira.incidents.tickets').tickets.map((t) => t.key)).toEqual([
      'SEC-12',
      'SEC-15',
      'SEC-18',
      'SEC-21',
      'SEC-22',
    ]);
    expect(
      content<JiraSlaTickets>(snapshots, 'jira.vulnerabilities.tickets').tickets.map((t) => t.key),
    ).toEqual(['SEC-30', 'SEC-31', 'SEC-33']);
    const longTicket = content<JiraChangeTickets>(snapshots, 'jira.changes.approvals').tickets.find(
      (t) => t.key === 'CHG-110',
    );
    expect(longTicket?.transitions.map((t) => t.to)).toEqual(['In Review', 'Approved']);
  });

  it('acme: incidents fail their SLA and three merged pull requests fail change approval', async () => {
    const jira = await collectJira('sbx_acme_checks');
    const set = evidenceSet([...jira, ...(await collectGithub('sbx_acme_checks'))]);
    const outcomes = [...jiraProvider.checks, approvedBeforeMergeCheck].map((check) =>
      runCheck(check, set, now),
    );
    expect(outcomes.filter((o) => o.status === 'FAIL').map((o) => o.checkId)).toEqual([
      'jira.incidents.resolved-within-sla',
      'cross.change.approved-before-merge',
    ]);
    const incidents = outcomes.find((o) => o.checkId === 'jira.incidents.resolved-within-sla');
    expect(incidents?.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.id)).toEqual([
      'SEC-15',
    ]);
    const change = outcomes.find((o) => o.checkId === 'cross.change.approved-before-merge');
    expect(change?.findings.map((f) => `${f.resource.id} ${f.status}`)).toEqual([
      'acme-corp/api#412 PASS',
      'acme-corp/api#415 FAIL',
      'acme-corp/api#418 FAIL',
      'acme-corp/infra#51 PASS',
      'acme-corp/web#88 FAIL',
      'acme-corp/web#90 PASS',
    ]);
  });

  it('all-pass passes every Jira check and the change-approval check', async () => {
    const set = evidenceSet([
      ...(await collectJira('sbx_all-pass_1')),
      ...(await collectGithub('sbx_all-pass_1')),
    ]);
    const outcomes = [...jiraProvider.checks, approvedBeforeMergeCheck].map((check) =>
      runCheck(check, set, now),
    );
    expect(outcomes.filter((o) => o.status !== 'PASS').map((o) => `${o.checkId}: ${o.status}`)).toEqual([]);
  });

  it('tests the connection with live calls', async () => {
    expect(await jiraProvider.testConnection(jiraClient('sbx_acme_conn'), jiraSettings())).toEqual({
      ok: true,
      message: 'Connected to Jira as Kushim Compliance.',
      missingPermissions: [],
    });
  });

  it('broken-credentials: the 401 is typed as an auth error', async () => {
    const error = await collectJira('sbx_broken-credentials_1').catch((e: unknown) => e);
    expect(jiraProvider.classifyError(error)).toBeInstanceOf(IntegrationAuthError);
  });

  it('rate-limited: the first calls are typed as rate limits with Retry-After, then collection succeeds', async () => {
    const client = jiraClient(`sbx_rate-limited_${Date.now()}`);
    const collector = jiraProvider.collectors.find((c) => c.id === 'incidents')!;
    const run = () => collector.collect(client, { now: () => now, settings: jiraSettings() });
    for (let attempt = 0; attempt < 2; attempt++) {
      const typed = jiraProvider.classifyError(await run().catch((e: unknown) => e));
      expect(typed).toBeInstanceOf(ProviderRateLimitedError);
      expect((typed as ProviderRateLimitedError).retryAfterMs).toBe(1000);
    }
    expect((await run())[0]?.kind).toBe('jira.incidents.tickets');
  });
});
