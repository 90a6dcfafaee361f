import { defineCheck } from '../../../core/check';
import { oktaEvidence, type OktaSignOnPoliciesEvidence, type OktaSignOnRuleRecord } from '../evidence';
import { type OktaCheckSettings, readOktaCheckSettings } from '../settings';

/**
 * Every active rule of an active global session policy (OKTA_SIGN_ON) that allows access ends idle sessions within
 * settings.maxSessionIdleMinutes (default 60) and all sessions within settings.maxSessionLifetimeMinutes (default 720,
 * i.e. 12 hours). Okta's 0 lifetime means "no limit" and fails.
 * Criteria: CC6.1. Evidence: okta.policies.sign-on (GET /api/v1/policies?type=OKTA_SIGN_ON,
 * GET /api/v1/policies/{id}/rules). Scope: okta.policies.read.
 */
export const oktaSessionLifetimeCheck = defineCheck({
  id: 'okta.policy.session-lifetime',
  provider: 'okta',
  title: 'Okta sessions time out when idle and expire',
  severity: 'medium',
  controls: ['KSM-AC-10'],
  criteria: [
    {
      id: 'CC6.1',
      rationale: 'Session limits shorten the window in which an unattended or stolen session is usable.',
    },
  ],
  evidence: [oktaEvidence.signOnPolicies],
  remediation:
    'Okta Admin → Security → Global Session Policy → edit each rule: "Maximum Okta global session idle time" 1 hour or less and "Maximum Okta global session lifetime" 12 hours or less.',
  evaluate: ({ evidence, finding, settings }) => {
    const thresholds = readOktaCheckSettings(settings);
    const { policies } = evidence.get<OktaSignOnPoliciesEvidence>(oktaEvidence.signOnPolicies)?.content ?? {
      policies: [],
    };
    return policies
      .filter((policy) => policy.status === 'ACTIVE')
      .flatMap((policy) =>
        policy.rules
          .filter((rule) => rule.status === 'ACTIVE' && rule.access !== 'DENY')
          .map((rule) => {
            const gaps = sessionGaps(rule, thresholds);
            return finding(
              {
                type: 'okta-policy-rule',
                id: `${policy.id}/${rule.id}`,
                name: `${policy.name} / ${rule.name}`,
              },
              gaps.length === 0,
              gaps.length === 0
                ? `Rule "${rule.name}" of "${policy.name}" ends idle sessions after ${rule.maxSessionIdleMinutes} min and all sessions after ${rule.maxSessionLifetimeMinutes} min`
                : `Rule "${rule.name}" of "${policy.name}": ${gaps.join('; ')}`,
            );
          }),
      );
  },
});

function sessionGaps(rule: OktaSignOnRuleRecord, thresholds: OktaCheckSettings): string[] {
  const gaps: string[] = [];
  const idle = rule.maxSessionIdleMinutes;
  if (idle === null || idle <= 0 || idle > thresholds.maxSessionIdleMinutes) {
    gaps.push(
      `idle timeout ${idle ? `${idle} min` : 'unlimited'} exceeds ${thresholds.maxSessionIdleMinutes} min`,
    );
  }
  const lifetime = rule.maxSessionLifetimeMinutes;
  if (lifetime === null || lifetime <= 0 || lifetime > thresholds.maxSessionLifetimeMinutes) {
    gaps.push(
      `session lifetime ${lifetime ? `${lifetime} min` : 'unlimited'} exceeds ${thresholds.maxSessionLifetimeMinutes} min`,
    );
  }
  return gaps;
}
