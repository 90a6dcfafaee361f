import { defineCheck } from '../../../core/check';
import { type AwsAttachedPoliciesEvidence, awsEvidence } from '../evidence';

/**
 * No attached customer-managed policy allows every action on every resource (`"Action": "*"` with `"Resource": "*"`,
 * the `*:*` grant). One finding per attached customer-managed policy.
 * Criteria: CC6.3. Evidence: aws.iam.attached-policies (IAM ListPolicies OnlyAttached, GetPolicyVersion).
 * Permissions: iam:ListPolicies, iam:GetPolicyVersion.
 */
export const awsNoFullAdminPolicyCheck = defineCheck({
  id: 'aws.iam.no-full-admin-policy-attached',
  provider: 'aws',
  title: 'No attached policy grants *:*',
  severity: 'high',
  controls: ['KSM-AC-06', 'KSM-AC-07'],
  criteria: [
    {
      id: 'CC6.3',
      rationale: 'Least privilege: full administrative grants belong to few, justified principals.',
    },
    { id: 'CC6.1', rationale: 'A *:* policy makes every attached identity an account administrator.' },
  ],
  evidence: [awsEvidence.attachedPolicies],
  remediation:
    'Replace the "Action": "*", "Resource": "*" statement with the specific actions and resources the principals need; keep admin access in a break-glass role.',
  evaluate: ({ evidence, finding }) => {
    const policies =
      evidence.get<AwsAttachedPoliciesEvidence>(awsEvidence.attachedPolicies)?.content.policies ?? [];
    return policies.map((policy) => {
      const full = grantsFullAdmin(policy.document);
      return finding(
        { type: 'aws-iam-policy', id: policy.arn, name: policy.name },
        !full,
        full
          ? `${policy.name} allows * on * and is attached to ${policy.attachmentCount} principal(s)`
          : `${policy.name} does not allow * on *`,
      );
    });
  },
});

/** True when some Allow statement (without conditions) lists `*` among its actions and its resources. */
export function grantsFullAdmin(document: unknown): boolean {
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  return list.some((statement: unknown) => {
    if (!statement || typeof statement !== 'object') {
      return false;
    }
    const s = statement as { Effect?: unknown; Action?: unknown; Resource?: unknown; Condition?: unknown };
    return s.Effect === 'Allow' && !s.Condition && includesStar(s.Action) && includesStar(s.Resource);
  });
}

function includesStar(value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => v === '*' || v === '*:*');
}
