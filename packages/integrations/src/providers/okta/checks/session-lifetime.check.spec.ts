import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../core/check';
import { evidenceSet } from '../../../core/evidence';
import { fixtureNow, signOnRule, signOnSnapshot } from '../fixtures/okta-evidence.fixture';
import { oktaSessionLifetimeCheck } from './session-lifetime.check';

describe('okta.policy.session-lifetime', () => {
  it('passes a rule with 60 minutes idle and 12 hours lifetime, ignoring DENY rules', () => {
    const set = evidenceSet([
      signOnSnapshot([
        signOnRule(),
        signOnRule({ id: 'deny', access: 'DENY', maxSessionLifetimeMinutes: 0 }),
      ]),
    ]);
    const outcome = runCheck(oktaSessionLifetimeCheck, set, fixtureNow);
    expect(outcome.status).toBe('PASS');
    expect(outcome.findings).toHaveLength(1);
  });

  it('fails an unlimited lifetime (0) and a long idle timeout', () => {
    const set = evidenceSet([
      signOnSnapshot([signOnRule({ maxSessionIdleMinutes: 120, maxSessionLifetimeMinutes: 0 })]),
    ]);
    const outcome = runCheck(oktaSessionLifetimeCheck, set, fixtureNow);
    expect(outcome.status).toBe('FAIL');
    expect(outcome.findings[0]?.reason).toMatch(
      /idle timeout 120 min exceeds 60 min; session lifetime unlimited exceeds 720 min/,
    );
  });

  it('is inconclusive without sign-on policy evidence', () => {
    expect(runCheck(oktaSessionLifetimeCheck, evidenceSet([]), fixtureNow).status).toBe('INCONCLUSIVE');
  });
});
