import { sandboxConnections } from '@kushim/sandbox';

export interface DemoSeedResult {
  /** Providers connected by this call (already-connected ones are left alone). */
  connected: string[];
  runId: string;
}

async function api<T>(
  apiUrl: string,
  accessToken: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${apiUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/**
 * Connects the five integrations of the demo organization to the sandbox (acme scenario) through the public API,
 * exactly as a customer would, and starts a sweep. Idempotent: a provider already connected is not connected again;
 * every call starts a new run.
 */
export async function seedDemoOrganization(
  apiUrl: string,
  sandboxUrl: string,
  accessToken: string,
  orgId: string,
): Promise<DemoSeedResult> {
  const existing = await api<{ items: Array<{ provider: string }> }>(
    apiUrl,
    accessToken,
    'GET',
    `/orgs/${orgId}/integrations`,
  );
  const present = new Set(existing.items.map((item) => item.provider));
  const connected: string[] = [];
  for (const connection of sandboxConnections(sandboxUrl, 'acme')) {
    if (present.has(connection.provider)) {
      continue;
    }
    await api(apiUrl, accessToken, 'POST', `/orgs/${orgId}/integrations`, connection);
    connected.push(connection.provider);
  }
  await configureAlerts(apiUrl, accessToken, orgId);
  const { runId } = await api<{ runId: string }>(apiUrl, accessToken, 'POST', `/orgs/${orgId}/runs`, {});
  return { connected, runId };
}

/**
 * Slack alerts to #security-alerts through the sandbox workspace's bot, one Jira ticket per failing high or critical
 * check in the SEC project, and a 09:00 UTC digest — so the demo shows messages and tickets landing in the sandbox
 * (GET <sandbox>/_sandbox/recordings).
 */
async function configureAlerts(apiUrl: string, accessToken: string, orgId: string): Promise<void> {
  const { items } = await api<{ items: Array<{ id: string; provider: string }> }>(
    apiUrl,
    accessToken,
    'GET',
    `/orgs/${orgId}/integrations`,
  );
  const idOf = (provider: string) => items.find((item) => item.provider === provider)?.id ?? null;
  await api(apiUrl, accessToken, 'PUT', `/orgs/${orgId}/notification-settings`, {
    slackEnabled: true,
    slackMode: 'BOT',
    slackChannel: '#security-alerts',
    slackIntegrationId: idOf('slack'),
    slackMinSeverity: 'high',
    digestEnabled: true,
    digestTime: '09:00',
    timezone: 'UTC',
    jiraEnabled: true,
    jiraIntegrationId: idOf('jira'),
    jiraProjectKey: 'SEC',
    jiraIssueType: 'Task',
    jiraMinSeverity: 'high',
  });
}
