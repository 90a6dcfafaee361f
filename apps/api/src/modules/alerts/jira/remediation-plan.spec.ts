import { describe, expect, it } from 'vitest';
import type { StoredFinding } from '@/modules/checks/check-evaluation';
import { type LatestCheckResult, type OpenTicket, planTicketActions } from './remediation-plan';

const finding = (id: string, status: 'PASS' | 'FAIL', excepted = false): StoredFinding => ({
  resource: { type: 'aws-iam-user', id },
  status,
  reason: `${id} ${status}`,
  evidence: ['aws.iam.users'],
  excepted,
});
const ticket = (checkId: string, failingResources: string[]): OpenTicket => ({
  id: `t-${checkId}`,
  checkId,
  issueKey: 'SEC-901',
  issueId: '20001',
  failingResources,
});
const results = (entries: Record<string, LatestCheckResult>) => new Map(Object.entries(entries));

describe('planTicketActions', () => {
  it('opens a ticket for a failing ticketed check, listing only non-excepted failing resources', () => {
    const actions = planTicketActions(
      ['a'],
      results({
        a: {
          status: 'FAIL',
          findings: [finding('u2', 'FAIL'), finding('u1', 'FAIL'), finding('u3', 'FAIL', true)],
        },
      }),
      [],
    );
    expect(actions).toMatchObject([{ kind: 'open', checkId: 'a', failingResources: ['u1', 'u2'] }]);
  });

  it('does nothing for an unchanged failure, an inconclusive result or a check below the severity', () => {
    const actions = planTicketActions(
      ['a', 'b'],
      results({
        a: { status: 'FAIL', findings: [finding('u1', 'FAIL')] },
        b: { status: 'INCONCLUSIVE', findings: [] },
        c: { status: 'FAIL', findings: [finding('u9', 'FAIL')] },
      }),
      [ticket('a', ['u1']), ticket('b', ['u5'])],
    );
    expect(actions).toEqual([]);
  });

  it('reports added and removed resources when the failing set changes', () => {
    const actions = planTicketActions(
      ['a'],
      results({
        a: {
          status: 'FAIL',
          findings: [finding('u1', 'FAIL'), finding('u3', 'FAIL'), finding('u2', 'FAIL', true)],
        },
      }),
      [ticket('a', ['u1', 'u2'])],
    );
    expect(actions).toMatchObject([
      { kind: 'update', added: ['u3'], removed: ['u2'], failingResources: ['u1', 'u3'] },
    ]);
  });

  it('closes the open ticket of a check that passes or became not applicable, even below the severity now', () => {
    const actions = planTicketActions(
      [],
      results({
        a: { status: 'PASS', findings: [finding('u1', 'FAIL', true)] },
        b: { status: 'NOT_APPLICABLE', findings: [] },
      }),
      [ticket('a', ['u1']), ticket('b', ['u2'])],
    );
    expect(actions.map((a) => [a.kind, a.kind === 'open' ? a.checkId : a.ticket.checkId])).toEqual([
      ['close', 'a'],
      ['close', 'b'],
    ]);
  });
});
