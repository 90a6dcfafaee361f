import { evidenceRecordPath, sealedResultHash, type SealedCheckResult } from '@kushim/ledger';
import type { ExportModel, ExportResult } from './export-model';

const ORG = '0193a1b2-0000-7000-8000-0000000000aa';
const RUN_1 = '0193a1b2-0000-7000-8000-000000000101';
const RUN_2 = '0193a1b2-0000-7000-8000-000000000102';
const EVIDENCE = '0193a1b2-0000-7000-8000-000000000e01';
const SHA = 'a'.repeat(64);

function result(
  runId: string,
  checkId: string,
  status: SealedCheckResult['status'],
  findings: unknown[],
): ExportResult {
  const sealed: SealedCheckResult = {
    kind: 'kushim.check-result',
    version: 1,
    organizationId: ORG,
    runId,
    checkId,
    evaluatedAt: runId === RUN_1 ? '2026-10-02T10:00:00.000Z' : '2026-10-03T10:00:00.000Z',
    status,
    findings: findings as SealedCheckResult['findings'],
    missingEvidence: status === 'INCONCLUSIVE' ? ['aws.iam.account-summary'] : [],
    inputs: {
      integrations: [{ id: 'int-1', provider: 'aws', settings: {} }],
      evidence:
        status === 'INCONCLUSIVE'
          ? []
          : [
              {
                id: EVIDENCE,
                kind: 'aws.iam.credential-report',
                integrationId: 'int-1',
                collectedAt: '2026-10-02T09:59:00.000Z',
                sha256: SHA,
              },
            ],
      exceptions: [],
    },
  };
  return { sealed, sha256: sealedResultHash(sealed) };
}

/** A small, realistic model: two runs, results in every status, an excepted finding, controls in every status. */
export function exportModelFixture(): ExportModel {
  return {
    exportId: '0193a1b2-0000-7000-8000-0000000000ee',
    organization: { id: ORG, name: 'Acme, "Inc." <test>' },
    period: { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
    generatedAt: '2026-11-01T00:05:00.000Z',
    runs: [
      {
        id: RUN_1,
        trigger: 'SCHEDULED',
        startedAt: '2026-10-02T09:58:00.000Z',
        evaluatedAt: '2026-10-02T10:00:00.000Z',
      },
      { id: RUN_2, trigger: 'MANUAL', startedAt: null, evaluatedAt: '2026-10-03T10:00:00.000Z' },
    ],
    results: [
      result(RUN_1, 'aws.iam.root-mfa', 'PASS', [
        {
          resource: { type: 'aws-account', id: '123456789012' },
          status: 'PASS',
          reason: 'root has MFA',
          evidence: [],
          excepted: false,
        },
      ]),
      result(RUN_1, 'aws.iam.user-mfa', 'FAIL', [
        {
          resource: { type: 'aws-iam-user', id: 'alice' },
          status: 'FAIL',
          reason: 'no MFA',
          evidence: [],
          excepted: false,
        },
        {
          resource: { type: 'aws-iam-user', id: '=cmd|calc' },
          status: 'FAIL',
          reason: 'no MFA',
          evidence: [],
          excepted: true,
          exceptionId: 'x1',
        },
      ]),
      result(RUN_2, 'aws.iam.password-policy', 'INCONCLUSIVE', []),
    ],
    checks: [
      {
        id: 'aws.iam.password-policy',
        title: 'Password policy',
        provider: 'aws',
        severity: 'medium',
        controls: ['KSM-AC-02'],
        criteria: ['CC6.1'],
        remediation: 'Set one.',
      },
      {
        id: 'aws.iam.root-mfa',
        title: 'Root MFA',
        provider: 'aws',
        severity: 'critical',
        controls: ['KSM-AC-01'],
        criteria: ['CC6.1'],
        remediation: 'Enable MFA.',
      },
      {
        id: 'aws.iam.user-mfa',
        title: 'User MFA',
        provider: 'aws',
        severity: 'high',
        controls: ['KSM-AC-01'],
        criteria: ['CC6.1'],
        remediation: 'Enable MFA, now.',
      },
    ],
    controls: [
      {
        id: 'KSM-AC-01',
        title: 'Multi-factor authentication',
        description: 'd',
        status: 'FAILING',
        criteria: ['CC6.1'],
        checkIds: ['aws.iam.root-mfa', 'aws.iam.user-mfa'],
        failingCheckIds: ['aws.iam.user-mfa'],
        ownerEmail: 'ada@example.com',
        manualEvidenceIds: [],
        evaluatedAt: '2026-10-02T10:00:00.000Z',
      },
      {
        id: 'KSM-AC-02',
        title: 'Password policy',
        description: 'd',
        status: 'NEEDS_EVIDENCE',
        criteria: ['CC6.1'],
        checkIds: ['aws.iam.password-policy'],
        failingCheckIds: [],
        ownerEmail: null,
        manualEvidenceIds: [],
        evaluatedAt: null,
      },
      {
        id: 'KSM-GV-01',
        title: 'Security policy',
        description: 'd',
        status: 'PASSING',
        criteria: ['CC1.1'],
        checkIds: [],
        failingCheckIds: [],
        ownerEmail: null,
        manualEvidenceIds: [],
        evaluatedAt: null,
      },
      {
        id: 'KSM-PR-01',
        title: 'Privacy notice',
        description: 'd',
        status: 'NOT_APPLICABLE',
        criteria: ['P1.1'],
        checkIds: [],
        failingCheckIds: [],
        ownerEmail: null,
        manualEvidenceIds: [],
        evaluatedAt: null,
      },
    ],
    evidence: [
      {
        path: evidenceRecordPath(EVIDENCE),
        record: {
          id: EVIDENCE,
          kind: 'aws.iam.credential-report',
          integrationId: 'int-1',
          runId: RUN_1,
          collectedAt: '2026-10-02T09:59:00.000Z',
          sha256: SHA,
          content: { users: [] },
          file: null,
        },
      },
    ],
    exceptions: [
      {
        id: 'x1',
        checkId: 'aws.iam.user-mfa',
        resourceId: '=cmd|calc',
        justification: 'Break-glass, "vaulted"; <script>alert(1)</script>',
        approvedBy: 'cm@example.com',
        createdAt: '2026-10-01T12:00:00.000Z',
        expiresAt: '2026-12-01T00:00:00.000Z',
        revokedAt: null,
      },
    ],
    score: { day: '2026-10-03', score: 66.7, passing: 2, failing: 1, needsEvidence: 1, applicable: 3 },
  };
}
