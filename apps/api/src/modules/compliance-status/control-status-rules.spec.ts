import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import {
  controlStatusOf,
  manualEvidenceState,
  withCurrentExceptions,
  type StoredCheckResult,
} from './control-status-rules';

const at = (iso: string) => new Date(iso);
const now = at('2026-06-01T00:00:00Z');

describe('manualEvidenceState', () => {
  it('is NONE without uploads or with only uploads whose validity has not started', () => {
    expect(manualEvidenceState([], now)).toBe('NONE');
    expect(manualEvidenceState([{ validFrom: at('2026-07-01T00:00:00Z'), validUntil: null }], now)).toBe(
      'NONE',
    );
  });

  it('is VALID while one upload is in its interval, and EXPIRED once every interval has ended', () => {
    const lapsed = { validFrom: at('2025-01-01T00:00:00Z'), validUntil: at('2026-01-01T00:00:00Z') };
    const current = { validFrom: at('2026-01-01T00:00:00Z'), validUntil: at('2027-01-01T00:00:00Z') };
    expect(manualEvidenceState([lapsed, current], now)).toBe('VALID');
    expect(manualEvidenceState([lapsed], now)).toBe('EXPIRED');
    // The end of the interval is exclusive: valid until that instant, not at it.
    expect(manualEvidenceState([{ ...current, validUntil: now }], now)).toBe('EXPIRED');
    expect(manualEvidenceState([{ validFrom: now, validUntil: null }], now)).toBe('VALID');
  });
});

describe('controlStatusOf', () => {
  const pass = { status: 'PASS' as const };
  const fail = { status: 'FAIL' as const };
  const gap = { status: 'INCONCLUSIVE' as const };

  it('a manual-only control passes on current evidence and needs evidence when it lapses or is missing', () => {
    const base = { results: [], automated: false, previous: undefined };
    expect(controlStatusOf({ ...base, manual: 'VALID' })).toBe('PASSING');
    expect(controlStatusOf({ ...base, manual: 'EXPIRED', previous: 'PASSING' })).toBe('NEEDS_EVIDENCE');
    expect(controlStatusOf({ ...base, manual: 'NONE' })).toBe('NEEDS_EVIDENCE');
  });

  it('never lets manual evidence hide a failing check', () => {
    expect(
      controlStatusOf({ results: [pass, fail], automated: true, manual: 'VALID', previous: 'PASSING' }),
    ).toBe('FAILING');
  });

  it('lapsed manual evidence outweighs passing checks', () => {
    expect(
      controlStatusOf({ results: [pass], automated: true, manual: 'EXPIRED', previous: 'PASSING' }),
    ).toBe('NEEDS_EVIDENCE');
  });

  it('current manual evidence stands in for checks whose provider is not connected', () => {
    expect(controlStatusOf({ results: [], automated: true, manual: 'VALID', previous: undefined })).toBe(
      'PASSING',
    );
    expect(controlStatusOf({ results: [], automated: true, manual: 'NONE', previous: 'PASSING' })).toBe(
      'NEEDS_EVIDENCE',
    );
  });

  it('keeps the previous status when a check is inconclusive, and keeps NOT_APPLICABLE', () => {
    expect(
      controlStatusOf({ results: [pass, gap], automated: true, manual: 'NONE', previous: 'FAILING' }),
    ).toBe('FAILING');
    expect(
      controlStatusOf({ results: [fail], automated: true, manual: 'NONE', previous: 'NOT_APPLICABLE' }),
    ).toBe('NOT_APPLICABLE');
  });
});

describe('withCurrentExceptions', () => {
  const finding = (id: string, status: 'PASS' | 'FAIL', excepted = false): StoredFinding => ({
    resource: { type: 'user', id },
    status,
    reason: `${id} ${status}`,
    evidence: ['aws.iam.credential-report'],
    excepted,
    ...(excepted ? { exceptionId: 'old' } : {}),
  });
  const stored = (status: StoredCheckResult['status'], findings: StoredFinding[]): StoredCheckResult => ({
    checkId: 'aws.iam.console-mfa',
    status,
    findings,
    missingEvidence: [],
  });
  const exception = { id: 'new', checkId: 'aws.iam.console-mfa', resourceId: 'bob' };

  it('accepts a finding excepted after the run', () => {
    const result = withCurrentExceptions(stored('FAIL', [finding('alice', 'PASS'), finding('bob', 'FAIL')]), [
      exception,
    ]);
    expect(result.status).toBe('PASS');
    expect(result.findings[1]).toMatchObject({ excepted: true, exceptionId: 'new' });
  });

  it('fails again once the exception that passed it is gone', () => {
    const result = withCurrentExceptions(stored('PASS', [finding('bob', 'FAIL', true)]), []);
    expect(result.status).toBe('FAIL');
    expect(result.findings[0]).toMatchObject({ excepted: false });
    expect(result.findings[0]).not.toHaveProperty('exceptionId');
  });

  it('leaves inconclusive and not-applicable results as they were', () => {
    expect(withCurrentExceptions(stored('INCONCLUSIVE', []), [exception]).status).toBe('INCONCLUSIVE');
    expect(withCurrentExceptions(stored('NOT_APPLICABLE', []), []).status).toBe('NOT_APPLICABLE');
  });
});
