import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet, incidentTracking, jiraSnapshots, now } from '../fixtures/jira-evidence.fixture';
import { incidentTrackingConfiguredCheck } from './incident-tracking-configured.check';

describe('jira.incidents.tracking-configured', () => {
  it('passes when the project offers the incident issue type', () => {
    expect(
      runCheck(incidentTrackingConfiguredCheck, evidenceSet([jiraSnapshots.tracking()]), now).status,
    ).toBe('PASS');
  });

  it('fails when the project lacks the issue type, listing what it has', () => {
    const outcome = runCheck(
      incidentTrackingConfiguredCheck,
      evidenceSet([jiraSnapshots.tracking({ ...incidentTracking, issueTypes: ['Task'] })]),
      now,
    );
    expect(outcome.findings[0]?.reason).toBe('SEC has no "Incident" issue type (it has: Task).');
  });

  it('fails when the project does not exist', () => {
    const missing = { ...incidentTracking, project: null, issueTypes: [] };
    expect(
      runCheck(incidentTrackingConfiguredCheck, evidenceSet([jiraSnapshots.tracking(missing)]), now).status,
    ).toBe('FAIL');
  });

  it('is inconclusive without the project evidence', () => {
    expect(runCheck(incidentTrackingConfiguredCheck, evidenceSet([]), now).status).toBe('INCONCLUSIVE');
  });
});
