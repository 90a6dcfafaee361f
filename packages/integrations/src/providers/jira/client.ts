import { Version3Client } from 'jira.js';
import type { JiraCredentials } from './credentials';
import type { JiraSettings } from './settings';

export type JiraClient = Version3Client;

/** The official jira.js REST v3 client, pointed at the customer's site (or the sandbox) with basic auth. */
export function createJiraClient(
  credentials: JiraCredentials,
  settings: Pick<JiraSettings, 'host'>,
): JiraClient {
  return new Version3Client({
    host: settings.host.replace(/\/+$/, ''),
    authentication: { basic: { email: credentials.email, apiToken: credentials.apiToken } },
  });
}
