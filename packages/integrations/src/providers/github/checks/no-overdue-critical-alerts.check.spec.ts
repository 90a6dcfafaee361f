import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { compliantDependabot, evidenceSet, githubSnapshots, now } from '../fixtures/github-evidence.fixture';
import { noOverdueCriticalAlertsCheck } from './no-overdue-critical-alerts.check';

const alert = compliantDependabot.repositories[0]!.openAlerts[0]!;
const withAlerts = (...alerts: (typeof alert)[]) => ({
  org: 'acme-corp',
  repositories: [{ repository: 'acme-corp/api', openAlerts: alerts }],
});

describe('github.dependabot.no-overdue-critical-alerts', () => {
  it('passes when critical alerts are younger than 7 days', () => {
    expect(
      runCheck(noOverdueCriticalAlertsCheck, evidenceSet([githubSnapshots.dependabot()]), now).status,
    ).toBe('PASS');
  });

  it('fails a repository with a critical alert open for 20 days, naming it', () => {
    const old = { ...alert, number: 9, createdAt: '2026-10-12T00:00:00Z' };
    const outcome = runCheck(
      noOverdueCriticalAlertsCheck,
      evidenceSet([githubSnapshots.dependabot(withAlerts(alert, old))]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toBe(
      'acme-corp/api has 1 critical alert(s) open past 7 days: #9 lodash (20 days).',
    );
  });

  it('ignores old alerts that are not critical and honours a configured SLA', () => {
    const oldHigh = { ...alert, severity: 'high', createdAt: '2026-01-01T00:00:00Z' };
    expect(
      runCheck(
        noOverdueCriticalAlertsCheck,
        evidenceSet([githubSnapshots.dependabot(withAlerts(oldHigh))]),
        now,
      ).status,
    ).toBe('PASS');
    const fourDays = { ...alert, createdAt: '2026-10-28T00:00:00Z' };
    const strict = { remediationSlaDays: { critical: 2 } };
    expect(
      runCheck(
        noOverdueCriticalAlertsCheck,
        evidenceSet([githubSnapshots.dependabot(withAlerts(fourDays))]),
        now,
        strict,
      ).status,
    ).toBe('FAIL');
  });

  it('is inconclusive when the alerts could not be read', () => {
    expect(
      runCheck(noOverdueCriticalAlertsCheck, evidenceSet([githubSnapshots.repositories()]), now).status,
    ).toBe('INCONCLUSIVE');
  });
});
