import { expect, type APIRequestContext } from '@playwright/test';

import type { Account } from './accounts';

/**
 * The API's own address when the orchestrator gives one (E2E_API_URL), else the web app's /api/v1
 * pass-through on the base URL. Calls carry a Bearer token, never the browser's cookies.
 */
export function apiAddress(path: string): string {
  const base = process.env.E2E_API_URL?.replace(/\/+$/, '');
  return base ? `${base}${path}` : path;
}

export type Owner = { orgId: string; accessToken: string };

export async function signUpOwnerThroughApi(request: APIRequestContext, account: Account): Promise<Owner> {
  const response = await request.post(apiAddress('/api/v1/auth/signup'), { data: account });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { organization: { id: string }; accessToken: string };
  return { orgId: body.organization.id, accessToken: body.accessToken };
}

/** Invites `email` into the owner's organization and returns the one-time token the email would carry. */
export async function inviteThroughApi(
  request: APIRequestContext,
  owner: Owner,
  email: string,
  role: 'ADMIN' | 'COMPLIANCE_MANAGER' | 'AUDITOR' | 'VIEWER',
): Promise<string> {
  const response = await request.post(apiAddress(`/api/v1/orgs/${owner.orgId}/members`), {
    data: { email, role },
    headers: { authorization: `Bearer ${owner.accessToken}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { inviteToken: string };
  expect(body.inviteToken).toEqual(expect.any(String));
  return body.inviteToken;
}

export async function acceptThroughApi(
  request: APIRequestContext,
  inviteToken: string,
  name: string,
  password: string,
): Promise<void> {
  const response = await request.post(apiAddress('/api/v1/auth/accept-invite'), {
    data: { inviteToken, name, password },
  });
  expect(response.ok(), await response.text()).toBe(true);
}
