/**
 * How Kushim connects each provider to this sandbox: the `POST /orgs/{orgId}/integrations` bodies a customer would
 * send, with the endpoint overrides pointed here and credentials naming the scenario (`sbx_<scenario>_…`). Used by
 * the demo seed and by the API's medium tests, so both connect exactly as documented in docs/integrations/*.md.
 */
export interface SandboxConnection {
  provider: 'aws' | 'github' | 'okta' | 'jira' | 'slack';
  name: string;
  credentials: Record<string, unknown>;
  settings: Record<string, unknown>;
}

export function sandboxConnections(sandboxUrl: string, scenario = 'acme'): SandboxConnection[] {
  const base = sandboxUrl.replace(/\/+$/, '');
  return [
    {
      provider: 'aws',
      name: 'Acme production AWS',
      credentials: { accessKeyId: `sbx_${scenario}_AKIAKUSHIMAUDIT`, secretAccessKey: 'sandbox-secret' },
      settings: {
        region: 'us-east-1',
        endpoint: `${base}/aws`,
        versionedBuckets: ['acme-prod-backups', 'acme-web-assets'],
      },
    },
    {
      provider: 'github',
      name: 'acme-corp on GitHub',
      credentials: { token: `sbx_${scenario}_github` },
      settings: { org: 'acme-corp', baseUrl: `${base}/github` },
    },
    {
      provider: 'okta',
      name: 'Acme Okta',
      credentials: { apiToken: `sbx_${scenario}_okta` },
      settings: { orgUrl: 'https://acme.okta.com', endpointOverride: `${base}/okta` },
    },
    {
      provider: 'jira',
      name: 'Acme Jira',
      credentials: { email: 'compliance-bot@acme.example', apiToken: `sbx_${scenario}_jira` },
      settings: { host: `${base}/jira`, incidentProjectKey: 'SEC', changeProjectKey: 'CHG' },
    },
    {
      provider: 'slack',
      name: 'Acme Slack',
      credentials: { botToken: `sbx_${scenario}_slack` },
      settings: {
        apiUrl: `${base}/slack/api/`,
        alertChannel: 'security-alerts',
        approvedGuests: ['alex.byrne@northwind-assurance.example'],
      },
    },
  ];
}
