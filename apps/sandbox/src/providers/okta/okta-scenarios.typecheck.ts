import acme from '../../../scenarios/acme/okta.json';
import allPass from '../../../scenarios/all-pass/okta.json';
import type { ExactJson } from './exact-json';
import type { OktaScenarioData } from './okta-scenario';

/**
 * Compile-time proof that the Okta scenario files match the Okta SDK's models: `tsc` fails on a wrong type, a missing
 * required field or an unknown field. (Nothing imports this module at run time.)
 */
export const typedOktaScenarios: Record<'acme' | 'all-pass', OktaScenarioData> = {
  acme: acme satisfies ExactJson<typeof acme, OktaScenarioData>,
  'all-pass': allPass satisfies ExactJson<typeof allPass, OktaScenarioData>,
};
