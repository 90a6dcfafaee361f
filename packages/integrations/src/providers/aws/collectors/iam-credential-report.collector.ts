import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineCollector } from '../../../core/collector';
import type { AwsClients } from '../client';
import { type AwsCredentialReportEvidence, awsEvidence } from '../evidence';
import type { AwsSettings } from '../settings';
import { awsCall } from './aws-call';
import { accountIdOf, byKey } from './aws-values';
import { parseCredentialReport } from './credential-report';

/** IAM builds the report asynchronously; poll for at most ~30 s before giving up (the worker retries the job). */
const maxPolls = 15;
const pollIntervalMs = 2000;

/**
 * The IAM credential report: per user (and root) whether a console password exists, MFA, and when passwords and
 * access keys were last used or rotated.
 * API calls: iam:GenerateCredentialReport (until State = COMPLETE), iam:GetCredentialReport (base64 CSV).
 * Permissions: iam:GenerateCredentialReport, iam:GetCredentialReport.
 */
export const awsIamCredentialReportCollector = defineCollector<AwsClients, AwsSettings>({
  id: 'iam-credential-report',
  produces: [awsEvidence.credentialReport],
  permissions: ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
  collect: async (clients, { now }) => {
    const accountId = await accountIdOf(clients);
    for (let poll = 0; poll < maxPolls; poll++) {
      const generated = await awsCall('iam:GenerateCredentialReport', () =>
        clients.iam.send(new GenerateCredentialReportCommand({})),
      );
      if (generated.State === 'COMPLETE') {
        break;
      }
      await sleep(pollIntervalMs);
    }
    const report = await awsCall('iam:GetCredentialReport', () =>
      clients.iam.send(new GetCredentialReportCommand({})),
    );
    if (!report.Content) {
      throw new Error('iam:GetCredentialReport returned no content');
    }
    const csv = Buffer.from(report.Content).toString('utf8');
    const content: AwsCredentialReportEvidence = {
      accountId,
      rows: parseCredentialReport(csv).sort(byKey((row) => row.arn)),
    };
    return [{ kind: awsEvidence.credentialReport, collectedAt: now().toISOString(), content }];
  },
});
