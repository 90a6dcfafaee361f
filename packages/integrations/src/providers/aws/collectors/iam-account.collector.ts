import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { type AwsAccountSummaryEvidence, awsEvidence, type AwsPasswordPolicyEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, orNotFound } from './aws-values';

/**
 * Root-account flags and the password policy.
 * API calls: sts:GetCallerIdentity, iam:GetAccountSummary, iam:GetAccountPasswordPolicy (NoSuchEntity = no policy).
 * Permissions: iam:GetAccountSummary, iam:GetAccountPasswordPolicy.
 */
export const awsIamAccountCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'iam-account',
  produces: [awsEvidence.accountSummary, awsEvidence.passwordPolicy],
  permissions: ['iam:GetAccountSummary', 'iam:GetAccountPasswordPolicy'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    const summary = await awsCall('iam:GetAccountSummary', () =>
      clients.iam.send(new GetAccountSummaryCommand({})),
    );
    const policy = await awsCall('iam:GetAccountPasswordPolicy', () =>
      orNotFound(['NoSuchEntity', 'NoSuchEntityException'], () =>
        clients.iam.send(new GetAccountPasswordPolicyCommand({})),
      ),
    );
    const collectedAt = now().toISOString();
    const summaryContent: AwsAccountSummaryEvidence = {
      accountId,
      accountMfaEnabled: summary.SummaryMap?.AccountMFAEnabled === 1,
      rootAccessKeysPresent: (summary.SummaryMap?.AccountAccessKeysPresent ?? 0) > 0,
    };
    const p = policy?.PasswordPolicy;
    const policyContent: AwsPasswordPolicyEvidence = {
      accountId,
      policy: p
        ? {
            minimumPasswordLength: p.MinimumPasswordLength ?? null,
            requireSymbols: p.RequireSymbols ?? false,
            requireNumbers: p.RequireNumbers ?? false,
            requireUppercaseCharacters: p.RequireUppercaseCharacters ?? false,
            requireLowercaseCharacters: p.RequireLowercaseCharacters ?? false,
            passwordReusePrevention: p.PasswordReusePrevention ?? null,
            maxPasswordAge: p.MaxPasswordAge ?? null,
          }
        : null,
    };
    return [
      { kind: awsEvidence.accountSummary, collectedAt, content: summaryContent },
      { kind: awsEvidence.passwordPolicy, collectedAt, content: policyContent },
    ];
  },
});
