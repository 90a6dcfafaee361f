import type { WebClient } from '@slack/web-api';
import { defineProvider } from '../../core/provider';
import { slackAdminsLimitedCheck } from './checks/admins-limited.check';
import { slackAlertChannelCheck } from './checks/alert-channel.check';
import { slackGuestsReviewedCheck } from './checks/guests-reviewed.check';
import { slackTwoFactorCheck } from './checks/two-factor.check';
import { createSlackClient } from './client';
import { slackAlertChannelCollector } from './collectors/alert-channel.collector';
import { slackMembersCollector } from './collectors/members.collector';
import { type SlackCredentials, slackCredentialSchema } from './credentials';
import { classifySlackError } from './errors';
import { slackPermissions } from './permissions';
import { type SlackSettings, slackSettingsSchema } from './settings';
import { testSlackConnection } from './test-connection';

export { slackEvidence } from './evidence';
export type * from './evidence';

export const slackProvider = defineProvider<SlackCredentials, SlackSettings, WebClient>({
  id: 'slack',
  name: 'Slack',
  description: 'Workspace members: 2FA, admins, guests; the security alert channel.',
  credentialSchema: slackCredentialSchema,
  settingsSchema: slackSettingsSchema,
  permissions: slackPermissions,
  createClient: createSlackClient,
  testConnection: (client) => testSlackConnection(client),
  collectors: [slackMembersCollector, slackAlertChannelCollector],
  checks: [slackTwoFactorCheck, slackAdminsLimitedCheck, slackGuestsReviewedCheck, slackAlertChannelCheck],
  classifyError: classifySlackError,
});
