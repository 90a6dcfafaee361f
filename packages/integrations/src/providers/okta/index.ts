import type { Client } from '@okta/okta-sdk-nodejs';
import { defineProvider } from '../../core/provider';
import { oktaMfaEnrollPolicyCheck } from './checks/mfa-enroll-policy.check';
import { oktaInactiveUsersCheck } from './checks/inactive-users.check';
import { oktaLogStreamingCheck } from './checks/log-streaming.check';
import { oktaPasswordLockoutCheck } from './checks/password-lockout.check';
import { oktaPasswordPolicyCheck } from './checks/password-policy.check';
import { oktaSessionLifetimeCheck } from './checks/session-lifetime.check';
import { oktaSuperAdminsCheck } from './checks/super-admins.check';
import { oktaUsersMfaEnrolledCheck } from './checks/users-mfa-enrolled.check';
import { createOktaClient } from './client';
import { oktaAdminsCollector } from './collectors/admins.collector';
import { oktaLogStreamsCollector } from './collectors/log-streams.collector';
import { oktaPoliciesCollector } from './collectors/policies.collector';
import { oktaUsersCollector } from './collectors/users.collector';
import { type OktaCredentials, oktaCredentialSchema } from './credentials';
import { classifyOktaError } from './errors';
import { oktaPermissions } from './permissions';
import { type OktaSettings, oktaSettingsSchema } from './settings';
import { testOktaConnection } from './test-connection';

export { oktaEvidence } from './evidence';
export type * from './evidence';

export const oktaProvider = defineProvider<OktaCredentials, OktaSettings, Client>({
  id: 'okta',
  name: 'Okta',
  description:
    'Identity provider: MFA policies and enrollment, password and session policies, admins, inactive users, log streaming.',
  credentialSchema: oktaCredentialSchema,
  settingsSchema: oktaSettingsSchema,
  permissions: oktaPermissions,
  createClient: createOktaClient,
  testConnection: (client) => testOktaConnection(client),
  collectors: [oktaUsersCollector, oktaPoliciesCollector, oktaAdminsCollector, oktaLogStreamsCollector],
  checks: [
    oktaMfaEnrollPolicyCheck,
    oktaUsersMfaEnrolledCheck,
    oktaPasswordPolicyCheck,
    oktaPasswordLockoutCheck,
    oktaInactiveUsersCheck,
    oktaSuperAdminsCheck,
    oktaSessionLifetimeCheck,
    oktaLogStreamingCheck,
  ],
  classifyError: classifyOktaError,
});
