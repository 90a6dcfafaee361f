import { describe, expect, it } from 'vitest';
import { defineCheck, runCheck } from './check';
import { evidenceSet } from './evidence';

const users = defineCheck({
  id: 'demo.users.mfa',
  provider: 'okta',
  title: 'Users have MFA',
  severity: 'high',
  controls: ['KSM-AC-01'],
  criteria: [{ id: 'CC6.1', rationale: 'MFA protects logical access.' }],
  evidence: ['demo.users'],
  remediation: 'Enroll MFA.',
  evaluate: ({ evidence, finding }) =>
    (evidence.get<{ id: string; mfa: boolean }[]>('demo.users')?.content ?? []).map((u) =>
      finding({ type: 'user', id: u.id }, u.mfa, u.mfa ? `${u.id} has MFA` : `${u.id} has no MFA`),
    ),
});

const now = new Date('2026-11-01T00:00:00Z');
const snapshot = (content: unknown, collectedAt = '2026-11-01T00:00:00Z') => ({
  kind: 'demo.users',
  collectedAt,
  content,
});

describe('runCheck', () => {
  it('passes when every inspected resource passes', () => {
    const outcome = runCheck(users, evidenceSet([snapshot([{ id: 'a', mfa: true }])]), now);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings).toEqual([
      { resource: { type: 'user', id: 'a' }, status: 'PASS', reason: 'a has MFA', evidence: ['demo.users'] },
    ]);
  });

  it('fails when any resource fails, reporting every resource', () => {
    const outcome = runCheck(
      users,
      evidenceSet([
        snapshot([
          { id: 'a', mfa: true },
          { id: 'b', mfa: false },
        ]),
      ]),
      now,
    );
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
  });

  it('is inconclusive, never passing, when required evidence is missing', () => {
    const outcome = runCheck(users, evidenceSet([]), now);
    expect(outcome).toEqual({
      checkId: 'demo.users.mfa',
      status: 'INCONCLUSIVE',
      findings: [],
      missingEvidence: ['demo.users'],
    });
  });

  it('is not applicable when there is nothing to inspect', () => {
    expect(runCheck(users, evidenceSet([snapshot([])]), now).status).toBe('NOT_APPLICABLE');
  });

  it('reads the latest snapshot of a kind', () => {
    const set = evidenceSet([
      snapshot([{ id: 'a', mfa: true }], '2026-11-02T00:00:00Z'),
      snapshot([{ id: 'a', mfa: false }]),
    ]);
    expect(runCheck(users, set, now).status).toBe('PASS');
  });
});
