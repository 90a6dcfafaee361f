import { expect, test, type Page } from '@playwright/test';

import {
  newAccount,
  signInThroughUi,
  signUpThroughApi,
  signUpThroughUi,
  type Account,
} from './support/accounts';

async function expectOrganizationListed(page: Page, account: Account): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Organizations', level: 1 })).toBeVisible();
  const row = page.getByTestId('organization-row').filter({ hasText: account.organizationName });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-role]')).toHaveAttribute('data-role', 'OWNER');
  await expect(row.locator('[data-role]')).toHaveText('Owner');
  await expect(page.getByTestId('current-user-name')).toHaveText(account.name);
}

test('signs up, sees the new organization as its owner, signs out and signs back in', async ({
  page,
  context,
}) => {
  const account = newAccount();

  await signUpThroughUi(page, account);
  await expectOrganizationListed(page, account);

  const cookies = await context.cookies();
  for (const name of ['kushim_access', 'kushim_refresh']) {
    const cookie = cookies.find((candidate) => candidate.name === name);
    expect(cookie, `${name} cookie`).toBeDefined();
    expect(cookie?.httpOnly, `${name} is httpOnly`).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
  }

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await context.cookies()).filter((cookie) => cookie.name.startsWith('kushim_'))).toEqual([]);
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/sign-in/);

  await signInThroughUi(page, account.email, account.password);
  await expect(page).toHaveURL(/\/orgs$/);
  await expectOrganizationListed(page, account);
});

test('the home page sends a signed-out visitor to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to Kushim' })).toBeVisible();
});

test('a wrong password shows an error and keeps the visitor signed out', async ({
  page,
  request,
  context,
}) => {
  const account = newAccount();
  await signUpThroughApi(request, account);

  await signInThroughUi(page, account.email, `${account.password}-wrong`);

  const error = page.getByTestId('form-error');
  await expect(error).toHaveRole('alert');
  await expect(error).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await context.cookies()).filter((cookie) => cookie.name.startsWith('kushim_'))).toEqual([]);
});

test('repeated wrong passwords are throttled with a message that says to wait', async ({ page, request }) => {
  test.setTimeout(60_000);
  const account = newAccount();
  await signUpThroughApi(request, account);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(`${account.password}-wrong`);

  const error = page.getByTestId('form-error');
  // The API throttles an account after a few failures; each attempt goes through the real form.
  await expect(async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(error).toContainText('Too many attempts', { timeout: 1_000 });
  }).toPass({ timeout: 40_000 });
  await expect(error).toHaveText(/^Too many attempts\. Wait .+ and try again\.$/);
});

test('bad sign-up input shows a message next to each field at fault', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Organization name').fill('Acme');
  await page.getByLabel('Your name').fill('Ada');
  await page.getByLabel('Work email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create organization' }).click();

  const email = page.getByLabel('Work email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Work email must be an email address.');
  await expect(email).toBeFocused();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(
    /Password must be at least 12 characters\./,
  );
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('signing up again with a registered email is refused with a message', async ({ page, request }) => {
  const account = newAccount();
  await signUpThroughApi(request, account);

  await page.goto('/sign-up');
  await page.getByLabel('Organization name').fill(`${account.organizationName} again`);
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Work email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create organization' }).click();

  const email = page.getByLabel('Work email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/already exists/);
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('the whole journey works with the keyboard alone', async ({ page }) => {
  const account = newAccount();
  await page.goto('/sign-up');
  await page.getByLabel('Organization name').focus();
  await page.keyboard.type(account.organizationName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/orgs$/);

  const signOut = page.getByRole('button', { name: 'Sign out' });
  await signOut.focus();
  await expect(signOut).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an expired access token is renewed on the next page load without signing the user out', async ({
  page,
  context,
}) => {
  const account = newAccount();
  await signUpThroughUi(page, account);
  const refreshBefore = (await context.cookies()).find((cookie) => cookie.name === 'kushim_refresh')?.value;

  // The access cookie lives exactly as long as the token; dropping it is what the browser does at expiry.
  await context.clearCookies({ name: 'kushim_access' });
  await page.goto('/orgs');

  await expectOrganizationListed(page, account);
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'kushim_access')).toBeDefined();
  expect(cookies.find((cookie) => cookie.name === 'kushim_refresh')?.value).not.toBe(refreshBefore);
});

test('a session the API no longer accepts sends the user to sign in again', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies(
    ['kushim_access', 'kushim_refresh'].map((name) => ({ name, value: 'not-a-token', url: baseURL ?? '' })),
  );

  await page.goto('/orgs');

  await expect(page).toHaveURL(/\/sign-in\?reason=expired$/);
  await expect(page.getByText('Your session ended. Sign in again to continue.')).toBeVisible();
  expect((await context.cookies()).filter((cookie) => cookie.name.startsWith('kushim_'))).toEqual([]);
});
