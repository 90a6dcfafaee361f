import {
  evidenceContentHash,
  evidenceFilePath,
  evidenceRecordPath,
  sealedResultHash,
  sha256Hex,
  type EvidenceRecord,
  type JsonObject,
  type SealedCheckResult,
} from '@kushim/ledger';
import type { ExportControl, ExportEvidence, ExportModel, ExportResult } from './export-model';

const ORG = '0193a1b2-0000-7000-8000-0000000000aa';
export const FIXTURE_RUN_1 = '0193a1b2-0000-7000-8000-000000000101';
export const FIXTURE_RUN_2 = '0193a1b2-0000-7000-8000-000000000102';
const AWS = '0193a1b2-0000-7000-8000-0000000000a1';
const GITHUB = '0193a1b2-0000-7000-8000-0000000000a2';
const EVALUATED_AT: Record<string, string> = {
  [FIXTURE_RUN_1]: '2026-10-02T10:00:00.000Z',
  [FIXTURE_RUN_2]: '2026-10-03T10:00:00.000Z',
};

function evidence(
  id: string,
  kind: string,
  run: { runId: string | null; integrationId: string | null; collectedAt: string },
  content: JsonObject,
  file: EvidenceRecord['file'] = null,
): ExportEvidence {
  const record: EvidenceRecord = { id, kind, ...run, sha256: evidenceContentHash(content), content, file };
  return { record, path: evidenceRecordPath(id) };
}

/** Fresh records per model, so a test that edits one never leaks into another. */
function fixtureEvidence() {
  const summary1 = evidence(
    '0193a1b2-0000-7000-8000-000000000e01',
    'aws.iam.account-summary',
    { runId: FIXTURE_RUN_1, integrationId: AWS, collectedAt: '2026-10-02T09:59:00.000Z' },
    { accountId: '123456789012', AccountMFAEnabled: 1 },
  );
  const credentials1 = evidence(
    '0193a1b2-0000-7000-8000-000000000e02',
    'aws.iam.credential-report',
    { runId: FIXTURE_RUN_1, integrationId: AWS, collectedAt: '2026-10-02T09:59:10.000Z' },
    {
      users: [
        { user: 'alice', mfa_active: false },
        { user: '=cmd|calc', mfa_active: false },
      ],
    },
  );
  const credentials2 = evidence(
    '0193a1b2-0000-7000-8000-000000000e03',
    'aws.iam.credential-report',
    { runId: FIXTURE_RUN_2, integrationId: AWS, collectedAt: '2026-10-03T09:59:10.000Z' },
    {
      users: [
        { user: 'alice', mfa_active: false },
        { user: 'bob', mfa_active: true },
        { user: '=cmd|calc', mfa_active: false },
      ],
    },
  );
  const branches2 = evidence(
    '0193a1b2-0000-7000-8000-000000000e04',
    'github.repo.branch-protection',
    { runId: FIXTURE_RUN_2, integrationId: GITHUB, collectedAt: '2026-10-03T09:59:30.000Z' },
    { repositories: [{ fullName: 'acme/api', defaultBranch: 'main', requiredReviews: 1 }] },
  );
  const policyBytes = Buffer.from('%PDF-1.7 Acme information security policy v3\n', 'utf8');
  const policyUpload = evidence(
    '0193a1b2-0000-7000-8000-000000000e05',
    'manual.upload',
    { runId: null, integrationId: null, collectedAt: '2026-09-15T08:00:00.000Z' },
    {
      controlId: 'KSM-GV-01',
      title: 'Information security policy v3 (board-approved)',
      description: null,
      fileName: 'Security Policy v3.pdf',
      mediaType: 'application/pdf',
      sizeBytes: policyBytes.length,
      fileSha256: sha256Hex(policyBytes),
      activityDate: '2026-09-12',
      validFrom: '2026-09-12',
      validUntil: '2027-09-12',
      storage: { backend: 'local', key: 'org/policy' },
    },
    {
      path: evidenceFilePath('0193a1b2-0000-7000-8000-000000000e05', 'Security Policy v3.pdf'),
      sha256: sha256Hex(policyBytes),
      sizeBytes: policyBytes.length,
      mediaType: 'application/pdf',
      fileName: 'Security Policy v3.pdf',
    },
  );
  return { summary1, credentials1, credentials2, branches2, policyUpload };
}

const EXCEPTION = '0193a1b2-0000-7000-8000-0000000000c1';

interface FixtureFinding extends JsonObject {
  resource: { type: string; id: string };
  excepted: boolean;
}

const finding = (type: string, id: string, status: 'PASS' | 'FAIL', excepted = false): FixtureFinding => ({
  resource: { type, id },
  status,
  reason: status === 'PASS' ? `${id} complies` : `${id} does not comply`,
  evidence: [],
  excepted,
  ...(excepted ? { exceptionId: EXCEPTION } : {}),
});

function result(
  runId: string,
  checkId: string,
  status: SealedCheckResult['status'],
  cited: readonly ExportEvidence[],
  findings: FixtureFinding[],
  missingEvidence: string[] = [],
): ExportResult {
  const sealed: SealedCheckResult = {
    kind: 'kushim.check-result',
    version: 1,
    organizationId: ORG,
    runId,
    checkId,
    evaluatedAt: EVALUATED_AT[runId]!,
    status,
    findings,
    missingEvidence,
    inputs: {
      integrations: [...new Set(cited.map(({ record }) => record.integrationId))].map((id) => ({
        id: id ?? '',
        provider: id === GITHUB ? 'github' : 'aws',
        settings: {},
      })),
      evidence: cited.map(({ record }) => ({
        id: record.id,
        kind: record.kind,
        integrationId: record.integrationId,
        collectedAt: record.collectedAt,
        sha256: record.sha256,
      })),
      exceptions: findings
        .filter((f) => f.excepted)
        .map((f) => ({ id: EXCEPTION, resourceId: f.resource.id })),
    },
  };
  return { sealed, sha256: sealedResultHash(sealed) };
}

function control(
  id: string,
  title: string,
  status: ExportControl['status'],
  parts: Partial<ExportControl> = {},
): ExportControl {
  return {
    id,
    title,
    description: `${title}.`,
    status,
    criteria: ['CC6.1'],
    checkIds: [],
    failingCheckIds: [],
    ownerEmail: null,
    manualEvidenceIds: [],
    evaluatedAt: null,
    ...parts,
  };
}

/**
 * A small, realistic model: two runs; results PASS, FAIL (one finding excepted) and INCONCLUSIVE (missing
 * evidence); controls in every status (one passing on manual evidence); automated snapshots and a manual upload;
 * an exception whose justification holds a comma, quotes, a line break and a `<script>`; a formula-like resource id.
 */
export function exportModelFixture(): ExportModel {
  const { summary1, credentials1, credentials2, branches2, policyUpload } = fixtureEvidence();
  return {
    exportId: '0193a1b2-0000-7000-8000-0000000000ee',
    organization: { id: ORG, name: 'Acme, "Inc." <test>' },
    period: { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
    generatedAt: '2026-11-01T00:05:00.000Z',
    runs: [
      {
        id: FIXTURE_RUN_1,
        trigger: 'SCHEDULED',
        startedAt: '2026-10-02T09:58:00.000Z',
        evaluatedAt: EVALUATED_AT[FIXTURE_RUN_1]!,
      },
      { id: FIXTURE_RUN_2, trigger: 'MANUAL', startedAt: null, evaluatedAt: EVALUATED_AT[FIXTURE_RUN_2]! },
    ],
    results: [
      result(FIXTURE_RUN_1, 'aws.iam.password-policy', 'INCONCLUSIVE', [], [], ['aws.iam.password-policy']),
      result(
        FIXTURE_RUN_1,
        'aws.iam.root-mfa',
        'PASS',
        [summary1],
        [finding('aws-account', '123456789012', 'PASS')],
      ),
      result(
        FIXTURE_RUN_1,
        'aws.iam.user-mfa',
        'FAIL',
        [credentials1],
        [finding('aws-iam-user', 'alice', 'FAIL'), finding('aws-iam-user', '=cmd|calc', 'FAIL', true)],
      ),
      result(
        FIXTURE_RUN_2,
        'aws.iam.user-mfa',
        'FAIL',
        [credentials2],
        [
          finding('aws-iam-user', 'alice', 'FAIL'),
          finding('aws-iam-user', 'bob', 'PASS'),
          finding('aws-iam-user', '=cmd|calc', 'FAIL', true),
        ],
      ),
      result(
        FIXTURE_RUN_2,
        'github.repo.branch-protection',
        'PASS',
        [branches2],
        [finding('github-repository', 'acme/api', 'PASS')],
      ),
    ],
    checks: [
      {
        id: 'aws.iam.password-policy',
        title: 'IAM password policy meets the minimum',
        provider: 'aws',
        severity: 'medium',
        controls: ['KSM-AC-02'],
        criteria: ['CC6.1'],
        remediation: 'Set an account password policy: IAM → Account settings.',
      },
      {
        id: 'aws.iam.root-mfa',
        title: 'Root account has MFA',
        provider: 'aws',
        severity: 'critical',
        controls: ['KSM-AC-01'],
        criteria: ['CC6.1'],
        remediation: 'Enable MFA on the root user.',
      },
      {
        id: 'aws.iam.user-mfa',
        title: 'IAM users with a console password have MFA, always',
        provider: 'aws',
        severity: 'high',
        controls: ['KSM-AC-01'],
        criteria: ['CC6.1'],
        remediation: 'Assign an MFA device to every console user.',
      },
      {
        id: 'github.repo.branch-protection',
        title: 'Default branches are protected',
        provider: 'github',
        severity: 'high',
        controls: ['KSM-CM-01'],
        criteria: ['CC8.1'],
        remediation: 'Protect the default branch and require a review.',
      },
    ],
    controls: [
      control('KSM-AC-01', 'Multi-factor authentication', 'FAILING', {
        checkIds: ['aws.iam.root-mfa', 'aws.iam.user-mfa'],
        failingCheckIds: ['aws.iam.user-mfa'],
        ownerEmail: 'ada@example.com',
        evaluatedAt: EVALUATED_AT[FIXTURE_RUN_1]!,
      }),
      control('KSM-AC-02', 'Password policy', 'NEEDS_EVIDENCE', { checkIds: ['aws.iam.password-policy'] }),
      control('KSM-CM-01', 'Reviewed changes', 'PASSING', {
        criteria: ['CC8.1'],
        checkIds: ['github.repo.branch-protection'],
        evaluatedAt: EVALUATED_AT[FIXTURE_RUN_2]!,
      }),
      control('KSM-GV-01', 'Information security policy', 'PASSING', {
        criteria: ['CC1.1', 'CC5.3'],
        manualEvidenceIds: [policyUpload.record.id],
        ownerEmail: '+ceo@example.com',
        evaluatedAt: '2026-09-15T08:00:00.000Z',
      }),
      control('KSM-PR-01', 'Privacy notice', 'NOT_APPLICABLE', { criteria: ['P1.1'] }),
    ],
    evidence: [policyUpload, summary1, credentials1, credentials2, branches2],
    exceptions: [
      {
        id: EXCEPTION,
        checkId: 'aws.iam.user-mfa',
        resourceId: '=cmd|calc',
        justification: 'Break-glass, "vaulted";\n<script>alert(1)</script>',
        approvedBy: 'cm@example.com',
        createdAt: '2026-10-01T12:00:00.000Z',
        expiresAt: '2026-12-01T00:00:00.000Z',
        revokedAt: null,
      },
      {
        id: '0193a1b2-0000-7000-8000-0000000000c2',
        checkId: 'github.repo.branch-protection',
        resourceId: 'acme/sandbox',
        justification: '-1 day left: sandbox repository, no production code',
        approvedBy: null,
        createdAt: '2026-09-01T12:00:00.000Z',
        expiresAt: '2026-10-31T00:00:00.000Z',
        revokedAt: '2026-10-10T09:00:00.000Z',
      },
    ],
    score: { day: '2026-10-31', score: 50, passing: 2, failing: 1, needsEvidence: 1, applicable: 4 },
  };
}
