import type { CheckDefinition } from '../../core/check';
import { offboardingAwsCheck } from './deactivated-in-aws.check';
import { offboardingGithubCheck } from './deactivated-in-github.check';
import { offboardingSlackCheck } from './deactivated-in-slack.check';

export { identityMapSchema, type IdentityMap } from './identity-map';

/**
 * Cross-source offboarding checks, one per target system: each needs only Okta's and that system's evidence, so an
 * organization without AWS gets INCONCLUSIVE for the AWS check alone instead of losing the Slack and GitHub results.
 * Register with `registry.registerCheck(...)`.
 */
export const offboardingChecks: CheckDefinition[] = [
  offboardingGithubCheck,
  offboardingSlackCheck,
  offboardingAwsCheck,
];
