import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet, jiraSnapshots, now, ticket, tickets } from '../fixtures/jira-evidence.fixture';
import { vulnerabilitiesWithinSlaCheck } from './vulnerabilities-within-sla.check';

describe('jira.vulnerabilities.resolved-within-sla', () => {
  it('passes an open medium vulnerability still inside 90 days', () => {
    const open = ticket({ priority: 'Medium', created: '2026-09-01T00:00:00.000+0000', resolved: null });
    expect(
      runCheck(
        vulnerabilitiesWithinSlaCheck,
        evidenceSet([jiraSnapshots.vulnerabilities(tickets(open))]),
        now,
      ).status,
    ).toBe('PASS');
  });

  it('fails a low vulnerability open longer than 180 days', () => {
    const old = ticket({ priority: 'Low', created: '2026-01-01T00:00:00.000+0000', resolved: null });
    expect(
      runCheck(vulnerabilitiesWithinSlaCheck, evidenceSet([jiraSnapshots.vulnerabilities(tickets(old))]), now)
        .status,
    ).toBe('FAIL');
  });

  it('treats an unknown priority as high (fail safe)', () => {
    const odd = ticket({ priority: 'P?', created: '2026-09-01T00:00:00.000+0000', resolved: null });
    expect(
      runCheck(vulnerabilitiesWithinSlaCheck, evidenceSet([jiraSnapshots.vulnerabilities(tickets(odd))]), now)
        .findings[0]?.reason,
    ).toContain('(high, SLA 30 days)');
  });

  it('is inconclusive without vulnerability evidence', () => {
    expect(runCheck(vulnerabilitiesWithinSlaCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
