import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet, jiraSnapshots, now, ticket, tickets } from '../fixtures/jira-evidence.fixture';
import { incidentsWithinSlaCheck } from './incidents-within-sla.check';

describe('jira.incidents.resolved-within-sla', () => {
  it('passes incidents resolved within their severity SLA, one finding each', () => {
    const outcome = runCheck(
      incidentsWithinSlaCheck,
      evidenceSet([
        jiraSnapshots.incidents(tickets(ticket({}), ticket({ key: 'SEC-2', priority: 'Highest' }))),
      ]),
      now,
    );
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings.map((f) => f.reason)).toEqual([
      'SEC-1 (high, SLA 30 days) was resolved in 2 days.',
      'SEC-2 (critical, SLA 7 days) was resolved in 2 days.',
    ]);
  });

  it('fails a high incident that took 45 days and an open critical one past 7 days', () => {
    const slow = ticket({
      key: 'SEC-3',
      created: '2026-08-01T00:00:00.000+0000',
      resolved: '2026-09-15T00:00:00.000+0000',
    });
    const open = ticket({
      key: 'SEC-4',
      priority: 'Highest',
      created: '2026-10-20T00:00:00.000+0000',
      resolved: null,
      status: 'In Progress',
    });
    const outcome = runCheck(
      incidentsWithinSlaCheck,
      evidenceSet([jiraSnapshots.incidents(tickets(slow, open))]),
      now,
    );
    expect(outcome.findings.map((f) => [f.status, f.reason])).toEqual([
      ['FAIL', 'SEC-3 (high, SLA 30 days) took 45 days to resolve.'],
      ['FAIL', 'SEC-4 (critical, SLA 7 days) is still open after 12 days.'],
    ]);
  });

  it('reads severity from the configured field and SLAs from settings', () => {
    const t = ticket({
      priority: 'Low',
      severity: 'Sev 1',
      created: '2026-10-01T00:00:00.000+0000',
      resolved: '2026-10-04T00:00:00.000+0000',
    });
    const settings = { jiraPrioritySeverity: { 'Sev 1': 'critical' }, remediationSlaDays: { critical: 2 } };
    expect(
      runCheck(incidentsWithinSlaCheck, evidenceSet([jiraSnapshots.incidents(tickets(t))]), now, settings)
        .status,
    ).toBe('FAIL');
  });

  it('is inconclusive without incident evidence', () => {
    expect(runCheck(incidentsWithinSlaCheck, evidenceSet([jiraSnapshots.tracking()]), now).status).toBe(
      'INCONCLUSIVE',
    );
  });
});
