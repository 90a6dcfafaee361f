import { describe, expect, it } from 'vitest';

import { runProgressPercent } from './run-progress';

const step = (state: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED') => ({
  integrationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  provider: 'aws',
  name: 'AWS',
  state,
  attempts: 1,
  evidenceCount: 0,
  newEvidenceCount: 0,
  error: null,
  startedAt: null,
  finishedAt: null,
});

describe('runProgressPercent', () => {
  it('counts collection as 90% shared by the integrations', () => {
    expect(
      runProgressPercent({ status: 'QUEUED', steps: [step('QUEUED'), step('QUEUED')], evaluatedAt: null }),
    ).toBe(0);
    expect(
      runProgressPercent({
        status: 'RUNNING',
        steps: [step('COMPLETED'), step('RUNNING')],
        evaluatedAt: null,
      }),
    ).toBe(68);
    expect(
      runProgressPercent({
        status: 'RUNNING',
        steps: [step('COMPLETED'), step('FAILED')],
        evaluatedAt: null,
      }),
    ).toBe(90);
  });

  it('is complete once evaluated or finished', () => {
    expect(
      runProgressPercent({
        status: 'RUNNING',
        steps: [step('COMPLETED')],
        evaluatedAt: '2026-11-22T00:00:00Z',
      }),
    ).toBe(100);
    expect(runProgressPercent({ status: 'FAILED', steps: [step('FAILED')], evaluatedAt: null })).toBe(100);
  });
});
