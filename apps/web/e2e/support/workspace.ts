import { expect, type APIRequestContext } from '@playwright/test';

import { newAccount, type Account } from './accounts';
import { apiAddress, signUpOwnerThroughApi, type Owner } from './invitations';

export type SandboxProvider = 'aws' | 'github' | 'okta' | 'jira' | 'slack';

/** Where the orchestrator started the providers' sandbox (E2E_SANDBOX_URL). */
export function sandboxUrl(): string {
  const url = process.env.E2E_SANDBOX_URL;
  if (!url) {
    throw new Error('E2E_SANDBOX_URL is not set: run the browser tests through `pnpm test e2e`');
  }
  return url.replace(/\/+$/, '');
}

/** The connection a customer would enter for each provider, pointed at the sandbox's acme scenario. */
export function sandboxConnection(provider: SandboxProvider): Record<string, unknown> {
  const base = sandboxUrl();
  const connections: Record<SandboxProvider, Record<string, unknown>> = {
    aws: {
      name: 'Acme production AWS',
      credentials: { accessKeyId: 'sbx_acme_AKIAKUSHIMAUDIT', secretAccessKey: 'sandbox-secret' },
      settings: { region: 'us-east-1', endpoint: `${base}/aws`, versionedBuckets: ['acme-prod-backups'] },
    },
    github: {
      name: 'acme-corp on GitHub',
      credentials: { token: 'sbx_acme_github' },
      settings: { org: 'acme-corp', baseUrl: `${base}/github` },
    },
    okta: {
      name: 'Acme Okta',
      credentials: { apiToken: 'sbx_acme_okta' },
      settings: { orgUrl: 'https://acme.okta.com', endpointOverride: `${base}/okta` },
    },
    jira: {
      name: 'Acme Jira',
      credentials: { email: 'compliance-bot@acme.example', apiToken: 'sbx_acme_jira' },
      settings: { host: `${base}/jira`, incidentProjectKey: 'SEC', changeProjectKey: 'CHG' },
    },
    slack: {
      name: 'Acme Slack',
      credentials: { botToken: 'sbx_acme_slack' },
      settings: { apiUrl: `${base}/slack/api/`, alertChannel: 'security-alerts' },
    },
  };
  return { provider, ...connections[provider] };
}

const bearer = (owner: Owner) => ({ authorization: `Bearer ${owner.accessToken}` });

/**
 * A fresh organization whose integrations are connected through the API and which has completed one run: the
 * starting point of journeys that are about what comes after (roles, auditors, screenshots).
 */
export async function collectedWorkspace(
  request: APIRequestContext,
  providers: readonly SandboxProvider[] = ['aws', 'github', 'okta', 'jira', 'slack'],
  account: Account = newAccount(),
): Promise<{ account: Account; owner: Owner; runId: string }> {
  const owner = await signUpOwnerThroughApi(request, account);
  for (const provider of providers) {
    const response = await request.post(apiAddress(`/api/v1/orgs/${owner.orgId}/integrations`), {
      data: sandboxConnection(provider),
      headers: bearer(owner),
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  const started = await request.post(apiAddress(`/api/v1/orgs/${owner.orgId}/runs`), {
    data: {},
    headers: bearer(owner),
  });
  expect(started.status(), await started.text()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  await expect
    .poll(
      async () => {
        const run = await request.get(apiAddress(`/api/v1/orgs/${owner.orgId}/runs/${runId}`), {
          headers: bearer(owner),
        });
        return ((await run.json()) as { status: string }).status;
      },
      { timeout: 60_000, intervals: [250, 500, 1000] },
    )
    .toBe('COMPLETED');
  return { account, owner, runId };
}
