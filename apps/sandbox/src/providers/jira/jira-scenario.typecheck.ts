import type { JiraScenario } from './jira-scenario';
import acme from '../../../scenarios/acme/jira.json';
import allPass from '../../../scenarios/all-pass/jira.json';

/**
 * Compile-time only: the Jira scenario files must satisfy jira.js's response models (`tsc` fails on a wrong shape).
 * The loader reads the same files at run time.
 */
export const typedJiraScenarios: Record<'acme' | 'all-pass', JiraScenario> = { acme, 'all-pass': allPass };
