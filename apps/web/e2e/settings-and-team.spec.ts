import type { Page } from '@playwright/test';

import { newAccount, signUpThroughUi, type Account } from './support/accounts';
import { expect, test } from './support/console-guard';
import { acceptThroughApi, apiAddress, inviteThroughApi, signUpOwnerThroughApi } from './support/invitations';

async function openOrgPage(page: Page, account: Account, name: 'Settings' | 'Team'): Promise<string> {
  await page.getByRole('link', { name: account.organizationName }).click();
  await page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(orgId, 'organization id in the URL').toBeTruthy();
  return orgId!;
}

// Audit windows are entered in the browser's local time and shown in UTC: pin the browser to UTC.
test.use({ timezoneId: 'UTC' });

test('settings: the API’s field errors show beside the fields, and saved settings survive a reload', async ({
  page,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 400 \(Bad Request\) \(.*\/notification-settings\)/);
  const account = newAccount();
  await signUpThroughUi(page, account);
  await openOrgPage(page, account, 'Settings');
  const save = page.getByRole('button', { name: 'Save settings' });

  const critical = page.getByLabel('Critical (days)');
  await critical.fill('0');
  await save.click();
  await expect(page.getByText('The settings were not saved')).toBeVisible();
  await expect(critical).toHaveAttribute('aria-invalid', 'true');
  await expect(critical).toHaveAccessibleDescription(/must be at least 1 day/);
  await critical.fill('5');

  const jira = page.getByRole('switch', { name: /^Open Jira tickets/ });
  await jira.click();
  await expect(jira).toHaveAccessibleName('Open Jira tickets: on');
  await save.click();
  await expect(page.getByLabel('Project key')).toHaveAccessibleDescription(
    /is required when Jira is enabled/,
  );
  await expect(page.getByLabel('Jira integration')).toHaveAttribute('aria-invalid', 'true');
  await expect(critical).toHaveAttribute('aria-invalid', 'false');
  await jira.click();

  const digest = page.getByRole('switch', { name: /^Send a daily digest/ });
  await digest.click();
  await page.getByLabel('Send at').fill('08:30');
  await page.getByLabel('Time zone').selectOption('Europe/Paris');
  await page.getByLabel('High (days)').fill('14');
  await save.click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByText('The settings were not saved')).toHaveCount(0);

  await page.reload();
  await expect(digest).toHaveAttribute('aria-checked', 'true');
  await expect(jira).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByLabel('Send at')).toHaveValue('08:30');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Paris');
  await expect(page.getByLabel('Critical (days)')).toHaveValue('5');
  await expect(page.getByLabel('High (days)')).toHaveValue('14');
});

test('team: an API key is shown once, works for its organization, and stops working when revoked', async ({
  page,
  request,
}) => {
  const account = newAccount();
  await signUpThroughUi(page, account);
  const orgId = await openOrgPage(page, account, 'Team');
  await expect(page.getByText('No API key')).toBeVisible();

  await page.getByRole('button', { name: 'Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an API key' });
  await dialog.getByLabel('Name').fill('CI evidence upload');
  await dialog.getByLabel('Role').selectOption({ label: 'Viewer' });
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const created = page.getByRole('dialog', { name: 'API key created' });
  const key = await created.getByRole('textbox', { name: 'API key' }).inputValue();
  expect(key).toMatch(/^ksm_/);
  await created.getByRole('button', { name: 'Done' }).click();
  await expect(created).toBeHidden();

  const row = page.getByTestId('api-key-row').filter({ hasText: 'CI evidence upload' });
  await expect(row).toContainText('Viewer');
  await expect(row).toContainText('Never');
  await expect(page.getByText(key)).toHaveCount(0);

  const controls = apiAddress(`/api/v1/orgs/${orgId}/controls`);
  const headers = { authorization: `Bearer ${key}` };
  expect((await request.get(controls, { headers })).status()).toBe(200);

  await row.getByRole('button', { name: 'Revoke CI evidence upload' }).click();
  await page
    .getByRole('dialog', { name: 'Revoke CI evidence upload?' })
    .getByRole('button', { name: 'Revoke key' })
    .click();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /^Revoke / })).toHaveCount(0);
  expect((await request.get(controls, { headers })).status()).toBe(401);
});

test('team: an owner turns a viewer into an auditor with an audit window, then removes them', async ({
  page,
  request,
}) => {
  const owner = newAccount();
  const viewer = newAccount();
  const ownerSession = await signUpOwnerThroughApi(request, owner);
  const inviteToken = await inviteThroughApi(request, ownerSession, viewer.email, 'VIEWER');
  await acceptThroughApi(request, inviteToken, viewer.name, viewer.password);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await openOrgPage(page, owner, 'Team');
  const row = page.locator(`[data-testid="member-row"][data-email="${viewer.email}"]`);
  await expect(row).toHaveAttribute('data-role', 'VIEWER');

  await row.getByRole('button', { name: `Change access of ${viewer.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Change access of ${viewer.name}` });
  await dialog.getByLabel('Role').selectOption('AUDITOR');
  await dialog.getByLabel('Audit window from').fill('2026-01-01T00:00');
  await dialog.getByLabel('Audit window to').fill('2026-06-30T12:00');
  await dialog.getByRole('button', { name: 'Save access' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveAttribute('data-role', 'AUDITOR');
  await expect(row).toContainText('Auditor');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Jan 1, 2026 – Jun 30, 2026');

  await row.getByRole('button', { name: `Remove ${viewer.name}` }).click();
  await page
    .getByRole('dialog', { name: `Remove ${viewer.name}?` })
    .getByRole('button', { name: 'Remove member' })
    .click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('member-row')).toHaveCount(1);
});
