import { GetPolicyVersionCommand, paginateListPolicies, type Policy } from '@aws-sdk/client-iam';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { type AwsAttachedPoliciesEvidence, awsEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey, mapWithConcurrency } from './aws-values';

/**
 * Customer-managed policies attached to any user, group or role, with their default version's document.
 * API calls: iam:ListPolicies (Scope=Local, OnlyAttached=true), iam:GetPolicyVersion (URL-encoded JSON document).
 * Permissions: iam:ListPolicies, iam:GetPolicyVersion.
 */
export const awsIamPoliciesCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'iam-policies',
  produces: [awsEvidence.attachedPolicies],
  permissions: ['iam:ListPolicies', 'iam:GetPolicyVersion'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const listed = await awsCall('iam:ListPolicies', async () => {
      const policies: Policy[] = [];
      for await (const page of paginateListPolicies(
        { client: clients.iam },
        { Scope: 'Local', OnlyAttached: true },
      )) {
        policies.push(...(page.Policies ?? []));
      }
      return policies;
    });
    const policies = await mapWithConcurrency(listed, 8, async (policy) => {
      const version = await awsCall('iam:GetPolicyVersion', () =>
        clients.iam.send(
          new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }),
        ),
      );
      const raw = version.PolicyVersion?.Document ?? '{}';
      return {
        arn: policy.Arn ?? '',
        name: policy.PolicyName ?? '',
        attachmentCount: policy.AttachmentCount ?? 0,
        defaultVersionId: policy.DefaultVersionId ?? '',
        document: JSON.parse(decodeURIComponent(raw)) as unknown,
      };
    });
    const content: AwsAttachedPoliciesEvidence = { accountId, policies: policies.sort(byKey((p) => p.arn)) };
    return [{ kind: awsEvidence.attachedPolicies, collectedAt: now().toISOString(), content }];
  },
});
