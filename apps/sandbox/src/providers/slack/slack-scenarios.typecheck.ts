import acme from '../../../scenarios/acme/slack.json';
import allPass from '../../../scenarios/all-pass/slack.json';
import type { ExactJson } from '../okta/exact-json';
import type { SlackScenarioData } from './slack-scenario';

/**
 * Compile-time proof that the Slack scenario files match @slack/web-api's response types: `tsc` fails on a wrong
 * type or an unknown field. (Nothing imports this module at run time.)
 */
export const typedSlackScenarios: Record<'acme' | 'all-pass', SlackScenarioData> = {
  acme: acme satisfies ExactJson<typeof acme, SlackScenarioData>,
  'all-pass': allPass satisfies ExactJson<typeof allPass, SlackScenarioData>,
};
