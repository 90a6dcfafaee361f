import { randomUUID } from 'node:crypto';

import { expect, type APIRequestContext, type Page } from '@playwright/test';

export type Account = { organizationName: string; name: string; email: string; password: string };

/** A fresh account per test, so tests never depend on each other or on earlier runs. */
export function newAccount(): Account {
  const id = randomUUID().slice(0, 8);
  return {
    organizationName: `Acme ${id}`,
    name: `Ada ${id}`,
    email: `ada.${id}@example.com`,
    password: `correct horse battery ${id}`,
  };
}

export async function signUpThroughUi(page: Page, account: Account): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Organization name').fill(account.organizationName);
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Work email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
}

/** Creates the account through the web app's /api/v1 pass-through, without touching the browser session. */
export async function signUpThroughApi(request: APIRequestContext, account: Account): Promise<void> {
  const response = await request.post('/api/v1/auth/signup', { data: account });
  expect(response.status(), await response.text()).toBe(201);
}

export async function signInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
