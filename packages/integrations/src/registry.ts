import { changeManagementChecks } from './cross/change-management';
import { offboardingChecks } from './cross/offboarding';
import { Registry } from './core/registry';
import { awsProvider } from './providers/aws';
import { githubProvider } from './providers/github';
import { jiraProvider } from './providers/jira';
import { oktaProvider } from './providers/okta';
import { slackProvider } from './providers/slack';

/** Every provider and check Kushim ships. Building it throws on any duplicate id (see Registry). */
export function createRegistry(): Registry {
  const registry = new Registry()
    .registerProvider(awsProvider)
    .registerProvider(githubProvider)
    .registerProvider(oktaProvider)
    .registerProvider(jiraProvider)
    .registerProvider(slackProvider);
  for (const check of [...changeManagementChecks, ...offboardingChecks]) {
    registry.registerCheck(check);
  }
  return registry;
}
