import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { inconclusiveAlertDue, nextCheckState, type CheckStateRow } from './check-state-rules';

const t0 = new Date('2026-03-01T00:00:00Z');
const later = new Date('2026-03-02T00:00:00Z');
const finding = (id: string, status: 'PASS' | 'FAIL', excepted = false): StoredFinding => ({
  resource: { type: 'user', id },
  status,
  reason: '',
  evidence: [],
  excepted,
});

describe('nextCheckState', () => {
  it('starts the SLA clock when a check begins failing and keeps it while it fails', () => {
    const first = nextCheckState(
      undefined,
      { status: 'FAIL', findings: [finding('b', 'FAIL'), finding('a', 'FAIL')] },
      t0,
    );
    expect(first).toMatchObject({ failingSince: t0, failingResources: ['a', 'b'] });
    const second = nextCheckState(
      first,
      { status: 'FAIL', findings: [finding('a', 'FAIL'), finding('b', 'FAIL', true)] },
      later,
    );
    expect(second).toMatchObject({ failingSince: t0, failingResources: ['a'] });
  });

  it('stops the clock on a pass, and an inconclusive run neither stops it nor starts it', () => {
    const failing: CheckStateRow = {
      status: 'FAIL',
      failingSince: t0,
      inconclusiveSince: null,
      inconclusiveAlerted: false,
      failingResources: ['a'],
    };
    const gap = nextCheckState(failing, { status: 'INCONCLUSIVE', findings: [] }, later);
    expect(gap).toMatchObject({ failingSince: t0, inconclusiveSince: later, failingResources: ['a'] });
    expect(nextCheckState(gap, { status: 'PASS', findings: [] }, later)).toMatchObject({
      failingSince: null,
      inconclusiveSince: null,
      failingResources: [],
    });
    expect(nextCheckState(undefined, { status: 'INCONCLUSIVE', findings: [] }, t0).failingSince).toBeNull();
  });
});

describe('inconclusiveAlertDue', () => {
  it('is due once, after the configured hours of an inconclusive stretch', () => {
    const state = nextCheckState(undefined, { status: 'INCONCLUSIVE', findings: [] }, t0);
    expect(inconclusiveAlertDue(state, 24, new Date(t0.getTime() + 23 * 3_600_000))).toBe(false);
    expect(inconclusiveAlertDue(state, 24, later)).toBe(true);
    const alerted = { ...state, inconclusiveAlerted: true };
    expect(
      inconclusiveAlertDue(
        nextCheckState(alerted, { status: 'INCONCLUSIVE', findings: [] }, later),
        24,
        later,
      ),
    ).toBe(false);
  });
});
