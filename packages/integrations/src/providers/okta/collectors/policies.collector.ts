import {
  AuthenticatorEnrollmentPolicy,
  type Client,
  OktaSignOnPolicyRule,
  PasswordPolicy,
  type Policy,
} from '@okta/okta-sdk-nodejs';
import { defineCollector } from '../../../core/collector';
import {
  oktaEvidence,
  type OktaMfaEnrollPoliciesEvidence,
  type OktaPasswordPoliciesEvidence,
  type OktaSignOnPoliciesEvidence,
  type OktaSignOnRuleRecord,
} from '../evidence';
import type { OktaSettings } from '../settings';
import { byId } from './okta-values';

/**
 * Authenticator enrollment (MFA_ENROLL), password (PASSWORD) and global session (OKTA_SIGN_ON) policies.
 * API calls: GET /api/v1/policies?type=MFA_ENROLL|PASSWORD|OKTA_SIGN_ON, GET /api/v1/policies/{id}/rules for each
 * sign-on policy. Scope: okta.policies.read.
 * MFA_ENROLL policies are read in their Identity Engine form (`settings.authenticators`); Classic Engine `factors`
 * settings are not in the SDK's model and are not evaluated.
 */
export const oktaPoliciesCollector = defineCollector<Client, OktaSettings>({
  id: 'policies',
  produces: [oktaEvidence.mfaEnrollPolicies, oktaEvidence.passwordPolicies, oktaEvidence.signOnPolicies],
  permissions: ['okta.policies.read'],
  collect: async (client, { now }) => {
    const [mfaEnroll, password, signOn] = await Promise.all([
      listPolicies(client, 'MFA_ENROLL'),
      listPolicies(client, 'PASSWORD'),
      listPolicies(client, 'OKTA_SIGN_ON'),
    ]);
    const mfa: OktaMfaEnrollPoliciesEvidence = {
      policies: mfaEnroll
        .filter((p): p is AuthenticatorEnrollmentPolicy => p instanceof AuthenticatorEnrollmentPolicy)
        .map((p) => ({
          ...policyHeader(p),
          system: p.system ?? false,
          authenticators: (p.settings?.authenticators ?? [])
            .map((a) => ({ key: a.key ?? 'unknown', enroll: a.enroll?.self ?? 'NOT_ALLOWED' }))
            .sort((a, b) => a.key.localeCompare(b.key)),
        }))
        .sort(byId),
    };
    const passwords: OktaPasswordPoliciesEvidence = {
      policies: password
        .filter((p): p is PasswordPolicy => p instanceof PasswordPolicy)
        .map((p) => {
          const settings = p.settings?.password;
          return {
            ...policyHeader(p),
            minLength: settings?.complexity?.minLength ?? null,
            minLowerCase: settings?.complexity?.minLowerCase ?? null,
            minUpperCase: settings?.complexity?.minUpperCase ?? null,
            minNumber: settings?.complexity?.minNumber ?? null,
            minSymbol: settings?.complexity?.minSymbol ?? null,
            historyCount: settings?.age?.historyCount ?? null,
            maxAgeDays: settings?.age?.maxAgeDays ?? null,
            lockoutMaxAttempts: settings?.lockout?.maxAttempts ?? null,
          };
        })
        .sort(byId),
    };
    const sessions: OktaSignOnPoliciesEvidence = {
      policies: (
        await Promise.all(
          signOn.map(async (p) => ({ ...policyHeader(p), rules: await listSignOnRules(client, p.id ?? '') })),
        )
      ).sort(byId),
    };
    const collectedAt = now().toISOString();
    return [
      { kind: oktaEvidence.mfaEnrollPolicies, collectedAt, content: mfa },
      { kind: oktaEvidence.passwordPolicies, collectedAt, content: passwords },
      { kind: oktaEvidence.signOnPolicies, collectedAt, content: sessions },
    ];
  },
});

async function listPolicies(
  client: Client,
  type: 'MFA_ENROLL' | 'PASSWORD' | 'OKTA_SIGN_ON',
): Promise<Policy[]> {
  const policies: Policy[] = [];
  for await (const policy of await client.policyApi.listPolicies({ type })) {
    if (policy?.id) {
      policies.push(policy);
    }
  }
  return policies;
}

async function listSignOnRules(client: Client, policyId: string): Promise<OktaSignOnRuleRecord[]> {
  const rules: OktaSignOnRuleRecord[] = [];
  for await (const rule of await client.policyApi.listPolicyRules({ policyId })) {
    if (rule instanceof OktaSignOnPolicyRule && rule.id) {
      const signon = rule.actions?.signon;
      rules.push({
        id: rule.id,
        name: rule.name ?? rule.id,
        status: rule.status ?? 'unknown',
        priority: rule.priority ?? null,
        access: signon?.access ?? null,
        requireFactor: signon?.requireFactor ?? null,
        maxSessionIdleMinutes: signon?.session?.maxSessionIdleMinutes ?? null,
        maxSessionLifetimeMinutes: signon?.session?.maxSessionLifetimeMinutes ?? null,
        usePersistentCookie: signon?.session?.usePersistentCookie ?? null,
      });
    }
  }
  return rules.sort(byId);
}

function policyHeader(policy: Policy): { id: string; name: string; status: string; priority: number | null } {
  return {
    id: policy.id ?? '',
    name: policy.name,
    status: policy.status ?? 'unknown',
    priority: policy.priority ?? null,
  };
}
